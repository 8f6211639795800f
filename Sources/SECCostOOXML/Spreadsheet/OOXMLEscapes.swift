/// The `_xHHHH_` escapes of Office Open XML text: a character XML cannot hold (a control
/// character) is written as its UTF-16 code unit in hex, and `_x005F_` is a literal `_`, so that
/// text which itself reads `_x0041_` is written `_x005F_x0041_`. Both directions live here.
enum OOXMLEscapes {
  /// The escape for `unit`: `_x000D_`.
  static func encoded(_ unit: UInt16) -> String {
    let hex = String(unit, radix: 16, uppercase: true)
    return "_x" + String(repeating: "0", count: 4 - hex.count) + hex + "_"
  }

  /// `text` with its escapes decoded, left to right; a malformed escape (or a lone surrogate)
  /// stays as written.
  static func decoded(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "_")) else { return text }
    let units = Array(text.utf16)
    var result: [UInt16] = []
    result.reserveCapacity(units.count)
    var index = 0
    while index < units.count {
      if let unit = codeUnit(in: units[index...]) {
        if (0xD800..<0xDC00).contains(unit), let low = codeUnit(in: units[(index + 7)...]),
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

  /// The code unit of an escape `_xHHHH_` (four hexadecimal digits, either case) at the start of
  /// `units` (UTF-8 or UTF-16 code units: the escape is ASCII), if one is there.
  static func codeUnit<Units: Collection>(in units: Units) -> UInt16?
  where Units.Element: FixedWidthInteger {
    var value: UInt16 = 0
    var count = 0
    for unit in units {
      switch (count, unit) {
      case (0, 0x5F), (1, 0x78): break
      case (6, 0x5F): return value
      case (2...5, 0x30...0x39): value = value << 4 | UInt16(unit - 0x30)
      case (2...5, 0x41...0x46): value = value << 4 | UInt16(unit - 0x41 + 10)
      case (2...5, 0x61...0x66): value = value << 4 | UInt16(unit - 0x61 + 10)
      default: return nil
      }
      count += 1
    }
    return nil
  }
}
