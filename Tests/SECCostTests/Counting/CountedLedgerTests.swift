import PropertyBased
import SECCostTestSupport
import Testing

@testable import SECCost

@Suite("Counted ledger: versions per key, phases not provided, the combined figure")
struct CountedLedgerTests {
  private func line(
    _ modification: String, _ phase: Phase, _ figure: CostFigure, version: String = "0.4",
    release: String = "November 2022"
  ) -> LedgerLine {
    LedgerLine(
      release: release, version: version, party: phase.party, modification: modification,
      phase: phase, figure: figure)
  }

  private func firm(_ pounds: Int64) -> CostFigure { .priced(.firm, CostRange(Money(pence: pounds * 100))) }

  /// Every DCC phase of `modification` with `figure`.
  private func phases(_ modification: String, _ figure: CostFigure, version: String = "0.4")
    -> [LedgerLine]
  {
    MissingFigure.phases.map { line(modification, $0, figure, version: version) }
  }

  @Test("a later version's line supersedes only its own key; the rest carry forward")
  func supersedesPerKey() throws {
    var totals = CostTotals(by: .modification)
    for line in phases("MP078", firm(100)) + phases("MP141", firm(10)) { totals.add(line) }
    totals.add(line("MP141", .sit, firm(70), version: "0.5"))
    let report = try totals.report()
    #expect(report.total.priced == CostRange(Money(pence: (500 + 40 + 70) * 100)))
    #expect(report.total.isComplete)
    #expect(report.versions.first?.summary == "v0.5 (1 line) over v0.4 (9 lines carried forward)")
    #expect(report.releases.first?.version == "0.5")
  }

  @Test("an older version read after a newer one does not replace it")
  func olderAfterNewer() throws {
    var ledger = CountedLedger()
    ledger.add(line("MP141", .sit, firm(70), version: "0.10"))
    ledger.add(line("MP141", .sit, firm(10), version: "0.4"))
    ledger.add(line("MP141", .sit, firm(5), version: ""))
    #expect(ledger.counted().lines.map(\.figure) == [firm(70)])
  }

  @Test("--version counts exactly one document's lines")
  func onlyVersion() throws {
    var totals = CostTotals(by: .phase, onlyVersion: "0.4")
    for line in phases("MP078", firm(100)) { totals.add(line) }
    totals.add(line("MP078", .sit, firm(70), version: "0.5"))
    #expect(try totals.report().total.priced == CostRange(Money(pence: 500 * 100)))
  }

  @Test("a modification with lines for some DCC phases misses the others; N/A and total do not")
  func missingPhases() throws {
    var totals = CostTotals(by: .phase)
    totals.add(line("SECMP0015", .designBuildPIT, firm(1_335_568)))
    totals.add(line("SECMP0015", .sit, firm(437_032)))
    totals.add(line("MP099", .designBuildPIT, firm(188_446)))
    for phase in [Phase.sit, .uit, .implementToLive, .applicationSupport] {
      totals.add(line("MP099", phase, .notApplicable))
    }
    totals.add(line("MP122", .total, firm(340_000)))
    let report = try totals.report()
    #expect(report.missing.map(\.modification) == ["SECMP0015", "SECMP0015", "SECMP0015"])
    #expect(report.missing.map(\.phase) == [.uit, .implementToLive, .applicationSupport])
    #expect(report.total.missing == 3)
    #expect(!report.total.isComplete)
    #expect(report.groups.first { $0.key == "uit" }?.summary.ridNotation == "1 not provided")
    #expect(report.total.ridNotation.hasSuffix("+ 3 not provided"))
  }

