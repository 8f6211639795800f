import Testing

@testable import SECCost

/// Reference outputs from Vigna's C code (`splitmix64.c`, `xoshiro256starstar.c`), compiled and
/// run on this machine.
@Suite("SplitMix64 and xoshiro256**")
struct RandomSourceTests {
  @Test func splitMix64MatchesTheReference() {
    var generator = SplitMix64(seed: 1_234_567)
    let outputs = (0..<5).map { _ in generator.next() }
    #expect(
      outputs == [
        6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
        4_593_380_528_125_082_431, 16_408_922_859_458_223_821,
      ])
  }

  @Test func xoshiroMatchesTheReferenceFromAnExplicitState() {
    var generator = Xoshiro256StarStar(state: (1, 2, 3, 4))
    let outputs = (0..<6).map { _ in generator.next() }
    #expect(
      outputs == [
        11520, 0, 1_509_978_240, 1_215_971_899_390_074_240, 1_216_172_134_540_287_360,
        607_988_272_756_665_600,
      ])
  }

  @Test func jumpMatchesTheReference() {
    // The authors' xoshiro256starstar.c, jump() from the state (1, 2, 3, 4), then next().
    var generator = Xoshiro256StarStar(state: (1, 2, 3, 4))
    generator.jump()
    #expect(
      (0..<4).map { _ in generator.next() } == [
        13_534_147_089_533_256_664, 7_126_240_192_422_241_655, 3_805_973_808_039_778_091,
        11_547_880_530_658_420_384,
      ])
    generator.jump()
    #expect(
      (0..<2).map { _ in generator.next() } == [
        5_683_399_991_563_120_264, 7_241_535_784_856_384_132,
      ])
  }

  @Test func seedingGoesThroughSplitMix64() {
    var one = Xoshiro256StarStar(seed: 1)
    #expect(
      (0..<5).map { _ in one.next() } == [
        12_966_619_160_104_079_557, 9_600_361_134_598_540_522, 10_590_380_919_521_690_900,
        7_218_738_570_589_545_383, 12_860_671_823_995_680_371,
      ])
    var zero = Xoshiro256StarStar(seed: 0)
    #expect(
      (0..<3).map { _ in zero.next() } == [
        11_091_344_671_253_066_420, 13_793_997_310_169_335_082, 1_900_383_378_846_508_768,
      ])
  }

  @Test func openUnitNumbersAreTheTop53BitsPlusAHalf() {
    var generator = Xoshiro256StarStar(seed: 1)
    var copy = generator
    let bits = copy.next()
    #expect(generator.nextOpenUnit() == (Double(bits >> 11) + 0.5) / 9_007_199_254_740_992)
    for _ in 0..<10_000 {
      let u = generator.nextOpenUnit()
      #expect(u > 0 && u < 1)
    }
  }

  @Test func openUnitNumbersStayInsideTheIntervalAtTheExtremes() {
    var low = Xoshiro256StarStar(state: (0, 0, 0, 1))  // first output is 0
    #expect(low.nextOpenUnit() == 0x1p-54)
  }
}
