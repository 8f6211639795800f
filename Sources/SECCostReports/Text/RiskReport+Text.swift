import SECCost

extension RiskReport {
  /// The first line: what is grouped, and which releases and versions are counted.
  var heading: String {
    let releases = releases.map { counted in
      counted.version.map { "\(counted.release) (v\($0))" } ?? counted.release
    }
    return "Risk by \(grouping.rawValue): " + releases.joined(separator: ", ")
  }

  /// The run's settings: simulations, seed, shape and correlation.
  var settings: String {
    let count =
      options.simulations == 1 ? "1 simulation" : "\(grouped(options.simulations)) simulations"
    let correlation: String =
      switch options.correlation {
      case 0: "0 (independent)"
      case 1: "1 (ranges move together)"
      default: correlationText
      }
    return "\(count), seed \(options.seed), \(options.distribution.label) ranges, "
      + "correlation \(correlation)"
  }

  /// The correlation as written in machine output (`0`, `0.5`, `1`).
  var correlationText: String {
    let text = options.correlation.description
    return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
  }

  /// What was done with TBC figures, always stated.
  var tbcStatement: String {
    let count = total.tbc
    let figures = count == 1 ? "1 figure" : "\(count) figures"
    switch tbc {
    case _ where count == 0:
      return "TBC: none."
    case .exclude:
      return "TBC: \(figures) excluded and counted: every amount leaves them out, so the true "
        + "cost is higher."
    case .range(let range):
      return "TBC: \(figures) each modelled as \(range.ridNotation)."
    }
  }

  /// The notes under the table: definitions, additivity, the analytic check.
  var notes: [String] {
    var notes = [
      "P10, P50, P80, P90: costs not exceeded in 10%, 50%, 80% and 90% of simulations. Low and "
        + "High add every low and every high end. Base adds the point figures and each range's "
        + "likely amount (its midpoint when none is given). Contingency = P80 − Base."
    ]
    let uncertainGroups = groups.filter { $0.uncertain > 0 }.count
    if uncertainGroups > 1 {
      notes.append(
        options.correlation == 1
          ? "With correlation 1 the ranges move together, so the \(grouping.rawValue) "
            + "percentiles add up to the total's."
          : "The \(grouping.rawValue) P80s do not add up to the total P80: overruns in every "
            + "\(grouping.rawValue) at once are less likely than 20%.")
    }
    let statistics = total.statistics
    let independent = options.correlation == 0 ? "" : " if the ranges were independent"
    notes.append(
      "Analytic check (total): mean \(statistics.analyticMean.formatted), standard deviation "
        + "\(statistics.analyticStandardDeviation.formatted)\(independent); simulated mean "
        + "\(statistics.mean.formatted) (standard error \(statistics.standardError.formatted)), "
        + "standard deviation \(statistics.standardDeviation.formatted).")
    return notes
  }

  /// Groups, a rule, then the total, as cells.
  var table: TextTable {
    var table = TextTable(
      [(grouping.rawValue.capitalized, .left)]
        + [
          "Low", "High", "Base", "Mean", "P10", "P50", "P80", "P90", "Contingency", "Ranges", "TBC",
        ]
        .map { ($0, .right) })
    func row(_ group: Group) -> [String] {
      let statistics = group.statistics
      return [group.label]
        + [
          group.interval.low, group.interval.high, group.base, statistics.mean, statistics.p10,
          statistics.p50, statistics.p80, statistics.p90, group.contingency,
        ].map(\.formatted) + [String(group.uncertain), String(group.tbc)]
    }
    for group in groups { table.append(row(group)) }
    table.rule()
    table.append(row(total))
    return table
  }

  /// The report as aligned text for the terminal.
  package var plainText: String {
    heading + "\n" + settings + "\n" + tbcStatement + "\n\n" + table.aligned + "\n"
      + notes.joined(separator: "\n") + "\n"
  }

  /// The report as Markdown.
  package var markdown: String {
    "**\(heading)**\n\n" + settings + ". " + tbcStatement + "\n\n" + table.markdown + "\n"
      + notes.joined(separator: "\n\n") + "\n"
  }

  private func grouped(_ count: Int) -> String {
    let digits = String(count)
    var text = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0 && (digits.count - offset) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return text
  }
}
