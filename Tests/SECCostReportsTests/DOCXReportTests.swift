import Foundation
import SECCost
import SECCostTestSupport
import Testing

@testable import SECCostReports

/// The DOCX report's parts, read as XML text: what Word needs (the separator footnotes, the
/// relationships), and the RID's table with italics and footnotes.
@Suite("DOCX: the RID's Costs section as a Word document")
struct DOCXReportTests {
  static func part(_ name: String, of report: CostReport, style: ReportStyle) throws -> String {
    try #require(DOCXReport.parts(report, style: style).first { $0.path == name }?.xml)
  }

  static func scopedFebruary() throws -> CostReport {
    var report = try CostReport(name: "2021-02-sec-release.csv", lines: SeedLedgers.february2021)
    let register = try ScopeRegister.load(
      SeedLedgers.root.appendingPathComponent("Ledgers/scope/scope-register.csv").path)
    report.note(scope: register)
    return report
  }

  @Test("the seven parts Word needs, each declared in the content types and relationships")
  func parts() throws {
    let parts = DOCXReport.parts(try SeedLedgers.novemberReport(), style: .rid)
    #expect(
      parts.map(\.path) == [
        "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
        "word/settings.xml", "word/footnotes.xml", "word/_rels/document.xml.rels",
      ])
    let types = try #require(parts.first?.xml)
    for name in ["document", "styles", "settings", "footnotes"] {
      #expect(types.contains("PartName=\"/word/\(name).xml\""), "\(name)")
    }
    let relationships = try #require(parts.last?.xml)
    for target in ["styles.xml", "settings.xml", "footnotes.xml"] {
      #expect(relationships.contains("Target=\"\(target)\""), "\(target)")
    }
  }

  @Test("November 2022: every figure, the two ranges in italic runs, footnotes 2 and 3")
  func november() throws {
    let report = try SeedLedgers.novemberReport()
    let document = try Self.part("word/document.xml", of: report, style: .rid)
    for figure in [
      "£1,335,568", "£437,032", "£1,434,761", "£251,307", "£1,886,716", "£727,257", "£20,000",
      "£1,573", "£188,446", "£89,238", "£124,301", "£68,967", "£6,571", "£8,346", "£3,000",
      "£12,000", "TBC", "N/A",
    ] {
      #expect(document.contains(">\(figure)<") || document.contains(figure), "\(figure)")
    }
    for range in ["£301,000 to £625,000", "£0 to £150,000"] {
      #expect(
        document.contains(
          "<w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t xml:space=\"preserve\">\(range)</w:t></w:r>"),
        "\(range) is not in an italic run")
    }
    let italicRuns = document.components(separatedBy: "<w:i/>").count - 1
    #expect(italicRuns == 2)
    #expect(document.contains("<w:footnotePr><w:numStart w:val=\"2\"/></w:footnotePr>"))
    #expect(document.components(separatedBy: "<w:footnoteReference w:id=").count - 1 == 2)
    #expect(!document.contains(">Total<"))
    #expect(!document.contains("add up to"))
    let footnotes = try Self.part("word/footnotes.xml", of: report, style: .rid)
    #expect(footnotes.contains("w:type=\"separator\" w:id=\"-1\""))
    #expect(footnotes.contains("w:type=\"continuationSeparator\" w:id=\"0\""))
    #expect(footnotes.contains("<w:footnote w:id=\"1\">"))
    #expect(footnotes.contains("This is a one-off charge for the DSP only."))
    #expect(footnotes.contains("<w:footnote w:id=\"2\">"))
    #expect(footnotes.contains("for a period of two months after the solution is implemented."))
    #expect(!footnotes.contains("<w:footnote w:id=\"3\">"))
    let settings = try Self.part("word/settings.xml", of: report, style: .rid)
    #expect(settings.contains("<w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/>"))
  }

  @Test("panel style: the Total row and column and seccost's sentences")
  func panel() throws {
    let document = try Self.part(
      "word/document.xml", of: try SeedLedgers.novemberReport(), style: .panel)
    #expect(document.contains(">Total<"))
    #expect(document.contains("£6,881,083 to £7,355,083 + 8 TBC + 6 not provided"))
    #expect(document.contains(CostSection.totalsSentence))
    #expect(document.contains("The costs provided so far add up to"))
    #expect(document.contains("Notes on the ledger"))
    #expect(!document.contains(CostSection.operationalCostsSentence))
  }

  @Test("footnote numbers that do not follow on are fixed marks")
  func customMarks() throws {
    let line = { (modification: String, note: String) in
      LedgerLine(
        release: "November 2022", party: .dcc, modification: modification, title: "T",
        phase: .sit, figure: .priced(.firm, CostRange(Money(pence: 100))), note: note)
    }
    let report = try CostReport(
      name: "x.csv", lines: [line("MP001", "Footnote 2: Two."), line("MP002", "Footnote 5: Five.")])
    let document = try Self.part("word/document.xml", of: report, style: .rid)
    #expect(document.contains("<w:footnoteReference w:customMarkFollows=\"1\" w:id=\"2\"/>"))
    #expect(document.contains("<w:t>5</w:t>"))
    #expect(!document.contains("numStart"))
    let footnotes = try Self.part("word/footnotes.xml", of: report, style: .rid)
    #expect(!footnotes.contains("<w:footnoteRef/>"))
  }

  @Test("February 2021: one figure, no table; the RID's sentences on the other modifications")
  func february() throws {
    let document = try Self.part("word/document.xml", of: try Self.scopedFebruary(), style: .rid)
    #expect(!document.contains("<w:tbl>"))
    #expect(document.contains(CostSection.otherModificationsSentence))
    #expect(document.contains(CostSection.operationalCostsSentence))
    #expect(document.contains("SECAS estimates a maximum of five days"))
  }

  @Test("the same report gives the same bytes, a ZIP archive")
  func deterministic() throws {
    let report = try SeedLedgers.novemberReport()
    let first = try DOCXReport.render(report, style: .rid)
    #expect(first == (try DOCXReport.render(report, style: .rid)))
    #expect(Array(first.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
  }
}
