import Testing

@testable import SECCost

/// Labels are matched ignoring case, spaces and the RID's punctuation between words, and nothing
/// else: a label with stray punctuation (`firm?`, `DCC?`, `!SECAS!`) is no label.
@Suite("Labels with stray punctuation are refused")
struct LabelPunctuationTests {
  @Test("labelKey: words joined by -, spaces and one RID mark between words")
  func labelKeys() {
    #expect("Design, Build & PIT".labelKey == "design-build-pit")
    #expect("design-build-pit".labelKey == "design-build-pit")
    #expect("Design / Build - PIT".labelKey == "design-build-pit")
    #expect("  Implement to Live\t".labelKey == "implement-to-live")
    #expect("Implement\u{A0}to\u{2009}live".labelKey == "implement-to-live")
    #expect("N/A".labelKey == "n-a")
    #expect("SECAS".labelKey == "secas")
    for refused in [
      "firm?", "DCC?", "!SECAS!", "Firm.", "D.C.C.", "design--build-pit", "-sit", "sit-",
      "Design, Build & PIT!", "project_management", "'firm", "#N/A", "s\u{200B}it", "sit\u{7}",
      "ümlaut", "", "  ", ",",
    ] {
      #expect(refused.labelKey == nil, "\(refused)")
    }
  }

  @Test(
    "the spellings a RID, a ledger or the docs use are accepted",
    arguments: [
      ("DCC", Party.dcc), ("dcc", .dcc), (" Secas ", .secas), ("SECAS", .secas),
    ])
  func parties(text: String, party: Party) {
    #expect(Party(parsing: text) == party)
  }

  @Test(
    "a party with stray punctuation is no party",
    arguments: ["DCC?", "!SECAS!", "D.C.C.", "DCC.", "(DCC)", "DCC Ltd", "'DCC", "DCC!"])
  func strayPartyPunctuation(text: String) {
    #expect(Party(parsing: text) == nil)
  }

  @Test("every phase by its id and by its RID label, in any case")
  func phases() {
    for phase in Phase.allCases {
      #expect(Phase(parsing: phase.id) == phase)
      #expect(Phase(parsing: phase.label) == phase)
      #expect(Phase(parsing: phase.label.uppercased()) == phase)
      #expect(Phase(parsing: " " + phase.label.lowercased() + " ") == phase)
      #expect(Phase(parsing: phase.id + "?") == nil)
      #expect(Phase(parsing: phase.label + ".") == nil)
      #expect(Phase(parsing: "!" + phase.label) == nil)
    }
    #expect(Phase(parsing: "Design Build PIT") == .designBuildPIT)
    #expect(Phase(parsing: "Design.Build.PIT") == nil)
    #expect(Phase(parsing: "design--build-pit") == nil)
  }

  @Test("bases: the ids, estimated, na, n.a and n.a.; nothing with stray punctuation")
  func bases() {
    for basis in Basis.allCases {
      #expect(Basis(parsing: basis.id) == basis)
      #expect(Basis(parsing: basis.id.uppercased()) == basis)
      #expect(Basis(parsing: basis.id + "?") == nil)
    }
    #expect(Basis(parsing: "estimated") == .estimate)
    for text in ["na", "NA", "n.a", "N.A.", " n.a. ", "n a"] {
      #expect(Basis(parsing: text) == .notApplicable, "\(text)")
    }
    for text in ["firm?", "Firm.", "!firm", "tbc?", "n.a.?", "n..a", "#N/A", "'firm", "fi-rm?"] {
      #expect(Basis(parsing: text) == nil, "\(text)")
    }
  }

  @Test("scope register labels: statuses, kinds, DCC Systems impacts, participants")
  func scopeLabels() {
    for status in ScopeStatus.allCases {
      #expect(ScopeStatus(parsing: status.id.uppercased()) == status)
      #expect(ScopeStatus(parsing: status.id + "?") == nil)
    }
    #expect(ScopeStatus(parsing: "lapsed?") == nil)
    #expect(ScopeKind(parsing: "DCC change request") == .dccChangeRequest)
    #expect(ScopeKind(parsing: "dcc-change-request") == .dccChangeRequest)
    #expect(ScopeKind(parsing: "CR") == .dccChangeRequest)
    #expect(ScopeKind(parsing: "!CR!") == nil)
    #expect(ScopeKind(parsing: "modification.") == nil)
    #expect(DCCSystemsImpact(parsing: "Y") == .yes)
    #expect(DCCSystemsImpact(parsing: "✓") == .yes)
    #expect(DCCSystemsImpact(parsing: "y?") == nil)
    #expect(DCCSystemsImpact(parsing: "no!") == nil)
    #expect(Participant(parsing: "electricity networks") == .electricityNetworks)
    #expect(Participant(parsing: "Other SEC Parties") == .otherSECParties)
    #expect(Participant(parsing: "DCC?") == nil)
  }

  @Test("a label accepted is read as the punctuation-blind reading read it: only narrower")
  func narrowerThanBefore() {
    let alphabet: [String] = [
      "d", "c", "C", "s", "e", "a", "i", "t", "f", "r", "m", " ", ",", "&", "/", "-", "?", ".",
      "!", "_", "'", "\u{A0}",
    ]
    var random: UInt64 = 14
    var accepted = 0
    for length in 0..<12 {
      for _ in 0..<400 {
        var text = ""
        for _ in 0..<length {
          random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
          text += alphabet[Int(random >> 33) % alphabet.count]
        }
        guard let key = text.labelKey else { continue }
        accepted += 1
        #expect(key == text.normalisedIdentifier, "\(text)")
      }
    }
    #expect(accepted > 200)
  }

  @Test(
    "in a row: the message lists the accepted values",
    arguments: [
      (
        LedgerColumn.basis, "firm?",
        "basis: unknown basis \"firm?\" (expected firm, estimate, actual, tbc or n/a)"
      ),
      (.party, "!SECAS!", "party: unknown party \"!SECAS!\" (expected DCC or SECAS)"),
    ])
  func rowMessages(column: LedgerColumn, text: String, message: String) {
    var row = LedgerRow([
      .release: "November 2022", .party: "DCC", .phase: "sit", .basis: "firm", .low: "1",
    ])
    row[column] = text
    guard case .failure(let error) = row.validated() else {
      Issue.record("\(text) accepted")
      return
    }
    #expect(error.issues.map(\.description) == [message])
  }
}
