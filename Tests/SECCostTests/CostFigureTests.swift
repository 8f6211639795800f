import Testing

@testable import SECCost

@Suite("Cost figures and RID notation")
struct CostFigureTests {
  @Test(
    "reads and prints RID cells",
    arguments: [
      ("£1,335,568", "£1,335,568"),
      ("£301,000 to £625,000", "£301,000 to £625,000"),
      ("£0 to £150,000", "£0 to £150,000"),
      ("£0 TO £150,000", "£0 to £150,000"),
      ("£301,000 – £625,000", "£301,000 to £625,000"),
      ("TBC", "TBC"),
      ("tbc", "TBC"),
      ("N/A", "N/A"),
      ("n/a", "N/A"),
      ("1573", "£1,573"),
    ])
  func notation(cell: String, printed: String) throws {
    #expect(try CostFigure(ridNotation: cell, basis: .firm).ridNotation == printed)
  }

  @Test("a range keeps its bounds and basis; low above high is refused")
  func ranges() throws {
    let figure = try CostFigure(ridNotation: "£301,000 to £625,000", basis: .estimate)
    #expect(figure.basis == .estimate)
    #expect(figure.range?.low == Money(pence: 30_100_000))
    #expect(figure.range?.high == Money(pence: 62_500_000))
    #expect(throws: CostFigureParseError.self) {
      try CostFigure(ridNotation: "£625,000 to £301,000", basis: .estimate)
    }
    #expect(throws: CostFigureParseError.self) { try CostFigure(ridNotation: "soon", basis: .firm) }
  }

  @Test("a range's width is an amount: a wider range is refused, made or added")
  func widthFits() throws {
    let half = Money(pence: Int64.max / 2)  // £46,116,860,184,273,879.03
    let widest = try CostRange(low: Money(pence: -half.pence - 1), high: half)
    #expect(widest.width == .max)
    #expect(throws: CostFigureError.tooWide(low: Money(pence: -half.pence - 2), high: half)) {
      try CostRange(low: Money(pence: -half.pence - 2), high: half)
    }
    #expect(throws: CostFigureError.self) { try CostRange(low: Money(pence: .min), high: .max) }
    let lower = try CostRange(low: Money(pence: -half.pence - 1), high: .zero)
    let upper = try CostRange(low: .zero, high: half)
    #expect(try lower.adding(upper) == widest)
    #expect(throws: MoneyError.overflow) { try lower.adding(upper).adding(upper) }
    #expect(try CostFigure(ridNotation: "-£5 to £5", basis: .estimate).range?.width
      == Money(pence: 1_000))
    #expect(throws: CostFigureParseError.self) {
      try CostFigure(
        ridNotation: "-£50,000,000,000,000,000 to £50,000,000,000,000,000", basis: .estimate)
    }
  }

  @Test("a range less an amount keeps its width")
  func subtracting() throws {
    let range = try CostRange(low: Money(pence: 100), high: Money(pence: 250))
    #expect(try range.subtracting(Money(pence: 300)) == CostRange(
      low: Money(pence: -200), high: Money(pence: -50)))
    #expect(throws: MoneyError.overflow) {
      try CostRange(low: Money(pence: .min), high: Money(pence: Int64.min + 5)).subtracting(Money(pence: 1))
    }
  }

  @Test("phases, parties and bases read ids and RID labels, ignoring case")
  func vocabulary() {
    #expect(Phase(parsing: "Design, Build & PIT") == .designBuildPIT)
    #expect(Phase(parsing: "design-build-pit") == .designBuildPIT)
    #expect(Phase(parsing: "DESIGN BUILD PIT") == .designBuildPIT)
    #expect(Phase(parsing: "Implement to Live") == .implementToLive)
    #expect(Phase(parsing: "application support") == .applicationSupport)
    #expect(Phase(parsing: "SIT") == .sit)
    #expect(Phase(parsing: "uit") == .uit)
    #expect(Phase(parsing: "Total") == .total)
    #expect(Phase(parsing: "sec-changes") == .secChanges)
    #expect(Phase(parsing: "Project Management") == .projectManagement)
    #expect(Phase(parsing: "design") == nil)
    #expect(Party(parsing: "dcc") == .dcc)
    #expect(Party(parsing: "Secas") == .secas)
    #expect(Party(parsing: "Ofgem") == nil)
    #expect(Basis(parsing: "N/A") == .notApplicable)
    #expect(Basis(parsing: "TBC") == .tbc)
    #expect(Basis(parsing: "Estimated") == .estimate)
    #expect(Basis(parsing: "guess") == nil)
  }

  @Test("a total with TBCs says so; one with nothing priced is not shown as £0")
  func summaryNotation() throws {
    var summary = CostSummary()
    try summary.add(.priced(.firm, CostRange(Money(pence: 100_000))))
    try summary.add(.tbc)
    #expect(summary.ridNotation == "£1,000 + 1 TBC")
    #expect(!summary.isComplete)
    var onlyTBC = CostSummary()
    try onlyTBC.add(.tbc)
    try onlyTBC.add(.tbc)
    #expect(onlyTBC.ridNotation == "2 × TBC")
    var onlyNA = CostSummary()
    try onlyNA.add(.notApplicable)
    #expect(onlyNA.ridNotation == "N/A")
  }
}
