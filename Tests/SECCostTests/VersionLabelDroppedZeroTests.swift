import SECCost
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
}
