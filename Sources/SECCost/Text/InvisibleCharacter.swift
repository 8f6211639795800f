/// A character that prints as nothing: two ids, release names or labels that differ only by one
/// look the same on screen and on paper, yet are different keys. So a cell that names a key
/// must not hold one (see ``LedgerRow/validated(decimal:warnings:)``).
///
/// Invisible are the format characters (Unicode category Cf: the zero-width space, joiners and
/// marks U+200B…U+200F, the word joiner and invisible operators U+2060…U+2064, the byte order
/// mark U+FEFF, the soft hyphen U+00AD, the bidirectional controls U+202A…U+202E and
/// U+2066…U+2069, and the rest of the category), the blank fillers that are letters or marks in
/// name only (U+034F, U+115F, U+1160, U+3164, U+FFA0), and the control characters other than
/// tab and line ends. Titles and notes may hold them: they are not keys.
package enum InvisibleCharacter {
  /// Whether `scalar` is invisible.
  package static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: return false
    case 0x00...0x1F, 0x7F...0x9F: return true
    case 0x20...0x7E: return false
    case 0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0: return true
    default: return scalar.properties.generalCategory == .format
    }
  }

  /// The first invisible character of `text`, if it has one.
  package static func first(in text: some StringProtocol) -> Unicode.Scalar? {
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return nil }
    return text.unicodeScalars.first(where: isInvisible)
  }

  /// `U+200B (zero width space)`: the code point and, where Unicode gives one, the name.
  package static func describe(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.utf8.count)) + hex
    if scalar.value == 0xFEFF { return code + " (byte order mark)" }
    guard let name = scalar.properties.name else { return code + " (control character)" }
    return code + " (" + name.lowercased() + ")"
  }

  /// `"MP\u{200B}078" contains an invisible character U+200B (zero width space); retype it`
  /// (the text is shown escaped where the message is printed).
  package static func message(_ text: some StringProtocol, _ scalar: Unicode.Scalar) -> String {
    "\"\(text)\" contains an invisible character \(describe(scalar)); retype it"
  }
}
