/// A SEC document a change impacts: a row of a RID's document impact matrix (`Section H`,
/// `Schedule 8`, `Appendix AD`).
///
/// `Section`, `Schedule` and `Appendix` names are written in one canonical way (`schedule 8` →
/// `Schedule 8`, `appendix ad` → `Appendix AD`); any other name is kept as written, with runs of
/// spaces made one. Documents sort as a RID lists them: Sections, Schedules, Appendices, then
/// anything else, each in natural order.
public struct SECDocument: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The canonical name.
  public let name: String

  /// Reads a document name, or `nil` if it is empty.
  public init?(parsing text: some StringProtocol) {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard !words.isEmpty else { return nil }
    if words.count == 2,
      let family = SECDocument.families.first(where: {
        $0.lowercased() == words[0].lowercased()
      })
    {
      name = "\(family) \(words[1].uppercased())"
    } else {
      name = words.joined(separator: " ")
    }
  }

  private static let families = ["Section", "Schedule", "Appendix"]

  private var rank: Int {
    SECDocument.families.firstIndex { name.hasPrefix($0 + " ") } ?? SECDocument.families.count
  }

  /// The canonical name.
  public var description: String { name }

  /// Whether `lhs` comes before `rhs` in a document impact matrix.
  public static func < (lhs: SECDocument, rhs: SECDocument) -> Bool {
    if lhs.rank != rhs.rank { return lhs.rank < rhs.rank }
    return NaturalOrder.precedes(lhs.name, rhs.name)
  }
}
