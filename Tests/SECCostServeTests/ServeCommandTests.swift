import SECCostTestSupport
import Testing

@Suite("serve: the command's refusals")
struct ServeCommandTests {
  @Test("no ledgers: usage (2); a path that names nothing: 3; a workbook: usage (2)")
  func refusals() throws {
    #expect(Seccost.run(["serve"]).status == 2)
    let missing = Seccost.run(["serve", "no-such-ledger.csv"])
    #expect(missing.status == 3)
    #expect(missing.stderr.contains("no-such-ledger.csv: no such file or directory"))
    let book = try TemporaryFile(named: "book.xlsx", bytes: [0x50, 0x4B, 0x03, 0x04])
    // An address that cannot be bound: were the workbook not refused, the run would end (3)
    // instead of serving.
    let workbook = Seccost.run(["serve", book.path, "--host", "256.0.0.1"])
    #expect(workbook.status == 2)
    #expect(workbook.stderr.contains("seccost import"))
    #expect(Seccost.run(["serve", "Ledgers", "--allow", "everything"]).status == 2)
    #expect(Seccost.run(["serve", "Ledgers", "--port", "70000"]).status == 2)
  }
}
