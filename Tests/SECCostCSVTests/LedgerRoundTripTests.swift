import PropertyBased
import SECCost
import SECCostTestSupport
import Testing

@testable import SECCostCSV

@Suite("Ledger CSV v1 round trip")
struct LedgerRoundTripTests {
  private func load(_ bytes: [UInt8]) throws -> Ledger {
    let file = try TemporaryFile(bytes: bytes)
    defer { file.remove() }
    return try Ledger.load([file.path])
  }

  @Test("the committed ledgers are canonical: export(import(x)) is byte-identical")
  func committedLedgers() throws {
    let root = String(#filePath).components(separatedBy: "/Tests/").first ?? ""
    for name in ["2022-11-sec-release.csv", "2021-02-sec-release.csv"] {
      let path = "\(root)/Ledgers/\(name)"
      let ledger = try Ledger.load([path])
      let original = try TemporaryFile.read(path)
      #expect(ledger.canonicalCSV() == original, "\(name) is not in canonical form")
    }
  }

  @Test("law: import(export(L)) = L and export is then a fixed point, for random ledgers")
  func randomLedgers() async {
    await propertyCheck(count: 200, input: Gen.uint64(in: 0...UInt64.max)) { seed in
      await failingOnError { () async throws in
        let ledger = RandomLedger.make(seed: seed, count: 25)
        let exported = ledger.canonicalCSV()
        let imported = try load(exported)
        #expect(imported.lines == ledger.canonicalLines)
        #expect(imported.canonicalCSV() == exported)
      }
    }
  }

  @Test(
    "dated actual spend round-trips; the date sits after the basis, quoted so it stays text")
  func dates() throws {
    let text = """
      Date,Basis,Phase,Low,Party,Release
      2023-02-01,actual,SIT,"£1,000",DCC,November 2022
      ,actual,SIT,5,DCC,November 2022
      2023-01-31,Actual,SIT,20,DCC,November 2022

      """
    let ledger = try load(Array(text.utf8))
    let expected = """
      release,version,party,modification,title,phase,basis,date,low,high,likely,days,day_rate,note
      November 2022,,DCC,,,sit,actual,,5.00,5.00,,,,
      November 2022,,DCC,,,sit,actual,"2023-01-31",20.00,20.00,,,,
      November 2022,,DCC,,,sit,actual,"2023-02-01",1000.00,1000.00,,,,

      """
    let exported = ledger.canonicalCSV()
    #expect(String(decoding: exported, as: UTF8.self) == expected)
    #expect(try load(exported).canonicalCSV() == exported)
  }

  @Test("a non-canonical file (RID labels, £ amounts, other column order) becomes canonical")
  func normalises() throws {
    let text = """
      Note,Basis,Phase,Low,High,Party,Release,Modification
      "Footnote 2",Firm,Application Support,"£1,573",,dcc,November 2022,MP078
      ,Estimate,"Design, Build & PIT","£301,000","£625,000",DCC,November 2022,MP140

      """
    let ledger = try load(Array(text.utf8))
    let expected = """
      release,version,party,modification,title,phase,basis,date,low,high,likely,days,day_rate,note
      November 2022,,DCC,MP078,,application-support,firm,,1573.00,1573.00,,,,Footnote 2
      November 2022,,DCC,MP140,,design-build-pit,estimate,,301000.00,625000.00,,,,

      """
    #expect(String(decoding: ledger.canonicalCSV(), as: UTF8.self) == expected)
  }

  @Test(
    "release case, no-break spaces and the RID's punctuation become canonical; invisible characters in titles and notes are kept; the export is a fixed point"
  )
  func labelsAndKeys() throws {
    let text =
      "release,version,party,modification,title,phase,basis,low,high,likely,days,day_rate,note\n"
      + "november 2022,v0.4,dcc,mp078,Zero\u{200B}width,Design\u{A0}Build & PIT,Firm,1,,,,,\n"
      + "NOVEMBER\u{A0}2022,0.4\u{A0},DCC,MP\u{A0}078,,implement to live,n.a.,,,,,,\n"
      + "Release X,0.4,SECAS,MP078,,SEC changes,estimated,2,,,,,\n"
      + "RELEASE X,0.4,SECAS,MP078,,SEC changes,N/A,,,,,,soft\u{AD}hyphen\n"
    let ledger = try load(Array(text.utf8))
    let expected =
      "release,version,party,modification,title,phase,basis,date,low,high,likely,days,day_rate,note\n"
      + "November 2022,\"0.4\",DCC,MP078,Zero\u{200B}width,design-build-pit,firm,,1.00,1.00,,,,\n"
      + "November 2022,\"0.4\",DCC,MP078,,implement-to-live,n/a,,,,,,,\n"
      + "RELEASE X,\"0.4\",SECAS,MP078,,sec-changes,n/a,,,,,,,soft\u{AD}hyphen\n"
      + "Release X,\"0.4\",SECAS,MP078,,sec-changes,estimate,,2.00,2.00,,,,\n"
    let exported = ledger.canonicalCSV()
    #expect(String(decoding: exported, as: UTF8.self) == expected)
    #expect(try load(exported).canonicalCSV() == exported)
  }
}

extension TemporaryFile {
  static func read(_ path: String) throws -> [UInt8] {
    try TemporaryFile(existing: path).contents()
  }
}

@Suite("The README's library example")
struct LibraryExampleTests {
  @Test("load, total, print, as the README shows")
  func example() throws {
    let root = String(#filePath).components(separatedBy: "/Tests/").first ?? ""
    let ledger = try Ledger.load(["\(root)/Ledgers/2022-11-sec-release.csv"])
    var totals = CostTotals(by: .phase)
    for line in ledger.lines { totals.add(line) }
    let report = try totals.report()
    #expect(report.total.ridNotation == "£6,896,083 to £7,370,083 + 8 TBC + 6 not provided")
  }
}
