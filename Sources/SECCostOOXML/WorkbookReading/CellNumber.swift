/// A numeric cell's value as the decimal text a ledger reads, taken from the cell's own text and
/// never through a binary floating-point value: `1886716.1` stays `1886716.1` (and
/// `1886716.0999999999` stays itself, for the ledger to refuse as sub-penny); an exponent form
/// (`1.8867161E6`) is written out exactly (`1886716.1`).
enum CellNumber {
  /// The most digits an exponent form may be written out to; beyond it the number is refused
  /// (no amount of money or count of days has so many).
  static let maxDigits = 40

  /// The plain decimal text of `text`, or `nil` if it is not a number or too long written out.
  static func decimalText(_ text: String) -> String? {
    let bytes = Array(text.utf8)
    var index = 0
    var negative = false
    if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
      negative = bytes[index] == UInt8(ascii: "-")
      index += 1
    }
    var digits: [UInt8] = []
    var pointAt: Int?
    while index < bytes.count {
      let byte = bytes[index]
      if byte >= 0x30 && byte <= 0x39 {
        digits.append(byte)
      } else if byte == UInt8(ascii: "."), pointAt == nil {
        pointAt = digits.count
      } else {
        break
      }
      index += 1
    }
    guard !digits.isEmpty else { return nil }
    var exponent = 0
    if index < bytes.count {
      guard bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") else {
        return nil
      }
      index += 1
      var exponentNegative = false
      if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")
      {
        exponentNegative = bytes[index] == UInt8(ascii: "-")
        index += 1
      }
      var exponentDigits = 0
      while index < bytes.count, bytes[index] >= 0x30 && bytes[index] <= 0x39 {
        exponent = exponent * 10 + Int(bytes[index] - 0x30)
        exponentDigits += 1
        guard exponent <= maxDigits * 2 else { return nil }
        index += 1
      }
      guard exponentDigits > 0, index == bytes.count else { return nil }
      if exponentNegative { exponent = -exponent }
    } else {
      return text.first == "+" ? String(text.dropFirst()) : text  // plain already
    }
    // The point moves `exponent` places right of where it was.
    var point = (pointAt ?? digits.count) + exponent
    if point < 0 {
      digits.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: -point), at: 0)
      point = 0
    }
    if point > digits.count {
      digits.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: point - digits.count))
    }
    guard digits.count <= maxDigits else { return nil }
    var whole = Array(digits[..<point])
    var fraction = Array(digits[point...])
    while whole.count > 1, whole.first == UInt8(ascii: "0") { whole.removeFirst() }
    if whole.isEmpty { whole = [UInt8(ascii: "0")] }
    while fraction.last == UInt8(ascii: "0") { fraction.removeLast() }
    var result = negative ? "-" : ""
    result += String(decoding: whole, as: UTF8.self)
    if !fraction.isEmpty { result += "." + String(decoding: fraction, as: UTF8.self) }
    return result
  }

  /// A number's `decimal` text as a ledger cell holds it: with a fourth decimal `0` when it has
  /// exactly three (`100.005` → `100.0050`, `20.000` → `20.0000`), the same number. A ledger
  /// takes `20.000` written as text for thousands with a decimal comma and asks which (a
  /// thousand-fold error otherwise); a number's point is never a comma, so it must not be asked:
  /// `20.0000` reads as £20.00 and `100.0050` is refused as fractions of a penny.
  static func ledgerText(_ decimal: String) -> String {
    guard let point = decimal.utf8.firstIndex(of: UInt8(ascii: ".")),
      decimal.utf8.distance(from: point, to: decimal.utf8.endIndex) == 4
    else { return decimal }
    return decimal + "0"
  }
}
