/// A SEC Release name: `Month YYYY` (`November 2022`), the month in any case.
///
/// A spreadsheet that opens a CSV file turns such a name into a date and shows it as it likes:
/// `11/01/22`, `01/11/2022`, `2022-11-01 00:00:00`, `Nov-22`, `Nov 2022`, `22-Nov`, or the
/// serial day number `44866`. Those are recognised, with the release they most likely were.
public enum ReleaseName {
  /// What a release cell holds.
  public enum Reading: Equatable, Sendable {
    /// A release name, in canonical form (`November 2022`).
    case valid(String)
    /// A date a spreadsheet made of a release name; `suggestion` is the name it most likely
    /// was, when it can tell (`November 2022`).
    case spreadsheetDate(suggestion: String?)
    /// Some other name (`Release X`): not `Month YYYY`, but not a date either.
    case unrecognised
  }

  /// The months' names, January first.
  public static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// Reads a release cell (surrounding spaces and tabs are ignored).
  public static func read(_ text: some StringProtocol) -> Reading {
    let bytes = Array(text.trimmingSpaces.utf8)
    if let (month, year, _) = monthYear(utf8: bytes) {
      return .valid(name(month: month, year: year))
    }
    return spreadsheetDate(bytes).map { .spreadsheetDate(suggestion: $0) } ?? .unrecognised
  }

  /// The release `text` names, as a ledger line holds it: the canonical name when `text` is
  /// `Month YYYY` in any case (`november 2022` → `November 2022`), else the text as written,
  /// trimmed, no-break spaces read as spaces.
  ///
  /// A `--release` option selects the lines whose release equals this key exactly, as keys are
  /// compared: `Release X` and `RELEASE X` are two releases to the duplicate check and to the
  /// filter alike, never one to one and two to the other.
  public static func key(_ text: some StringProtocol) -> String {
    let plain = text.plainSpaced.trimmingSpaces
    if case .valid(let name) = read(plain) { return name }
    return String(plain)
  }

  /// Whether the bytes are a release name exactly as its canonical form writes it.
  // Specialised for the reader's fast path, which calls it on every row from another module.
  @_specialize(exported: true, where Bytes == UnsafeBufferPointer<UInt8>)
  public static func isCanonical<Bytes: Collection<UInt8>>(utf8 bytes: Bytes) -> Bool {
    if let canonical = bytes.withContiguousStorageIfAvailable(isCanonicalName) { return canonical }
    return monthYear(utf8: bytes)?.isCanonical ?? false
  }

