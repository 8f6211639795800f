import SECCost

/// Streams a worksheet part row by row: each cell's value as the text a ledger reads (shared and
/// inline strings, numbers as exact decimal text, dates as ISO text, the cached value of a
/// formula), without holding more than one row.
final class SheetReader: XMLPartHandler {
  private let sheet: String
  private let strings: [String]
  private let dateStyles: [Bool]
  private let date1904: Bool
  private let deliver: (SheetRow) throws(WorkbookReadError) -> Void

  private var row: SheetRow?
  private var lastRow = 0
  // The cell being read.
  private var column = -1
  private var type = "n"
  private var style = 0
  private var value: String?
  private var inline: String?
  private var hasFormula = false
  private var capture: Capture = .none
  private var phoneticDepth = 0

  private enum Capture {
    case none
    case value
    case inline
  }

  init(
    file: String, sheet: String, strings: [String], dateStyles: [Bool], date1904: Bool,
    deliver: @escaping (SheetRow) throws(WorkbookReadError) -> Void
  ) {
    self.sheet = sheet
    self.strings = strings
    self.dateStyles = dateStyles
    self.date1904 = date1904
    self.deliver = deliver
    super.init(file: file)
  }

  private func problem(_ row: Int, _ column: Int?, _ message: String) -> WorkbookReadError {
    WorkbookReadError(file: file, sheet: sheet, row: row, column: column, message)
  }

  override func start(_ name: Substring, _ attributes: [Substring: String])
    throws(WorkbookReadError)
  {
    switch name {
    case "row":
      let number: Int
      if let text = attributes["r"] {
        guard let parsed = Int(text), parsed >= 1, parsed <= WorkbookLimits.rows else {
          throw problem(
            lastRow + 1, nil,
            "has a row number \(MessageText.escaped(String(text.prefix(40)))) outside the sheet"
              + " (1 to \(WorkbookLimits.rows))")
        }
        number = parsed
      } else {
        number = lastRow + 1
      }
      guard number > lastRow else {
        throw problem(number, nil, "comes after row \(lastRow): the sheet's rows are out of order")
      }
      guard number <= WorkbookLimits.rows else {
        throw problem(lastRow, nil, "is followed by more rows than a sheet has")
      }
      row = SheetRow(number: number, cells: [])
      lastRow = number
      column = -1
    case "c":
      guard let row else { return }
      if let reference = attributes["r"] {
        guard let parsed = CellReference.parse(reference) else {
          throw problem(
            row.number, nil,
            "has a cell reference \(MessageText.escaped(String(reference.prefix(40)))) outside"
              + " the sheet (A1 to XFD1048576)")
        }
        guard parsed.row == row.number else {
          throw problem(
            row.number, nil,
            "has a cell \(MessageText.escaped(reference)) that belongs to another row")
        }
        guard parsed.column > column else {
          throw problem(
            row.number, parsed.column, "comes after a cell to its right: the row is out of order")
        }
        column = parsed.column
      } else {
        column += 1
        guard column < WorkbookLimits.columns else {
          throw problem(row.number, nil, "has more cells than a sheet has columns")
        }
      }
      type = attributes["t"] ?? "n"
      style = attributes["s"].flatMap { Int($0) } ?? 0
      value = nil
      inline = nil
      hasFormula = false
    case "v":
      value = ""
      capture = .value
    case "f":
      hasFormula = true
    case "is":
      inline = ""
    case "rPh":
      phoneticDepth += 1
    case "t" where inline != nil && phoneticDepth == 0:
      capture = .inline
    default:
      break
    }
  }

  override func characters(_ text: String) {
    switch capture {
    case .none: break
    case .value: value? += text
    case .inline: inline? += text
    }
  }

  override func end(_ name: Substring) throws(WorkbookReadError) {
    switch name {
    case "v", "t":
      capture = .none
    case "rPh":
      phoneticDepth -= 1
    case "c":
      endCell()
    case "row":
      if let row { try deliver(row) }
      row = nil
    default:
      break
    }
  }

  /// Adds the cell just read to the row, or its problem.
  private func endCell() {
    guard row != nil else { return }
    let number = row!.number
    func add(_ text: String, isNumber: Bool = false) {
      guard !text.isEmpty else { return }
      row!.cells.append(
        SheetRow.Cell(column: column, text: text, isFormula: hasFormula, isNumber: isNumber))
    }
    func refuse(_ message: String) {
      row!.problems.append(problem(number, column, message))
    }
    if type == "inlineStr" {
      add(OOXMLEscapes.decoded(inline ?? ""))
      return
    }
    // A formula's number is never empty: `<v></v>` (a workbook written by a script that does not
    // calculate, such as openpyxl) is no cached value, as a missing `<v>` is; an empty text
    // (`t="str"`) is a formula's value.
    let cached = hasFormula && type != "str" && value?.trimmingSpaces.isEmpty == true ? nil : value
    guard let value = cached else {
      if hasFormula {
        refuse(
          "is a formula without a cached value (the workbook was saved without calculating it):"
            + " open it in a spreadsheet and save it again, or type the value")
      }
      return
    }
    switch type {
    case "s":
      guard let index = Int(value), index >= 0, index < strings.count else {
        refuse("refers to a shared string that the workbook does not have")
        return
      }
      add(strings[index])
    case "str":
      add(OOXMLEscapes.decoded(value))
    case "b":
      add(value == "1" || value == "true" ? "TRUE" : "FALSE")
    case "e", "d":
      add(value)  // an error value (#REF!) is refused by the ledger's rules as a CSV's is
    default:
      let trimmed = String(value.trimmingSpaces)
      guard !trimmed.isEmpty else { return }
      guard let decimal = CellNumber.decimalText(trimmed) else {
        refuse(
          "holds the number \(MessageText.escaped(String(trimmed.prefix(60)))), which is not"
            + " one a ledger can hold exactly")
        return
      }
      if style < dateStyles.count, dateStyles[style] {
        add(SerialDate.isoText(decimal, date1904: date1904) ?? decimal)
      } else {
        add(CellNumber.ledgerText(decimal), isNumber: true)
      }
    }
  }
}
