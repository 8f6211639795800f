extension Money {
  /// The amount as a RID prints it (en-GB): `£1,335,568`, `£1,335,568.50`, `-£1,000`.
  ///
  /// Whole pounds are printed without pence; anything else with exactly two decimal places.
  public var formatted: String {
    var text = pence < 0 ? "-£" : "£"
    let magnitude = pence.magnitude
    let pounds = String(magnitude / 100)
    let firstGroup = pounds.count % 3 == 0 ? 3 : pounds.count % 3
    for (offset, digit) in pounds.enumerated() {
      if offset > 0 && (offset - firstGroup) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    if magnitude % 100 != 0 { text += "." + Money.twoDigits(magnitude % 100) }
    return text
  }

  /// The amount for machines: a plain decimal with two places (`1335568.00`, `-1000.50`).
  public var plainDecimal: String {
    let magnitude = pence.magnitude
    return (pence < 0 ? "-" : "") + String(magnitude / 100) + "." + Money.twoDigits(magnitude % 100)
  }

  private static func twoDigits(_ value: UInt64) -> String {
    value < 10 ? "0\(value)" : String(value)
  }
}

extension Money: CustomStringConvertible {
  /// The en-GB form, as ``formatted``.
  public var description: String { formatted }
}
