/// A ledger line's note as a report reads it: a footnote the RID itself prints, or a remark
/// about the figure (a transcription choice, the RID's wording, a reason).
///
/// A note is a RID footnote when it starts `Footnote N:` (any case; the number may be left out),
/// as the transcribed ledgers write them: `Footnote 2: This is a one-off charge for the DSP
/// only.` Everything else is a remark, which a report lists apart from the RID's text.
public enum LedgerNote: Hashable, Sendable {
  /// A footnote of the RID: its number in the source document, if given, and its text.
  case footnote(sourceNumber: Int?, text: String)
  /// Any other note.
  case remark(String)

  /// Reads `note`; `nil` when it is empty (or only spaces and line ends).
  public init?(_ note: String) {
    let text = Self.trimmed(Substring(note))
    guard !text.isEmpty else { return nil }
    let prefix = "footnote"
    guard text.lowercased().hasPrefix(prefix) else {
      self = .remark(String(text))
      return
    }
    var rest = text.dropFirst(prefix.count)
    let spaces = rest.prefix { $0 == " " }
    rest = rest.dropFirst(spaces.count)
    let digits = rest.prefix { $0.isASCII && $0.isNumber }
    rest = rest.dropFirst(digits.count)
    rest = rest.drop { $0 == " " }
    guard rest.first == ":", digits.isEmpty || !spaces.isEmpty else {
      self = .remark(String(text))
      return
    }
    let body = Self.trimmed(rest.dropFirst())
    guard !body.isEmpty else {
      self = .remark(String(text))
      return
    }
    self = .footnote(sourceNumber: digits.isEmpty ? nil : Int(digits), text: String(body))
  }

  /// The text a report prints: the footnote without its `Footnote N:` prefix, or the remark.
  public var text: String {
    switch self {
    case .footnote(_, let text): text
    case .remark(let text): text
    }
  }

  private static func trimmed(_ text: Substring) -> Substring {
    let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0.isNewline }
    guard let first = text.firstIndex(where: { !isBlank($0) }),
      let last = text.lastIndex(where: { !isBlank($0) })
    else { return "" }
    return text[first...last]
  }
}
