import SECCost

/// A horizontal bar chart in SVG, drawn by seccost: each row a bar (or several), each bar stacked
/// segments, a whisker from the low sum to the high sum where ranges are, a dashed box marking
/// costs still TBC, and the figure in RID notation beside it. Titled and described for screen
/// readers; every series is named in text, not by colour alone.
struct HorizontalBarChart {
  /// One stacked segment.
  struct Segment {
    /// What the segment is (`MP078`).
    let label: String
    /// Its amount (the low end of a range).
    let amount: Money
    /// The series: a fill index, or `nil` for the baseline's hatched grey.
    let series: Int?
    /// The tooltip and accessible text (`MP078, SIT: £727,257`).
    let detail: String
  }

  /// One bar.
  struct Bar {
    /// A short name drawn left of the bar, when a row has several bars (`Before`, `After`).
    var name: String = ""
    /// The stacked segments, left to right.
    var segments: [Segment]
    /// The high sum, when above the low sum (drawn as a whisker from the low sum).
    var high: Money?
    /// How many costs are TBC (marked with a dashed box).
    var tbc: Int
    /// The figure written beside the bar (`£1,573,801 + 2 TBC`).
    var value: String
  }

  /// One row: a label and its bars.
  struct Row {
    /// The row's label (`Design, Build & PIT`).
    let label: String
    /// The bars.
    let bars: [Bar]
  }

  /// A key entry under the chart.
  struct LegendEntry {
    /// The series' fill index, or `nil` for the baseline's hatching.
    let series: Int?
    /// The text.
    let text: String
  }

  /// A unique id prefix for the chart's definitions.
  let id: String
  /// The title (visible, and the SVG's accessible name).
  let title: String
  /// The longer description for screen readers.
  let description: String
  /// The rows, top to bottom.
  let rows: [Row]
  /// The key.
  let legend: [LegendEntry]

  private static let width = 760
  private static let labelWidth = 150
  private static let plotWidth = 360
  private static let markerSpace = 30
  private static let barHeight = 18
  private static let barGap = 4
  private static let rowGap = 14

  /// The chart as an `<svg>` element.
  var svg: String {
    // Sums in Int128: the segments of a bar may add up beyond Money, never beyond Int128.
    let largest =
      rows.flatMap(\.bars).map { bar in
        bar.high.map { Int128($0.pence) }
          ?? bar.segments.reduce(Int128(0)) { $0 + Int128($1.amount.pence) }
      }.max() ?? 0
    let scale = ChartScale(left: Self.labelWidth, width: Self.plotWidth, largestPence: largest)
    let valueX = Self.labelWidth + Self.plotWidth + Self.markerSpace + 6
    let top = 28
    var body = ""
    var y = top
    // Grid and ticks first, under the bars.
    let plotHeight = rows.reduce(0) { total, row in
      total + row.bars.count * (Self.barHeight + Self.barGap) - Self.barGap + Self.rowGap
    }
    for tick in scale.ticks {
      let x = scale.x(pence: tick)
      body +=
        "<line x1=\"\(x)\" y1=\"\(top - 4)\" x2=\"\(x)\" y2=\"\(top + plotHeight - Self.rowGap + 4)\""
        + " stroke=\"#ccc\" stroke-width=\"1\"/>"
      body += ChartStyle.label(
        ChartScale.compact(tick), x: x, y: top + plotHeight - Self.rowGap + 18, anchor: "middle",
        size: 11)
    }
    body += ChartStyle.label(
      "Figure (RID notation)", x: valueX, y: top - 10, size: 11, weight: "bold")
    for row in rows {
      let rowHeight = row.bars.count * (Self.barHeight + Self.barGap) - Self.barGap
      body += ChartStyle.label(
        row.label, x: Self.labelWidth - 8, y: y + rowHeight / 2 + 4, anchor: "end",
        weight: "bold")
      for bar in row.bars {
        body += draw(bar, y: y, scale: scale, valueX: valueX)
        y += Self.barHeight + Self.barGap
      }
      y += Self.rowGap - Self.barGap
    }
    let axisBottom = y + 8
    var legendY = axisBottom + 26
    var legendX = 10
    var legendSVG = ""
    let entries =
      legend.map { ($0.series.map { ChartStyle.fill(id, $0) } ?? "url(#\(id)-before)", $0.text) }
    for (fill, text) in entries {
      let itemWidth = 28 + ChartStyle.width(of: text, size: 11) + 12
      if legendX + itemWidth > Self.width - 10 {
        legendX = 10
        legendY += 20
      }
      legendSVG +=
        "<rect x=\"\(legendX)\" y=\"\(legendY - 11)\" width=\"20\" height=\"13\" fill=\"\(fill)\""
        + " stroke=\"#333\" stroke-width=\"0.8\"/>"
      legendSVG += ChartStyle.label(text, x: legendX + 26, y: legendY, size: 11)
      legendX += itemWidth
    }
    // The symbols: whisker and TBC box.
    legendY += 22
    legendX = 10
    legendSVG += whisker(from: legendX, to: legendX + 20, y: legendY - 5)
    legendSVG += ChartStyle.label(
      "range: low to high (estimates)", x: legendX + 26, y: legendY, size: 11)
    legendX += 230
    legendSVG += tbcBox(x: legendX, y: legendY - 12, count: 0)
    legendSVG += ChartStyle.label(
      "costs TBC: not in the bar, never taken as £0", x: legendX + 26, y: legendY, size: 11)
    let height = legendY + 12
    let titleID = "\(id)-title"
    let descriptionID = "\(id)-desc"
    return "<svg viewBox=\"0 0 \(Self.width) \(height)\""
      + " width=\"\(Self.width)\" height=\"\(height)\" role=\"img\""
      + " aria-labelledby=\"\(titleID) \(descriptionID)\" class=\"chart\">"
      + "<title id=\"\(titleID)\">\(XMLText.escaped(title))</title>"
      + "<desc id=\"\(descriptionID)\">\(XMLText.escaped(description))</desc>"
      + ChartStyle.definitions(id)
      + "<g font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif\""
      + " fill=\"#111\">\(body)\(legendSVG)</g></svg>"
  }

