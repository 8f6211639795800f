import Foundation
import PropertyBased
import SECCost
import SECCostTestSupport
import Testing

@testable import SECCostCSV

/// A `;`-delimited file has one decimal convention, settled from all its amounts or given.
@Suite("One decimal convention per ';' file")
struct DecimalConventionReaderTests {
  static let header = "release;party;modification;phase;basis;low\n"

  /// The lines and the issues (`FILE` for the path) of reading `text` as a file.
  static func read(_ text: String, decimal: DecimalConvention? = nil) throws -> (
    lines: [LedgerLine], issues: [String]
  ) {
    let file = try TemporaryFile(text)
    defer { file.remove() }
    return read(path: file.path, decimal: decimal)
  }

  static func read(path: String, decimal: DecimalConvention? = nil) -> (
    lines: [LedgerLine], issues: [String]
  ) {
    let reader = LedgerReader(options: LedgerReader.Options(decimal: decimal))
    var lines: [LedgerLine] = []
    reader.read(path) { line, _ in lines.append(line) }
    return (
      lines, reader.issues.map { $0.description.replacingOccurrences(of: path, with: "FILE") }
    )
  }

  static func lows(_ lines: [LedgerLine]) -> [Money?] { lines.map { $0.figure.range?.low } }

  static let reproduction =
    header + "November 2022;DCC;MP078;Implement to live;firm;£20.000\n"
    + "November 2022;DCC;MP078;Design, Build & PIT;firm;£1.886.716\n"

  @Test("£20.000 beside £1.886.716 is £20,000: the file's amounts settle a decimal comma")
  func reproduction() throws {
    let read = try Self.read(Self.reproduction)
    #expect(read.issues == [])
    #expect(Self.lows(read.lines) == [Money(pence: 2_000_000), Money(pence: 188_671_600)])
    var totals = CostTotals(by: .phase)
    for line in read.lines { try totals.add(line) }
    #expect(read.lines.reduce(0) { $0 + ($1.figure.range?.low.pence ?? 0) } == 190_671_600)
  }

  static let onlyAmbiguous = header + "November 2022;DCC;MP078;Implement to live;firm;£20.000\n"

