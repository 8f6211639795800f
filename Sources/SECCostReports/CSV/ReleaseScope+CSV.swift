import SECCost
import SECCostCSV

extension ReleaseScope {
  /// The header of ``csvRows``.
  package static let csvHeader = [
    "release", "as_of", "listed_on", "modification", "title", "kind", "status", "standing",
    "cut_off_date", "days_to_cut_off", "next_release", "now_in", "impacts_dcc_systems",
    "impacted_parties", "impacted_documents", "entry_as_of", "note",
  ]

  /// One row per listed item, then one per modification no longer listed (standing
  /// `no-longer-listed`); lists joined with `; ` as in the register. Text cells are typed, so a
  /// spreadsheet keeps dates as written and never runs a note as a formula.
  package func writeCSVRows(to writer: inout CSVWriter) {
    func row(_ entry: ScopeEntry, standing: String, days: Int?, next: String?, nowIn: [String])
      -> [CSVCell]
    {
      [
        release, asOf.iso, listedOn.iso, entry.modification, entry.title, entry.kind.id,
        entry.status.id, standing, entry.cutOff?.description ?? "",
      ].map(CSVCell.text) + [.number(days.map(String.init) ?? "")]
        + [
          next ?? "", nowIn.joined(separator: "; "), entry.dccSystems?.id ?? "",
          entry.parties.map(\.name).joined(separator: "; "),
          entry.documents.map(\.name).joined(separator: "; "), entry.asOf.iso, entry.note,
        ].map(CSVCell.text)
    }
    for item in items {
      var days: Int?
      var next: String?
      var nowIn: [String] = []
      switch item.standing {
      case .targeted(let left): days = left
      case .lapsed(_, let nextRelease): next = nextRelease
      case .moved(let places): nowIn = places
      default: break
      }
      writer.writeRow(
        row(item.entry, standing: item.standing.section.id, days: days, next: next, nowIn: nowIn))
    }
    for former in formerItems {
      writer.writeRow(
        row(former.entry, standing: "no-longer-listed", days: nil, next: nil, nowIn: former.nowIn))
    }
  }
}
