/// A SEC modification id as a ledger or scope register writes it: `SECMP0015`, `MP078`,
/// `MP085A`, `DP173`, `CR4427`.
///
/// The forms: `SECMP` and 4 digits; `MP` and 3 digits (2 to 4 are read), with an optional
/// capital letter after exactly 3 (`MP085A`, `MP128B`); `DP` and 3 digits (2 to 4 are read);
/// `CR` and 3 to 5 digits. Case, and spaces or hyphens between the prefix and the digits, do
/// not matter: `mp143`, `MP 143` and `MP-143` are `MP143`. Digits are written at the form's
/// width (`MP85` is `MP085`). A letter that optical character recognition makes of a digit
/// (`O`, `Q`, `D` for 0; `I`, `l` for 1; `S` for 5; `B` for 8) where a digit belongs is a
/// misreading: `MPO78` is `MP078` misread.
public enum ModificationID {
  /// What a modification cell holds.
  public enum Reading: Equatable, Sendable {
    /// A SEC id, in canonical form (empty for a release-level line).
    case valid(String)
    /// A SEC id with a letter where a digit belongs; `suggestion` is the id it resembles.
    case misread(suggestion: String)
    /// Not a SEC id at all.
    case unrecognised
  }

  /// Examples of every form, for messages.
  public static let examples = "SECMP0015, MP078, MP085A, DP173, CR4427"

  /// Reads a modification cell (surrounding spaces and tabs are ignored).
  public static func read(_ text: some StringProtocol) -> Reading {
    let trimmed = text.trimmingSpaces
    if trimmed.isEmpty { return .valid("") }
    guard let form = Form(utf8: trimmed.utf8) else { return .unrecognised }
    return form.misread ? .misread(suggestion: form.canonical) : .valid(form.canonical)
  }

  /// Whether the bytes are a SEC id exactly as its canonical form writes it, or empty.
  // Specialised for the reader's fast path, which calls it on every row from another module.
  @_specialize(exported: true, where Bytes == UnsafeBufferPointer<UInt8>)
  public static func isCanonical<Bytes: Collection<UInt8>>(utf8 bytes: Bytes) -> Bool {
    if bytes.isEmpty { return true }
    guard let form = Form(utf8: bytes) else { return false }
    return form.isCanonicalAsWritten
  }

  /// The message for a misread id: `"MPO78" has a letter where a digit belongs; did you mean
  /// MP078?`
  public static func misreadMessage(_ text: some StringProtocol, suggestion: String) -> String {
    "\"\(text.trimmingSpaces)\" has a letter where a digit belongs; did you mean \(suggestion)?"
  }

  /// The message for a cell that is not a SEC id: `"X1" is not a SEC modification id (…);
  /// counted as written`.
  public static func unrecognisedMessage(_ text: some StringProtocol) -> String {
    "\"\(text.trimmingSpaces)\" is not a SEC modification id (\(examples)); counted as written"
  }

  /// The kinds of id, by prefix.
  enum Prefix: CaseIterable {
    case secmp, mp, dp, cr

    /// The prefix's letters, upper case.
    var letters: StaticString {
      switch self {
      case .secmp: "SECMP"
      case .mp: "MP"
      case .dp: "DP"
      case .cr: "CR"
      }
    }

    /// The number of digits the canonical form writes (at least).
    var width: Int {
      switch self {
      case .secmp: 4
      case .mp, .dp: 3
      case .cr: 3
      }
    }

    /// How many digits (letters read as digits included) are read.
    var digitCounts: ClosedRange<Int> {
      switch self {
      case .secmp: 1...5
      case .mp, .dp: 2...4
      case .cr: 3...5
      }
    }

    /// The largest number the form holds.
    var largest: Int { self == .cr ? 99_999 : 9_999 }
  }

  /// An id taken apart: the one place the forms are written.
  struct Form {
    var prefix: Prefix
    var number: Int
    var suffix: UInt8?
    /// Whether a letter stood where a digit belongs.
    var misread: Bool
    /// Whether the bytes are the canonical form already.
    var isCanonicalAsWritten: Bool

    /// Takes `bytes` (trimmed, not empty) apart, or `nil` if they are no SEC id, misread or not.
    init?<Bytes: Collection<UInt8>>(utf8 bytes: Bytes) {
      var index = bytes.startIndex
      var exact = true
      // The prefix, longest first, in any case.
      var matched: Prefix?
      for prefix in Prefix.allCases {
        var probe = index
        var upper = true
        var fits = true
        let letters = UnsafeBufferPointer(
          start: prefix.letters.utf8Start, count: prefix.letters.utf8CodeUnitCount)
        for letter in letters {
          guard probe != bytes.endIndex, bytes[probe] & 0xDF == letter, Self.isLetter(bytes[probe])
          else {
            fits = false
            break
          }
          if bytes[probe] != letter { upper = false }
          probe = bytes.index(after: probe)
        }
        if fits {
          matched = prefix
          exact = upper
          index = probe
          break
        }
      }
      guard let prefix = matched else { return nil }
      // Spaces or hyphens between the prefix and the digits.
      while index != bytes.endIndex,
        bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "-")
      {
        exact = false
        index = bytes.index(after: index)
      }
      // The rest: digits (or letters misread for them), then perhaps a suffix letter.
      var count = 0
      var number = 0
      var realDigits = 0
      var misread = false
      var leadingZeros = 0
      var suffix: UInt8?
      while index != bytes.endIndex {
        let byte = bytes[index]
        let next = bytes.index(after: index)
        let digit: Int
        if let value = Self.digit(byte) {
          digit = value
          realDigits += 1
        } else if next == bytes.endIndex, prefix == .mp, count == 3, Self.isLetter(byte) {
          suffix = byte & 0xDF
          if byte != suffix { exact = false }
          index = next
          break
        } else if let value = Self.misreadDigit(byte) {
          digit = value
          misread = true
        } else {
          return nil
        }
        count += 1
        guard count <= 6 else { return nil }
        if number == 0 && digit == 0 { leadingZeros += 1 }
        number = number * 10 + digit
        index = next
      }
      guard realDigits > 0, prefix.digitCounts.contains(count),
        (1...prefix.largest).contains(number)
      else { return nil }
      let significant = count - leadingZeros
      if misread || count != max(prefix.width, significant) { exact = false }
      self.prefix = prefix
      self.number = number
      self.suffix = suffix
      self.misread = misread
      self.isCanonicalAsWritten = exact
    }

    /// The canonical form: `MP078`, `MP085A`, `SECMP0015`.
    var canonical: String {
      let digits = String(number)
      var text = "\(prefix.letters)"
      text += String(repeating: "0", count: max(0, prefix.width - digits.utf8.count)) + digits
      if let suffix { text.unicodeScalars.append(Unicode.Scalar(suffix)) }
      return text
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
      (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte & 0xDF)
    }

    private static func digit(_ byte: UInt8) -> Int? {
      (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
    }

    /// The digit a letter is misread for: O, Q, D for 0; I, l for 1; S for 5; B for 8 (in
    /// either case, but for `L`, which looks like no digit).
    private static func misreadDigit(_ byte: UInt8) -> Int? {
      guard isLetter(byte), byte != UInt8(ascii: "L") else { return nil }
      switch byte & 0xDF {
      case UInt8(ascii: "O"), UInt8(ascii: "Q"), UInt8(ascii: "D"): return 0
      case UInt8(ascii: "I"), UInt8(ascii: "L"): return 1
      case UInt8(ascii: "S"): return 5
      case UInt8(ascii: "B"): return 8
      default: return nil
      }
    }
  }
}
