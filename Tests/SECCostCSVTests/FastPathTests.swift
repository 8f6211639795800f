import SECCost
import SECCostTestSupport
import Testing

@testable import SECCostCSV

/// The fast path (rows validated from their bytes) must decide exactly as the general one
/// (``LedgerRow/validated()``): the same lines, the same issues in the same order, the same
/// report of what was normalised. These read the same files both ways and compare.
@Suite("The fast ledger path agrees with the general one")
struct FastPathTests {
  /// What reading files gave.
  struct Outcome: Equatable {
    var lines: [LedgerLine] = []
    var numbers: [Int] = []
    var issues: [LedgerIssue] = []
    var issueCount = 0
    var warnings: [LedgerIssue] = []
    var warningCount = 0
    var reports: [LedgerFileReport] = []
    var fastRows = 0
  }

  static func read(_ paths: [String], fastPath: Bool, fingerprintMask: UInt64 = .max) -> Outcome {
    let reader = LedgerReader(fastPath: fastPath, fingerprintMask: fingerprintMask)
    var outcome = Outcome()
    for path in paths {
      reader.read(path) { line, number in
        outcome.lines.append(line)
        outcome.numbers.append(number)
      }
    }
    outcome.issues = reader.issues
    outcome.issueCount = reader.issueCount
    outcome.warnings = reader.warnings
    outcome.warningCount = reader.warningCount
    // How many rows the fast path took is a measure of speed, not of the data: compared apart.
    outcome.fastRows = reader.reports.reduce(0) { $0 + $1.fastRows }
    outcome.reports = reader.reports.map { report in
      var report = report
      report.fastRows = 0
      return report
    }
    return outcome
  }

  /// Cells for each column: canonical and valid values (repeated, so most rows are valid),
  /// values the general path normalises, and values that are wrong in every way it reports.
  static let pools: [LedgerColumn: [String]] = [
    .release: [
      "November 2022", "November 2022", "June 2020", "Release X", " padded", "'=guarded",
      "'plain", "日本語", "", "February 2021", "november 2022", "11/01/22", "Nov-22", "44866",
      "2022-11-01 00:00:00", "NOVEMBER 2022", "November\u{A0}2022", "\u{FEFF}November 2022",
      "Novem\u{AD}ber 2022", "RELEASE X", "November 2022\u{200B}",
    ],
    .version: [
      "", "0.4", "0.4", "1.10", "0.10", " 1", "'=1", "v1 ✓", "v0.4", "V0.4", "0.\u{200C}4",
      "0.4\u{A0}", "0.1\u{10}", "0.4\u{7F}",
    ],
    .party: [
      "DCC", "DCC", "DCC", "SECAS", "dcc", "Secas", " DCC", "xyz", "", "DCC?", "!SECAS!", "D.C.C.",
      "\u{202E}DCC", "DCC\u{A0}",
    ],
    .modification: [
      "MP078", "MP078", "MP099", "", "CR4427", "MP\u{212A}", "MPK", " MP1", "'=x", "MP078 ",
      "MPO78", "mp143", "MP 143", "SECMPOO15", "MP085A", "mp085a", "Package A", "X1", "MP85",
      "MP\u{200B}078", "MP\u{A0}078", "MP078\u{2060}", "\u{FEFF}MP078",
    ],
    .title: [
      "", "plain", "with, comma", "quote \"x\"", "two\nlines", "'=SUM(A1)", "'plain", "£1",
      "Zigbee – HAN ✓", " spaced ", "zero\u{200B}width",
    ],
    .phase: [
      "sit", "sit", "uit", "design-build-pit", "implement-to-live", "application-support",
      "total", "sec-changes", "project-management", "SIT", "Design, Build & PIT",
      "Implement to Live", "bogus", "", "sit?", "Design, Build & PIT!", "design--build-pit",
      "s\u{200B}it", "Implement\u{A0}to live", "!uit",
    ],
    .basis: [
      "firm", "firm", "estimate", "actual", "actual", "tbc", "n/a", "Estimate", "estimated",
      "TBC", "N/A", "x", "", "firm?", "Firm.", "n.a.", "n.a", "na", "firm\u{200E}", "'firm",
    ],
    .date: ["", "", "", "2022-11-03", "2023-02-29", "03/11/2022", " 2022-11-03", "0000-01-01"],
    .low: [
      "1335568", "1335568.00", "1335568.5", "£1,335,568", "1,335,568.50", "-£1,000", "£-1,000",
      "(£1,000)", "1.34E+06", "12.345", "#REF!", "2022-11-03", "abc", "0", "-0.00", "0.00",
      "007", "\u{A0}12", " 5 ", "99999999999999999999", "1335568.", "", "",
    ],
    .high: ["", "", "", "1335568.00", "2000000", "£2,000,000", "1", "x", "-0.00", " 9"],
    .likely: ["", "", "", "", "1500000", "1335568.00", "£1,900,000", "3000000", "y"],
    .days: ["", "", "", "", "5", "2.5", "0.25", "x", "1.23456", " 5"],
    .dayRate: ["", "", "", "", "600", "600.00", "£600", "-1", "z"],
    .note: ["", "", "note", "'+x", "a,b", "two\nlines", "soft\u{AD}hyphen"],
  ]

