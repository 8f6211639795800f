import SECCostReports
import Testing

@testable import SECCostCommands

@Suite("Colour on a terminal only")
struct TerminalStyleTests {
  @Test("colour only on a terminal, never with NO_COLOR set (to anything but empty) or TERM=dumb")
  func whenColour() {
    #expect(TerminalStyle.usesColour(isTerminal: true, noColor: nil, term: "xterm-256color"))
    #expect(TerminalStyle.usesColour(isTerminal: true, noColor: "", term: nil))
    #expect(!TerminalStyle.usesColour(isTerminal: false, noColor: nil, term: "xterm"))
    #expect(!TerminalStyle.usesColour(isTerminal: true, noColor: "1", term: "xterm"))
    #expect(!TerminalStyle.usesColour(isTerminal: true, noColor: "0", term: "xterm"))
    #expect(!TerminalStyle.usesColour(isTerminal: true, noColor: nil, term: "dumb"))
  }
}
