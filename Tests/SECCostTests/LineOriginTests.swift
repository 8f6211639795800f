import SECCost
import Testing

/// `FILE:LINE`, written one way for every message: the file name escaped, line 0 the whole file.
@Suite("source locations")
struct LineOriginTests {
  @Test("FILE:LINE, FILE for the whole file, and a message after it")
  func forms() {
    #expect(LineOrigin(file: "Ledgers/x.csv", line: 12).description == "Ledgers/x.csv:12")
    #expect(LineOrigin(file: "x.csv", line: 0).description == "x.csv")
    #expect(LineOrigin(file: "x.csv", line: 3).locating("low: bad") == "x.csv:3: low: bad")
    #expect(LineOrigin(file: "x.csv", line: 0).locating("empty") == "x.csv: empty")
  }

  @Test("a file name's control and invisible characters are escaped; the message is as given")
  func escaping() {
    let origin = LineOrigin(file: "a\nb\t\u{1B}[31m\u{200B}.csv", line: 2)
    #expect(origin.description == "a\\nb\\t\\u{1B}[31m\\u{200B}.csv:2")
    #expect(origin.locating("x\ny") == "a\\nb\\t\\u{1B}[31m\\u{200B}.csv:2: x\ny")
    // Escaping escaped text changes nothing, so a location inside an escaped message is as is.
    #expect(MessageText.escaped(origin.description) == origin.description)
  }
}
