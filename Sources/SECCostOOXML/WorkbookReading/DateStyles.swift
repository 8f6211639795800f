/// Which cell formats of `xl/styles.xml` show a number as a date or a time: the built-in date
/// formats (ids 14–22, 45–47) and custom formats with a day, month, year or hour token outside
/// quotes, brackets and escapes.
final class DateStyles: XMLPartHandler {
  /// For each cell format (`s` of a cell), whether it is a date.
  private(set) var isDate: [Bool] = []
  private var customDates: Set<Int> = []
  private var inCellFormats = false

  override func start(_ name: Substring, _ attributes: [Substring: String])
    throws(WorkbookReadError)
  {
    switch name {
    case "numFmt":
      if let id = attributes["numFmtId"].flatMap({ Int($0) }),
        Self.isDateFormat(attributes["formatCode"] ?? "")
      {
        customDates.insert(id)
      }
    case "cellXfs":
      inCellFormats = true
    case "xf" where inCellFormats:
      let id = attributes["numFmtId"].flatMap { Int($0) } ?? 0
      isDate.append(Self.builtInDates.contains(id) || customDates.contains(id))
    default:
      break
    }
  }

  override func end(_ name: Substring) throws(WorkbookReadError) {
    if name == "cellXfs" { inCellFormats = false }
  }

  /// The built-in number formats that are dates or times.
  static let builtInDates: Set<Int> = Set(14...22).union(45...47)

  /// Whether a custom format code shows a date or time: `d`, `m`, `y` or `h` outside quoted text,
  /// `[...]` sections and characters escaped with `\`, `_` or `*`.
  static func isDateFormat(_ code: String) -> Bool {
    var quoted = false
    var bracketed = false
    var skipNext = false
    for character in code {
      if skipNext {
        skipNext = false
        continue
      }
      if quoted {
        if character == "\"" { quoted = false }
        continue
      }
      if bracketed {
        if character == "]" { bracketed = false }
        continue
      }
      switch character {
      case "\"": quoted = true
      case "[": bracketed = true
      case "\\", "_", "*": skipNext = true
      case "d", "D", "m", "M", "y", "Y", "h", "H": return true
      default: break
      }
    }
    return false
  }
}