  @Test("phases given across versions and interleaved with other modifications are provided")
  func missingAcrossVersionsAndInterleaved() throws {
    var ledger = CountedLedger()
    // MP078 gives two phases in v0.4, two in v0.5, between lines of other modifications and
    // another release; application support is the one it never gives.
    ledger.add(line("MP078", .designBuildPIT, firm(1)))
    ledger.add(line("MP141", .designBuildPIT, firm(1), release: "June 2023"))
    ledger.add(line("MP078", .sit, firm(1)))
    ledger.add(line("MP143", .total, firm(1)))
    ledger.add(line("MP078", .uit, firm(1), version: "0.5"))
    ledger.add(line("MP078", .designBuildPIT, firm(2), version: "0.5"))
    ledger.add(line("MP078", .implementToLive, .tbc, version: "0.5"))
    let missing = ledger.counted().missing
    #expect(
      missing.map { "\($0.release) \($0.modification) \($0.phase.id)" } == [
        "November 2022 MP078 application-support",
        "June 2023 MP141 sit", "June 2023 MP141 uit", "June 2023 MP141 implement-to-live",
        "June 2023 MP141 application-support",
      ])
  }

  @Test("a ledger sorted by phase (every modification between two of its lines) misses nothing given")
  func missingWhenSortedByPhase() throws {
    var ledger = CountedLedger()
    let modifications = (1...40).map { "MP\($0)" }
    for phase in MissingFigure.phases {
      for (number, modification) in modifications.enumerated()
      where !(phase == .applicationSupport && number % 3 == 0) {
        ledger.add(line(modification, phase, firm(1)))
      }
    }
    let missing = ledger.counted().missing
    #expect(missing.allSatisfy { $0.phase == .applicationSupport })
    #expect(missing.map(\.modification) == modifications.enumerated().filter { $0.0 % 3 == 0 }.map(\.1))
  }

  @Test("modifications giving their releases in turn: lines per release, gaps in natural order")
  func releasesInTurn() throws {
    var ledger = CountedLedger()
    let releases = ["June 2023", "November 2022", "February 2023"]
    let modifications = ["MP10", "MP9", "SECMP0002", "MP100", "MP1A", "MP2"]
    // Each modification's releases in turn (the order they were first seen), application
    // support never given.
    for modification in modifications {
      for phase in MissingFigure.phases.dropLast() {
        for release in releases { ledger.add(line(modification, phase, firm(1), release: release)) }
      }
    }
    let counted = ledger.counted()
    let inOrder = ["November 2022", "February 2023", "June 2023"]
    #expect(counted.releases.map(\.release) == inOrder)
    #expect(counted.releases.map { $0.versions.map(\.lines) } == [[24], [24], [24]])
    let natural = ["MP1A", "MP2", "MP9", "MP10", "MP100", "SECMP0002"]
    #expect(
      counted.missing.map { "\($0.release) \($0.modification)" }
        == inOrder.flatMap { release in natural.map { "\(release) \($0)" } })
    #expect(counted.missing.allSatisfy { $0.phase == .applicationSupport })
  }

  @Test("totals summed as lines stream past refuse a report until revised releases are read again")
  func notReadAgain() throws {
    var totals = CostTotals(by: .phase, keepingLines: false)
    for line in phases("MP078", firm(100)) { totals.add(line) }
    totals.add(line("MP078", .sit, firm(70), version: "0.5"))
    #expect(totals.releasesToReadAgain == ["November 2022"])
    #expect(throws: LinesNotReadAgain.self) { try totals.report() }
    #expect(CostTotals(by: .modification, keepingLines: false).releasesToReadAgain.isEmpty)
  }

  @Test("the DCC phases a modification can miss are the first five phases, in order")
  func missingPhasesAreTheFirstFive() {
    #expect(MissingFigure.phases == Array(Phase.allCases.prefix(5)))
    #expect(MissingFigure.phases.map(\.ordinal) == [0, 1, 2, 3, 4])
  }

  @Test("a combined figure replaces the standalone figures of its phase, which are shown beside it")
  func combinedFigure() throws {
    var totals = CostTotals(by: .phase)
    totals.add(line("MP140", .sit, .tbc))
    totals.add(line("MP141", .sit, firm(68_967)))
    totals.add(line("MP078", .sit, firm(727_257)))
    totals.add(line("", .sit, .priced(.estimate, try CostRange(low: Money(pence: 100_000_000), high: Money(pence: 120_000_000)))))
    totals.add(line("MP078", .designBuildPIT, firm(1_000)))
    let report = try totals.report()
    let sit = try #require(report.groups.first { $0.key == "sit" })
    #expect(sit.summary.ridNotation == "£1,000,000 to £1,200,000")
    #expect(sit.standalone?.ridNotation == "£796,224 + 1 TBC")
    #expect(report.total.priced == (try CostRange(low: Money(pence: 100_100_000), high: Money(pence: 120_100_000))))
    #expect(report.standalone?.tbc == 1)
    // Covered phases miss nothing.
    #expect(report.missing.allSatisfy { $0.phase != .sit })

    var byModification = CostTotals(by: .modification)
    for item in [
      line("MP141", .sit, firm(68_967)), line("", .sit, firm(1_000)),
    ] { byModification.add(item) }
    let perModification = try byModification.report()
    #expect(perModification.groups.first { $0.key == "MP141" }?.summary.priced == CostRange(Money(pence: 6_896_700)))
    #expect(perModification.total.priced == CostRange(Money(pence: 100_000)))
  }

  @Test("many releases and versions (past the editions searched one by one): counts per version")
  func manyEditions() throws {
    var ledger = CountedLedger()
    var expected: [String: [String: Int]] = [:]
    let months = ["January", "March", "June", "November"]
    for index in 0..<600 {
      let release = "\(months[index % 4]) \(2000 + (index / 4) % 10)"
      let version = ["0.1", "0.2", "0.10"][(index / 40) % 3]
      ledger.add(line("MP\(100 + index)", .total, firm(1), version: version, release: release))
      expected[release, default: [:]][version, default: 0] += 1
    }
    let counted = ledger.counted()
    #expect(counted.releases.count == 40)
    for release in counted.releases {
      let versions = release.versions.map(\.version)
      #expect(Set(versions).count == versions.count, "\(release.release): \(versions)")
      let counts = Dictionary(release.versions.map { ($0.version, $0.lines) }, uniquingKeysWith: +)
      #expect(counts == expected[release.release], "\(release.release)")
      #expect(release.versions.map(\.version) == release.versions.map(\.version).sorted {
        VersionOrder.precedes($1, $0)
      })
    }
    #expect(counted.lines.count == 600)
  }

  @Test("the summary of versions: one version, several, and lines with no version")
  func versionsSummary() {
    #expect(
      ReleaseVersions(release: "R", versions: [.init(version: "0.4", lines: 3)]).summary == "v0.4")
    #expect(ReleaseVersions(release: "R", versions: [.init(version: "", lines: 3)]).summary == "")
    #expect(
      ReleaseVersions(
        release: "R",
        versions: [
          .init(version: "0.5", lines: 1), .init(version: "0.4", lines: 0),
          .init(version: "", lines: 2),
        ]
      ).summary == "v0.5 (1 line) over lines with no version (2 lines carried forward)")
  }

  @Test("a ledger split into versions, each key's latest figure kept, totals as the flattened ledger")
  func splitIntoVersions() async {
    await propertyCheck(count: 200, input: Gen.int64(in: 0...Int64.max)) { seed in
      await failingOnError {
        var state = UInt64(bitPattern: seed)
        func next(_ bound: Int) -> Int {
          state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
          return Int((state >> 33) % UInt64(bound))
        }
        let versions = ["", "0.1", "0.4", "0.10", "1.0"]
        var flat: [LedgerLine] = []
        var split: [LedgerLine] = []
        var seen: Set<FigureKey> = []
        for _ in 0..<(1 + next(40)) {
          let phase = Phase.allCases[next(Phase.allCases.count)]
          let figure: CostFigure =
            switch next(4) {
            case 0: .tbc
            case 1: .notApplicable
            default: .priced([.firm, .estimate][next(2)], CostRange(Money(pence: Int64(next(1_000_000)))))
            }
          let final = LedgerLine(
            release: ["November 2022", "June 2023"][next(2)], version: "",
            party: phase.party, modification: ["", "MP078", "MP141", "SECMP0015"][next(4)],
            phase: phase, figure: figure)
          guard seen.insert(FigureKey(final)).inserted else { continue }
          // The key appears in some versions; the latest of them holds its final figure.
          let count = 1 + next(versions.count)
          var shuffler = Seeded(state: state)
          let chosen = Array(versions.shuffled(using: &shuffler).prefix(count))
            .sorted(by: VersionOrder.precedes)
          for (index, version) in chosen.enumerated() {
            var copy = final
            copy.version = version
            if index < chosen.count - 1 { copy.figure = .priced(.estimate, CostRange(Money(pence: Int64(next(999))))) }
            split.append(copy)
          }
          flat.append(final)
        }
        var shuffler = Seeded(state: state ^ 0x5DEECE66D)
        split.shuffle(using: &shuffler)
        for dimension in TotalsDimension.allCases {
          var a = CostTotals(by: dimension)
          var b = CostTotals(by: dimension)
          for line in flat { a.add(line) }
          for line in split { b.add(line) }
          // Summed as the lines stream past, the revised releases read a second time.
          var c = CostTotals(by: dimension, keepingLines: false)
          for line in split { c.add(line) }
          if !c.releasesToReadAgain.isEmpty {
            for line in split { c.addAgain(line) }
          }
          let left = try a.report()
          let right = try b.report()
          let streamed = try c.report()
          #expect(left.groups == right.groups)
          #expect(left.parties == right.parties)
          #expect(left.total == right.total)
          #expect(left.missing == right.missing)
          #expect(streamed == right)
        }
      }
    }
  }
}

/// A seeded generator for shuffles in property tests.
struct Seeded: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
