import SECCost

/// A linear money axis in whole pixels, computed in integers (no floating point): `minimum` (£0
/// unless a floor is asked for) at `left`, `maximum` at `left + width`, with round tick steps (1,
/// 2 or 5 × a power of ten pounds).
struct ChartScale {
  /// The x of the minimum.
  let left: Int
  /// The width of the axis in pixels.
  let width: Int
  /// The amount at the left end: £0, or the smallest amount shown rounded down to a tick.
  let minimum: Money
  /// The amount at the right end: the largest amount shown rounded up to a tick.
  let maximum: Money
  /// The distance between ticks.
  let step: Money

  /// A scale whose ticks cover `smallest` (£0 by default) to `largest` in at most `ticks` steps.
  init(left: Int, width: Int, smallest: Money = .zero, largest: Money, ticks: Int = 5) {
    self.left = left
    self.width = width
    let smallestPounds = max(0, smallest.pence / 100)
    let largestPounds = max(smallestPounds + 1, (largest.pence + 99) / 100) - smallestPounds
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
    let floorPounds = smallestPounds / stepPounds * stepPounds
    let topPounds = largestPounds + smallestPounds
    let steps = max(1, (topPounds - floorPounds + stepPounds - 1) / stepPounds)
    step = Money(pence: stepPounds * 100)
    minimum = Money(pence: floorPounds * 100)
    maximum = Money(pence: (floorPounds + steps * stepPounds) * 100)
  }

  /// The x of `amount` (clamped to the axis).
  func x(_ amount: Money) -> Int {
    let span = Int128(maximum.pence) - Int128(minimum.pence)
    guard span > 0 else { return left }
    let clamped = min(max(Int128(amount.pence), Int128(minimum.pence)), Int128(maximum.pence))
    return left + Int((clamped - Int128(minimum.pence)) * Int128(width) / span)
  }

  /// The tick amounts from the minimum to the maximum.
  var ticks: [Money] {
    guard step.pence > 0 else { return [minimum] }
    return stride(from: minimum.pence, through: maximum.pence, by: Int(step.pence)).map {
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
