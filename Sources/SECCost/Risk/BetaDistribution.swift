#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The Beta(α, β) distribution on [0, 1] (α, β ≥ 1): the standard form of a PERT cost.
///
/// Its quantile function inverts the regularized incomplete beta function Iₓ(α, β) numerically:
/// a table of 129 exact quantiles per half gives a bracket and a first guess (linear
/// interpolation), then Newton steps on Iₓ(α, β) − u, falling back to bisection whenever a step
/// would leave the bracket, until a step is below 2⁻⁵⁰. Probabilities above ½ are solved in the
/// mirrored distribution, `Q(u) = 1 − Q′(1 − u)` with Q′ the quantile of Beta(β, α), so that both
/// tails keep their precision.
///
/// Iₓ is evaluated exactly when α and β are whole numbers (always so for a PERT whose mode is at
/// the midpoint, or a quarter of the way along): the Bernstein sum
/// `Iₓ(α, β) = Σ_{j=α}^{n} C(n, j) xʲ (1 − x)ⁿ⁻ʲ`, `n = α + β − 1`, with no call to the C
/// library. Otherwise it is the continued fraction of Numerical Recipes §6.4 (modified Lentz),
/// with `exp`, `log` and `lgamma` from the C library.
struct BetaDistribution: Sendable {
  /// The quantile solver for u ≤ ½.
  private let lower: BetaHalfSolver
  /// The quantile solver of the mirrored distribution, for u > ½.
  private let upper: BetaHalfSolver

  /// Creates Beta(`alpha`, `beta`); both must be at least 1.
  init(alpha: Double, beta: Double) {
    lower = BetaHalfSolver(BetaFunction(alpha: alpha, beta: beta))
    upper = alpha == beta ? lower : BetaHalfSolver(BetaFunction(alpha: beta, beta: alpha))
  }

  /// The value not exceeded with probability `u` (0 ≤ u ≤ 1).
  @inline(__always)
  func quantile(_ u: Double) -> Double {
    u <= 0.5 ? lower.solve(u) : 1 - upper.solve(1 - u)
  }

  /// Iₓ(α, β): the probability of a value at most `x`.
  func distribution(_ x: Double) -> Double {
    lower.function.distribution(x)
  }
}

/// The distribution function and density of Beta(α, β).
struct BetaFunction: Sendable {
  let alpha: Double
  let beta: Double
  /// For whole α and β: `C(n, j)` for `j = 0…n`, `n = α + β − 1`; empty otherwise.
  private let binomials: [Double]
  private let wholeAlpha: Int
  /// 1 / B(α, β).
  private let inverseBeta: Double
  /// ln B(α, β), for the continued fraction.
  private let logBeta: Double

  init(alpha: Double, beta: Double) {
    self.alpha = alpha
    self.beta = beta
    if alpha == alpha.rounded(), beta == beta.rounded(), alpha + beta <= 64 {
      let n = Int(alpha + beta) - 1
      var row: [Double] = [1]
      for j in 1...max(n, 1) where j <= n { row.append(row[j - 1] * Double(n - j + 1) / Double(j)) }
      binomials = row
      wholeAlpha = Int(alpha)
      // 1/B(α, β) = n · C(n − 1, α − 1)
      var coefficient = 1.0
      for j in 0..<(wholeAlpha - 1) {
        coefficient = coefficient * Double(n - 1 - j) / Double(j + 1)
      }
      inverseBeta = Double(n) * coefficient
      logBeta = -log(inverseBeta)
    } else {
      binomials = []
      wholeAlpha = 0
      logBeta = lgamma(alpha) + lgamma(beta) - lgamma(alpha + beta)
      inverseBeta = exp(-logBeta)
    }
  }

  /// Iₓ(α, β).
  @inline(__always)
  func distribution(_ x: Double) -> Double {
    if x <= 0 { return 0 }
    if x >= 1 { return 1 }
    if binomials.isEmpty { return continuedFractionDistribution(x) }
    let n = binomials.count - 1
    let y = 1 - x
    var xPower = 1.0
    for _ in 0..<wholeAlpha { xPower *= x }
    var yPower = 1.0
    for _ in 0..<(n - wholeAlpha) { yPower *= y }
    // Terms j = α…n of C(n, j) xʲ yⁿ⁻ʲ, from the smallest power of x up.
    var sum = 0.0
    var j = wholeAlpha
    let inverseY = 1 / y
    while true {
      sum += binomials[j] * xPower * yPower
      if j == n { break }
      j += 1
      xPower *= x
      yPower = j == n ? 1 : yPower * inverseY
    }
    return sum
  }

