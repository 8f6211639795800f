import Foundation
import SECCost
import SECCostTestSupport
import Testing

@testable import SECCostReports

@Suite("Markdown: the RID's Costs section")
struct MarkdownReportTests {
  @Test("November 2022: the section as the RID v0.4 prints it, footnotes below, remarks apart")
  func november2022() throws {
    let markdown = MarkdownReport.render(try SeedLedgers.novemberReport())
    #expect(markdown == Self.november2022)
  }

  @Test("November 2022 carries exactly the seed's figures and both footnotes")
  func november2022Figures() throws {
    let markdown = MarkdownReport.render(try SeedLedgers.novemberReport())
    let figures = [
      "£1,335,568", "£437,032", "£1,434,761", "£251,307", "£1,886,716", "£727,257", "£20,000",
      "£1,573", "£188,446", "£89,238", "£301,000 to £625,000", "£124,301", "£68,967", "£6,571",
      "£8,346", "£0 to £150,000", "£3,000", "£12,000",
    ]
    // The RID's table and text, before the ledger's own notes.
    let section = try #require(markdown.split(separator: "\n---\n").first)
    for figure in figures {
      #expect(section.contains(figure), "\(figure) is missing")
    }
    // Every amount in a cell of the breakdown is one of the seed's figures, in its row.
    let cells = section.split(separator: "\n").filter {
      $0.hasPrefix("| ") && !$0.hasPrefix("| Modification") && !$0.hasPrefix("| **Total")
        && !$0.hasPrefix("| ---")
    }
    let expectedRows: [String: [String]] = [
      "SECMP0015": ["£1,335,568", "£437,032", "not provided", "not provided", "not provided"],
      "SECMP0056": ["£1,434,761", "£251,307", "N/A", "not provided", "not provided"],
      "MP078": ["£1,886,716", "£727,257", "N/A", "£20,000", "£1,573[^2]"],
      "MP099": ["£188,446", "£89,238", "N/A", "N/A", "N/A"],
      "MP140": ["*£301,000 to £625,000*", "TBC", "TBC", "TBC", "TBC"],
      "MP141": ["£124,301", "£68,967", "not provided", "£6,571", "£8,346[^3]"],
      "MP143": ["*£0 to £150,000*", "TBC", "TBC", "TBC", "TBC"],
    ]
    #expect(cells.count == expectedRows.count)
    for row in cells {
      let parts = row.split(separator: "|", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      let modification = parts[1]
      #expect(Array(parts[2..<7]) == expectedRows[modification], "row \(modification)")
    }
    #expect(section.contains("[^2]: This is a one-off charge for the DSP only."))
    #expect(
      section.contains(
        "[^3]: Application Support costs for MP141 have been calculated for a period of two"
          + " months after the solution is implemented."))
    #expect(section.contains(CostSection.italicsSentence))
    #expect(section.contains("Transcription choice") == false)
  }

  @Test("February 2021: one figure for the release, so a sentence and no table, as the RID")
  func february2021() throws {
    let report = try CostReport(name: "2021-02-sec-release.csv", lines: SeedLedgers.february2021)
    #expect(MarkdownReport.render(report) == Self.february2021)
  }

  @Test("Markdown syntax in ledger text is escaped; several releases get their own footnotes")
  func escapingAndSeveralReleases() throws {
    let lines = [
      LedgerLine(
        release: "June 2022", version: "1", party: .dcc, modification: "MP_1*", phase: .sit,
        figure: .priced(.firm, CostRange(Money(pence: 100))), note: "Footnote 1: a | b [x]"),
      LedgerLine(
        release: "November 2022", version: "1", party: .dcc, modification: "MP2", phase: .sit,
        figure: .priced(.firm, CostRange(Money(pence: 100))), note: "Footnote 1: again"),
    ]
    let markdown = MarkdownReport.render(try CostReport(name: "x.csv", lines: lines))
    #expect(markdown.contains("| MP\\_1\\* | "))
    #expect(markdown.contains("[^1-1]: a \\| b \\[x\\]"))
    #expect(markdown.contains("£1[^2-1]"))
    #expect(markdown.contains("# June 2022 SEC Release: Costs (v1)"))
    #expect(markdown.contains("# November 2022 SEC Release: Costs (v1)"))
  }

