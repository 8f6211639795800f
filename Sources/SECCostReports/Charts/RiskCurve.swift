import SECCost

/// The risk of a release's total as a cumulative curve (an "S-curve") in SVG, from a Monte Carlo
/// run of ``RiskModel`` with `seccost risk`'s defaults: the chance (up the side) that the cost is
/// no more than an amount (along the bottom), through the simulated P10, P50, P80 and P90, from
/// the low sum (0%) to the high sum (100%). Geometry in integer pixels; no floating point.
struct RiskCurve {
  /// The simulated report.
  let report: RiskReport
  /// A unique id prefix.
  let id: String
  /// The release and version, for the title.
  let releaseName: String

  private static let left = 90
  private static let plotWidth = 470
  private static let top = 16
  private static let plotHeight = 190

  /// The points of the curve: amount and percent.
  var points: [(label: String, amount: Money, percent: Int)] {
    let total = report.total
    return [
      ("Low", total.interval.low, 0), ("P10", total.statistics.p10, 10),
      ("P50", total.statistics.p50, 50), ("P80", total.statistics.p80, 80),
      ("P90", total.statistics.p90, 90), ("High", total.interval.high, 100),
    ]
  }

  /// The chart as an `<svg>` element.
  var svg: String {
    let total = report.total
    let scale = ChartScale(
      left: Self.left, width: Self.plotWidth, smallest: total.interval.low,
      largest: total.interval.high)
    func y(_ percent: Int) -> Int { Self.top + Self.plotHeight - percent * Self.plotHeight / 100 }
    var body = ""
    for percent in stride(from: 0, through: 100, by: 20) {
      body +=
        "<line x1=\"\(Self.left)\" y1=\"\(y(percent))\" x2=\"\(Self.left + Self.plotWidth)\""
        + " y2=\"\(y(percent))\" stroke=\"#ddd\"/>"
      body += ChartStyle.label(
        "\(percent)%", x: Self.left - 8, y: y(percent) + 4, anchor: "end", size: 11)
    }
    for tick in scale.ticks {
      let x = scale.x(pence: tick)
      body +=
        "<line x1=\"\(x)\" y1=\"\(y(0))\" x2=\"\(x)\" y2=\"\(y(0) + 5)\" stroke=\"#333\"/>"
      body += ChartStyle.label(
        ChartScale.compact(tick), x: x, y: y(0) + 19, anchor: "middle", size: 11)
    }
    body +=
      "<text x=\"16\" y=\"\(y(50))\" font-size=\"11\" text-anchor=\"middle\""
      + " transform=\"rotate(-90 16 \(y(50)))\">chance the cost is no more</text>"
    body += ChartStyle.label(
      "total cost (DCC and SECAS; TBC costs excluded)", x: Self.left + Self.plotWidth / 2,
      y: y(0) + 36, anchor: "middle", size: 11)
    // The base estimate: a dashed vertical line.
    let baseX = scale.x(total.base)
    body +=
      "<path d=\"M\(baseX),\(y(100)) V\(y(0))\" stroke=\"#D55E00\" stroke-width=\"1.5\""
      + " stroke-dasharray=\"5 3\"/>"
    body += ChartStyle.label(
      "base \(total.base.formatted)", x: baseX + 4, y: y(0) - 8, size: 11)
    let path = points.enumerated().map { index, point in
      "\(index == 0 ? "M" : "L")\(scale.x(point.amount)),\(y(point.percent))"
    }.joined(separator: " ")
    body += "<path d=\"\(path)\" stroke=\"#0072B2\" stroke-width=\"2.5\" fill=\"none\"/>"
    for point in points {
      let x = scale.x(point.amount)
      body +=
        "<circle cx=\"\(x)\" cy=\"\(y(point.percent))\" r=\"4\" fill=\"#fff\" stroke=\"#0072B2\""
        + " stroke-width=\"2\"><title>\(point.label): \(point.amount.formatted)</title></circle>"
      body += ChartStyle.label(
        point.label, x: x - 6, y: y(point.percent) - 6, anchor: "end", size: 10, weight: "bold")
    }
    // The figures, in words, to the right.
    let column = Self.left + Self.plotWidth + 40
    var lineY = Self.top + 10
    for (label, amount) in [
      ("P10", total.statistics.p10), ("P50", total.statistics.p50),
      ("P80", total.statistics.p80), ("P90", total.statistics.p90), ("Base", total.base),
      ("Contingency", total.contingency),
    ] {
      body += ChartStyle.label("\(label): \(amount.formatted)", x: column, y: lineY, size: 11)
      lineY += 17
    }
    let height = y(0) + 48
    return "<svg viewBox=\"0 0 760 \(height)\" width=\"760\" height=\"\(height)\" role=\"img\""
      + " aria-labelledby=\"\(id)-title \(id)-desc\" class=\"chart\">"
      + "<title id=\"\(id)-title\">\(XMLText.escaped(title))</title>"
      + "<desc id=\"\(id)-desc\">\(XMLText.escaped(description))</desc>"
      + "<g font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif\""
      + " fill=\"#111\">\(body)</g></svg>"
  }

  /// The chart's title.
  var title: String { "Risk: how likely each total cost is, \(releaseName)" }

  /// The chart's description, with every figure.
  var description: String {
    let statistics = report.total.statistics
    return "A cumulative curve from the low sum \(report.total.interval.low.formatted) (0%) through"
      + " P10 \(statistics.p10.formatted), P50 \(statistics.p50.formatted), P80"
      + " \(statistics.p80.formatted) and P90 \(statistics.p90.formatted) to the high sum"
      + " \(report.total.interval.high.formatted) (100%); base estimate"
      + " \(report.total.base.formatted)."
  }
}
