extension Money {
  /// Parses an amount as people and spreadsheets write it.
  ///
  /// Accepts `1335568`, `1335568.00`, `1335568.5`, `£1,335,568`, `1,335,568.50`, `-£1,000`,
  /// `£-1,000`, `(£1,000)` and surrounding spaces. Refuses, with a reason, scientific notation
  /// (`1.34E+06`), misplaced thousands separators, fractions of a penny, spreadsheet error values
  /// and anything else that is not exactly an amount (`12abc`).
  public init(parsing text: some StringProtocol) throws(MoneyParseError) {
    var copy = String(text)
    let result = copy.withUTF8 { Money.parse(utf8: $0) }
    switch result {
    case .success(let money): self = money
    case .failure(let reason): throw MoneyParseError(reason, text: String(text))
    }
  }

  /// Parses UTF-8 bytes without allocating; see ``init(parsing:)`` for what is accepted.
  public static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Result<
    Money, MoneyParseError.Reason
  > {
    if let common = parseCommon(utf8: bytes) { return .success(common.money) }
    return scan(utf8: bytes)
  }

  /// ``parse(utf8:)`` by the full scanner alone, without the shortcut for common notations (the
  /// two must agree; tests check that they do).
  static func scan(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Result<Money, MoneyParseError.Reason>
  {
    var scanner = AmountScanner(bytes: bytes)
    return scanner.scan()
  }

  /// The notations ledgers mostly hold, in one tight loop: `1335568`, `1335568.5`,
  /// `1335568.00`, `£1,335,568`, `£1,335,568.50`, `1,335,568` (a non-negative amount, an optional
  /// `£`, thousands separators in their places or none, one or two decimals, at most 16 digits
  /// before the point, no spaces); `nil` for anything else, which the full scanner reads (with
  /// the same result for these). Also says whether the text is already the amount's
  /// ``plainDecimal`` form.
  package static func parseCommon(utf8 bytes: UnsafeBufferPointer<UInt8>) -> (
    money: Money, isPlainDecimal: Bool
  )? {
    let count = bytes.count
    var index = 0
    let pound = count >= 2 && bytes[0] == 0xC2 && bytes[1] == 0xA3
    if pound { index = 2 }
    let start = index
    var pounds: Int64 = 0
    var digits = 0
    var groupDigits = 0
    var commas = 0
    while index < count {
      let byte = bytes[index]
      let digit = byte &- UInt8(ascii: "0")
      if digit < 10 {
        pounds = pounds &* 10 &+ Int64(digit)
        digits &+= 1
        groupDigits &+= 1
      } else if byte == UInt8(ascii: ",") {
        // The first group 1 to 3 digits, every later one exactly 3.
        guard groupDigits > 0, groupDigits <= 3, commas == 0 || groupDigits == 3 else {
          return nil
        }
        commas &+= 1
        groupDigits = 0
      } else {
        break
      }
      index &+= 1
    }
    guard digits > 0, digits <= 16, commas == 0 || groupDigits == 3 else { return nil }
    if index == count {
      return (Money(pence: pounds &* 100), false)
    }
    guard bytes[index] == UInt8(ascii: "."), count - index == 2 || count - index == 3 else {
      return nil
    }
    let tens = bytes[index &+ 1] &- UInt8(ascii: "0")
    guard tens < 10 else { return nil }
    var fraction = Int64(tens) &* 10
    if count - index == 3 {
      let units = bytes[index &+ 2] &- UInt8(ascii: "0")
      guard units < 10 else { return nil }
      fraction &+= Int64(units)
    }
    // Plain form: no £, no separators, two decimals, no leading zero before other digits.
    let plain =
      !pound && commas == 0 && count - index == 3
      && (digits == 1 || bytes[start] != UInt8(ascii: "0"))
    return (Money(pence: pounds &* 100 &+ fraction), plain)
  }
}

/// A single pass over the bytes of an amount.
private struct AmountScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  var start = 0
  var end: Int

