import SECCost

/// A small deterministic generator (SplitMix64) for building random ledgers in property tests.
struct SplitMix64 {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

  mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

/// Builds valid random ledgers with awkward text: commas, quotes, newlines, Unicode, formulas.
enum RandomLedger {
  static let texts = [
    "", "CH Stock Transfer", "GPF timestamp, for \"instantaneous\" Gas values", "two\nlines",
    " padded ", "=SUM(A1)", "+44", "-minus", "@at", "£1,335,568", "Zigbee – HAN ✓", "日本語",
    "Footnote 2: This is a one-off charge for the DSP only.", "semi;colon", "tab\tinside",
  ]
  static let releases = ["November 2022", "February 2021", "June 2020", "Release X"]
  static let modifications = ["", "SECMP0015", "MP078", "MP085A", "MP099", "MP140", "CR4427"]

  static func make(seed: UInt64, count: Int) -> Ledger {
    var random = SplitMix64(state: seed)
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
          effort = SECASEffort(days: days, dayRate: rate)
          figure = .priced(basis, CostRange((try? effort!.cost()) ?? .zero))
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
        release: random.pick(releases), version: random.pick(["", "0.1", "0.4", "1.10"]),
        party: phase.party, modification: random.pick(modifications), title: random.pick(texts),
        phase: phase, figure: figure, likely: likely, effort: effort, note: random.pick(texts),
        date: figure.basis == .actual && random.below(4) > 0 ? randomDate(&random) : nil)
      if figure.basis != .actual, !keys.insert(line.key).inserted { continue }
      lines.append(line)
    }
    return Ledger(lines: lines)
  }

  /// A valid calendar date, leap days included.
  static func randomDate(_ random: inout SplitMix64) -> CalendarDate? {
    let year = 1 + random.below(9999)
    let month = 1 + random.below(12)
    let day = 1 + random.below(CalendarDate.daysIn(month: month, year: year))
    return CalendarDate(year: year, month: month, day: day)
  }
}

extension CostRange {
  init(unchecked low: Money, _ high: Money) {
    self = (try? CostRange(low: low, high: high)) ?? CostRange(low)
  }
}
