import PropertyBased
import SECCostTestSupport
import Testing

@testable import SECCost

@Suite("Allocation by largest remainder")
struct AllocationTests {
  @Test("hand-checked cases")
  func examples() throws {
    #expect(try Money(pence: 5).allocated(over: [70, 30]) == [4, 1].map { Money(pence: $0) })
    #expect(
      try Money(pence: 800).allocated(over: [1, 1, 1]) == [267, 267, 266].map { Money(pence: $0) })
    #expect(
      try Money(pence: -800).allocated(over: [1, 1, 1])
        == [-267, -267, -266].map { Money(pence: $0) })
    #expect(try Money(pence: 100).allocated(over: [0, 1]) == [0, 100].map { Money(pence: $0) })
    // £15,000 of SECAS effort over 5 and 20 days
    #expect(
      try Money(pence: 1_500_000).allocated(over: [5, 20])
        == [300_000, 1_200_000].map { Money(pence: $0) })
  }

  @Test("refuses weights it cannot use")
  func errors() {
    #expect(throws: AllocationError.noWeights) { try Money(pence: 1).allocated(over: []) }
    #expect(throws: AllocationError.zeroTotalWeight) {
      try Money(pence: 1).allocated(over: [0, 0])
    }
    #expect(throws: AllocationError.negativeWeight(index: 1)) {
      try Money(pence: 1).allocated(over: [1, -1])
    }
  }

  @Test("laws: parts sum to the whole, each within a penny of its exact share, deterministic")
  func laws() async {
    await propertyCheck(
      count: 500, input: Gen.int64(in: -10_000_000_000...10_000_000_000),
      Gen.int64(in: 0...1_000_000).array(of: 1...12)
    ) { pence, weights in
      await failingOnError { () async throws in
        guard weights.contains(where: { $0 > 0 }) else { return }
        let parts = try Money(pence: pence).allocated(over: weights)
        #expect(parts.count == weights.count)
        #expect(parts.reduce(Int64(0)) { $0 + $1.pence } == pence)
        let total = Int128(weights.reduce(0, +))
        for (part, weight) in zip(parts, weights) {
          // |part·W − pence·w| < W
          let gap = Int128(part.pence) * total - Int128(pence) * Int128(weight)
          #expect(gap.magnitude < total.magnitude)
        }
        #expect(try Money(pence: pence).allocated(over: weights) == parts)
      }
    }
  }
}