  /// A ledger file of `rows` random rows under `columns` (`nil` for an unnamed column).
  static func file(columns: [LedgerColumn?], rows: Int, seed: UInt64) -> [UInt8] {
    var random = SplitMix64(seed: seed)
    var writer = CSVWriter()
    writer.writeRow(columns.map { $0?.name ?? "" })
    for _ in 0..<rows {
      var cells: [String]
      if random.below(3) > 0 {
        // A valid row, in one of the notations the fast path reads, perhaps with one cell
        // swapped for anything at all.
        // Spreadsheet spellings too (RID labels, TBC and N/A in capitals), which the fast
        // path decodes and must count as relabelled exactly as the general path does.
        let (party, phase) = random.pick([
          ("DCC", "sit"), ("DCC", "design-build-pit"), ("DCC", "total"), ("SECAS", "sec-changes"),
          ("DCC", "Design, Build & PIT"), ("DCC", "SIT"), ("dcc", "Implement to live"),
          ("SECAS", "SEC changes"), ("Secas", "PROJECT MANAGEMENT"), ("DCC", "uit "),
        ])
        let basis = random.pick([
          "firm", "estimate", "actual", "tbc", "n/a", "TBC", "N/A", "Estimate", "FIRM", "na",
        ])
        let priced = !["tbc", "n/a", "na"].contains(basis.lowercased())
        let low = random.pick([
          "1335568", "1335568.00", "£1,335,568", "1,335,568.50", "0", "007", "£1,335,568.00",
        ])
        let valid: [LedgerColumn: String] = [
          .release: random.pick(["November 2022", "June 2020", "Release X", "February 0336"]),
          .version: random.pick(["", "0.4", "1.10"]),
          .party: party, .modification: random.pick(["MP078", "MP099", "", "CR4427", "MP140"]),
          .title: random.pick(pools[.title] ?? []), .phase: phase, .basis: basis,
          .date: basis == "actual" ? random.pick(["", "2022-11-03"]) : "",
          .likely: priced && random.below(8) == 0 ? random.pick(["1500000", "£1,900,000"]) : "",
          .low: priced ? low : "",
          .high: priced ? random.pick(["", low, "2000000", "£2,000,000.00"]) : "",
          .note: random.pick(pools[.note] ?? []),
        ]
        cells = columns.map { column in column.map { valid[$0] ?? "" } ?? "" }
        if random.below(4) == 0 {
          let index = random.below(cells.count)
          cells[index] = columns[index].map { random.pick(pools[$0] ?? [""]) } ?? "x"
        }
      } else {
        cells = columns.map { column in
          column.map { random.pick(pools[$0] ?? [""]) } ?? (random.below(20) == 0 ? "x" : "")
        }
      }
      // Now and then a SECAS effort line whose figure agrees, or a range that is a range.
      if random.below(4) == 0, let low = columns.firstIndex(of: .low),
        let days = columns.firstIndex(of: .days), let rate = columns.firstIndex(of: .dayRate),
        let party = columns.firstIndex(of: .party), let phase = columns.firstIndex(of: .phase)
      {
        cells[party] = "SECAS"
        cells[phase] = random.pick(["sec-changes", "project-management"])
        cells[days] = random.pick(["5", "2.5"])
        cells[rate] = "600.00"
        cells[low] = random.pick(["", cells[days] == "5" ? "3000" : "1500", "£3,000", "1"])
      }
      if random.below(40) == 0 { cells = cells.map { _ in "" } }  // a blank row
      if random.below(50) == 0 { cells.append("extra") }  // a cell split across columns
      writer.writeRow(cells)
    }
    return writer.bytes
  }

