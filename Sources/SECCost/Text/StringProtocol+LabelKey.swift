extension StringProtocol {
  /// The words of a label, lower-cased and joined by `-`, if it is written as a RID or a ledger
  /// writes its labels: words of letters and digits, separated by spaces and at most one of the
  /// marks a RID puts between words (`,` `&` `/` `-`), in any case, with surrounding spaces.
  ///
  /// `Design, Build & PIT` → `design-build-pit`; `N/A` → `n-a`; `Implement to live` and
  /// `implement-to-live` → `implement-to-live`. Anything else is no label (`nil`): a mark before
  /// the first word or after the last (`firm?`, `!SECAS!`, `Firm.`), inside a word (`D.C.C.`),
  /// two marks between words (`design--build`), any other character. A space is a plain space,
  /// a tab or another space separator (U+00A0 no-break space).
  package var labelKey: String? {
    var words: [UInt8] = []
    words.reserveCapacity(utf8.count)
    var inGap = false
    var gapMarks = 0
    for scalar in unicodeScalars {
      let value = scalar.value
      if value < 0x80, let byte = Self.wordByte(UInt8(value)) {
        if inGap, !words.isEmpty { words.append(UInt8(ascii: "-")) }
        inGap = false
        gapMarks = 0
        words.append(byte)
      } else if value == 0x20 || value == 0x09
        || scalar.properties.generalCategory == .spaceSeparator
      {
        inGap = true
      } else if value == 0x2C || value == 0x26 || value == 0x2F || value == 0x2D {
        gapMarks += 1
        guard !words.isEmpty, gapMarks == 1 else { return nil }
        inGap = true
      } else {
        return nil
      }
    }
    guard gapMarks == 0, !words.isEmpty else { return nil }
    return String(decoding: words, as: UTF8.self)
  }

  /// An ASCII letter (lower-cased) or digit, or `nil`.
  private static func wordByte(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): byte
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte | 0x20
    default: nil
    }
  }
}
