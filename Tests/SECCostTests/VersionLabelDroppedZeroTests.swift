import SECCost
import SECCostTestSupport
import Testing

@Suite("A version a spreadsheet may have retyped as a number")
struct VersionLabelDroppedZeroTests {
  @Test(
    "only digits, a point and one digit 1 to 9 can have lost a zero",
    arguments: [
      ("0.1", "0.10"), ("1.2", "1.20"), ("10.9", "10.90"), ("0.10", nil), ("1", nil),
      ("1.0", nil), ("0.4a", nil), (".4", nil), ("v0.4", nil), ("0.4.1", nil), ("", nil),
      ("a.1", nil),
    ] as [(String, String?)])
  func beforeDroppedZero(version: String, expected: String?) {
    #expect(VersionLabel.beforeDroppedZero(version) == expected)
  }

  @Test("the versions whose order against it turns on the lost zero")
  func orderTurningOnDroppedZero() {
    #expect(VersionLabel.orderTurningOnDroppedZero("0.1", among: ["0.1", "0.9"]) == ["0.9"])
    #expect(
      VersionLabel.orderTurningOnDroppedZero("0.2", among: ["0.1", "0.3", "0.10", "0.20", "1.0"])
        == ["0.3", "0.10"])
    #expect(VersionLabel.orderTurningOnDroppedZero("0.9", among: ["0.1", "0.4"]).isEmpty)
    #expect(VersionLabel.orderTurningOnDroppedZero("0.10", among: ["0.9"]).isEmpty)
    #expect(VersionLabel.orderTurningOnDroppedZero("0.1", among: ["1.0", "0.0"]).isEmpty)
  }

  @Test("law: the binary searches find exactly the versions strictly between it and what it was")
  func binarySearchIsTheFilter() {
    let pool = [
      "0.1", "0.2", "0.9", "0.10", "0.11", "0.20", "0.90", "1.0", "1.1", "1.10", "1.2", "2.0",
      "0.4a", "10.9", "10.90", "draft", "0.0", "3", "0.19", "0.5",
    ]
    for seed in UInt64(1)...300 {
      var random = SplitMix64(seed: seed)
      var versions: Set<String> = []
      for _ in 0..<random.below(12) { versions.insert(random.pick(pool)) }
      let sorted = versions.sorted(by: VersionOrder.precedes)
      for version in pool {
        let expected = VersionLabel.beforeDroppedZero(version).map { before in
          sorted.filter { VersionOrder.precedes(version, $0) && VersionOrder.precedes($0, before) }
        } ?? []
        #expect(
          VersionLabel.orderTurningOnDroppedZero(version, amongSorted: sorted) == expected,
          "\(version) among \(sorted)")
      }
    }
  }
}
