/// The analytic mean and standard deviation of a sum of independent uncertain costs, kept
/// exactly as fractions and rounded once to the penny.
///
/// For one cost on `[low, high]` with width `w = high − low` and mode `m` above `low`:
///
/// | shape      | mean − low           | variance                       |
/// | ---------- | -------------------- | ------------------------------ |
/// | uniform    | `w/2`                | `w²/12`                        |
/// | triangular | `(m + w)/3`          | `(w² + m² − w·m)/18`           |
/// | PERT       | `(4m + w)/6` (= μ)   | `μ(w − μ)/7`                   |
///
/// Means add for any correlation; variances add only for independent costs, so the standard
/// deviation is that of the independent case. With the mode held in half pence (`m₂ = 2m`),
/// means are numerators over 12, in exact 128-bit integers, and variances numerators over 504,
/// in exact 256-bit integers (a square of pence alone can need 128 bits). With `d = m₂ − w`, the
/// variance numerators are `42w²` (uniform), `7d² + 21w²` (triangular) and `18w² − 8d²` (PERT):
/// the table's formulas rearranged so that no term of either sign is wider than it must be.
struct AnalyticMoments: Sendable {
  /// The shape of every cost added.
  let shape: RangeDistribution
  /// The sum of `12 × (mean − low)` over the costs, in pence.
  private(set) var meanTwelfths: Int128 = 0
  /// The sum of `504 × variance` over the costs, in pence².
  private(set) var varianceParts = WideUnsigned.zero

  init(shape: RangeDistribution) {
    self.shape = shape
  }

  /// Adds one cost, assumed independent of the others.
  mutating func add(_ cost: UncertainCost) throws(MoneyError) {
    let w = cost.width
    let m2 = cost.doubledModeOffset
    let mean: Int128
    let variance: WideUnsigned?
    switch shape {
    case .uniform:
      mean = try Checked.product(6, w)
      variance = try Self.scaledSquare(42, w)
    case .triangular:
      mean = try Checked.sum(try Checked.product(2, m2), try Checked.product(4, w))
      variance = try Self.scaledSquare(7, m2 - w).adding(try Self.scaledSquare(21, w))
    case .pert:
      mean = try Checked.sum(try Checked.product(4, m2), try Checked.product(2, w))
      variance = try Self.scaledSquare(18, w).subtracting(try Self.scaledSquare(8, m2 - w))
    }
    meanTwelfths = try Checked.sum(meanTwelfths, mean)
    guard let variance, let sum = varianceParts.adding(variance) else { throw .overflow }
    varianceParts = sum
  }

  /// `factor × x²`, exactly.
  private static func scaledSquare(_ factor: UInt128, _ x: Int128) throws(MoneyError)
    -> WideUnsigned
  {
    guard let value = WideUnsigned(product: factor, x.magnitude, x.magnitude) else {
      throw .overflow
    }
    return value
  }

  /// `base` plus the mean above the low ends, rounded once to the penny half-even.
  func mean(above base: Money) throws(MoneyError) -> Money {
    let total = try Checked.sum(try Checked.product(12, Int128(base.pence)), meanTwelfths)
    guard let pence = Int64(exactly: RoundingRule.halfEven.divide(total, by: 12)) else {
      throw .overflow
    }
    return Money(pence: pence)
  }

  /// The standard deviation of the sum, rounded to the nearest penny (exactly: by integer
  /// square root; a tie, which needs an exact square, rounds up).
  func standardDeviation() throws(MoneyError) -> Money {
    // s = ⌊(t + 1)/2⌋ with t = ⌊√⌊4V⌋⌋ is √V rounded to the nearest whole number.
    // ⌊4V⌋ = ⌊(504V)/126⌋, exactly.
    guard let quadrupled = varianceParts.dividedDown(by: 126) else { throw .overflow }
    let root = Checked.integerSquareRoot(quadrupled)
    guard let pence = Int64(exactly: (root + 1) / 2) else { throw .overflow }
    return Money(pence: pence)
  }
}

/// Checked 128-bit arithmetic that throws ``MoneyError/overflow``.
enum Checked {
  /// `a + b`.
  static func sum(_ a: Int128, _ b: Int128) throws(MoneyError) -> Int128 {
    let (value, overflow) = a.addingReportingOverflow(b)
    guard !overflow else { throw .overflow }
    return value
  }

  /// `a × b`.
  static func product(_ a: Int128, _ b: Int128) throws(MoneyError) -> Int128 {
    let (value, overflow) = a.multipliedReportingOverflow(by: b)
    guard !overflow else { throw .overflow }
    return value
  }

  /// ⌊√n⌋, by Newton's method on integers from a starting point above the root.
  static func integerSquareRoot(_ n: UInt128) -> UInt128 {
    guard n > 1 else { return n }
    var x = UInt128(1) << ((UInt128.bitWidth - n.leadingZeroBitCount) / 2 + 1)
    while true {
      let y = (x + n / x) / 2
      if y >= x { return x }
      x = y
    }
  }
}
