import PropertyBased
import SECCostTestSupport
import Testing

@testable import SECCostCSV

@Suite("CSV writing through libcsv")
struct CSVWriterTests {
  @Test("quotes only what needs quoting")
  func quoting() {
    var writer = CSVWriter()
    writer.writeRow(["plain", "a,b", "say \"hi\"", "two\nlines", " padded ", "", "£1,335,568"])
    #expect(
      String(decoding: writer.bytes, as: UTF8.self)
        == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded \",,\"£1,335,568\"\n")
  }

  @Test("law: reading what was written gives the fields back")
  func roundTrip() async {
    let alphabet: [Character] = [
      "a", "Z", "0", ",", "\"", "\n", "\r", " ", "£", "é", "€", ";", "=", "\t",
    ]
    let field = Gen<Character?>.element(of: alphabet).compactMap { $0 }.array(of: 0...8).map {
      String($0)
    }
    await propertyCheck(count: 300, input: field.array(of: 2...6).array(of: 1...5)) {
      rows in
      await failingOnError { () async throws in
        var writer = CSVWriter()
        for row in rows { writer.writeRow(row) }
        let file = try TemporaryFile(bytes: writer.bytes)
        defer { file.remove() }
        var read: [[String]] = []
        try CSVReader(path: file.path).forEachRow { record in
          read.append((0..<record.count).map { record.text(at: $0) ?? "<invalid>" })
        }
        #expect(read == rows)
      }
    }
  }
}