  @Test("with a baseline: totals by modification before and after, and the figures that changed")
  func variance() throws {
    let markdown = MarkdownReport.render(try SeedLedgers.novemberReport(withBaseline: true))
    #expect(markdown.contains("## Changes since the baseline"))
    #expect(
      markdown.contains(
        "Baseline: 2022-11-sec-release-v0.1-illustrative.csv (November 2022 v0.1). Current:"
          + " 2022-11-sec-release.csv (November 2022 v0.4)."))
    #expect(
      markdown.contains(
        "| MP141 | £171,571 to £251,571 | £208,185 | +£36,614 | -£43,386 |"))
    #expect(
      markdown.contains(
        "| **Total** | £6,346,212 to £6,656,212 + 10 TBC | £6,896,083 to £7,370,083 + 8 TBC |"
          + " +£549,871 | +£713,871 |"))
    #expect(
      markdown.contains(
        "| MP140 | Design, Build & PIT | TBC | £301,000 to £625,000 (estimate) | priced |"))
    #expect(
      markdown.contains(
        "Lines: 17 unchanged, 3 changed, 5 added, 2 removed, 3 firmed, 2 priced, 1 unpriced."))
  }

  static let november2022 = """
    # November 2022 SEC Release: Costs (v0.4)

    This section summarises the costs that will be incurred by the DCC and the Smart Energy Code \
    Administrator and Secretariat (SECAS) in implementing this release.

    ## DCC costs

    The total DCC implementation costs of this release have not yet been determined. The costs \
    provided so far add up to £6,881,083 to £7,355,083; 8 costs are still to be confirmed (TBC) \
    and 6 costs are not provided, not included.

    The DCC has provided the following cost breakdown for each DCC System impacting modification \
    in this release via the individual DCC Assessments:

    **Breakdown of DCC implementation costs**

    | Modification | Design, Build & PIT | SIT | UIT | Implement to live | Application Support | Total |
    | --- | ---: | ---: | ---: | ---: | ---: | ---: |
    | SECMP0015 | £1,335,568 | £437,032 | not provided | not provided | not provided | \
    £1,772,600 + 3 not provided |
    | SECMP0056 | £1,434,761 | £251,307 | N/A | not provided | not provided | \
    £1,686,068 + 2 not provided |
    | MP078 | £1,886,716 | £727,257 | N/A | £20,000 | £1,573[^2] | £2,635,546 |
    | MP099 | £188,446 | £89,238 | N/A | N/A | N/A | £277,684 |
    | MP140 | *£301,000 to £625,000* | TBC | TBC | TBC | TBC | £301,000 to £625,000 + 4 TBC |
    | MP141 | £124,301 | £68,967 | not provided | £6,571 | £8,346[^3] | \
    £208,185 + 1 not provided |
    | MP143 | *£0 to £150,000* | TBC | TBC | TBC | TBC | £0 to £150,000 + 4 TBC |
    | **Total** | **£5,270,792 to £5,744,792** | **£1,573,801 + 2 TBC** | \
    **2 × TBC + 2 not provided** | **£26,571 + 2 TBC + 2 not provided** | \
    **£9,919 + 2 TBC + 2 not provided** | **£6,881,083 to £7,355,083 + 8 TBC + 6 not provided** |

    Costs in italics are estimated costs provided in the Preliminary Assessments. Firm costs will \
    be provided in the Impact Assessments. Totals add ranges low to low and high to high; TBC \
    costs are counted, not added as £0.

    ## SECAS costs

    SECAS will incur five days effort, equating to around £3,000, to update and implement the \
    changes to the SEC. SECAS estimate a maximum of 20 days of effort, equating to around \
    £12,000, will be needed for project management of the release. This cost has already been \
    accounted for in the SECAS budget, and so Parties will not incur any additional costs.

    [^2]: This is a one-off charge for the DSP only.
    [^3]: Application Support costs for MP141 have been calculated for a period of two months \
    after the solution is implemented.

    ---

    ### Notes on the ledger

    These are the ledger's notes on its figures (transcription choices, sources), not part of the \
    RID's text.

    - SECMP0015, Design, Build & PIT: Transcription choice: the OCR row keeps only two cells \
    (Design, Build & PIT and SIT); the other phases are lost and not recorded. OCR reads the id \
    as SECMPO0015.
    - SECMP0056, UIT: Transcription choice: the OCR row has three cells; its N/A is taken as UIT \
    (as for MP078 and MP099); Implement to live and Application Support are lost and not recorded.
    - MP140, Design, Build & PIT: Preliminary Assessment range (the RID prints estimates in \
    italics, lost in the OCR text; a range with TBC phases is read as an estimate).
    - MP141, Implement to live: Transcription choice: the OCR row has four cells; £6,571 is taken \
    as Implement to live and no UIT figure is recorded (the cell is lost, not invented).
    - MP143, Design, Build & PIT: Preliminary Assessment range (the RID prints estimates in \
    italics, lost in the OCR text; a range with TBC phases is read as an estimate).
    - SECAS, SEC changes: RID: "SECAS will incur five days effort, equating to around £3,000, to \
    update and implement the changes to the SEC."
    - SECAS, Project management: RID: "SECAS estimate a maximum of 20 days of effort, equating to \
    around £12,000, will be needed for project management of the release."

    """

  static let february2021 = """
    # February 2021 SEC Release: Costs (v0.1)

    This section summarises the costs that will be incurred by the DCC and the Smart Energy Code \
    Administrator and Secretariat (SECAS) in implementing this release.

    ## DCC costs

    The total DCC implementation costs of this release are estimated to be £340,000 due to the \
    implementation of MP122.

    ## SECAS costs

    SECAS will incur two days effort, equating to around £1,200, to update and implement the \
    changes to the SEC. SECAS estimates a maximum of five days of effort, equating to around \
    £3,000, will be needed for project management of the release. This cost has already been \
    accounted for in the SECAS budget, and so Parties will not incur any additional costs.

    ---

    ### Notes on the ledger

    These are the ledger's notes on its figures (transcription choices, sources), not part of the \
    RID's text.

    - MP122, Total: RID: "The total DCC implementation costs of this release are estimated to be \
    £340,000 due to the implementation of MP122." Given only as a whole, not by phase.
    - SECAS, SEC changes: RID: "SECAS will incur two days effort, equating to around £1,200, to \
    update and implement the changes to the SEC."
    - SECAS, Project management: RID: "SECAS estimates a maximum of five days of effort, equating \
    to around £3,000, will be needed for project management of the release."

    """
}
