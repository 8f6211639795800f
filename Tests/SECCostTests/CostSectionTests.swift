import Testing

@testable import SECCost

@Suite("The RID cost section: notes, numbers in words, order, sentences")
struct CostSectionTests {
  @Test("a note that starts Footnote N: is a RID footnote; anything else is a remark")
  func notes() {
    #expect(
      LedgerNote("Footnote 2: This is a one-off charge for the DSP only.")
        == .footnote(sourceNumber: 2, text: "This is a one-off charge for the DSP only."))
    #expect(LedgerNote("  footnote 13 :  text \n") == .footnote(sourceNumber: 13, text: "text"))
    #expect(LedgerNote("Footnote: unnumbered") == .footnote(sourceNumber: nil, text: "unnumbered"))
    #expect(
      LedgerNote("Transcription choice: the OCR row has four cells")
        == .remark("Transcription choice: the OCR row has four cells"))
    #expect(LedgerNote("Footnotes are elsewhere") == .remark("Footnotes are elsewhere"))
    #expect(LedgerNote("Footnote 2:") == .remark("Footnote 2:"))
    #expect(LedgerNote("Footnote2: glued") == .remark("Footnote2: glued"))
    #expect(LedgerNote("") == nil)
    #expect(LedgerNote(" \n ") == nil)
    #expect(LedgerNote("Footnote 3: x")?.text == "x")
  }

  @Test("one to nine in words, 10 and over in figures, as the RIDs write days")
  func numbersInWords() throws {
    #expect(NumberWords.text(1) == "one")
    #expect(NumberWords.text(2) == "two")
    #expect(NumberWords.text(5) == "five")
    #expect(NumberWords.text(9) == "nine")
    #expect(NumberWords.text(10) == "10")
    #expect(NumberWords.text(20) == "20")
    #expect(NumberWords.text(0) == "0")
    #expect(NumberWords.days(Days(5)) == "five days")
    #expect(NumberWords.days(Days(20)) == "20 days")
    #expect(NumberWords.days(Days(1)) == "one day")
    #expect(NumberWords.days(try Days(parsing: "2.5")) == "2.5 days")
    #expect(NumberWords.days(try Days(parsing: "0.25")) == "0.25 days")
  }

  @Test("modifications in the RID's order: by number whatever the prefix, release-level last")
  func modificationOrder() {
    let ids = [
      "MP078", "", "SECMP0056", "MP143", "SECMP0015", "CR4427", "XYZ", "MP099", "MP141", "MP140",
      "MP085A",
    ]
    #expect(
      ids.sorted(by: ModificationOrder.precedes) == [
        "SECMP0015", "SECMP0056", "MP078", "MP085A", "MP099", "MP140", "MP141", "MP143",
        "CR4427", "XYZ", "",
      ])
  }

  static func effort(_ days: Int32) -> SECASEffort {
    SECASEffort(days: Days(days), dayRate: Money(pence: 60_000))
  }

  static func estimate(_ pounds: Int64) -> CostFigure {
    .priced(.estimate, CostRange(Money(pence: pounds * 100)))
  }

  @Test("the SECAS sentences of the November 2022 and February 2021 RIDs")
  func secasSentencesOfTheSeeds() {
    #expect(
      SECASCost(phase: .secChanges, figure: Self.estimate(3_000), effort: Self.effort(5)).sentence
        == "SECAS will incur five days effort, equating to around £3,000, to update and implement"
        + " the changes to the SEC.")
    #expect(
      SECASCost(phase: .secChanges, figure: Self.estimate(1_200), effort: Self.effort(2)).sentence
        == "SECAS will incur two days effort, equating to around £1,200, to update and implement"
        + " the changes to the SEC.")
    #expect(
      SECASCost(phase: .projectManagement, figure: Self.estimate(3_000), effort: Self.effort(5))
        .sentence
        == "SECAS estimates a maximum of five days of effort, equating to around £3,000, will be"
        + " needed for project management of the release.")
    #expect(
      SECASCost(phase: .projectManagement, figure: Self.estimate(12_000), effort: Self.effort(20))
        .sentence
        == "SECAS estimates a maximum of 20 days of effort, equating to around £12,000, will be"
        + " needed for project management of the release.")
  }

  @Test("firm, unpriced and effort-less SECAS costs get plain sentences")
  func otherSecasSentences() {
    let firm = CostFigure.priced(.firm, CostRange(Money(pence: 300_000)))
    #expect(
      SECASCost(phase: .secChanges, figure: firm, effort: Self.effort(5)).sentence
        == "SECAS will incur five days effort, equating to £3,000, to update and implement the"
        + " changes to the SEC.")
    #expect(
      SECASCost(phase: .projectManagement, figure: firm, effort: Self.effort(5)).sentence
        == "SECAS will incur five days of effort, equating to £3,000, for project management of"
        + " the release.")
    #expect(
      SECASCost(phase: .secChanges, figure: Self.estimate(1_000)).sentence
        == "SECAS will incur costs of around £1,000 to update and implement the changes to the SEC."
    )
    #expect(
      SECASCost(phase: .projectManagement, figure: Self.estimate(1_000)).sentence
        == "SECAS estimates around £1,000 will be needed for project management of the release.")
    #expect(
      SECASCost(phase: .projectManagement, figure: .tbc).sentence
        == "SECAS's costs for project management of the release are to be confirmed.")
    #expect(
      SECASCost(modification: "MP078", phase: .secChanges, figure: .notApplicable).sentence
        == "SECAS will not incur any costs to update and implement the changes to the SEC for"
        + " MP078.")
  }

  static func line(
    _ modification: String, _ phase: Phase, _ figure: CostFigure, note: String = "",
    version: String = "0.4", party: Party = .dcc
  ) -> LedgerLine {
    LedgerLine(
      release: "November 2022", version: version, party: party, modification: modification,
      title: "Title of \(modification)", phase: phase, figure: figure, note: note)
  }

  static func firm(_ pounds: Int64) -> CostFigure {
    .priced(.firm, CostRange(Money(pence: pounds * 100)))
  }

  @Test("footnotes keep the RID's numbers, the same text once; other notes are remarks")
  func footnoteNumbering() throws {
    let lines = [
      Self.line("MP141", .applicationSupport, Self.firm(8_346), note: "Footnote 3: Two months."),
      Self.line("MP078", .applicationSupport, Self.firm(1_573), note: "Footnote 2: DSP only."),
      Self.line("MP078", .sit, Self.firm(727_257), note: "Transcription choice: x"),
      Self.line("MP099", .sit, Self.firm(1), note: "Footnote 9: DSP only."),
      Self.line("", .secChanges, Self.estimate(3_000), note: "Footnote 4: SECAS.", party: .secas),
    ]
    let section = try #require(try CostSection.sections(of: lines).first)
    #expect(
      section.footnotes == [
        ReportFootnote(number: 2, text: "DSP only.", sourceNumber: 2),
        ReportFootnote(number: 3, text: "Two months.", sourceNumber: 3),
        ReportFootnote(number: 4, text: "SECAS.", sourceNumber: 4),
      ])
    #expect(section.breakdown.rows.map(\.modification) == ["MP078", "MP099", "MP141"])
    #expect(section.breakdown.rows[0].cells[.applicationSupport]?.footnote == 2)
    #expect(section.breakdown.rows[1].cells[.sit]?.footnote == 2)
    #expect(section.breakdown.rows[2].cells[.applicationSupport]?.footnote == 3)
    #expect(section.secas.first?.footnote == 4)
    #expect(
      section.remarks == [
        ReportRemark(
          party: .dcc, modification: "MP078", phase: .sit, text: "Transcription choice: x")
      ])
    #expect(section.remarks.first?.place == "MP078, SIT")
  }

  @Test("the DCC total sentence: TBC, all firm, estimated, nothing priced, no DCC lines")
  func dccTotalSentences() throws {
    func sentence(_ lines: [LedgerLine]) throws -> String {
      try #require(try CostSection.sections(of: lines).first).dccTotalSentence
    }
    #expect(
      try sentence([
        Self.line("MP078", .total, Self.firm(100)), Self.line("MP140", .total, .tbc),
        Self.line("MP143", .total, .tbc),
      ])
        == "The total DCC implementation costs of this release have not yet been determined. The"
        + " costs provided so far add up to £100; 2 costs are still to be confirmed (TBC), not"
        + " included.")
    #expect(
      try sentence([Self.line("MP140", .total, .tbc)])
        == "The total DCC implementation costs of this release have not yet been determined. 1 cost"
        + " is still to be confirmed (TBC).")
    #expect(
      try sentence([
        Self.line("MP078", .total, Self.firm(100)), Self.line("MP099", .total, Self.firm(50)),
        Self.line("MP141", .total, Self.firm(7)), Self.line("MP143", .total, .notApplicable),
      ])
        == "The total DCC implementation costs of this release are £157 due to the implementation"
        + " of MP078, MP099 and MP141.")
    #expect(
      try sentence([Self.line("MP122", .total, Self.estimate(340_000))])
        == "The total DCC implementation costs of this release are estimated to be £340,000 due to"
        + " the implementation of MP122.")
    #expect(
      try sentence([Self.line("MP122", .total, .notApplicable)])
        == "This release is not expected to incur any DCC implementation costs.")
    #expect(
      try sentence([Self.line("", .secChanges, Self.estimate(3_000), party: .secas)])
        == "No DCC implementation costs are recorded for this release.")
    // A modification with figures for two DCC phases of five: three not provided.
    #expect(
      try sentence([
        Self.line("SECMP0015", .designBuildPIT, Self.firm(1_335_568)),
        Self.line("SECMP0015", .sit, Self.firm(437_032)),
      ])
        == "The total DCC implementation costs of this release have not yet been determined. The"
        + " costs provided so far add up to £1,772,600; 3 costs are not provided, not included.")
  }

  @Test("each key's latest version counts, the rest carried forward; actual spend is left out")
  func versionsAndSpend() throws {
    let lines = [
      Self.line("MP078", .sit, Self.firm(1), version: "0.1"),
      Self.line("MP078", .sit, Self.firm(2), version: "0.10"),
      Self.line("MP078", .uit, Self.firm(3), version: "0.4"),
      LedgerLine(
        release: "November 2022", version: "0.10", party: .dcc, modification: "MP078",
        phase: .sit, figure: .priced(.actual, CostRange(Money(pence: 500)))),
      LedgerLine(
        release: "February 2021", party: .dcc, modification: "MP122", phase: .total,
        figure: Self.estimate(340_000)),
    ]
    let sections = try CostSection.sections(of: lines)
    #expect(sections.map(\.release) == ["February 2021", "November 2022"])
    #expect(sections.map(\.version) == [nil, "0.10"])
    let november = sections[1]
    // SIT from 0.10, UIT carried forward from 0.4; the other three phases not provided.
    #expect(november.breakdown.total.priced == CostRange(Money(pence: 500)))
    #expect(november.breakdown.total.missing == 3)
    #expect(november.actualLinesLeftOut == 1)
    #expect(november.title == "November 2022 SEC Release: Costs (v0.10)")
    #expect(sections[0].breakdown.phases == [.total])
    #expect(!sections[0].breakdown.hasPhasedFigures)
    #expect(
      november.breakdown.phases == [
        .designBuildPIT, .sit, .uit, .implementToLive, .applicationSupport,
      ])
  }

  @Test("footnotes without a number of their own each are numbered 1, 2, … in marker order")
  func footnotesNumberedInOrder() throws {
    let lines = [
      Self.line("MP078", .applicationSupport, Self.firm(1_573), note: "Footnote 2: DSP only."),
      Self.line("MP141", .applicationSupport, Self.firm(8_346), note: "Footnote: Two months."),
    ]
    let section = try #require(try CostSection.sections(of: lines).first)
    #expect(section.footnotes.map(\.number) == [1, 2])
    #expect(section.breakdown.rows.map { $0.cells[.applicationSupport]?.footnote } == [1, 2])
  }

  @Test("the RID's sentences: not yet determined; the other modifications; the combined PA")
  func ridSentences() throws {
    let tbc = [
      Self.line("MP140", .designBuildPIT, .priced(.estimate, CostRange(Money(pence: 100)))),
      Self.line("MP140", .sit, .tbc),
    ]
    let open = try #require(try CostSection.sections(of: tbc).first)
    #expect(
      open.dccTotalSentences(.rid)
        == "The total DCC implementation costs of this release have not yet been determined.")
    #expect(open.dccTotalSentences(.panel).contains("still to be confirmed"))
    #expect(
      open.paragraphsUnderTable(.rid).contains(CostSection.pendingCombinedAssessmentParagraph))
    #expect(
      !open.paragraphsUnderTable(.panel).contains(CostSection.pendingCombinedAssessmentParagraph))
    #expect(open.paragraphsUnderTable(.rid).first == CostSection.operationalCostsSentence)

    let priced = [
      Self.line("MP122", .total, .priced(.estimate, CostRange(Money(pence: 34_000_000)))),
      Self.line("MP111", .total, .notApplicable),
    ]
    let section = try #require(try CostSection.sections(of: priced).first)
    #expect(section.modificationsWithoutDCCCosts == ["MP111"])
    #expect(
      section.dccTotalSentences(.rid)
        == "The total DCC implementation costs of this release are estimated to be £340,000 due"
        + " to the implementation of MP122. None of the other modifications targeted for this"
        + " release are expected to incur any DCC implementation costs.")
    #expect(!section.dccTotalSentences(.panel).contains("None of the other"))
  }

  @Test("SECAS keeps the RID's 'estimate' when the note quotes it, and only then")
  func secasSourceWording() {
    let quoted =
      "SECAS estimate a maximum of 20 days of effort, equating to around £12,000, will be needed"
      + " for project management of the release."
    let cost = { (note: String) in
      SECASCost(
        phase: .projectManagement, figure: Self.estimate(12_000), effort: Self.effort(20),
        sourceWording: SECASCost.quotedWording(note))
    }
    #expect(cost("RID: \"\(quoted)\"").sentence == quoted)
    #expect(cost("").sentence.hasPrefix("SECAS estimates a maximum of 20 days"))
    // A quote of other figures is not the sentence for these.
    #expect(
      cost("RID: \"SECAS estimate a maximum of 5 days of effort.\"").sentence.hasPrefix(
        "SECAS estimates a maximum of 20 days"))
  }
}