  /// ``isCanonical(utf8:)`` of contiguous bytes, read on every line of a ledger: a month's name
  /// exactly as ``monthNames`` spells it, one space, four digits (a law test holds it to
  /// `monthYear`'s answer).
  private static func isCanonicalName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = bytes.count
    guard count >= 8, count <= 14, bytes[count - 5] == UInt8(ascii: " ") else { return false }
    for index in (count - 4)..<count where bytes[index] &- UInt8(ascii: "0") >= 10 { return false }
    let length = count - 5
    for name in monthBytes where name.count == length && name[0] == bytes[0] {
      if name.indices.allSatisfy({ name[$0] == bytes[$0] }) { return true }
    }
    return false
  }

  /// ``monthNames`` as bytes.
  private static let monthBytes: [[UInt8]] = monthNames.map { Array($0.utf8) }

  /// `November 2022`; the year in four digits, as the form reads it (`February 0336`), so that
  /// a name read the general way is written as the fast path keeps it.
  public static func name(month: Int, year: Int) -> String {
    let digits = String(year)
    return "\(monthNames[month - 1]) " + String(repeating: "0", count: max(0, 4 - digits.count))
      + digits
  }

  /// The message for a date a spreadsheet made of a release name.
  public static func spreadsheetDateMessage(_ text: some StringProtocol, suggestion: String?)
    -> String
  {
    "\"\(text.trimmingSpaces)\" looks like a date a spreadsheet made of a release name"
      + (suggestion.map { " (\($0)?)" } ?? "")
      + "; release names are \"Month YYYY\"; re-import with the column typed as Text "
      + "(LibreOffice: untick \"Detect special numbers\"; Excel: Data > From Text/CSV, column type "
      + "Text), or export to XLSX"
  }

  /// The message for a release name that is not `Month YYYY`.
  public static func unrecognisedMessage(_ text: some StringProtocol) -> String {
    "\"\(text.trimmingSpaces)\" is not a release name of the form \"Month YYYY\" "
      + "(November 2022); counted as written"
  }

  /// A full month name in any case, spaces, and a four-digit year: the one place the form is
  /// written. `isCanonical` when the name is capitalised and one space separates it from the
  /// year.
  static func monthYear<Bytes: Collection<UInt8>>(utf8 bytes: Bytes) -> (
    month: Int, year: Int, isCanonical: Bool
  )? {
    guard let space = bytes.firstIndex(of: UInt8(ascii: " ")),
      let month = month(bytes[..<space], abbreviated: false)
    else { return nil }
    var exact = month.isCapitalised
    var index = bytes.index(after: space)
    while index != bytes.endIndex, bytes[index] == UInt8(ascii: " ") {
      exact = false
      index = bytes.index(after: index)
    }
    let digits = bytes[index...]
    guard digits.count == 4, let year = number(digits) else { return nil }
    return (month.number, year, exact)
  }

  /// The month a name or (with `abbreviated`) its three-letter abbreviation (or `Sept`)
  /// stands for, in any case, and whether it was written capitalised as its full name.
  static func month<Bytes: Collection<UInt8>>(_ bytes: Bytes, abbreviated: Bool) -> (
    number: Int, isCapitalised: Bool
  )? {
    guard bytes.count >= 3, bytes.count <= 9 else { return nil }
    for (index, name) in monthNames.enumerated() {
      let full = name.utf8
      let fullMatch = bytes.count == full.count
      let abbreviation =
        abbreviated && (bytes.count == 3 || (bytes.count == 4 && index == 8))
      guard fullMatch || abbreviation else { continue }
      var capitalised = fullMatch
      var matches = true
      for (byte, letter) in zip(bytes, full) {
        if byte & 0xDF != letter & 0xDF || !(0x41...0x5A).contains(byte & 0xDF) {
          matches = false
          break
        }
        if byte != letter { capitalised = false }
      }
      if matches { return (index + 1, capitalised) }
    }
    return nil
  }

  /// The decimal number the bytes spell (at most 9 digits), or `nil`.
  static func number<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int? {
    guard !bytes.isEmpty, bytes.count <= 9 else { return nil }
    var value = 0
    for byte in bytes {
      guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return value
  }

  /// If `bytes` look like a date a spreadsheet made of a release name: `.some` of the release
  /// it most likely was (`nil` when it cannot tell); `nil` if they do not.
  static func spreadsheetDate(_ bytes: [UInt8]) -> String?? {
    // A serial day number.
    if let serial = number(bytes) {
      guard (1...100_000).contains(serial) else { return nil }
      return .some(serialDate(serial).map { name(month: $0.month, year: $0.year) })
    }
    // `2022-11-01T00:00:00`: the T is a separator.
    var bytes = bytes
    for index in bytes.indices.dropFirst().dropLast()
    where bytes[index] == UInt8(ascii: "T") && number(bytes[(index - 1)...(index - 1)]) != nil
      && number(bytes[(index + 1)...(index + 1)]) != nil
    {
      bytes[index] = UInt8(ascii: " ")
    }
    let tokens = Token.split(bytes)
    // Drop a time of day: `2022-11-01 00:00:00`, `2022-11-01T00:00`.
    var date = tokens[...]
    if let colon = tokens.firstIndex(where: { $0.separator == UInt8(ascii: ":") }), colon >= 1 {
      let time = tokens[(colon - 1)...]
      guard time.allSatisfy({ $0.isNumber && $0.bytes.count <= 2 }),
        (2...3).contains(time.count),
        time.dropFirst().allSatisfy({ $0.separator == UInt8(ascii: ":") }),
        let start = time.first?.separator,
        start == UInt8(ascii: " ") || start == UInt8(ascii: "T")
      else { return nil }
      date = tokens[..<(colon - 1)]
    }
    let parts = Array(date)
    guard parts.dropFirst().allSatisfy({ Token.dateSeparators.contains($0.separator) }) else {
      return nil
    }
    switch parts.count {
    case 3 where parts.allSatisfy(\.isNumber):
      return numericDate(parts.map { number($0.bytes)! }, widths: parts.map(\.bytes.count))
    case 2:
      // `Nov-22`, `Nov 2022`, `November-22`, or `22-Nov` (day or two-digit year, then month).
      if let month = month(parts[0].bytes, abbreviated: true), parts[1].isNumber {
        guard let year = year(parts[1].bytes) else { return nil }
        return .some(name(month: month.number, year: year))
      }
      if parts[0].isNumber, parts[0].bytes.count <= 2,
        let month = month(parts[1].bytes, abbreviated: true)
      {
        guard parts[0].bytes.count == 2, let year = year(parts[0].bytes) else { return .some(nil) }
        return .some(name(month: month.number, year: year))
      }
      return nil
    case 3:
      // `01-Nov-22`, `1 Nov 2022`.
      guard parts[0].isNumber, parts[0].bytes.count <= 2,
        let day = number(parts[0].bytes), (1...31).contains(day),
        let month = month(parts[1].bytes, abbreviated: true), parts[2].isNumber,
        let year = year(parts[2].bytes)
      else { return nil }
      return .some(name(month: month.number, year: year))
    default:
      return nil
    }
  }

  /// Three numbers `2022-11-01` (year first) or day and month in either order, then the year:
  /// `11/01/22` (US: 1 November) and `01/11/2022` (UK: 1 November). When both could be the
  /// month, a first-of-month day decides which is; if neither is 1, nothing is suggested.
  private static func numericDate(_ values: [Int], widths: [Int]) -> String?? {
    let month: Int?
    let year: Int
    let day: Int
    if widths[0] == 4 {
      guard widths[1] <= 2, widths[2] <= 2, (1...12).contains(values[1]) else { return nil }
      (year, month, day) = (values[0], values[1], values[2])
    } else {
      guard widths[0] <= 2, widths[1] <= 2, widths[2] == 2 || widths[2] == 4 else { return nil }
      year = widths[2] == 2 ? 2000 + values[2] : values[2]
      let (first, second) = (values[0], values[1])
      let firstIsMonth = (1...12).contains(first)
      let secondIsMonth = (1...12).contains(second)
      guard (1...31).contains(first), (1...31).contains(second), firstIsMonth || secondIsMonth
      else { return nil }
      switch (firstIsMonth, secondIsMonth) {
      case (true, false): (month, day) = (first, second)
      case (false, true): (month, day) = (second, first)
      default:
        if first == second || second == 1 {
          (month, day) = (first, second)
        } else if first == 1 {
          (month, day) = (second, first)
        } else {
          (month, day) = (nil, 1)
        }
      }
    }
    guard (1...31).contains(day) else { return nil }
    return .some(month.map { name(month: $0, year: year) })
  }

  /// A two-digit year (20YY) or a four-digit one.
  private static func year(_ bytes: [UInt8]) -> Int? {
    guard let value = number(bytes) else { return nil }
    switch bytes.count {
    case 2: return 2000 + value
    case 4: return value
    default: return nil
    }
  }

  /// The day a spreadsheet's serial number stands for in the 1900 date system: 1 is
  /// 1900-01-01, and 60 the 29 February 1900 that Excel counts but that never was (reported as
  /// February 1900).
  static func serialDate(_ serial: Int) -> (year: Int, month: Int)? {
    if serial == 60 { return (1900, 2) }
    let start = CalendarDate(year: 1899, month: 12, day: serial < 60 ? 31 : 30)!
    guard let day = start.adding(days: serial) else { return nil }
    return (day.year, day.month)
  }

  /// A run of letters or of digits, and the one character before it (0 for the first).
  struct Token {
    var separator: UInt8
    var bytes: [UInt8]
    var isNumber: Bool

    /// The characters that may separate the parts of a date.
    static let dateSeparators: Set<UInt8> = [
      UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: " "),
    ]

    /// The runs of `bytes`, or none if two characters other than letters and digits meet or
    /// the text starts or ends with one.
    static func split(_ bytes: [UInt8]) -> [Token] {
      var tokens: [Token] = []
      var separator: UInt8 = 0
      var index = 0
      while index < bytes.count {
        let start = index
        let isNumber = isDigit(bytes[index])
        while index < bytes.count, isDigit(bytes[index]) == isNumber,
          isNumber || isLetter(bytes[index])
        {
          index += 1
        }
        guard index > start else { return [] }
        tokens.append(
          Token(separator: separator, bytes: Array(bytes[start..<index]), isNumber: isNumber))
        guard index < bytes.count else { break }
        if isDigit(bytes[index]) || isLetter(bytes[index]) {
          separator = 0
        } else {
          separator = bytes[index]
          index += 1
          guard index < bytes.count else { return [] }
        }
      }
      return tokens
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
      (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
      (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte & 0xDF) && byte < 0x80
    }
  }
}
