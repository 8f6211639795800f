/// The prose of section 5 "Costs" of the two RIDs, as the seeds' OCR text gives it (line breaks
/// and OCR noise kept; the breakdown table's OCR rows left out, its figures are checked cell by
/// cell elsewhere). The sentences a `--style rid` report must say.
enum RIDSeedText {
  /// November 2022 SEC Release Implementation Document v0.4, section 5, and its footnotes 2
  /// and 3.
  static let november2022 = """
    This section summarises the costs that will be incurred by the DCC and the Smart Energy Code
    Administrator and Secretariat (SECAS) in implementing this release.

    DCC costs
    The total DCC implementation costs of this release have not yet been determined.

    The DCC has provided the following cost breakdown for each DCC System impacting modification in
    this release via the individual DCC Assessments:

    Breakdown of DCC implementation costs

    No impact on operational costs have been identified.

    Costs in italics are estimated costs provided in the Preliminary Assessments. Firm costs will be
    provided in the Impact Assessments.

    The DCC will provide standalone costs for SIT, UIT and Implement to Live for each modification for
    inclusion in their Modification Reports as part of the Impact Assessment. Once the scope of the
    release is confirmed and the Preliminary Assessments for all candidate modifications are complete,
    the DCC will produce a combined Preliminary Assessment. This will provide a combined estimated
    cost for each of these stages when the modifications are delivered as a single package. Where
    possible, these combined costs will also be provided in the respective Modification Reports.

    SECAS costs

    SECAS will incur five days effort, equating to around £3,000, to update and implement the changes to
    the SEC. SECAS estimate a maximum of 20 days of effort, equating to around £12,000, will be
    needed for project management of the release. This cost has already been accounted for in the
    SECAS budget, and so Parties will not incur any additional costs.
    """

  /// The footnotes of the November 2022 section, as the seed gives them.
  static let november2022Footnotes = """
    2 This is a one-off charge for the DSP only.

    3 Application Support costs for MP141 have been calculated for a period of two months after the solution is

    Implemented.
    """

  /// February 2021 SEC Release Implementation Document v0.1, section 5.
  static let february2021 = """
    This section summarises the costs that will be incurred by the DCC and SECAS in implementing this 

    release. 

     

    DCC costs 

    The total DCC implementation costs of this release are estimated to be £340,000 due to the 

    implementation of MP122. None of the other modifications targeted for this release are expected to 

    incur any DCC implementation costs. 

    No impact on operational costs have been identified. 

     

    SECAS costs 

    SECAS will incur two days effort, equating to around £1,200, to update and implement the changes to 

    the SEC. SECAS estimates a maximum of five days of effort, equating to around £3,000, will be 

    needed for project management of the release. This cost has already been accounted for in the 

    SECAS budget, and so Parties will not incur any additional costs. 
    """

  /// The one difference that is not OCR noise: the February 2021 RID, having spelled SECAS out
  /// earlier in the document, writes "the DCC and SECAS"; the section standing alone spells it
  /// out as the November 2022 RID does.
  static let spelledOut = (
    short: "by the DCC and SECAS in",
    long: "by the DCC and the Smart Energy Code Administrator and Secretariat (SECAS) in"
  )

  /// `text`'s sentences: whitespace runs made one space, split after `.` or `:` and a space.
  static func sentences(_ text: String) -> [String] {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\u{FEFF}" })
    var sentences: [String] = []
    var current: [Substring] = []
    for word in words {
      current.append(word)
      if word.hasSuffix(".") || word.hasSuffix(":") {
        sentences.append(current.joined(separator: " "))
        current = []
      }
    }
    if !current.isEmpty { sentences.append(current.joined(separator: " ")) }
    return sentences
  }
}
