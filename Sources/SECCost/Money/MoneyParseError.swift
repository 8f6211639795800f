/// Why a piece of text is not an amount of money; the description quotes the text.
public struct MoneyParseError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The kind of problem.
  public enum Reason: Error, Equatable, Sendable {
    /// Nothing but spaces where a figure is required.
    case empty
    /// No digits (`£`, `-`).
    case noDigits
    /// Characters that do not belong in an amount (`abc`, `12abc`).
    case notAnAmount
    /// Scientific notation: the spreadsheet has rounded the figure (`1.34E+06`).
    case scientificNotation
    /// Thousands separators in the wrong places (`£1,33,5568`).
    case badGrouping
    /// More precision than a penny (`12.345`).
    case belowPenny
    /// A spreadsheet error value (`#VALUE!`, `#REF!`).
    case spreadsheetError
    /// Beyond the representable range.
    case outOfRange
    /// A date where a figure belongs (`2022-11-03`, `03/11/2022`, `3-Nov-22`).
    case date
    /// One separator before three digits (`£20.000`, `1,500`) in a file that does not say
    /// whether it writes a decimal point or a decimal comma (see ``DecimalEvidence``).
    case ambiguousDecimal
    /// One `.` before three digits (`£20.000`) in a workbook's text cell: a workbook takes no
    /// `--decimal`, and a number in it would not be ambiguous (see ``DecimalReading/workbook``).
    case ambiguousDecimalInWorkbook
  }

  /// The kind of problem.
  public let reason: Reason
  /// The text as given.
  public let text: String

  /// Creates an error for `text`.
  public init(_ reason: Reason, text: String) {
    self.reason = reason
    self.text = text
  }

  /// A description of the problem for the user.
  public var description: String {
    let quoted = "\"\(text)\""
    switch reason {
    case .empty: return "a figure is required here"
    case .noDigits:
      // A spreadsheet's accounting format shows zero as a dash (LibreOffice's CSV export of
      // Excel's `_-£* "-"??_-` writes ` £-   `): zero is likely, but a dash is also written for
      // "nothing" or "not applicable", so it is not read as an amount.
      let dash = text.unicodeScalars.filter { !" \t\u{A0}£".unicodeScalars.contains($0) }
      guard String(dash) == "-" else { return "\(quoted) has no digits" }
      return "\(quoted) has no digits: a spreadsheet's accounting format shows zero as a dash;"
        + " write 0 if zero is meant, or give the line's basis as tbc or n/a"
    case .notAnAmount: return "\(quoted) is not an amount of money"
    case .scientificNotation:
      return "\(quoted) is in scientific notation: the spreadsheet rounded this figure;"
        + " format the column as a number with two decimal places and export again"
    case .badGrouping: return "\(quoted) has thousands separators in the wrong places"
    case .belowPenny: return "\(quoted) has fractions of a penny"
    case .spreadsheetError: return "\(quoted) is a spreadsheet error value, not a figure"
    case .outOfRange: return "\(quoted) is beyond the representable range"
    case .date:
      return
        "\(quoted) is a date, not a figure: the spreadsheet may have turned the cell into a date"
    case .ambiguousDecimal:
      return "\(quoted) \(readings), and nothing else in the file says which;"
        + " give --decimal comma or --decimal point"
    case .ambiguousDecimalInWorkbook:
      return "\(quoted) \(readings), and a text cell does not say which; type it in the"
        + " workbook as a number, or as text with two decimal places (20.00 or 20,000.00)"
    }
  }

  /// How ``text`` reads under each decimal convention: `reads as £20.00 with a decimal point or
  /// £20,000.00 with a decimal comma`, or, where one convention does not read it, `reads as
  /// £12,345.00 with a decimal comma (with a decimal point it has fractions of a penny)`.
  private var readings: String {
    func reading(_ convention: DecimalConvention) -> Result<String, MoneyParseError> {
      Result { () throws(MoneyParseError) in
        let money = try convention.money(parsing: text)
        return money.formatted + (money.pence % 100 == 0 ? ".00" : "")
      }
    }
    switch (reading(.point), reading(.comma)) {
    case (.success(let point), .success(let comma)):
      return "reads as \(point) with a decimal point or \(comma) with a decimal comma"
    case (.success(let point), .failure(let error)):
      return
        "reads as \(point) with a decimal point (with a decimal comma it \(error.reason.phrase))"
    case (.failure(let error), .success(let comma)):
      return
        "reads as \(comma) with a decimal comma (with a decimal point it \(error.reason.phrase))"
    case (.failure, .failure):
      return "is not an amount with a decimal point or with a decimal comma"
    }
  }
}

extension MoneyParseError.Reason {
  /// The problem as the end of a sentence about the text: `has fractions of a penny`.
  fileprivate var phrase: String {
    switch self {
    case .badGrouping: "has thousands separators in the wrong places"
    case .belowPenny: "has fractions of a penny"
    case .outOfRange: "is beyond the representable range"
    default: "is not an amount of money"
    }
  }
}
