import SECCost

/// A column of the wide layout: the RID's "Breakdown of DCC implementation costs" table, one
/// row per modification and one column per phase.
public enum WideColumn: Hashable, Sendable {
  /// The SEC Release.
  case release
  /// The document version.
  case version
  /// `DCC` or `SECAS`.
  case party
  /// The modification (empty for release-level rows).
  case modification
  /// The modification's title.
  case title
  /// Firm, estimate or actual: the basis of every amount in the row.
  case basis
  /// The day of the row's actual spend (ISO 8601), when it has one.
  case date
  /// One phase's cell, in RID notation, with an optional footnote marker.
  case phase(Phase)
  /// SECAS effort days.
  case days
  /// SECAS day rate.
  case dayRate
  /// The footnote texts, `[1] …` one per line.
  case notes

  /// The header as seccost writes it (`Design, Build & PIT`, `Day rate`).
  public var header: String {
    switch self {
    case .release: "Release"
    case .version: "Version"
    case .party: "Party"
    case .modification: "Modification"
    case .title: "Title"
    case .basis: "Basis"
    case .date: "Date"
    case .phase(let phase): phase.label
    case .days: "Days"
    case .dayRate: "Day rate"
    case .notes: "Notes"
    }
  }

  /// Reads a header name: a fixed column or a phase label, ignoring case and punctuation.
  public init?(header: String) {
    switch header.lowercased().filter({ $0.isLetter || $0.isNumber }) {
    case "release": self = .release
    case "version": self = .version
    case "party": self = .party
    case "modification": self = .modification
    case "title": self = .title
    case "basis": self = .basis
    case "date": self = .date
    case "days": self = .days
    case "dayrate": self = .dayRate
    case "notes", "note", "footnotes": self = .notes
    default:
      guard let phase = Phase(parsing: header) else { return nil }
      self = .phase(phase)
    }
  }

  /// The ledger column a wide column's problem is reported against.
  package var ledgerColumn: LedgerColumn? {
    switch self {
    case .release: .release
    case .version: .version
    case .party: .party
    case .modification: .modification
    case .title: .title
    case .basis: .basis
    case .date: .date
    case .phase: nil
    case .days: .days
    case .dayRate: .dayRate
    case .notes: .note
    }
  }
}