  private func draw(_ bar: Bar, y: Int, scale: ChartScale, valueX: Int) -> String {
    var svg = ""
    if !bar.name.isEmpty {
      svg += ChartStyle.label(
        bar.name, x: Self.labelWidth - 8, y: y + Self.barHeight - 5, anchor: "end", size: 10)
    }
    var running = Int128(0)
    var x = scale.x(.zero)
    for segment in bar.segments where segment.amount.pence > 0 {
      running += Int128(segment.amount.pence)
      let end = scale.x(pence: running)
      let width = max(end - x, 1)
      let fill = segment.series.map { ChartStyle.fill(id, $0) } ?? "url(#\(id)-before)"
      svg +=
        "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(width)\" height=\"\(Self.barHeight)\""
        + " fill=\"\(fill)\" stroke=\"#fff\" stroke-width=\"1\">"
        + "<title>\(XMLText.escaped(segment.detail))</title></rect>"
      if ChartStyle.width(of: segment.label, size: 10) <= width {
        svg +=
          "<text x=\"\(x + width / 2)\" y=\"\(y + Self.barHeight - 5)\" font-size=\"10\""
          + " text-anchor=\"middle\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">"
          + "\(XMLText.escaped(segment.label))</text>"
      }
      x = end
    }
    var end = x
    if let high = bar.high, Int128(high.pence) > running {
      let highX = scale.x(high)
      svg += whisker(from: x, to: highX, y: y + Self.barHeight / 2)
      end = highX
    }
    if bar.tbc > 0 {
      svg += tbcBox(x: end + 4, y: y, count: bar.tbc)
    }
    svg += ChartStyle.label(bar.value, x: valueX, y: y + Self.barHeight - 5, size: 12)
    return svg
  }

  private func whisker(from start: Int, to end: Int, y: Int) -> String {
    "<path d=\"M\(start),\(y) H\(end) M\(start),\(y - 6) V\(y + 6) M\(end),\(y - 6) V\(y + 6)\""
      + " stroke=\"#111\" stroke-width=\"1.6\" fill=\"none\"/>"
  }

  private func tbcBox(x: Int, y: Int, count: Int) -> String {
    let text = count > 1 ? "?×\(count)" : "?"
    return
      "<rect x=\"\(x)\" y=\"\(y)\" width=\"22\" height=\"\(Self.barHeight - 4)\" fill=\"#fff\""
      + " stroke=\"#111\" stroke-width=\"1.2\" stroke-dasharray=\"3 2\"/>"
      + "<text x=\"\(x + 11)\" y=\"\(y + Self.barHeight - 8)\" font-size=\"10\""
      + " text-anchor=\"middle\">\(text)</text>"
  }
}
