import SECCost
import SECCostTestSupport
import Testing

@testable import SECCostReports

@Suite("HTML: one self-contained page with tables and SVG charts")
struct HTMLReportTests {
  @Test("nothing is fetched or run: no script, no link, no URL but the page's own anchors")
  func selfContained() throws {
    for report in [
      try SeedLedgers.novemberReport(), try SeedLedgers.novemberReport(withBaseline: true),
    ] {
      let html = try HTMLPage.of(report)
      let lower = html.lowercased()
      #expect(!lower.contains("<script"))
      #expect(!lower.contains("http"))
      #expect(!lower.contains("<link"))
      #expect(!lower.contains("<img"))
      #expect(!lower.contains("src="))
      #expect(!lower.contains("@import"))
      #expect(!lower.contains("@font-face"))
      #expect(!lower.contains("javascript:"))
      // No event handler attribute (` onload=`, ` onclick=`…).
      let handlers = lower.split(separator: " ").filter { word in
        word.hasPrefix("on") && word.contains("=")
          && word.prefix { $0 != "=" }.allSatisfy(\.isLetter)
      }
      #expect(handlers.isEmpty, "event handlers: \(handlers)")
      // Every url(…) refers to a pattern defined in the page.
      var rest = Substring(html)
      while let start = rest.range(of: "url(") {
        #expect(rest[start.upperBound...].hasPrefix("#"))
        rest = rest[start.upperBound...]
      }
      // Every href is an anchor in the page, and it exists.
      rest = Substring(html)
      while let start = rest.range(of: "href=\"") {
        let after = rest[start.upperBound...]
        let target = after.prefix { $0 != "\"" }
        #expect(target.hasPrefix("#"))
        #expect(html.contains("id=\"\(target.dropFirst())\""), "no element \(target)")
        rest = after
      }
      #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
      #expect(html.contains("<meta charset=\"utf-8\">"))
      #expect(html.contains("@page { size: A4 portrait;"))
    }
  }

