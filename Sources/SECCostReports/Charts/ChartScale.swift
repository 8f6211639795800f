import SECCost

/// A linear money axis in whole pixels, computed in integers (no floating point): `minimum` (£0
/// unless a floor is asked for) at `left`, `maximum` at `left + width`, with round tick steps (1,
/// 2 or 5 × a power of ten pounds).
///
/// The axis is worked out in `Int128` pence: rounded out to a whole tick, its right end can lie
/// beyond the largest ``Money`` (a chart of £92,233,720,368,547,758.07 ends at £100,000,000,000,
/// 000,000), and no amount a ledger can hold overflows it.
struct ChartScale {
  /// The x of the minimum.
  let left: Int
  /// The width of the axis in pixels.
  let width: Int
  /// The amount at the left end, in pence: £0, or the smallest amount shown rounded down to a
  /// tick.
  let minimum: Int128
  /// The amount at the right end, in pence: the largest amount shown rounded up to a tick.
  let maximum: Int128
  /// The distance between ticks, in pence.
  let step: Int128

  /// A scale whose ticks cover `smallest` (£0 by default) to `largest` in at most `ticks` steps
  /// (and one more where the floor is not a tick). Amounts below £0 are drawn at £0.
  init(left: Int, width: Int, smallest: Money = .zero, largest: Money, ticks: Int = 5) {
    self.init(
      left: left, width: width, smallestPence: Int128(smallest.pence),
      largestPence: Int128(largest.pence), ticks: ticks)
  }

  /// A scale from `smallestPence` to `largestPence`: a sum of amounts, which may lie beyond
  /// ``Money`` (up to ±2^100 pence).
  init(left: Int, width: Int, smallestPence: Int128 = 0, largestPence: Int128, ticks: Int = 5) {
    self.left = left
    self.width = width
    let bound: Int128 = 1 << 100
    let tickCount = Int128(Swift.max(1, ticks))
    let smallestPounds = Swift.max(0, Swift.min(smallestPence, bound) / 100)
    let topPounds = Swift.max(smallestPounds + 1, (Swift.min(largestPence, bound) + 99) / 100)
    let spanPounds = topPounds - smallestPounds
    // The span is below 2^100 pence, so the step stays far below Int128's limit.
    var stepPounds: Int128 = 1
    search: while true {
      for multiple: Int128 in [1, 2, 5] {
        let candidate = stepPounds * multiple
        if (spanPounds + candidate - 1) / candidate <= tickCount {
          stepPounds = candidate
          break search
        }
      }
      stepPounds *= 10
    }
    let floorPounds = smallestPounds / stepPounds * stepPounds
    let steps = Swift.max(1, (topPounds - floorPounds + stepPounds - 1) / stepPounds)
    step = stepPounds * 100
    minimum = floorPounds * 100
    maximum = (floorPounds + steps * stepPounds) * 100
  }

  /// The x of `amount` (clamped to the axis).
  func x(_ amount: Money) -> Int { x(pence: Int128(amount.pence)) }

  /// The x of an amount of `pence` (clamped to the axis).
  func x(pence: Int128) -> Int {
    let span = maximum - minimum
    guard span > 0 else { return left }
    let clamped = Swift.min(Swift.max(pence, minimum), maximum)
    return left + Int((clamped - minimum) * Int128(width) / span)
  }

  /// The tick amounts, in pence, from the minimum to the maximum.
  var ticks: [Int128] {
    guard step > 0 else { return [minimum] }
    var ticks: [Int128] = []
    var tick = minimum
    while tick <= maximum {
      ticks.append(tick)
      tick += step
    }
    return ticks
  }

  /// A short label for a tick: `£0`, `£500k`, `£1m`, `£2.5m`, `£750`.
  static func compact(_ amount: Money) -> String { compact(Int128(amount.pence)) }

  /// A short label for a tick of `pence` (whole pounds, from £0 up, possibly beyond ``Money``).
  static func compact(_ pence: Int128) -> String {
    let pounds = pence / 100
    if pounds == 0 { return "£0" }
    if pounds % 1_000_000 == 0 { return "£\(grouped(pounds / 1_000_000))m" }
    if pounds >= 1_000_000 && pounds % 100_000 == 0 {
      return "£\(grouped(pounds / 1_000_000)).\(pounds / 100_000 % 10)m"
    }
    if pounds % 1_000 == 0 { return "£\(grouped(pounds / 1_000))k" }
    if let amount = Int64(exactly: pence) { return Money(pence: amount).formatted }
    return "£\(grouped(pounds))"
  }

  /// A whole number with thousands separated by commas (`92,233,720`), as ``Money/formatted``
  /// writes pounds.
  private static func grouped(_ number: Int128) -> String {
    let digits = String(number.magnitude)
    var text = number < 0 ? "-" : ""
    let firstGroup = digits.count % 3 == 0 ? 3 : digits.count % 3
    for (offset, digit) in digits.enumerated() {
      if offset > 0 && (offset - firstGroup) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return text
  }
}
