/// What the text of one amount says about its file's ``DecimalConvention``.
///
/// Read from where the separators stand, and counted only if the amount reads under the
/// convention it points to (so a broken amount such as `1.2.3,4.5` says nothing):
/// - a separator of each kind: the last one marks the decimals (`1.234,56` comma, `1,234.56`
///   point);
/// - one kind, several times: thousands separators (`1.886.716` comma, `1,886,716` point);
/// - one separator followed by exactly three digits (`£20.000`, `1,500`): ``ambiguous``, as it
///   reads differently under the two conventions (£20 or £20,000) — even if one of the readings
///   is not an amount (`12.345` has fractions of a penny with a decimal point), since a
///   spreadsheet may well write those;
/// - one separator followed by other than three digits: it marks the decimals (`20.5`, `2,50`);
/// - no separator: ``none``.
///
/// Days are never grouped in thousands, so for days a single separator always marks the
/// decimals (`2.125`, `2,5`).
public enum DecimalEvidence: Hashable, Sendable {
  /// Reads the same under both conventions (`1234`, `£20`), or under neither.
  case none
  /// Reads only under one convention.
  case only(DecimalConvention)
  /// Reads differently under the two conventions, or under one of them only but with a single
  /// separator before three digits, which either could mean.
  case ambiguous

  /// What the amount `text` says.
  public init(amount text: some StringProtocol) {
    var last: UInt8?
    var points = 0
    var commas = 0
    var digitsAfterLast = 0
    for byte in text.utf8 {
      if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") {
        if byte == UInt8(ascii: ".") { points += 1 } else { commas += 1 }
        last = byte
        digitsAfterLast = 0
      } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        digitsAfterLast += 1
      }
    }
    guard let last else {
      self = .none
      return
    }
    let lastConvention: DecimalConvention = last == UInt8(ascii: ".") ? .point : .comma
    let candidate: DecimalConvention
    if points > 0 && commas > 0 {
      candidate = lastConvention
    } else if points + commas > 1 {
      candidate = lastConvention.other
    } else if digitsAfterLast == 3 {
      let readsWithPoint = (try? DecimalConvention.point.money(parsing: text)) != nil
      let readsWithComma = (try? DecimalConvention.comma.money(parsing: text)) != nil
      self = readsWithPoint || readsWithComma ? .ambiguous : .none
      return
    } else {
      candidate = lastConvention
    }
    self = (try? candidate.money(parsing: text)) != nil ? .only(candidate) : .none
  }

  /// What the number of days `text` says: a single `.` or `,` marks the decimals.
  public init(days text: some StringProtocol) {
    var points = 0
    var commas = 0
    for byte in text.utf8 {
      if byte == UInt8(ascii: ".") { points += 1 }
      if byte == UInt8(ascii: ",") { commas += 1 }
    }
    guard points + commas == 1 else {
      self = .none
      return
    }
    let candidate: DecimalConvention = points == 1 ? .point : .comma
    self = (try? candidate.days(parsing: text)) != nil ? .only(candidate) : .none
  }
}