  @Test("the tables: estimates in italics (and said for screen readers), footnotes linked")
  func tables() throws {
    let html = try HTMLPage.of(try SeedLedgers.novemberReport())
    #expect(html.contains("<title>November 2022 SEC Release: Costs (v0.4)</title>"))
    #expect(html.contains("<caption>Breakdown of DCC implementation costs</caption>"))
    #expect(
      html.contains(
        "<td class=\"num\"><em>£301,000 to £625,000</em><span class=\"sr\"> (estimate)</span></td>")
    )
    #expect(
      html.contains(
        "<td class=\"num\">£1,573<sup><a href=\"#fn-1-2\" id=\"ref-1-2\" aria-label=\"footnote 2\">"
          + "2</a></sup></td>"))
    #expect(
      html.contains("<li id=\"fn-1-2\" value=\"2\">This is a one-off charge for the DSP only."))
    #expect(
      html.contains(
        "<tr class=\"total\"><th scope=\"row\">Total</th><td class=\"num\">£5,270,792 to"
          + " £5,744,792</td><td class=\"num\">£1,573,801 +&nbsp;2&nbsp;TBC</td>"))
    #expect(html.contains(CostSection.italicsSentence))
    #expect(html.contains("SECAS will incur five days effort, equating to around £3,000"))
  }

  @Test("the phase chart: titled SVG, a labelled bar per phase, whiskers and TBC marks")
  func phaseChart() throws {
    let html = try HTMLPage.of(try SeedLedgers.novemberReport())
    #expect(html.contains("<svg viewBox="))
    #expect(html.contains("role=\"img\" aria-labelledby=\"phases-1-title phases-1-desc\""))
    #expect(
      html.contains(
        "<title id=\"phases-1-title\">DCC implementation costs by phase, November 2022 SEC"
          + " Release (v0.4)</title>"))
    for label in [
      "Design, Build &amp; PIT", "SIT", "UIT", "Implement to live", "Application Support",
    ] {
      #expect(html.contains(">\(label)</text>"), "no label \(label)")
    }
    for figure in ["£5,270,792 to £5,744,792", "£1,573,801 + 2 TBC", "2 × TBC + 2 not provided"] {
      #expect(html.contains(">\(figure)</text>"), "no figure \(figure)")
    }
    #expect(html.contains("<title>MP078, SIT: £727,257</title>"))
    #expect(
      html.contains(
        "<title>MP140, Design, Build &amp; PIT: £301,000 to £625,000 (estimate)</title>"))
    #expect(html.contains("stroke-dasharray=\"3 2\""), "TBC marked")
    #expect(html.contains(">?×2</text>"))
    // The legend names every modification in text, not by colour alone.
    for modification in ["SECMP0015", "SECMP0056", "MP078", "MP099", "MP140", "MP141", "MP143"] {
      #expect(html.contains(">\(modification)</text>"), "no legend entry \(modification)")
    }
  }

  @Test("with a baseline: the variance chart and tables; without, none")
  func varianceChart() throws {
    let plain = try HTMLPage.of(try SeedLedgers.novemberReport())
    #expect(!plain.contains("Changes since the baseline"))
    let html = try HTMLPage.of(try SeedLedgers.novemberReport(withBaseline: true))
    #expect(html.contains("<h2 id=\"variance\">Changes since the baseline</h2>"))
    #expect(
      html.contains(
        "<title id=\"variance-title\">Costs by modification: baseline and current</title>"))
    #expect(html.contains(">£171,571 to £251,571</text>"))
    #expect(html.contains(">£208,185</text>"))
    #expect(html.contains(">5 × TBC</text>"))
    #expect(html.contains("<td>firmed</td>"))
  }

  @Test("hostile ledger text is escaped everywhere")
  func escaping() throws {
    let line = LedgerLine(
      release: "June <2022>", version: "1", party: .dcc, modification: "<script>alert(1)</script>",
      title: "\"quoted\" & 'single'", phase: .sit,
      figure: .priced(.firm, CostRange(Money(pence: 1))),
      note: "Footnote 1: </li><script>x</script>")
    let html = try HTMLPage.of(try CostReport(name: "<b>.csv", lines: [line]))
    #expect(!html.contains("<script"))
    #expect(!html.contains("<b>"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("&quot;quoted&quot; &amp; &#39;single&#39;"))
  }

  @Test("the risk S-curve: the simulated percentiles of the total, from low to high")
  func riskCurve() throws {
    let html = try HTMLPage.of(try SeedLedgers.novemberReport())
    #expect(
      html.contains(
        "<title id=\"risk-1-title\">Risk: how likely each total cost is, November 2022 SEC Release"
          + " (v0.4)</title>"))
    // seccost risk's defaults give these figures (see `seccost risk`): low and high are exact.
    #expect(html.contains("<title>Low: £6,896,083</title>"))
    #expect(html.contains("<title>High: £7,370,083</title>"))
    #expect(html.contains(">base £7,133,083</text>"))
    #expect(html.contains("14 costs are TBC and left out: the true cost is higher."))
    // No ranges, no risk chart.
    let february = try CostReport(name: "f.csv", lines: SeedLedgers.february2021)
    #expect(try !HTMLPage.of(february).contains("risk-1-title"))
  }

  @Test("the risk chart draws the run it is given: the renderer simulates nothing")
  func riskGiven() throws {
    let report = try SeedLedgers.novemberReport()
    #expect(!HTMLReport.render(report, risks: []).contains("risk-1-title"))
    let risks = try report.sectionRisks(RiskOptions(simulations: 2_000, seed: 7))
    let html = HTMLReport.render(report, risks: risks)
    #expect(html.contains("2,000 simulations, PERT ranges, independent, seed 7)"))
    #expect(html.contains("<title>P50: \(risks[0].total.statistics.p50.formatted)</title>"))
    #expect(html != (try HTMLPage.of(report)))
  }

  @Test("a risk run that cannot be made is an error, never an empty chart")
  func riskError() throws {
    let report = try SeedLedgers.novemberReport()
    #expect(throws: RiskError.self) { try report.sectionRisks(RiskOptions(simulations: 0)) }
  }

  @Test("the money axis: round steps, integer pixels")
  func scale() {
    let scale = ChartScale(left: 100, width: 300, largest: Money(pence: 574_479_200))
    #expect(scale.step == 200_000_000)
    #expect(scale.maximum == 600_000_000)
    #expect(scale.ticks.map { ChartScale.compact($0) } == ["£0", "£2m", "£4m", "£6m"])
    #expect(scale.x(.zero) == 100)
    #expect(scale.x(Money(pence: 300_000_000)) == 250)
    #expect(scale.x(Money(pence: 900_000_000)) == 400)
    let small = ChartScale(left: 0, width: 100, largest: Money(pence: 991_900))
    #expect(
      small.ticks.map { ChartScale.compact($0) } == ["£0", "£2k", "£4k", "£6k", "£8k", "£10k"])
    #expect(ChartScale.compact(Money(pence: 250_000_000)) == "£2.5m")
    let floored = ChartScale(
      left: 0, width: 600, smallest: Money(pence: 689_608_300), largest: Money(pence: 737_008_300))
    #expect(floored.minimum == 680_000_000)
    #expect(floored.maximum == 740_000_000)
    #expect(floored.x(Money(pence: 710_000_000)) == 300)
    #expect(ChartScale.compact(Money(pence: 75_000)) == "£750")
  }
}
