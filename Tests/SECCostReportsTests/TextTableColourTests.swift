import Testing

@testable import SECCostReports

@Suite("Coloured tables")
struct TextTableColourTests {
  @Test("coloured tables line up exactly as plain ones once the escapes are removed")
  func alignment() {
    var table = TextTable([("Phase", .left), ("Total", .left), ("Change", .right), ("!", .left)])
    table.append(["SIT", "£1,573,801 + 2 TBC", "+£1,573", "!"])
    table.append(["UIT", "2 × TBC", "-£50,000", ""])
    table.rule()
    table.append(["Total", "£1,573,801 + 4 TBC", "£0", ""])
    let plain = table.aligned
    let coloured = table.aligned(colour: true)
    #expect(plain == table.aligned(colour: false))
    #expect(!plain.contains("\u{1B}"))
    #expect(coloured != plain)
    var stripped = ""
    var escaping = false
    for character in coloured {
      if character == "\u{1B}" {
        escaping = true
      } else if escaping {
        if character == "m" { escaping = false }
      } else {
        stripped.append(character)
      }
    }
    #expect(stripped == plain)
    #expect(coloured.contains(TerminalStyle.yellow + "£1,573,801 + 2 TBC" + TerminalStyle.reset))
    #expect(coloured.contains(TerminalStyle.red + "+£1,573" + TerminalStyle.reset))
    #expect(coloured.contains(TerminalStyle.green + "-£50,000" + TerminalStyle.reset))
    #expect(coloured.contains(TerminalStyle.bold + "Total" + TerminalStyle.reset))
    #expect(coloured.hasPrefix(TerminalStyle.bold + "Phase" + TerminalStyle.reset))
  }
}
