/// A whole number from 0 to 2²⁵⁶ − 1, as two 128-bit halves: wide enough for an exact sum of
/// squared amounts (a square of pence needs up to 128 bits, a few thousand of them a few more).
struct WideUnsigned: Hashable, Sendable {
  /// The upper 128 bits.
  private(set) var high: UInt128
  /// The lower 128 bits.
  private(set) var low: UInt128

  /// Zero.
  static let zero = WideUnsigned(high: 0, low: 0)

  private init(high: UInt128, low: UInt128) {
    self.high = high
    self.low = low
  }

  /// `a × b`, exactly.
  init(product a: UInt128, _ b: UInt128) {
    (high, low) = a.multipliedFullWidth(by: b)
  }

  /// `a × b × c`, exactly, or `nil` past 2²⁵⁶ − 1.
  init?(product a: UInt128, _ b: UInt128, _ c: UInt128) {
    let ab = WideUnsigned(product: a, b)
    let lowPart = ab.low.multipliedFullWidth(by: c)
    let highPart = ab.high.multipliedReportingOverflow(by: c)
    let (top, carry) = highPart.partialValue.addingReportingOverflow(lowPart.high)
    guard !highPart.overflow, !carry else { return nil }
    self.init(high: top, low: lowPart.low)
  }

  /// `self + other`, or `nil` past 2²⁵⁶ − 1.
  func adding(_ other: WideUnsigned) -> WideUnsigned? {
    let (low, carry) = low.addingReportingOverflow(other.low)
    let (high, overflow) = high.addingReportingOverflow(other.high)
    let (carried, overflowAgain) = high.addingReportingOverflow(carry ? 1 : 0)
    guard !overflow, !overflowAgain else { return nil }
    return WideUnsigned(high: carried, low: low)
  }

  /// `self − other`, or `nil` below zero.
  func subtracting(_ other: WideUnsigned) -> WideUnsigned? {
    let (low, borrow) = low.subtractingReportingOverflow(other.low)
    let (high, underflow) = high.subtractingReportingOverflow(other.high)
    let (borrowed, underflowAgain) = high.subtractingReportingOverflow(borrow ? 1 : 0)
    guard !underflow, !underflowAgain else { return nil }
    return WideUnsigned(high: borrowed, low: low)
  }

  /// `⌊self / divisor⌋` (divisor > 0), or `nil` if it does not fit in 128 bits.
  func dividedDown(by divisor: UInt128) -> UInt128? {
    guard high < divisor else { return nil }
    return divisor.dividingFullWidth((high, low)).quotient
  }
}
