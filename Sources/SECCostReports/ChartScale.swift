import SECCost

/// A linear money axis in whole pixels, computed in integers (no floating point): `0` at `left`,
/// `maximum` at `left + width`, with round tick steps (1, 2 or 5 × a power of ten pounds).
struct ChartScale {
  /// The x of £0.
  let left: Int
  /// The width of the axis in pixels.
  let width: Int
  /// The amount at the right end: the largest amount shown rounded up to a tick.
  let maximum: Money
  /// The distance between ticks.
  let step: Money

  /// A scale whose ticks cover `largest` in at most `ticks` steps.
  init(left: Int, width: Int, largest: Money, ticks: Int = 5) {
    self.left = left
    self.width = width
    let largestPounds = max(1, (largest.pence + 99) / 100)
    var stepPounds: Int64 = 1
    search: while true {
      for multiple: Int64 in [1, 2, 5] {
        let candidate = stepPounds * multiple
        if (largestPounds + candidate - 1) / candidate <= Int64(ticks) {
          stepPounds = candidate
          break search
        }
      }
      guard stepPounds < Int64.max / 100_000 else { break }
      stepPounds *= 10
    }
    let steps = max(1, (largestPounds + stepPounds - 1) / stepPounds)
    step = Money(pence: stepPounds * 100)
    maximum = Money(pence: steps * stepPounds * 100)
  }

  /// The x of `amount` (clamped to the axis).
  func x(_ amount: Money) -> Int {
    guard maximum.pence > 0 else { return left }
    let clamped = min(max(amount.pence, 0), maximum.pence)
    return left + Int(Int128(clamped) * Int128(width) / Int128(maximum.pence))
  }

  /// The tick amounts from £0 to the maximum.
  var ticks: [Money] {
    guard step.pence > 0 else { return [.zero] }
    return stride(from: Int64(0), through: maximum.pence, by: Int(step.pence)).map {
      Money(pence: $0)
    }
  }

  /// A short label for a tick: `£0`, `£500k`, `£1m`, `£2.5m`, `£750`.
  static func compact(_ amount: Money) -> String {
    let pounds = amount.pence / 100
    if pounds == 0 { return "£0" }
    if pounds % 1_000_000 == 0 { return "£\(pounds / 1_000_000)m" }
    if pounds >= 1_000_000 && pounds % 100_000 == 0 {
      return "£\(pounds / 1_000_000).\(pounds / 100_000 % 10)m"
    }
    if pounds % 1_000 == 0 { return "£\(pounds / 1_000)k" }
    return amount.formatted
  }
}