  @Test("a file whose only amount is £20.000 is refused, located, asking for --decimal")
  func unsettled() throws {
    let read = try Self.read(Self.onlyAmbiguous)
    #expect(read.lines.isEmpty)
    #expect(
      read.issues == [
        "FILE:2: low: \"£20.000\" reads as £20.00 with a decimal point or £20,000.00 with a"
          + " decimal comma, and nothing else in the file says which; give --decimal comma or"
          + " --decimal point"
      ])
  }

  @Test("--decimal point reads £20.000 as £20, --decimal comma as £20,000; no guessing")
  func given() throws {
    #expect(
      Self.lows(try Self.read(Self.onlyAmbiguous, decimal: .point).lines) == [Money(pence: 2000)])
    #expect(
      Self.lows(try Self.read(Self.onlyAmbiguous, decimal: .comma).lines)
        == [Money(pence: 2_000_000)])
    // Under a given convention an amount of the other is an error as usual.
    let read = try Self.read(Self.reproduction, decimal: .point)
    #expect(read.issues == ["FILE:3: low: \"£1.886.716\" has fractions of a penny"])
    // A ',' file keeps its decimal point: 1,500 is £1,500.
    let commas = try Self.read(
      "release,party,phase,basis,low\nNovember 2022,DCC,sit,firm,\"1,500\"\n")
    #expect(commas.issues == [])
    #expect(Self.lows(commas.lines) == [Money(pence: 150_000)])
  }

  static let commaOnlyAmbiguous =
    "release,party,modification,phase,basis,low\nNovember 2022,DCC,MP078,Implement to live,firm,£20.000\n"

  @Test("a ',' file whose amount is £20.000 is refused too, fast path or not; --decimal reads it")
  func commaFile() throws {
    let refused =
      "FILE:2: low: \"£20.000\" reads as £20.00 with a decimal point or £20,000.00 with a"
      + " decimal comma, and nothing else in the file says which; give --decimal comma or"
      + " --decimal point"
    let read = try Self.read(Self.commaOnlyAmbiguous)
    #expect(read.lines.isEmpty)
    #expect(read.issues == [refused])
    // The issue's ';' reproduction as a ',' file: refused as its twin would be without the
    // £1.886.716 that settles it (and that a decimal point cannot read).
    let twin = try Self.read(
      "release,party,modification,phase,basis,low\n"
        + "November 2022,DCC,MP078,Implement to live,firm,£20.000\n"
        + "November 2022,DCC,MP078,\"Design, Build & PIT\",firm,£1.886.716\n")
    #expect(twin.lines.isEmpty)
    #expect(twin.issues.first == refused)
    #expect(
      Self.lows(try Self.read(Self.commaOnlyAmbiguous, decimal: .point).lines)
        == [Money(pence: 2000)])
    #expect(
      Self.lows(try Self.read(Self.commaOnlyAmbiguous, decimal: .comma).lines)
        == [Money(pence: 2_000_000)])
    // The wide layout says the same, at the phase's column.
    let wide = try Self.read(
      "release,party,modification,basis,Implement to live\nNovember 2022,DCC,MP078,firm,£20.000\n")
    #expect(wide.lines.isEmpty)
    #expect(wide.issues.count == 1 && wide.issues[0].contains("nothing else in the file says which"))
  }

  /// One cell text of an amount, in one of the forms either convention writes.
  static let amountTexts = [
    "£20.000", "1.886.716", "1,500", "£1,886,716", "20,5", "20.50", "1.234,56", "1,234.56", "2,50",
    "£300", "1.500", "12.345", "0,500",
  ]

  @Test("law: the same cells as a ';' file and as a ',' file read the same lines, or one is refused")
  func sameCellsTwins() async {
    await propertyCheck(count: 200, input: Gen.uint64(in: 0...UInt64.max)) { seed in
      await failingOnError { () async throws in
        var random = SplitMix64(seed: seed)
        let count = 1 + random.below(4)
        let phases = ["Design, Build & PIT", "SIT", "UIT", "Implement to live"]
        var rows = [["release", "party", "modification", "phase", "basis", "low"]]
        for index in 0..<count {
          rows.append([
            "November 2022", "DCC", "MP078", phases[index], "firm",
            Self.amountTexts[random.below(Self.amountTexts.count)],
          ])
        }
        let comma = try DecimalCommaTwinTests.write(rows, delimiter: UInt8(ascii: ","))
        let semicolon = try DecimalCommaTwinTests.write(rows, delimiter: UInt8(ascii: ";"))
        defer {
          comma.remove()
          semicolon.remove()
        }
        let first = Self.read(path: comma.path)
        let second = Self.read(path: semicolon.path)
        if first.issues.isEmpty && second.issues.isEmpty {
          #expect(first.lines == second.lines, "\(rows)")
        }
      }
    }
  }

  @Test("amounts of both conventions: an error at the minority's first amount, only there")
  func conflict() throws {
    let text =
      Self.header + "November 2022;DCC;MP078;Implement to live;firm;£5.50\n"
      + "November 2022;DCC;MP078;Design, Build & PIT;firm;£1.886.716\n"
      + "November 2022;DCC;MP079;Design, Build & PIT;firm;£1.886,50\n"
      + "November 2022;DCC;MP080;Design, Build & PIT;firm;£7.25\n"
      + "November 2022;DCC;MP081;Design, Build & PIT;firm;£20.000\n"
      + "November 2022;DCC;MP082;Design, Build & PIT;firm;£2.000.000\n"
    let read = try Self.read(text)
    #expect(
      read.issues == [
        "FILE:2: low: \"£5.50\" has a decimal point, but more amounts of this file have a decimal"
          + " comma (3 to 2, the first \"£1.886.716\" at line 3, low); a file has one decimal"
          + " convention: correct the amounts with a decimal point, or give --decimal comma or"
          + " --decimal point",
        "FILE:5: low: \"£7.25\" has thousands separators in the wrong places",
      ])
    // As many of each: the later convention's first amount is the one reported.
    let tie = try Self.read(
      Self.header + "November 2022;DCC;MP078;Implement to live;firm;£1.886,50\n"
        + "November 2022;DCC;MP079;Implement to live;firm;£5.50\n")
    #expect(tie.issues.count == 1)
    #expect(
      tie.issues.first?.hasPrefix("FILE:3: low: \"£5.50\" has a decimal point, but as many") == true
    )
  }

  @Test("days (2,5), day rates, high and likely follow the file's convention")
  func everyAmountColumn() throws {
    let text = """
      release;party;phase;basis;low;high;likely;days;day_rate
      November 2022;SECAS;project-management;estimate;;;;2,5;1.000
      November 2022;DCC;sit;estimate;1.000;3.000;2.000,50;;
      November 2022;DCC;uit;firm;1.234.567;;;;

      """
    let read = try Self.read(text)
    #expect(read.issues == [])
    #expect(
      read.lines.first?.effort
        == SECASEffort(days: Days(tenThousandths: 25_000), dayRate: Money(pence: 100_000)))
    #expect(read.lines.dropFirst().first?.figure.range?.high == Money(pence: 300_000))
    #expect(read.lines.dropFirst().first?.likely == Money(pence: 200_050))
  }

  @Test("the wide layout: £20.000 beside £1.886.716 in another phase cell is £20,000")
  func wide() throws {
    let text = """
      Release;Version;Party;Modification;Title;Basis;UIT;SIT;Implement to live;Notes
      November 2022;0.4;DCC;MP078;Title;firm;£1.886.716;£301.000 to £625.000;£20.000;

      """
    let read = try Self.read(text)
    #expect(read.issues == [])
    #expect(
      read.lines.map { $0.figure.range?.low } == [
        Money(pence: 30_100_000), Money(pence: 188_671_600), Money(pence: 2_000_000),
      ])
    let alone = try Self.read(
      "Release;Party;Modification;Basis;SIT;Notes\nNovember 2022;DCC;MP078;firm;£20.000;\n")
    #expect(
      alone.issues.first?.hasPrefix("FILE:2: SIT: \"£20.000\" reads as £20.00 with a decimal point")
        == true)
  }

  @Test("a ';' file from a pipe is held and settled as from a regular file")
  func pipe() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seccost-fifo-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let fifo = directory.appendingPathComponent("ledger.csv").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let writer = Thread {
      let handle = FileHandle(forWritingAtPath: fifo)
      handle?.write(Data(Self.reproduction.utf8))
      try? handle?.close()
    }
    writer.start()
    let read = Self.read(path: fifo)
    #expect(read.issues == [])
    #expect(Self.lows(read.lines) == [Money(pence: 2_000_000), Money(pence: 188_671_600)])
  }

}

