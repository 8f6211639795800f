/// A SECAS cost of a release (updating the SEC, or project management) and the sentence a RID
/// writes for it.
public struct SECASCost: Hashable, Sendable {
  /// The modification the cost is for; empty for the release as a whole (the usual case).
  public let modification: String
  /// `sec-changes` or `project-management`.
  public let phase: Phase
  /// The figure.
  public let figure: CostFigure
  /// Days at a day rate, when the ledger gives them.
  public let effort: SECASEffort?
  /// The footnote the sentence's marker refers to, if the ledger's note is a RID footnote.
  public let footnote: Int?
  /// The RID's own sentence when the ledger's note quotes it (`RID: "SECAS estimate a maximum
  /// of …"`): ``sentence`` keeps its wording where it differs only in "estimate"/"estimates".
  public let sourceWording: String?

  /// Creates a SECAS cost.
  public init(
    modification: String = "", phase: Phase, figure: CostFigure, effort: SECASEffort? = nil,
    footnote: Int? = nil, sourceWording: String? = nil
  ) {
    self.sourceWording = sourceWording
    self.modification = modification
    self.phase = phase
    self.figure = figure
    self.effort = effort
    self.footnote = footnote
  }

  /// The RID's sentence for the cost, numbers in words where the RID uses words:
  ///
  /// - SEC changes: "SECAS will incur five days effort, equating to around £3,000, to update and
  ///   implement the changes to the SEC."
  /// - Project management: "SECAS estimates a maximum of 20 days of effort, equating to around
  ///   £12,000, will be needed for project management of the release."
  ///
  /// "around" and "estimates a maximum of" are for estimates; a firm or actual figure is stated
  /// plainly. TBC and N/A get sentences of their own.
  ///
  /// When the ledger quotes the RID's sentence (``sourceWording``) and it says the same but for
  /// "SECAS estimate"/"SECAS estimates", the RID's wording is kept.
  public var sentence: String {
    let generated = generatedSentence
    guard let sourceWording,
      Self.verbNormalised(sourceWording) == Self.verbNormalised(generated)
    else { return generated }
    return sourceWording
  }

  /// The sentence quoted in a ledger note of the form `RID: "…"` (anything may follow the
  /// closing quote); `nil` for any other note.
  public static func quotedWording(_ note: String) -> String? {
    let prefix = "RID: \""
    guard note.hasPrefix(prefix) else { return nil }
    let quoted = note.dropFirst(prefix.count).prefix { $0 != "\"" }
    return quoted.isEmpty ? nil : String(quoted)
  }

  /// `text` with "SECAS estimate " read as "SECAS estimates ": the one word a RID writes
  /// either way.
  private static func verbNormalised(_ text: String) -> String {
    text.replacing("SECAS estimate ", with: "SECAS estimates ")
  }

  /// The sentence in seccost's words.
  private var generatedSentence: String {
    let purpose =
      phase == .projectManagement
      ? "for project management of the release" : "to update and implement the changes to the SEC"
    let scope = modification.isEmpty ? "" : " for \(modification)"
    switch figure {
    case .tbc:
      return phase == .projectManagement
        ? "SECAS's costs for project management of the release\(scope) are to be confirmed."
        : "SECAS's costs to update and implement the changes to the SEC\(scope) are to be"
          + " confirmed."
    case .notApplicable:
      return "SECAS will not incur any costs \(purpose)\(scope)."
    case .priced(let basis, let range):
      let estimated = basis == .estimate
      let amount = (estimated ? "around " : "") + range.ridNotation
      switch (phase == .projectManagement, estimated, effort) {
      case (true, true, let effort?):
        return "SECAS estimates a maximum of \(NumberWords.days(effort.days)) of effort, equating"
          + " to \(amount), will be needed \(purpose)\(scope)."
      case (true, true, nil):
        return "SECAS estimates \(amount) will be needed \(purpose)\(scope)."
      case (true, false, let effort?):
        return "SECAS will incur \(NumberWords.days(effort.days)) of effort, equating to"
          + " \(amount), \(purpose)\(scope)."
      case (true, false, nil):
        return "SECAS will incur \(amount) \(purpose)\(scope)."
      case (false, _, let effort?):
        return "SECAS will incur \(NumberWords.days(effort.days)) effort, equating to \(amount),"
          + " \(purpose)\(scope)."
      case (false, _, nil):
        return "SECAS will incur costs of \(amount) \(purpose)\(scope)."
      }
    }
  }
}
