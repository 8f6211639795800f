import SECCost

extension ReleaseScope {
  /// The report of one release: heading, one section per standing, DCC Change Requests, what
  /// earlier listings had, and the participant and document impact matrices.
  package var document: ScopeDocument {
    var document = ScopeDocument()
    var goLiveText = goLive?.long ?? "not given in the register"
    if let goLive, goLive.date <= asOf { goLiveText += " (passed by the as-of day)" }
    var lead = ["Go-live: \(goLiveText)"]
    lead.append(
      listedOn == asOf
        ? "Scope as of \(asOf.long) (the listing of that day)"
        : "Scope as of \(asOf.long), from the listing of \(listedOn.long)")
    document.append(.init(title: "\(release) SEC Release", level: 2, lead: lead))
    for section in ScopeStanding.Section.allCases {
      let members = items(in: section, kind: .modification)
      guard !members.isEmpty else { continue }
      document.append(
        .init(
          title: "\(section.title) (\(members.count))", lead: Self.explanation(section),
          table: Self.table(members, section: section)))
    }
    let requests = items.filter { $0.entry.kind == .dccChangeRequest }
    if !requests.isEmpty {
      var table = TextTable([
        ("Change Request", .left), ("Title", .left), ("Status", .left), ("DCC Systems", .left),
      ])
      for item in requests {
        table.append([
          Self.idCell(item.entry), item.entry.title, Self.standingText(item.standing),
          Self.systemsCell(item.entry.dccSystems),
        ])
      }
      document.append(.init(title: "DCC Change Requests (\(requests.count))", table: table))
    }
    if !formerItems.isEmpty {
      var table = TextTable([
        ("Modification", .left), ("Title", .left), ("Last listed", .left), ("Now in", .left),
      ])
      for former in formerItems {
        table.append([
          Self.idCell(former.entry), former.entry.title,
          "\(former.entry.asOf.long) (\(former.entry.status.id))",
          former.nowIn.isEmpty
            ? "no release's scope on \(asOf.long)" : former.nowIn.joined(separator: ", "),
        ])
      }
      document.append(
        .init(
          title: "No longer listed (\(formerItems.count))",
          lead: ["In an earlier listing of this release, not in the listing of \(listedOn.long)."],
          table: table))
    }
    document.append(participantMatrix)
    document.append(documentMatrix)
    let legend = self.legend
    if !legend.isEmpty { document.append(.init(lead: legend)) }
    return document
  }

  /// Modifications in the matrices: approved and targeted, as a RID assumes.
  private var matrixItems: [Item] {
    impactItems.filter { $0.entry.kind == .modification }
  }

  private var participantMatrix: ScopeDocument.Section {
    let title = "Participant impact matrix"
    let lead = ["Approved and targeted modifications (a RID assumes all targeted ones approved)."]
    let recorded = matrixItems.filter { !$0.entry.parties.isEmpty }
    guard !recorded.isEmpty else {
      return .init(title: title, lead: ["No participant impacts recorded for this listing."])
    }
    var table = TextTable(
      [("Modification", .left)] + Participant.allCases.map { ($0.name, .left) })
    for item in recorded {
      table.append(
        [Self.idCell(item.entry)]
          + Participant.allCases.map { item.entry.parties.contains($0) ? "✓" : "" })
    }
    return .init(title: title, lead: lead, table: table, footer: unrecorded(\.parties))
  }

  private var documentMatrix: ScopeDocument.Section {
    let title = "SEC document impact matrix"
    let recorded = matrixItems.filter { !$0.entry.documents.isEmpty }
    guard !recorded.isEmpty else {
      return .init(title: title, lead: ["No document impacts recorded for this listing."])
    }
    let documents = Set(recorded.flatMap(\.entry.documents)).sorted()
    var table = TextTable(
      [("Document", .left)] + recorded.map { (Self.idCell($0.entry), .left) })
    for document in documents {
      table.append(
        [document.name] + recorded.map { $0.entry.documents.contains(document) ? "✓" : "" })
    }
    return .init(title: title, table: table, footer: unrecorded(\.documents))
  }

  private func unrecorded<T>(_ field: KeyPath<ScopeEntry, [T]>) -> [String] {
    let missing = matrixItems.filter { $0.entry[keyPath: field].isEmpty }
    guard !missing.isEmpty else { return [] }
    return [
      "Not recorded in the register: " + missing.map(\.entry.modification).joined(separator: ", ")
    ]
  }

  private var legend: [String] {
    let entries = items.map(\.entry) + formerItems.map(\.entry)
    var lines: [String] = []
    if entries.contains(where: \.isSplit) {
      lines.append("(split): one part of a modification split between releases.")
    }
    if entries.contains(where: \.isOCRUncertain) {
      lines.append("?: OCR-uncertain transcription; the register's note says what is in doubt.")
    }
    return lines
  }

  private static func explanation(_ section: ScopeStanding.Section) -> [String] {
    switch section {
    case .lapsed:
      [
        "Targeted with the cut-off passed and no approval recorded (or recorded as lapsed): "
          + "lapses to the next release in the register."
      ]
    case .moved:
      ["A later paper places these in another release."]
    default: []
    }
  }

  private static func table(_ items: [Item], section: ScopeStanding.Section) -> TextTable {
    var columns: [(String, TextTable.Alignment)] = [
      ("Modification", .left), ("Title", .left), ("DCC Systems", .left),
    ]
    let showsCutOff = items.contains { $0.entry.cutOff != nil }
    if showsCutOff || section == .targeted { columns.append(("Cut-off", .left)) }
    switch section {
    case .targeted: columns.append(("Days to cut-off", .right))
    case .lapsed: columns.append(("Lapses to", .left))
    case .moved: columns.append(("Now in", .left))
    default: break
    }
    var table = TextTable(columns)
    for item in items {
      var cells = [
        idCell(item.entry), item.entry.title, systemsCell(item.entry.dccSystems),
      ]
      if showsCutOff || section == .targeted {
        cells.append(item.entry.cutOff?.long ?? "none given")
      }
      switch item.standing {
      case .targeted(let days):
        cells.append(days.map(String.init) ?? "-")
      case .lapsed(_, let next):
        cells.append(next ?? "no later release in the register")
      case .moved(let places):
        cells.append(places.joined(separator: ", "))
      default: break
      }
      table.append(cells)
    }
    return table
  }

  /// The id with its markers: ` (split)` for a split, ` ?` for an OCR-uncertain row.
  static func idCell(_ entry: ScopeEntry) -> String {
    entry.modification + (entry.isSplit ? " (split)" : "") + (entry.isOCRUncertain ? " ?" : "")
  }

  /// `✓`, `no`, `TBC`, or `not stated`.
  static func systemsCell(_ impact: DCCSystemsImpact?) -> String {
    switch impact {
    case .yes: "✓"
    case .no: "no"
    case .tbc: "TBC"
    case nil: "not stated"
    }
  }

  /// The standing in a few words: `targeted, 60 days to cut-off`, `lapsed → February 2022`.
  static func standingText(_ standing: ScopeStanding) -> String {
    switch standing {
    case .approved: "approved"
    case .implemented: "implemented"
    case .targeted(let days): days.map { "targeted, \($0) days to cut-off" } ?? "targeted"
    case .lapsed(let passed, let next):
      (passed ? "lapsed (cut-off passed)" : "lapsed") + " → "
        + (next ?? "no later release in the register")
    case .withdrawn: "withdrawn"
    case .removed: "removed from scope"
    case .moved(let places): "moved to " + places.joined(separator: ", ")
    }
  }
}
