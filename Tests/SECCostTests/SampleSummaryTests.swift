import PropertyBased
import Testing

@testable import SECCost

@Suite("Mean, standard deviation and nearest-rank percentiles of simulated totals")
struct SampleSummaryTests {
  private func summary(_ values: [Double], _ percentiles: [Int] = [10, 50, 80, 90])
    -> SampleSummary
  {
    var values = values
    return values.withUnsafeMutableBufferPointer { SampleSummary($0, percentiles: percentiles) }
  }

  @Test func nearestRank() {
    #expect(SampleSummary.rankIndex(percentile: 80, count: 10) == 7)
    #expect(SampleSummary.rankIndex(percentile: 50, count: 3) == 1)
    #expect(SampleSummary.rankIndex(percentile: 10, count: 1) == 0)
    #expect(SampleSummary.rankIndex(percentile: 90, count: 1_000_000) == 899_999)
  }

  @Test func handChecked() {
    let result = summary([10, 1, 9, 2, 8, 3, 7, 4, 6, 5])
    #expect(result.percentiles == [1, 5, 8, 9])
    #expect(result.mean == 5.5)
    #expect(abs(result.standardDeviation - (55.0 / 6).squareRoot()) < 1e-12)
  }

  @Test func oneValue() {
    let result = summary([42])
    #expect(result.percentiles == [42, 42, 42, 42])
    #expect(result.standardDeviation == 0)
  }

  @Test func manyEqualValues() {
    let result = summary(Array(repeating: 3, count: 1000) + [1, 5])
    #expect(result.percentiles == [3, 3, 3, 3])
  }

  @Test func selectionAgreesWithSorting() async {
    await propertyCheck(
      input: Gen.double(in: -1000...1000).array(of: 1...400), Gen.int(in: 1...99)
    ) { values, percentile in
      let sorted = values.sorted()
      let result = summary(values, [percentile, 10, 90])
      #expect(
        result.percentiles == [
          sorted[SampleSummary.rankIndex(percentile: percentile, count: values.count)],
          sorted[SampleSummary.rankIndex(percentile: 10, count: values.count)],
          sorted[SampleSummary.rankIndex(percentile: 90, count: values.count)],
        ])
    }
  }
}
