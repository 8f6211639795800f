/// A column of scope register CSV v1, in canonical order.
public enum ScopeColumn: String, CaseIterable, Hashable, Sendable {
  /// The SEC Release, e.g. `November 2022`.
  case release
  /// The release's go-live date, firm or estimated; may be empty.
  case goLiveDate = "go_live_date"
  /// `SECMP0015`, `MP078`, `CR4427`…
  case modification
  /// The title, as the paper writes it.
  case title
  /// `modification` or `dcc-change-request`; empty means `modification`.
  case kind
  /// `approved`, `targeted`, `implemented`, `lapsed`, `withdrawn` or `removed`.
  case status
  /// The cut-off date for a decision, firm or estimated; may be empty.
  case cutOffDate = "cut_off_date"
  /// `yes`, `no` or `tbc`; empty when the paper does not say.
  case impactsDCCSystems = "impacts_dcc_systems"
  /// Participants impacted, separated by `;`.
  case impactedParties = "impacted_parties"
  /// SEC documents impacted, separated by `;`.
  case impactedDocuments = "impacted_documents"
  /// The date of the paper the row transcribes: the status holds as of this date.
  case asOf = "as_of"
  /// Free text: the paper's wording, split notes, `OCR-uncertain` marks.
  case note

  /// The header name (`go_live_date`).
  public var name: String { rawValue }

  /// The columns every register must have.
  public static let required: [ScopeColumn] = [.release, .modification, .status, .asOf]

  /// Reads a header name, ignoring case, spacing and punctuation (`Go-live date`, `As of`).
  public init?(header: some StringProtocol) {
    let key = header.normalisedIdentifier
    guard
      let column = ScopeColumn.allCases.first(where: { $0.rawValue.normalisedIdentifier == key })
    else { return nil }
    self = column
  }
}
