import SECCost

extension SplitMix64 {
  /// A number in `0..<bound` (modulo bias is irrelevant for test data).
  public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

  /// One of `items`, which must not be empty.
  public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

/// Valid random ledgers with awkward text (commas, quotes, line breaks, Unicode, formulas), the
/// same for the same seed, for property tests and round-trip proofs.
public enum RandomLedger {
  /// Titles and notes for the CSV laws.
  public static let texts = [
    "", "CH Stock Transfer", "GPF timestamp, for \"instantaneous\" Gas values", "two\nlines",
    " padded ", "=SUM(A1)", "+44", "-minus", "@at", "£1,335,568", "Zigbee – HAN ✓", "日本語",
    "Footnote 2: This is a one-off charge for the DSP only.", "semi;colon", "tab\tinside",
  ]

  /// Titles and notes that spreadsheets most like to mangle (dates, numbers, booleans, control
  /// characters, `_xHHHH_`, XML). Not CR LF: LibreOffice makes it LF
  /// (`WorkbookRoundTripProofTests.crLineBreak`).
  public static let hostileTexts = [
    "", "CH Stock Transfer", "GPF timestamp, for \"instantaneous\" Gas values", "two\nlines",
    "lone\rreturn", " padded ", "  leading", "trailing  ", "=SUM(A1)", "+44", "-minus",
    "@at", "'quoted", "0.10", "1.5E3", "2023-01-31", "31/01/2023", "November 2022", "Nov-22",
    "TRUE", "TBC", "N/A", "£1,335,568", "1,886,716", "Zigbee – HAN ✓", "日本語", "Ünïcödé ñ",
    "💷 pounds", "semi;colon", "tab\tinside", "a _x0041_ b", "bell\u{7}", "c\u{1}d", "e\u{1F}f",
    "del\u{7F}", "nel\u{85}", "nonchar\u{FFFF}", "<b>&amp;</b>", "]]>",
    "Footnote 2: This is a one-off charge for the DSP only.",
  ]

  /// Release names.
  public static let releases = ["November 2022", "February 2021", "June 2020", "Release X"]

  /// Versions for the CSV laws.
  public static let versions = ["", "0.1", "0.4", "1.10"]

  /// Versions a General-format cell would turn into numbers (`0.10`), for the workbook proofs.
  public static let hostileVersions = ["", "0.1", "0.4", "0.10", "1.10"]

  /// Modification ids, the package line's empty one included.
  public static let modifications = ["", "SECMP0015", "MP078", "MP085A", "MP099", "MP140", "CR4427"]

  /// A random valid ledger of at most `count` lines (a key drawn twice keeps its first line).
  public static func make(
    seed: UInt64, count: Int, texts: [String] = texts, versions: [String] = versions
  ) -> Ledger {
    var random = SplitMix64(seed: seed)
    var lines: [LedgerLine] = []
    var keys: Set<LedgerKey> = []
    for _ in 0..<count {
      let phase = random.pick(Phase.allCases)
      let figure: CostFigure
      var effort: SECASEffort?
      switch random.below(6) {
      case 0: figure = .tbc
      case 1: figure = .notApplicable
      default:
        let basis = random.pick(PricedBasis.allCases)
        if phase.party == .secas && random.below(2) == 0 {
          let days = Days(tenThousandths: Int64(random.below(400_000)))
          let rate = Money(pence: Int64(random.below(100_000)))
          let secas = SECASEffort(days: days, dayRate: rate)
          effort = secas
          figure = .priced(basis, CostRange((try? secas.cost()) ?? .zero))
        } else {
          let low = Money(pence: Int64(random.below(1 << 40)) - (1 << 20))
          let spread = random.below(3) == 0 ? Int64(random.below(1 << 30)) : 0
          figure = .priced(basis, CostRange(unchecked: low, Money(pence: low.pence + spread)))
        }
      }
      var likely: Money?
      if let range = figure.range, !range.isPoint, random.below(2) == 0 {
        likely = Money(
          pence: range.low.pence + Int64(random.below(Int(range.high.pence - range.low.pence) + 1)))
      }
      let line = LedgerLine(
        release: random.pick(releases), version: random.pick(versions), party: phase.party,
        modification: random.pick(modifications), title: random.pick(texts), phase: phase,
        figure: figure, likely: likely, effort: effort, note: random.pick(texts),
        date: figure.basis == .actual && random.below(4) > 0 ? randomDate(&random) : nil)
      if figure.basis != .actual, !keys.insert(line.key).inserted { continue }
      lines.append(line)
    }
    return Ledger(lines: lines)
  }

  /// A valid calendar date, leap days included.
  public static func randomDate(_ random: inout SplitMix64) -> CalendarDate? {
    let year = 1 + random.below(9999)
    let month = 1 + random.below(12)
    let day = 1 + random.below(CalendarDate.daysIn(month: month, year: year))
    return CalendarDate(year: year, month: month, day: day)
  }
}

extension CostRange {
  /// `low...high`, or just `low` when `high` is below it.
  public init(unchecked low: Money, _ high: Money) {
    self = (try? CostRange(low: low, high: high)) ?? CostRange(low)
  }
}
