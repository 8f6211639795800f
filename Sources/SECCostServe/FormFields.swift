/// The fields of an `application/x-www-form-urlencoded` body: `+` is a space, `%XX` a byte;
/// the first value of a name counts.
struct FormFields {
  private var values: [String: String] = [:]

  /// The fields of `body`; a field that is not UTF-8 once decoded is left out.
  init(_ body: [UInt8]) {
    for pair in body.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
      let parts = pair.split(
        separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
      guard let name = Self.decode(parts[0]) else { continue }
      let value = parts.count > 1 ? Self.decode(parts[1]) : ""
      if values[name] == nil, let value { values[name] = value }
    }
  }

  /// The value of `name`, if given.
  subscript(name: String) -> String? { values[name] }

  private static func decode(_ bytes: ArraySlice<UInt8>) -> String? {
    var out: [UInt8] = []
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte == UInt8(ascii: "+") {
        out.append(UInt8(ascii: " "))
      } else if byte == UInt8(ascii: "%"), bytes.distance(from: index, to: bytes.endIndex) >= 3,
        let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2])
      {
        out.append(high << 4 | low)
        index += 2
      } else {
        out.append(byte)
      }
      index += 1
    }
    return String(validating: out, as: UTF8.self)
  }

  private static func hex(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}
