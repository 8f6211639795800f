import SECCost
import Testing

@Suite("Modification ids are checked")
struct ModificationIDTests {
  /// Every id in the committed ledgers and scope register: valid and canonical.
  static let committed = [
    "CR1145", "CR1254", "CR1277", "CR1290", "CR4427", "CR4465", "DP173", "MP077", "MP078",
    "MP081", "MP085A", "MP090", "MP092", "MP093", "MP095", "MP098", "MP099", "MP104", "MP105",
    "MP107", "MP109", "MP111", "MP116", "MP121", "MP122", "MP128B", "MP138", "MP140", "MP141",
    "MP143", "MP149", "MP150", "MP154", "MP157", "MP158", "MP159", "MP164", "MP167", "MP180",
    "SECMP0007", "SECMP0015", "SECMP0024", "SECMP0046", "SECMP0053", "SECMP0056", "SECMP0062",
    "SECMP0067", "CR1084", "CR1066", "",
  ]

  @Test("the committed ids are valid and canonical", arguments: committed)
  func committedIDs(id: String) {
    #expect(ModificationID.read(id) == .valid(id))
    #expect(ModificationID.isCanonical(utf8: id.utf8))
  }

  @Test(
    "case, spaces and hyphens are written canonically",
    arguments: [
      ("mp143", "MP143"), ("Mp143", "MP143"), ("MP 143", "MP143"), ("MP-143", "MP143"),
      (" MP143 ", "MP143"), ("mp085a", "MP085A"), ("MP85", "MP085"), ("secmp15", "SECMP0015"),
      ("SECMP00015", "SECMP0015"), ("cr4427", "CR4427"), ("dp 173", "DP173"), ("MP0078", "MP078"),
    ])
  func rewritten(text: String, canonical: String) {
    #expect(ModificationID.read(text) == .valid(canonical))
    #expect(!ModificationID.isCanonical(utf8: text.utf8))
  }

  @Test(
    "a letter where a digit belongs is a misreading, with the id it resembles",
    arguments: [
      ("MPO78", "MP078"), ("MPQ078", "MP078"), ("SECMPOO15", "SECMP0015"),
      ("SECMPO0015", "SECMP0015"), ("MPl43", "MP143"), ("MPI43", "MP143"), ("MPQ99", "MP099"),
      ("MPQ77", "MP077"), ("MPOQ78", "MP078"), ("MPO85A", "MP085A"), ("MPO090", "MP090"),
      ("SECMPQ0056", "SECMP0056"), ("MP1S0", "MP150"), ("MP12B", "MP128"), ("MP14l", "MP141"),
      ("mpo78", "MP078"), ("CR44D7", "CR4407"),
    ])
  func misread(text: String, suggestion: String) {
    #expect(ModificationID.read(text) == .misread(suggestion: suggestion))
    #expect(!ModificationID.isCanonical(utf8: text.utf8))
  }

  @Test(
    "anything else is not a SEC id",
    arguments: [
      "Package A", "X1", "MPK", "MP\u{212A}", "MP", "MPOO", "CROSS", "CRP535", "MP1", "MP12345",
      "MP1234A", "SECMP0015;MP078", "MP 078 A", "MP000", "'=x", "Credit", "MP078B2",
    ])
  func unrecognised(text: String) {
    #expect(ModificationID.read(text) == .unrecognised)
    #expect(!ModificationID.isCanonical(utf8: text.utf8))
  }

  @Test("the messages")
  func messages() {
    #expect(
      ModificationID.misreadMessage("MPO78", suggestion: "MP078")
        == "\"MPO78\" has a letter where a digit belongs; did you mean MP078?")
    #expect(
      ModificationID.unrecognisedMessage(" X1")
        == "\"X1\" is not a SEC modification id (SECMP0015, MP078, MP085A, DP173, CR4427); "
        + "counted as written")
  }
}
