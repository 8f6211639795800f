import Foundation
import SECCost
import Testing

@testable import SECCostReports

/// Reports of valid ledgers whose amounts reach the largest ``Money``: every renderer draws them,
/// none traps (the chart axis is rounded out beyond `Int64` pence).
@Suite("reports of amounts at the limit of Money")
struct ExtremeAmountsTests {
  /// £46,116,860,184,273,879.04 and £46,116,860,184,273,879.03: together exactly ``Money/max``.
  static let halves = (
    Money(pence: 4_611_686_018_427_387_904), Money(pence: 4_611_686_018_427_387_903)
  )

  static func line(
    _ modification: String, _ low: Money, _ high: Money? = nil, basis: PricedBasis = .firm
  ) throws -> LedgerLine {
    LedgerLine(
      release: "November 2022", version: "0.4", party: .dcc, modification: modification,
      phase: .sit, figure: .priced(basis, try CostRange(low: low, high: high ?? low)))
  }

  /// Two firm lines summing exactly to the largest amount.
  static var sumAtLimit: [LedgerLine] {
    get throws { [try line("MP078", halves.0), try line("MP085A", halves.1)] }
  }

  /// One estimate of £0 to £92,233,700,000,000,000.
  static var rangeAtLimit: [LedgerLine] {
    get throws {
      [try line("MP078", .zero, Money(pence: 9_223_370_000_000_000_000), basis: .estimate)]
    }
  }

  /// Two narrow estimates whose high ends sum to the largest amount: the risk curve is drawn.
  static var rangesNearLimit: [LedgerLine] {
    get throws {
      [
        try line(
          "MP078", Money(pence: 4_611_686_018_427_300_000), halves.0, basis: .estimate),
        try line(
          "MP085A", Money(pence: 4_611_686_018_427_300_000), halves.1, basis: .estimate),
      ]
    }
  }

  @Test("the axis of the largest amount ends at £100,000,000,000m, beyond Int64 pence")
  func scaleAtLimit() {
    let scale = ChartScale(left: 0, width: 500, largest: .max)
    #expect(scale.maximum == 10_000_000_000_000_000_000)
    #expect(scale.maximum > Int128(Int64.max))
    #expect(
      scale.ticks.map { ChartScale.compact($0) } == [
        "£0", "£20,000,000,000m", "£40,000,000,000m", "£60,000,000,000m", "£80,000,000,000m",
        "£100,000,000,000m",
      ])
    #expect(scale.x(.max) == 461)
    #expect(scale.x(Money(pence: .min)) == 0)
    // A floor near the limit: the last tick lies beyond the largest amount.
    let floored = ChartScale(
      left: 0, width: 500, smallest: Money(pence: Int64.max - 100_000), largest: .max)
    #expect(floored.maximum > Int128(Int64.max))
    #expect(floored.ticks.map { ChartScale.compact($0) }.last == "£92,233,720,368,548k")
    #expect(floored.x(.max) < 500)
    // Sums beyond Money (a bar of several segments) are drawn too.
    let beyond = ChartScale(left: 0, width: 500, largestPence: Int128(Int64.max) * 3)
    #expect(beyond.ticks.map { ChartScale.compact($0) }.last == "£300,000,000,000m")
  }

  @Test("a bar whose segments add up beyond Money is drawn, not trapped")
  func barBeyondMoney() {
    let segment = HorizontalBarChart.Segment(
      label: "MP078", amount: .max, series: 0, detail: "MP078")
    let chart = HorizontalBarChart(
      id: "c", title: "t", description: "d",
      rows: [.init(label: "SIT", bars: [.init(segments: [segment, segment], tbc: 0, value: "v")])],
      legend: [])
    let svg = chart.svg
    #expect(svg.contains(">£200,000,000,000m</text>"))
    // Each segment takes half the bar: 150 + 360 × max / 2 × 10^19 ≈ 150 + 166, then 332.
    #expect(svg.contains("<rect x=\"150\" y=\"28\" width=\"166\""))
    #expect(svg.contains("<rect x=\"316\" y=\"28\" width=\"166\""))
  }

  @Test("HTML: the phase chart of lines summing to the largest amount")
  func htmlSumAtLimit() throws {
    let report = try CostReport(name: "limit.csv", lines: Self.sumAtLimit)
    let html = try HTMLPage.of(report)
    #expect(html.contains("£92,233,720,368,547,758.07"))
    #expect(html.contains(">£100,000,000,000m</text>"))
    #expect(html.contains("phases-1-title"))
  }

  @Test("HTML: a range up to £92,233,700,000,000,000 gets its whisker")
  func htmlRangeAtLimit() throws {
    let html = try HTMLPage.of(try CostReport(name: "range.csv", lines: Self.rangeAtLimit))
    #expect(html.contains(">£0 to £92,233,700,000,000,000</text>"))
    #expect(html.contains(">£100,000,000,000m</text>"))
    // The whisker: from £0 (x 150) to the high end, 360 × 92,233.7 / 100,000 of the axis.
    #expect(html.contains("<path d=\"M150,69 H482"))
  }

  @Test("HTML: the risk curve of ranges near the limit, its last tick beyond Money")
  func htmlRiskNearLimit() throws {
    let html = try HTMLPage.of(try CostReport(name: "near.csv", lines: Self.rangesNearLimit))
    #expect(html.contains("risk-1-title"))
    #expect(html.contains("<title>High: £92,233,720,368,547,758.07</title>"))
    #expect(html.contains(">£92,233,720,368,548k</text>"))
  }

  @Test("HTML: the variance chart against a baseline at the limit")
  func htmlVarianceAtLimit() throws {
    let report = try CostReport(
      name: "range.csv", lines: Self.rangeAtLimit,
      baseline: (name: "limit.csv", lines: try Self.sumAtLimit))
    let html = try HTMLPage.of(report)
    #expect(html.contains("variance-title"))
    #expect(html.contains(">£46,116,860,184,273,879.04</text>"))
    #expect(html.contains(">£100,000,000,000m</text>"))
  }

  @Test("Markdown and XLSX of the same ledgers")
  func markdownAndXLSX() throws {
    for lines in [try Self.sumAtLimit, try Self.rangeAtLimit, try Self.rangesNearLimit] {
      let report = try CostReport(
        name: "limit.csv", lines: lines, baseline: (name: "base.csv", lines: try Self.sumAtLimit))
      let markdown = MarkdownReport.render(report)
      #expect(markdown.contains("£92,233,7"))
      let sheet = try Workbook.part(try XLSXReport.render(report), "xl/worksheets/sheet1.xml")
      #expect(sheet.contains("92233720368547758.07") || sheet.contains("92233700000000000"))
    }
  }
}
