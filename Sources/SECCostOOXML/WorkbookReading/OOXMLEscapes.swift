/// The `_xHHHH_` escapes of Office Open XML text: a character XML cannot hold (a control
/// character) is written as its UTF-16 code unit in hex, and `_x005F_` is a literal `_`, so that
/// text which itself reads `_x0041_` is written `_x005F_x0041_`.
enum OOXMLEscapes {
  /// `text` with its escapes decoded, left to right; a malformed escape (or a lone surrogate)
  /// stays as written.
  static func decoded(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "_")) else { return text }
    let units = Array(text.utf16)
    var result: [UInt16] = []
    result.reserveCapacity(units.count)
    var index = 0
    while index < units.count {
      if let unit = escape(units, at: index) {
        if (0xD800..<0xDC00).contains(unit), let low = escape(units, at: index + 7),
          (0xDC00..<0xE000).contains(low)
        {
          result.append(unit)
          result.append(low)
          index += 14
          continue
        }
        if !(0xD800..<0xE000).contains(unit) {
          result.append(unit)
          index += 7
          continue
        }
      }
      result.append(units[index])
      index += 1
    }
    return String(decoding: result, as: UTF16.self)
  }

  /// The code unit of an escape `_xHHHH_` starting at `index`, if one does.
  private static func escape(_ units: [UInt16], at index: Int) -> UInt16? {
    guard index + 7 <= units.count, units[index] == 0x5F, units[index + 1] == 0x78,
      units[index + 6] == 0x5F
    else { return nil }
    var value: UInt16 = 0
    for offset in 2..<6 {
      let unit = units[index + offset]
      let digit: UInt16
      switch unit {
      case 0x30...0x39: digit = unit - 0x30
      case 0x41...0x46: digit = unit - 0x41 + 10
      case 0x61...0x66: digit = unit - 0x61 + 10
      default: return nil
      }
      value = value << 4 | digit
    }
    return value
  }
}
