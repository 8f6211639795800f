import SECCost

/// The fills of chart series: a colour-blind-safe palette (Okabe and Ito) combined with a
/// pattern, so neighbouring series differ in more than colour; and the SVG `<defs>` for them.
enum ChartStyle {
  /// Okabe–Ito colours, with whether text on them reads better in white.
  static let palette: [(colour: String, darkText: Bool)] = [
    ("#0072B2", false), ("#E69F00", true), ("#009E73", false), ("#56B4E9", true),
    ("#D55E00", false), ("#F0E442", true), ("#CC79A7", true), ("#999999", true),
  ]

  /// The number of distinct fills.
  static let count = palette.count

  /// The fill of series `index` within the chart `chart` (an id prefix).
  static func fill(_ chart: String, _ index: Int) -> String {
    "url(#\(chart)-fill-\(index % count))"
  }

  /// Pattern definitions for the fills: solid, diagonal lines, dots and cross-hatching in turn.
  static func definitions(_ chart: String) -> String {
    var defs = ""
    for (index, entry) in palette.enumerated() {
      let id = "\(chart)-fill-\(index)"
      let mark: String
      switch index % 4 {
      case 1: mark = "<path d=\"M0,8 L8,0\" stroke=\"#fff\" stroke-width=\"1.6\"/>"
      case 2: mark = "<circle cx=\"4\" cy=\"4\" r=\"1.4\" fill=\"#fff\"/>"
      case 3:
        mark = "<path d=\"M0,4 H8 M4,0 V8\" stroke=\"#fff\" stroke-width=\"1.2\"/>"
      default: mark = ""
      }
      defs +=
        "<pattern id=\"\(id)\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\">"
        + "<rect width=\"8\" height=\"8\" fill=\"\(entry.colour)\"/>\(mark)</pattern>"
    }
    defs +=
      "<pattern id=\"\(chart)-before\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\">"
      + "<rect width=\"6\" height=\"6\" fill=\"#fff\"/>"
      + "<path d=\"M0,6 L6,0\" stroke=\"#555\" stroke-width=\"1.2\"/></pattern>"
    return "<defs>\(defs)</defs>"
  }

  /// A text element with a white halo, readable on any fill.
  static func label(
    _ text: String, x: Int, y: Int, anchor: String = "start", size: Int = 12,
    weight: String? = nil
  ) -> String {
    "<text x=\"\(x)\" y=\"\(y)\" font-size=\"\(size)\" text-anchor=\"\(anchor)\""
      + (weight.map { " font-weight=\"\($0)\"" } ?? "")
      + ">\(XMLText.escaped(text))</text>"
  }

  /// A rough width of `text` in pixels at `size` (for deciding whether a label fits).
  static func width(of text: String, size: Int = 12) -> Int {
    text.count * size * 6 / 10 + 4
  }
}