  init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    self.end = bytes.count
  }

  mutating func scan() -> Result<Money, MoneyParseError.Reason> {
    trimSpaces()
    guard start < end else { return .failure(.empty) }
    if bytes[start] == UInt8(ascii: "#") { return .failure(.spreadsheetError) }
    var negative = false
    if bytes[start] == UInt8(ascii: "("), bytes[end - 1] == UInt8(ascii: ")") {
      negative = true
      start += 1
      end -= 1
      trimSpaces()
    }
    var signSeen = negative
    if !signSeen, take(ascii: "-") { negative = true; signSeen = true }
    let poundSeen = takePoundSign()
    if !signSeen, poundSeen, take(ascii: "-") { negative = true }
    return scanDigits(negative: negative)
  }

  mutating func scanDigits(negative: Bool) -> Result<Money, MoneyParseError.Reason> {
    var pounds: Int64 = 0
    var digitsInGroup = 0
    var groups = 0  // comma-separated groups seen after the first
    var firstGroupDigits = 0
    var anyDigit = false
    var overflow = false
    var index = start
    while index < end {
      let byte = bytes[index]
      if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        let (times10, o1) = pounds.multipliedReportingOverflow(by: 10)
        let (sum, o2) = times10.addingReportingOverflow(Int64(byte &- UInt8(ascii: "0")))
        overflow = overflow || o1 || o2
        pounds = sum
        digitsInGroup += 1
        anyDigit = true
      } else if byte == UInt8(ascii: ",") {
        if groups == 0 {
          firstGroupDigits = digitsInGroup
        } else if digitsInGroup != 3 {
          return .failure(.badGrouping)
        }
        guard digitsInGroup > 0 else { return .failure(.badGrouping) }
        groups += 1
        digitsInGroup = 0
      } else {
        break
      }
      index += 1
    }
    if groups > 0 && (digitsInGroup != 3 || firstGroupDigits > 3) { return .failure(.badGrouping) }

    var fractionPence: Int64 = 0
    if index < end && bytes[index] == UInt8(ascii: ".") {
      index += 1
      var fractionDigits = 0
      while index < end, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
        let digit = Int64(bytes[index] &- UInt8(ascii: "0"))
        if fractionDigits < 2 {
          fractionPence = fractionPence * 10 + digit
        } else if digit != 0 {
          if hasExponent(from: index) { return .failure(.scientificNotation) }
          return .failure(.belowPenny)
        }
        fractionDigits += 1
        anyDigit = true
        index += 1
      }
      if fractionDigits == 1 { fractionPence *= 10 }
    }
    if index < end {
      if anyDigit && hasExponent(from: index) { return .failure(.scientificNotation) }
      return .failure(looksLikeDate() ? .date : .notAnAmount)
    }
    guard anyDigit else { return .failure(.noDigits) }
    guard !overflow else { return .failure(.outOfRange) }
    let (scaled, o1) = pounds.multipliedReportingOverflow(by: 100)
    let (total, o2) = scaled.addingReportingOverflow(fractionPence)
    guard !o1 && !o2 else { return .failure(.outOfRange) }
    return .success(Money(pence: negative ? -total : total))
  }

  /// Whether the whole text is shaped like a date: three parts separated by `-`, `/` or `.`,
  /// the first and last numeric, the middle numeric or a month name (`2022-11-03`,
  /// `03/11/2022`, `3-Nov-22`, `03.11.2022`).
  func looksLikeDate() -> Bool {
    var parts: [[UInt8]] = [[]]
    var separator: UInt8?
    for index in start..<end {
      let byte = bytes[index]
      if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".") {
        if separator == nil { separator = byte }
        guard byte == separator else { return false }
        parts.append([])
      } else {
        parts[parts.count - 1].append(byte)
      }
    }
    guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 }) else { return false }
    func numeric(_ part: [UInt8]) -> Bool {
      part.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
    func monthName(_ part: [UInt8]) -> Bool {
      part.count == 3
        && part.allSatisfy { ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") }
    }
    return numeric(parts[0]) && numeric(parts[2]) && (numeric(parts[1]) || monthName(parts[1]))
  }

  /// Whether the rest of the text, from `index`, is an exponent such as `E+06`.
  func hasExponent(from index: Int) -> Bool {
    var index = index
    while index < end, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
      index += 1
    }
    guard index < end, bytes[index] | 0x20 == UInt8(ascii: "e") else { return false }
    index += 1
    if index < end, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
      index += 1
    }
    guard index < end else { return false }
    while index < end {
      guard bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") else {
        return false
      }
      index += 1
    }
    return true
  }

  mutating func take(ascii: Unicode.Scalar) -> Bool {
    guard start < end, bytes[start] == UInt8(ascii: ascii) else { return false }
    start += 1
    return true
  }

  /// Consumes `£` (UTF-8 C2 A3) if it is next.
  mutating func takePoundSign() -> Bool {
    guard end - start >= 2, bytes[start] == 0xC2, bytes[start + 1] == 0xA3 else { return false }
    start += 2
    return true
  }

  /// Drops spaces, tabs and no-break spaces (U+00A0) from both ends.
  mutating func trimSpaces() {
    while start < end {
      if bytes[start] == 0x20 || bytes[start] == 0x09 {
        start += 1
      } else if end - start >= 2, bytes[start] == 0xC2, bytes[start + 1] == 0xA0 {
        start += 2
      } else {
        break
      }
    }
    while start < end {
      if bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 {
        end -= 1
      } else if end - start >= 2, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xA0 {
        end -= 2
      } else {
        break
      }
    }
  }
}
