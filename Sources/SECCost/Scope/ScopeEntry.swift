/// One validated row of a scope register: a modification or DCC Change Request in a release,
/// with its status as of a paper's date.
public struct ScopeEntry: Hashable, Sendable {
  /// The SEC Release, e.g. `November 2022`.
  public var release: String
  /// The release's go-live date, if the paper gives one.
  public var goLive: ScheduledDate?
  /// `SECMP0015`, `MP078`, `CR4427`…
  public var modification: String
  /// The title, as the paper writes it.
  public var title: String
  /// A modification or a DCC Change Request.
  public var kind: ScopeKind
  /// The status the paper records.
  public var status: ScopeStatus
  /// The cut-off date for a decision to approve, if the paper gives one.
  public var cutOff: ScheduledDate?
  /// Whether it impacts the DCC Systems; `nil` when the paper does not say.
  public var dccSystems: DCCSystemsImpact?
  /// The participants impacted, in matrix order.
  public var parties: [Participant]
  /// The SEC documents impacted, in matrix order.
  public var documents: [SECDocument]
  /// The date of the paper: the status holds as of this day.
  public var asOf: CalendarDate
  /// Free text.
  public var note: String

  /// Creates an entry.
  public init(
    release: String, goLive: ScheduledDate? = nil, modification: String, title: String = "",
    kind: ScopeKind = .modification, status: ScopeStatus, cutOff: ScheduledDate? = nil,
    dccSystems: DCCSystemsImpact? = nil, parties: [Participant] = [],
    documents: [SECDocument] = [], asOf: CalendarDate, note: String = ""
  ) {
    self.release = release
    self.goLive = goLive
    self.modification = modification
    self.title = title
    self.kind = kind
    self.status = status
    self.cutOff = cutOff
    self.dccSystems = dccSystems
    self.parties = parties.sorted()
    self.documents = documents.sorted()
    self.asOf = asOf
    self.note = note
  }

  /// Whether the note marks the entry as one part of a modification split between releases:
  /// it contains the word `split`.
  public var isSplit: Bool {
    note.lowercased().split(whereSeparator: { !$0.isLetter }).contains("split")
  }

  /// Whether the note marks the transcription as doubtful: it contains `OCR-uncertain`.
  public var isOCRUncertain: Bool {
    note.normalisedIdentifier.contains("ocr-uncertain")
  }
}
