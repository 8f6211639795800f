import PropertyBased
import Testing

@testable import SECCost

@Suite("The Beta distribution behind PERT")
struct BetaDistributionTests {
  @Test func wholeShapesUseTheExactPolynomial() {
    // Beta(3, 3): I_x = 10x³ − 15x⁴ + 6x⁵.
    let beta = BetaDistribution(alpha: 3, beta: 3)
    for x in [0.0, 0.1, 0.25, 0.5, 0.7, 0.99, 1] {
      let exact = 10 * x * x * x - 15 * x * x * x * x + 6 * x * x * x * x * x
      #expect(abs(beta.distribution(x) - exact) < 1e-15)
    }
    #expect(abs(beta.quantile(0.5) - 0.5) < 1e-15)
  }

  @Test func closedFormQuantiles() {
    // Beta(1, 1) is uniform; Beta(2, 1) has I_x = x²; Beta(1, 5) has I_x = 1 − (1 − x)⁵.
    let uniform = BetaDistribution(alpha: 1, beta: 1)
    let rising = BetaDistribution(alpha: 2, beta: 1)
    let falling = BetaDistribution(alpha: 1, beta: 5)
    for u in [0.0, 1e-9, 0.01, 0.2, 0.5, 0.8, 0.999, 1] {
      #expect(abs(uniform.quantile(u) - u) < 1e-14)
      #expect(abs(rising.quantile(u) - u.squareRoot()) < 1e-14)
      #expect(abs(falling.quantile(u) - (1 - pow5Root(1 - u))) < 1e-14)
    }
  }

  @Test func theContinuedFractionAgreesWithTheIntegralOfTheDensity() {
    // PERT with its mode 30% of the way along: α = 2.2, β = 3.8. Simpson's rule on the density.
    let function = BetaFunction(alpha: 2.2, beta: 3.8)
    for x in [0.05, 0.2, 0.4, 0.6, 0.9] {
      let steps = 20_000
      let h = x / Double(steps)
      var sum = function.density(0) + function.density(x)
      for i in 1..<steps { sum += Double(i % 2 == 0 ? 2 : 4) * function.density(Double(i) * h) }
      #expect(abs(function.distribution(x) - sum * h / 3) < 1e-9)
    }
  }

  @Test func theQuantileInvertsTheDistribution() async {
    let shapes = [
      BetaDistribution(alpha: 3, beta: 3), BetaDistribution(alpha: 2.2, beta: 3.8),
      BetaDistribution(alpha: 4.6, beta: 1.4), BetaDistribution(alpha: 5, beta: 1),
    ]
    await propertyCheck(input: Gen.double(in: 1e-9...0.999_999)) { u in
      for beta in shapes {
        let x = beta.quantile(u)
        #expect(x >= 0 && x <= 1)
        #expect(abs(beta.distribution(x) - u) < 1e-12)
      }
    }
  }

  @Test(arguments: [(3.0, 3.0), (2.2, 3.8), (5.0, 1.0)])
  func theQuantileHasTheExactMeanAndVariance(alpha: Double, beta: Double) {
    // The midpoint rule over u: E[X] = ∫Q(u)du = α/(α+β), Var = αβ/((α+β)²(α+β+1)).
    let distribution = BetaDistribution(alpha: alpha, beta: beta)
    let count = 200_000
    var sum = 0.0
    var squares = 0.0
    for i in 0..<count {
      let x = distribution.quantile((Double(i) + 0.5) / Double(count))
      sum += x
      squares += x * x
    }
    let mean = sum / Double(count)
    let variance = squares / Double(count) - mean * mean
    let total = alpha + beta
    #expect(abs(mean - alpha / total) < 1e-7)
    #expect(abs(variance - alpha * beta / (total * total * (total + 1))) < 1e-7)
  }

  @Test func theQuantileIsMonotone() {
    let beta = BetaDistribution(alpha: 2.2, beta: 3.8)
    var previous = -1.0
    for i in 0...4096 {
      let x = beta.quantile(Double(i) / 4096)
      #expect(x >= previous)
      previous = x
    }
  }

  private func pow5Root(_ value: Double) -> Double {
    // The fifth root by Newton's method, to keep the test free of the C library.
    guard value > 0 else { return 0 }
    var root = 1.0
    for _ in 0..<200 {
      root -= (root * root * root * root * root - value) / (5 * root * root * root * root)
    }
    return root
  }
}
