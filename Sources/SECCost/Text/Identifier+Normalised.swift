extension StringProtocol {
  /// Lower-cased, with every run of characters other than letters and digits turned into one `-`.
  ///
  /// `Design, Build & PIT` → `design-build-pit`; `N/A` → `n-a`; `Implement to Live` →
  /// `implement-to-live`. Used to accept RID labels and ids alike, case-insensitively.
  var normalisedIdentifier: String {
    if utf8.allSatisfy({ $0 < 0x80 }) { return asciiNormalisedIdentifier }
    var result = ""
    var pendingDash = false
    for scalar in unicodeScalars {
      if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        if pendingDash && !result.isEmpty { result.append("-") }
        pendingDash = false
        result.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      } else {
        pendingDash = true
      }
    }
    return result
  }

  /// ``normalisedIdentifier`` for ASCII text, byte by byte (the same result, without Unicode
  /// property look-ups).
  private var asciiNormalisedIdentifier: String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count)
    var pendingDash = false
    for byte in utf8 {
      let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
      if (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z"))
        || (lower >= UInt8(ascii: "0") && lower <= UInt8(ascii: "9"))
      {
        if pendingDash && !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
        pendingDash = false
        bytes.append(lower)
      } else {
        pendingDash = true
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