  static let layouts: [[LedgerColumn?]] = [
    LedgerColumn.allCases,
    [
      .release, .version, .party, .modification, .title, .phase, .basis, .low, .high, .days,
      .dayRate, .note,
    ],
    [.basis, .low, nil, .release, .phase, .party, .high, .likely, .note, .modification],
  ]

  @Test("random rows, valid and not, under three header layouts", arguments: [1, 2, 3, 4, 5])
  func randomRows(seed: Int) throws {
    for (index, columns) in Self.layouts.enumerated() {
      let bytes = Self.file(
        columns: columns, rows: 1500, seed: UInt64(seed * 100 + index))
      let file = try TemporaryFile(bytes: bytes)
      defer { file.remove() }
      let fast = Self.read([file.path], fastPath: true)
      let general = Self.read([file.path], fastPath: false)
      #expect(fast.lines.count > 100)
      // The fast path took most valid rows (a third of the rows are random cells), the general
      // reader none.
      #expect(fast.fastRows > fast.lines.count / 2)
      #expect(general.fastRows == 0)
      #expect(fast.lines == general.lines)
      #expect(fast.numbers == general.numbers)
      #expect(fast.issues == general.issues)
      #expect(fast.issueCount == general.issueCount)
      #expect(fast.warnings == general.warnings)
      #expect(fast.warningCount == general.warningCount)
      #expect(fast.reports == general.reports)
    }
  }

  @Test(
    "a label the fast path takes is the label the general path reads: stray punctuation and invisible characters included"
  )
  func labels() {
    let texts =
      Party.allCases.map(\.id) + Phase.allCases.flatMap { [$0.id, $0.label] }
      + Basis.allCases.map(\.id)
    var variants: [String] = []
    for text in texts {
      for (prefix, suffix) in [
        ("", ""), ("", "?"), ("!", "!"), ("", "."), ("'", ""), ("\u{FEFF}", ""), ("", "\u{200B}"),
        (" ", ""), ("", "\u{A0}"),
      ] {
        variants.append(prefix + text + suffix)
        variants.append(prefix + text.uppercased() + suffix)
      }
    }
    var taken = 0
    var labels = LedgerLabels()
    for text in variants {
      var copy = text
      copy.withUTF8 { bytes in
        if let party = labels.party.read(bytes)?.value {
          taken += 1
          #expect(Party(parsing: text) == party, "\(text)")
        }
        if let phase = labels.phase.read(bytes)?.value {
          taken += 1
          #expect(Phase(parsing: text) == phase, "\(text)")
        }
        if let basis = labels.basis.read(bytes)?.value {
          taken += 1
          #expect(Basis(parsing: text) == basis, "\(text)")
        }
      }
      if text.contains("?") || text.contains("!") || text.hasSuffix(".") {
        #expect(Party(parsing: text) == nil && Phase(parsing: text) == nil, "\(text)")
        #expect(Basis(parsing: text) == nil, "\(text)")
      }
    }
    #expect(taken >= Party.allCases.count + Phase.allCases.count + Basis.allCases.count)
  }

  @Test("the committed ledgers, and two files read together")
  func committedLedgers() throws {
    let root = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
    let paths = [
      "/\(root)/Ledgers/2022-11-sec-release.csv", "/\(root)/Ledgers/2021-02-sec-release.csv",
    ]
    let fast = Self.read(paths, fastPath: true)
    #expect(fast.lines.count > 30)
    #expect(fast.issues.isEmpty)
    #expect(fast.warnings.isEmpty)
    var general = Self.read(paths, fastPath: false)
    #expect(fast.fastRows == fast.lines.count)
    general.fastRows = fast.fastRows
    #expect(fast == general)
  }

