import PropertyBased
import Testing

@testable import SECCost

@Suite("The standard normal quantile (AS 241) and distribution function")
struct StandardNormalTests {
  @Test func knownQuantiles() {
    #expect(StandardNormal.quantile(0.5) == 0)
    #expect(abs(StandardNormal.quantile(0.975) - 1.959_963_984_540_054) < 1e-15)
    #expect(abs(StandardNormal.quantile(0.8) - 0.841_621_233_572_914_2) < 1e-15)
    #expect(abs(StandardNormal.quantile(0.1) + 1.281_551_565_544_600_4) < 1e-15)
    #expect(abs(StandardNormal.quantile(1e-10) + 6.361_340_902_404_056) < 1e-13)
    // The smallest uniform the generator gives, and the far tail (AS 241's third region).
    #expect(abs(StandardNormal.quantile(0x1p-54) + 8.292_361_075_813_595) < 1e-13)
    #expect(abs(StandardNormal.quantile(1e-300) + 37.047_096_299_361_2) < 1e-11)
  }

  @Test func theEndsAreInfinite() {
    #expect(StandardNormal.quantile(0) == -.infinity)
    #expect(StandardNormal.quantile(1) == .infinity)
  }

  @Test func knownProbabilities() {
    #expect(StandardNormal.distribution(0) == 0.5)
    #expect(abs(StandardNormal.distribution(1.959_963_984_540_054) - 0.975) < 1e-15)
    #expect(abs(StandardNormal.distribution(-1) - 0.158_655_253_931_457_05) < 1e-16)
    let tail = StandardNormal.distribution(-8.292_361_075_813_595)
    #expect(abs(tail / 0x1p-54 - 1) < 1e-13)
  }

  @Test func theQuantileInvertsTheDistributionFunction() async {
    await propertyCheck(input: Gen.double(in: 1e-12...0.999_999_999)) { p in
      let roundTrip = StandardNormal.distribution(StandardNormal.quantile(p))
      #expect(abs(roundTrip - p) <= 1e-14 * max(p, 1e-3))
    }
  }

  @Test func theQuantileIsOdd() async {
    await propertyCheck(input: Gen.double(in: 0.001...0.5)) { p in
      #expect(abs(StandardNormal.quantile(p) + StandardNormal.quantile(1 - p)) < 1e-12)
    }
  }
}
