#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The Beta(α, β) distribution on [0, 1] (α, β ≥ 1): the standard form of a PERT cost.
///
/// Its quantile function inverts the regularized incomplete beta function Iₓ(α, β) numerically:
/// a table of 1,025 quantiles per half (each solved to full precision when the distribution is
/// made) gives a bracket and a first guess by linear interpolation; then Newton steps on
/// Iₓ(α, β) − u, falling back to bisection whenever a step would leave the bracket, until a
/// Newton step is below 10⁻⁹ (the error left is then of the order of its square) or the bracket
/// is below 2⁻⁵². Probabilities above ½ are solved in the mirrored distribution,
/// `Q(u) = 1 − Q′(1 − u)` with Q′ the quantile of Beta(β, α), so that both tails keep their
/// precision.
///
/// Iₓ is evaluated exactly when α and β are whole numbers (always so for a PERT whose mode is at
/// the midpoint, or a quarter of the way along): the Bernstein sum
/// `Iₓ(α, β) = Σ_{j=α}^{n} C(n, j) xʲ (1 − x)ⁿ⁻ʲ`, `n = α + β − 1`, with no call to the C
/// library. Otherwise it is the continued fraction of Numerical Recipes §6.4 (modified Lentz),
/// with `exp`, `log`, `log1p` and `lgamma` from the C library.
struct BetaDistribution: Sendable {
  /// The memory behind ``sampler``'s tables.
  private let storage: BetaStorage
  /// The quantile function as plain values and pointers, valid while this distribution exists.
  let sampler: BetaSampler

  /// Creates Beta(`alpha`, `beta`); both must be at least 1.
  init(alpha: Double, beta: Double) {
    let lowerFunction = BetaFunction(alpha: alpha, beta: beta)
    let upperFunction = BetaFunction(alpha: beta, beta: alpha)
    let symmetric = alpha == beta
    storage = BetaStorage(count: (symmetric ? 1 : 2) * BetaHalfSolver.tableCount)
    let base = storage.values.baseAddress!
    let lower = BetaHalfSolver(lowerFunction, table: base)
    let upper =
      symmetric ? lower : BetaHalfSolver(upperFunction, table: base + BetaHalfSolver.tableCount)
    sampler = BetaSampler(lower: lower, upper: upper)
  }

  /// The value not exceeded with probability `u` (0 ≤ u ≤ 1).
  func quantile(_ u: Double) -> Double {
    withExtendedLifetime(storage) { sampler.quantile(u) }
  }

  /// Iₓ(α, β): the probability of a value at most `x`.
  func distribution(_ x: Double) -> Double {
    sampler.lower.function.distribution(x)
  }
}

/// Memory for quantile tables, freed with the last distribution that uses it.
final class BetaStorage: @unchecked Sendable {
  /// The values; written once, while the distribution is made, then only read.
  let values: UnsafeMutableBufferPointer<Double>

  init(count: Int) {
    values = .allocate(capacity: count)
    values.initialize(repeating: 0)
  }

  deinit {
    values.deallocate()
  }
}

/// A Beta quantile function with no reference counting, for the simulation's inner loop.
struct BetaSampler: @unchecked Sendable {
  /// The solver for u ≤ ½.
  let lower: BetaHalfSolver
  /// The solver of the mirrored distribution, for u > ½.
  let upper: BetaHalfSolver

  /// The value not exceeded with probability `u` (0 ≤ u ≤ 1).
  @inline(__always)
  func quantile(_ u: Double) -> Double {
    u <= 0.5 ? lower.solve(u) : 1 - upper.solve(1 - u)
  }
}

/// The distribution function and density of Beta(α, β).
struct BetaFunction: Sendable {
  /// α.
  let alpha: Double
  /// β.
  let beta: Double
  /// For whole α and β with α + β ≤ 8: α; 0 otherwise (the continued fraction is used).
  private let wholeAlpha: Int
  /// n = α + β − 1, for whole α and β.
  private let degree: Int
  /// C(n, j) for j = 0…n, for whole α and β.
  private let binomials: SIMD8<Double>
  /// 1 / B(α, β).
  private let inverseBeta: Double
  /// ln B(α, β).
  private let logBeta: Double