  /// A ledger as the benchmark generator writes it, canonical or as spreadsheets write it: RID
  /// phase labels on a third of the lines, TBC and N/A in capitals, `£1,335,568`, `1335568.00`
  /// and `1335568` mixed, titles with commas, quotes and line breaks, SECAS effort.
  static func generatedLedger(rows: Int, spreadsheet: Bool) -> [UInt8] {
    var random = SplitMix64(seed: 20_221_104)
    var writer = CSVWriter()
    writer.writeRow([
      "release", "version", "party", "modification", "title", "phase", "basis", "low", "high",
      "days", "day_rate", "note",
    ])
    let phases: [Phase] = [.designBuildPIT, .sit, .uit, .implementToLive, .applicationSupport]
    let titles = [
      "GPF timestamp", "Incorporation of IRPs into the SEC, Part 2",
      "CH Stock Transfer (\"returns\")", "SRV Visibility\nsecond line",
    ]
    func money(_ pence: Int, _ style: Int) -> String {
      let amount = Money(pence: Int64(pence))
      switch style {
      case 0: return amount.plainDecimal
      case 1: return amount.formatted
      default: return pence % 100 == 0 ? String(pence / 100) : amount.plainDecimal
      }
    }
    for row in 0..<rows {
      var party = Party.dcc
      var phase = phases[(row / 10) % 5]
      var basis = Basis.firm
      var low = ""
      var high = ""
      var days = ""
      var rate = ""
      let kind = random.below(100)
      if kind < 5 {
        basis = .tbc
      } else if kind < 10 {
        basis = .notApplicable
      } else if kind < 15 && phase.ordinal < 2 {
        party = .secas
        phase = phase.ordinal == 0 ? .secChanges : .projectManagement
        basis = .estimate
        let count = 1 + random.below(40)
        days = String(count)
        rate = "600.00"
        low = money(count * 60_000, 0)
      } else {
        basis = kind < 60 ? .firm : kind < 90 ? .estimate : .actual
        let pence = random.below(200_000_000)
        low = money(pence, row % 3)
        high =
          kind > 80 ? money(pence + random.below(50_000_000), row % 3) : row % 2 == 0 ? low : ""
      }
      let writtenPhase = spreadsheet && row % 3 == 0 ? phase.label : phase.id
      let writtenBasis = spreadsheet && !basis.isPriced ? basis.id.uppercased() : basis.id
      // Unique keys: ten releases × five phases per modification, one version.
      let release = [
        "June 2020", "November 2020", "February 2021", "June 2021", "November 2021",
        "February 2022", "June 2022", "November 2022", "February 2023", "June 2023",
      ][row % 10]
      writer.writeRow([
        release, "1.0", party.id, "MP\(String(100 + row / 50))", titles[row % titles.count],
        writtenPhase, writtenBasis, low, high, days, rate, row % 7 == 0 ? "a note, quoted" : "",
      ])
    }
    return writer.bytes
  }

  @Test(
    "the fast path takes every row of a generated ledger, canonical or as spreadsheets write it",
    arguments: [false, true])
  func fastPathTaken(spreadsheet: Bool) throws {
    let file = try TemporaryFile(bytes: Self.generatedLedger(rows: 3000, spreadsheet: spreadsheet))
    defer { file.remove() }
    let fast = Self.read([file.path], fastPath: true)
    var general = Self.read([file.path], fastPath: false)
    #expect(fast.issues.isEmpty)
    #expect(fast.lines.count == 3000)
    #expect(fast.fastRows == fast.lines.count)
    #expect(general.fastRows == 0)
    if spreadsheet {
      // Every relabelled cell is counted on the fast path as the general path counts it.
      #expect(fast.reports.first?.relabelledCells ?? 0 > 1000)
    } else {
      #expect(fast.reports.first?.relabelledCells == 0)
    }
    #expect(fast.reports.first?.reformattedAmounts ?? 0 > 1000)
    general.fastRows = fast.fastRows
    #expect(fast == general)
  }
}
