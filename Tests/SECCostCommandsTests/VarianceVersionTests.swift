import Testing

@testable import SECCostCommands

@Suite("Variance options")
struct VarianceVersionTests {
  @Test("versions are read as the ledger writes them")
  func versions() {
    #expect(VarianceCommand.version("v0.4") == "0.4")
    #expect(VarianceCommand.version(" V1.10 ") == "1.10")
    #expect(VarianceCommand.version("0.4") == "0.4")
    #expect(VarianceCommand.version("vNext") == "vNext")
  }
}