  init(alpha: Double, beta: Double) {
    self.alpha = alpha
    self.beta = beta
    var binomials = SIMD8<Double>(repeating: 0)
    if alpha == alpha.rounded(), beta == beta.rounded(), alpha + beta <= 8 {
      let n = Int(alpha + beta) - 1
      binomials[0] = 1
      for j in 1...n { binomials[j] = binomials[j - 1] * Double(n - j + 1) / Double(j) }
      wholeAlpha = Int(alpha)
      degree = n
      // 1/B(α, β) = n · C(n − 1, α − 1)
      var coefficient = 1.0
      for j in 0..<(wholeAlpha - 1) {
        coefficient = coefficient * Double(n - 1 - j) / Double(j + 1)
      }
      inverseBeta = Double(n) * coefficient
      logBeta = -log(inverseBeta)
    } else {
      wholeAlpha = 0
      degree = 0
      logBeta = lgamma(alpha) + lgamma(beta) - lgamma(alpha + beta)
      inverseBeta = exp(-logBeta)
    }
    self.binomials = binomials
  }

  /// Iₓ(α, β).
  @inline(__always)
  func distribution(_ x: Double) -> Double {
    if x <= 0 { return 0 }
    if x >= 1 { return 1 }
    if wholeAlpha == 0 { return continuedFractionDistribution(x) }
    let y = 1 - x
    let m = degree - wholeAlpha
    var yPowers = SIMD8<Double>(repeating: 1)
    if m > 0 { for i in 1...m { yPowers[i] = yPowers[i - 1] * y } }
    var xPower = 1.0
    for _ in 0..<wholeAlpha { xPower *= x }
    // Σ_{j=α}^{n} C(n, j) xʲ yⁿ⁻ʲ: positive terms only, so no cancellation.
    var sum = 0.0
    for k in 0...m {
      sum += binomials[wholeAlpha + k] * xPower * yPowers[m - k]
      xPower *= x
    }
    return sum
  }

  /// The density xᵅ⁻¹(1 − x)ᵝ⁻¹ / B(α, β).
  @inline(__always)
  func density(_ x: Double) -> Double {
    if x <= 0 || x >= 1 { return alpha == 1 && x <= 0 || beta == 1 && x >= 1 ? inverseBeta : 0 }
    if wholeAlpha == 0 { return exp((alpha - 1) * log(x) + (beta - 1) * log1p(-x) - logBeta) }
    var value = inverseBeta
    for _ in 1..<wholeAlpha { value *= x }
    let y = 1 - x
    for _ in 0..<(degree - wholeAlpha) { value *= y }
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

/// Solves Iₓ(α, β) = u for u in [0, ½], from a table of quantiles.
struct BetaHalfSolver: @unchecked Sendable {
  /// The distribution solved.
  let function: BetaFunction
  /// `table[i]` is the quantile of `i / (2 · cells)`, for `i = 0…cells`.
  private let table: UnsafePointer<Double>

  private static let cells = 1024
  /// The number of values in a table.
  static let tableCount = cells + 1

  /// Fills `table` (``tableCount`` values) with the quantiles and makes a solver that reads it.
  init(_ function: BetaFunction, table: UnsafeMutablePointer<Double>) {
    self.function = function
    self.table = UnsafePointer(table)
    table[0] = 0
    for i in 1...Self.cells {
      let previous = table[i - 1]
      table[i] = Self.refine(
        function, Double(i) / Double(2 * Self.cells), low: previous, high: 1, from: previous)
    }
  }

  /// The quantile of `u` (0 ≤ u ≤ ½).
  @inline(__always)
  func solve(_ u: Double) -> Double {
    if u <= 0 { return 0 }
    let position = u * Double(2 * Self.cells)
    let cell = min(Int(position), Self.cells - 1)
    let low = table[cell]
    let high = table[cell + 1]
    return Self.refine(
      function, u, low: low, high: high, from: low + (high - low) * (position - Double(cell)))
  }

  /// Newton's method on Iₓ − u from `start`, kept inside `[low, high]` by bisection.
  @inline(__always)
  private static func refine(
    _ function: BetaFunction, _ u: Double, low: Double, high: Double, from start: Double
  ) -> Double {
    var low = low
    var high = high
    var x = start
    for _ in 0..<200 {
      let residual = function.distribution(x) - u
      if residual == 0 { return x }
      if residual < 0 { low = x } else { high = x }
      let newton = x - residual / function.density(x)
      if newton > low && newton < high {
        if abs(newton - x) <= 1e-9 { return newton }
        x = newton
      } else {
        x = 0.5 * (low + high)
        if high - low <= 0x1p-52 { return x }
      }
    }
    return x
  }
}
