import Foundation
import SECCost
import SECCostCSV
import Testing

@Suite("The likely column in ledger CSV")
struct LedgerLikelyCSVTests {
  private func temporaryFile(_ text: String) throws -> String {
    let path = NSTemporaryDirectory() + "seccost-likely-\(UUID().uuidString).csv"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func aLedgerWithoutLikelyStillReads() throws {
    let path = try temporaryFile(
      "release,party,phase,basis,low,high\nNovember 2022,DCC,sit,estimate,1,2\n")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let ledger = try Ledger.load([path])
    #expect(ledger.lines.map(\.likely) == [nil])
  }

  @Test func canonicalExportWritesLikelyAfterHighAndRoundTrips() throws {
    let path = try temporaryFile(
      "release,party,phase,basis,low,high,likely\n"
        + "November 2022,DCC,design-build-pit,estimate,301000,625000,400000\n"
        + "November 2022,DCC,sit,firm,5,,\n")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let ledger = try Ledger.load([path])
    let text = String(decoding: ledger.canonicalCSV(), as: UTF8.self)
    #expect(
      text == """
        release,version,party,modification,title,phase,basis,date,low,high,likely,days,day_rate,note
        November 2022,,DCC,,,design-build-pit,estimate,,301000.00,625000.00,400000.00,,,
        November 2022,,DCC,,,sit,firm,,5.00,5.00,,,,

        """)
    let again = try temporaryFile(text)
    defer { try? FileManager.default.removeItem(atPath: again) }
    #expect(try Ledger.load([again]).canonicalCSV() == ledger.canonicalCSV())
  }

  @Test func anInvalidLikelyIsReportedWithFileAndLine() throws {
    let path = try temporaryFile(
      "release,party,phase,basis,low,high,likely\n"
        + "November 2022,DCC,design-build-pit,estimate,0,150000,150001\n")
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect {
      try Ledger.load([path])
    } throws: { error in
      (error as? LedgerLoadError)?.description
        == "\(path):2: likely: £150,001 is outside the range £0 to £150,000"
    }
  }
}