/// The same random ledger as a `,` file and as its `;` twin with a decimal comma.
@Suite("A ';' twin with decimal commas reads as its ',' file")
struct DecimalCommaTwinTests {
  /// An amount in one of the ways spreadsheets write it with a decimal point, exact thousands
  /// (`£20,000`) often, so that many read differently with a decimal comma.
  static func pointText(_ money: Money, _ random: inout SplitMix64) -> String {
    switch random.below(4) {
    case 0: return money.plainDecimal
    case 1: return money.formatted
    case 2:
      let text = money.formatted
      return money.pence % 100 == 0 ? text + ".00" : text
    default:
      return money.pence < 0 ? "(\(money.formatted.dropFirst()))" : money.formatted
    }
  }

  /// `text` written with a decimal comma.
  static func commaText(_ text: String) -> String { DecimalConvention.comma.pointForm(of: text) }

  /// The rows of `ledger` with its amounts written in `form`; thousands are made common.
  static func rows(_ ledger: Ledger, seed: UInt64, _ form: (String) -> String) -> [[String]] {
    var random = SplitMix64(seed: seed)
    var rows = [
      [
        "release", "version", "party", "modification", "title", "phase", "basis", "date",
        "low", "high", "likely", "days", "day_rate", "note",
      ]
    ]
    for line in ledger.lines {
      func amount(_ money: Money?) -> String { money.map { form(pointText($0, &random)) } ?? "" }
      let range = line.figure.range
      rows.append([
        line.release, line.version, line.party.id, line.modification, line.title, line.phase.id,
        line.figure.basis.id, line.date.map { "\($0)" } ?? "", amount(range?.low),
        range.map { $0.isPoint ? "" : amount($0.high) } ?? "", amount(line.likely),
        line.effort.map { form($0.days.plainDecimal) } ?? "",
        amount(line.effort?.dayRate), line.note,
      ])
    }
    return rows
  }

  /// A ledger with whole thousands of pounds, and whole pounds, among its amounts.
  static func ledger(seed: UInt64) -> Ledger {
    var random = SplitMix64(seed: seed ^ 0x5EED)
    let lines = RandomLedger.make(seed: seed, count: 1 + Int(seed % 12)).lines.map {
      line -> LedgerLine in
      guard case .priced(let basis, let range) = line.figure, line.effort == nil, line.likely == nil
      else { return line }
      let scale: Int64 = [100_000, 100, 1][random.below(3)]
      let low = Money(pence: range.low.pence / scale * scale)
      let high = Money(pence: max(low.pence, range.high.pence / scale * scale))
      return LedgerLine(
        release: line.release, version: line.version, party: line.party,
        modification: line.modification, title: line.title, phase: line.phase,
        figure: .priced(basis, (try? CostRange(low: low, high: high)) ?? range), likely: nil,
        effort: nil, note: line.note, date: line.date)
    }
    return Ledger(lines: lines)
  }

  static func write(_ rows: [[String]], delimiter: UInt8) throws -> TemporaryFile {
    var writer = CSVWriter(delimiter: delimiter)
    for row in rows { writer.writeRow(row) }
    return try TemporaryFile(bytes: writer.bytes)
  }

  @Test("law: the ';' twin has the ',' file's lines, or only amounts either way and is refused")
  func twins() async {
    await propertyCheck(count: 300, input: Gen.uint64(in: 0...UInt64.max)) { seed in
      await failingOnError { () async throws in
        let ledger = Self.ledger(seed: seed)
        let comma = try Self.write(
          Self.rows(ledger, seed: seed) { $0 }, delimiter: UInt8(ascii: ","))
        let semicolon = try Self.write(
          Self.rows(ledger, seed: seed, Self.commaText), delimiter: UInt8(ascii: ";"))
        defer {
          comma.remove()
          semicolon.remove()
        }
        let point = DecimalConventionReaderTests.read(path: comma.path)
        let twin = DecimalConventionReaderTests.read(path: semicolon.path)
        #expect(point.issues == [])
        if twin.issues.isEmpty {
          #expect(twin.lines == point.lines)
        } else {
          // Refused only for want of an amount that says which convention the file has.
          #expect(twin.issues.allSatisfy { $0.contains("nothing else in the file says which") })
        }
        let forced = DecimalConventionReaderTests.read(path: semicolon.path, decimal: .comma)
        #expect(forced.issues == [])
        #expect(forced.lines == point.lines)
      }
    }
  }
}