  /// The density xᵅ⁻¹(1 − x)ᵝ⁻¹ / B(α, β).
  @inline(__always)
  func density(_ x: Double) -> Double {
    if x <= 0 || x >= 1 { return alpha == 1 && x <= 0 || beta == 1 && x >= 1 ? inverseBeta : 0 }
    if binomials.isEmpty { return exp((alpha - 1) * log(x) + (beta - 1) * log1p(-x) - logBeta) }
    var value = inverseBeta
    for _ in 1..<wholeAlpha { value *= x }
    let y = 1 - x
    for _ in 0..<(binomials.count - wholeAlpha - 1) { value *= y }
    return value
  }

  /// Iₓ(α, β) by the continued fraction, on whichever side converges fast.
  private func continuedFractionDistribution(_ x: Double) -> Double {
    let front = exp(alpha * log(x) + beta * log1p(-x) - logBeta)
    if x < (alpha + 1) / (alpha + beta + 2) {
      return front * Self.continuedFraction(alpha, beta, x) / alpha
    }
    return 1 - front * Self.continuedFraction(beta, alpha, 1 - x) / beta
  }

  /// The continued fraction for Iₓ(a, b) (Numerical Recipes `betacf`, modified Lentz).
  private static func continuedFraction(_ a: Double, _ b: Double, _ x: Double) -> Double {
    let tiny = 1e-300
    let qab = a + b
    let qap = a + 1
    let qam = a - 1
    var c = 1.0
    var d = 1 - qab * x / qap
    if abs(d) < tiny { d = tiny }
    d = 1 / d
    var h = d
    for m in 1...300 {
      let m = Double(m)
      let m2 = 2 * m
      var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
      d = 1 + aa * d
      if abs(d) < tiny { d = tiny }
      c = 1 + aa / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      h *= d * c
      aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
      d = 1 + aa * d
      if abs(d) < tiny { d = tiny }
      c = 1 + aa / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      let delta = d * c
      h *= delta
      if abs(delta - 1) < 1e-16 { break }
    }
    return h
  }
}

/// Solves Iₓ(α, β) = u for u in [0, ½].
struct BetaHalfSolver: Sendable {
  /// The distribution solved.
  let function: BetaFunction
  /// `table[i]` is the exact quantile of `i / (2 · cells)`.
  private let table: [Double]
  private static let cells = 128
  private static let tolerance = 0x1p-50

  init(_ function: BetaFunction) {
    self.function = function
    var table: [Double] = [0]
    for i in 1...Self.cells {
      table.append(
        Self.bisect(function, Double(i) / Double(2 * Self.cells), low: table[i - 1], high: 1))
    }
    self.table = table
  }

  /// The quantile of `u` (0 ≤ u ≤ ½).
  @inline(__always)
  func solve(_ u: Double) -> Double {
    if u <= 0 { return 0 }
    let position = u * Double(2 * Self.cells)
    let cell = min(Int(position), Self.cells - 1)
    var low = table[cell]
    var high = table[cell + 1]
    var x = low + (high - low) * (position - Double(cell))
    for _ in 0..<200 {
      let residual = function.distribution(x) - u
      if residual == 0 { return x }
      if residual < 0 { low = x } else { high = x }
      var next = x - residual / function.density(x)
      if !(next > low && next < high) { next = 0.5 * (low + high) }
      if abs(next - x) <= Self.tolerance || high - low <= Self.tolerance { return next }
      x = next
    }
    return x
  }

  /// Bisection to full precision, for the table.
  private static func bisect(_ function: BetaFunction, _ u: Double, low: Double, high: Double)
    -> Double
  {
    var low = low
    var high = high
    for _ in 0..<200 {
      let middle = 0.5 * (low + high)
      guard middle > low, middle < high else { break }
      if function.distribution(middle) < u { low = middle } else { high = middle }
    }
    return 0.5 * (low + high)
  }
}
