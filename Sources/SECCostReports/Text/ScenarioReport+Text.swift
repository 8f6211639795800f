import SECCost

extension ScenarioReport {
  /// The totals of each scenario shown, side by side.
  func columns(_ scenarios: [ScopeScenario]) -> [(label: String, report: TotalsReport)] {
    var columns = scenarios.map { scenario in
      (label: scenario.label, report: scenario == .approved ? approved : allTargeted)
    }
    if scenarios.count == ScopeScenario.allCases.count {
      columns.append((label: "Gap (targeted only)", report: gap))
    }
    return columns
  }

  /// The widest scenario shown, whose groups are the rows: all-targeted when shown.
  func base(_ scenarios: [ScopeScenario]) -> TotalsReport {
    scenarios.contains(.allTargeted) ? allTargeted : approved
  }

  /// The report: heading, the side-by-side table (for one scenario, the usual totals table),
  /// and the lines neither scenario counts.
  package func document(_ scenarios: [ScopeScenario], register: String) -> ScopeDocument {
    var document = ScopeDocument()
    let shown = columns(scenarios)
    let base = base(scenarios)
    let releases = base.releases.map { counted in
      counted.version.map { "\(counted.release) (v\($0))" } ?? counted.release
    }
    var lead = [
      "Scope: \(register)" + (asOf.map { ", as of \($0.long)" } ?? ""),
      "Releases: " + (releases.isEmpty ? "none counted" : releases.joined(separator: ", ")),
    ]
    if scenarios.contains(.allTargeted) {
      lead.append("All targeted assumes every targeted modification will be approved.")
    }
    let heading =
      "Totals by \(base.dimension.rawValue): " + scenarios.map(\.label).joined(separator: " vs ")
    var table = TextTable(
      [(base.dimension.rawValue.capitalized, .left)] + shown.map { ($0.label, .left) })
    func summary(_ report: TotalsReport, _ key: String, party: Bool) -> String {
      let groups = party ? report.parties : report.groups
      return groups.first { $0.key == key }.map(\.summary.ridNotation) ?? "-"
    }
    for group in base.groups {
      table.append([group.label] + shown.map { summary($0.report, group.key, party: false) })
    }
    table.rule()
    if base.dimension != .party {
      for party in base.parties {
        table.append(
          ["\(party.label) total"] + shown.map { summary($0.report, party.key, party: true) })
      }
    }
    table.append(["Total"] + shown.map { $0.report.total.ridNotation })
    if shown.count == 1 { table = base.table }
    var footer: [String] = []
    let tbc = shown.map(\.report.total.tbc).max() ?? 0
    if tbc > 0 {
      footer.append(
        "TBC costs are counted, not added: the true totals are at least the amounts shown.")
    }
    document.append(.init(title: heading, lead: lead, table: table, footer: footer))
    if !outside.isEmpty {
      var outsideTable = TextTable([
        ("Release", .left), ("Modification", .left), ("Why not counted", .left), ("Cost", .left),
      ])
      for item in outside {
        outsideTable.append([
          item.release, item.modification, Self.reasonText(item.reason, asOf: asOf),
          item.summary.ridNotation,
        ])
      }
      document.append(
        .init(
          title: "Not counted in either scenario (\(outside.count))",
          lead: [
            "Ledger lines of modifications outside the releases' scope; reported, not dropped."
          ],
          table: outsideTable))
    }
    return document
  }

  /// Why a modification's lines are not counted, in a few words.
  static func reasonText(_ reason: Outside.Reason, asOf: CalendarDate?) -> String {
    switch reason {
    case .standing(let standing):
      return ReleaseScope.standingText(standing)
    case .notListed(let nowIn, let inRegister):
      guard inRegister else { return "not in the scope register" }
      return nowIn.isEmpty
        ? "not in this release's listing"
        : "not in this release's listing; in " + nowIn.joined(separator: ", ")
    case .releaseNotListed:
      return "the register has no listing of this release"
        + (asOf.map { " on or before \($0.long)" } ?? "")
    }
  }

  /// A short id for the reason, for machines.
  static func reasonID(_ reason: Outside.Reason) -> String {
    switch reason {
    case .standing(let standing): standing.section.id
    case .notListed(_, let inRegister): inRegister ? "not-listed" : "not-in-register"
    case .releaseNotListed: "release-not-listed"
    }
  }
}
