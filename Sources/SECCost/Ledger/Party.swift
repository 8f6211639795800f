/// Who incurs a cost: the DCC (Data Communications Company) or SECAS (the code administrator).
public enum Party: String, CaseIterable, Hashable, Comparable, Sendable {
  /// The Data Communications Company.
  case dcc = "DCC"
  /// The Smart Energy Code Administrator and Secretariat.
  case secas = "SECAS"

  /// The canonical id (`DCC`, `SECAS`).
  public var id: String { rawValue }

  /// Reads `DCC` or `SECAS`, ignoring case and surrounding spaces; nothing else (`DCC?`,
  /// `!SECAS!` and `D.C.C.` are no party; see `labelKey`).
  public init?(parsing text: some StringProtocol) {
    guard let key = text.labelKey,
      let party = Party.allCases.first(where: { $0.rawValue.lowercased() == key })
    else {
      return nil
    }
    self = party
  }

  /// Whether `lhs` comes before `rhs` in report order.
  public static func < (lhs: Party, rhs: Party) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
