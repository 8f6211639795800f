/// A column of a RID's participant impact matrix: who a change impacts.
///
/// Cases are in the RIDs' column order.
public enum Participant: String, CaseIterable, Hashable, Comparable, Sendable {
  /// Supplier Parties.
  case suppliers = "Suppliers"
  /// Electricity Network Parties.
  case electricityNetworks = "Electricity Networks"
  /// Gas Network Parties.
  case gasNetworks = "Gas Networks"
  /// Other SEC Parties (Device manufacturers among them).
  case otherSECParties = "Other SEC Parties"
  /// The Data Communications Company.
  case dcc = "DCC"

  /// The name as a RID's matrix heads its column (`Electricity Networks`).
  public var name: String { rawValue }

  /// Reads a column name, ignoring case, spacing and the punctuation a RID puts between words
  /// (`electricity networks`); nothing else (`DCC?` is no participant; see `labelKey`).
  public init?(parsing text: some StringProtocol) {
    guard let key = text.labelKey,
      let participant = Participant.allCases.first(where: { $0.rawValue.labelKey == key })
    else { return nil }
    self = participant
  }

  /// Whether `lhs` comes before `rhs` in the matrix.
  public static func < (lhs: Participant, rhs: Participant) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
