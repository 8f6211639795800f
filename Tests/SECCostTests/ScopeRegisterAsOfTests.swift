import SECCost
import Testing

/// A register of rows transcribed from the seeds (a subset of Ledgers/scope/scope-register.csv).
private enum SeedRegister {
  static func day(_ text: String) -> CalendarDate {
    (try? CalendarDate(parsing: text)) ?? CalendarDate(year: 1, month: 1, day: 1)!
  }

  static func cut(_ text: String, estimated: Bool = false) -> ScheduledDate {
    ScheduledDate(day(text), isEstimated: estimated)
  }

  static func entry(
    _ release: String, _ modification: String, _ status: ScopeStatus, asOf: String,
    cutOff: ScheduledDate? = nil, goLive: String? = nil, kind: ScopeKind = .modification,
    note: String = ""
  ) -> ScopeEntry {
    ScopeEntry(
      release: release, goLive: goLive.map { ScheduledDate(day($0)) }, modification: modification,
      kind: kind, status: status, cutOff: cutOff, asOf: day(asOf), note: note)
  }

  static let panel = "2020-04-08"
  static let csc = "2021-09-21"
  static let rid = "2021-11-23"

  static var entries: [ScopeEntry] {
    [
      entry("June 2021", "MP078", .targeted, asOf: panel),
      entry("June 2021", "MP090", .targeted, asOf: panel),
      entry("June 2021", "MP099", .targeted, asOf: panel),
      entry("November 2021", "SECMP0015", .targeted, asOf: panel),
      entry("November 2021", "SECMP0046", .targeted, asOf: panel),
      entry("November 2021", "MP090", .approved, asOf: csc, goLive: "2021-11-04"),
      entry(
        "November 2021", "MP149", .targeted, asOf: csc, cutOff: cut("2021-10-21"),
        goLive: "2021-11-04"),
      entry("February 2022", "MP128B", .targeted, asOf: csc, goLive: "2022-02-24"),
      entry("February 2022", "MP154", .removed, asOf: csc, goLive: "2022-02-24"),
      entry(
        "June 2022", "SECMP0015", .approved, asOf: csc, goLive: "2022-06-30",
        note: "split: DUIS and MMC changes only"),
      entry(
        "November 2022", "SECMP0015", .approved, asOf: csc, goLive: "2022-11-03",
        note: "split: the rest"),
      entry("November 2022", "MP078", .targeted, asOf: csc, goLive: "2022-11-03"),
      entry("November 2022", "MP099", .approved, asOf: csc, goLive: "2022-11-03"),
      entry("November 2022", "MP107", .targeted, asOf: csc, goLive: "2022-11-03"),
      entry(
        "November 2022", "SECMP0015", .approved, asOf: rid, note: "split: DUIS and MMC in June"),
      entry("November 2022", "MP078", .targeted, asOf: rid, cutOff: cut("2022-03-03")),
      entry("November 2022", "MP085A", .targeted, asOf: rid, cutOff: cut("2022-05-03")),
      entry("November 2022", "MP099", .approved, asOf: rid),
      entry("November 2022", "MP107", .withdrawn, asOf: rid),
      entry(
        "November 2022", "MP140", .targeted, asOf: rid, cutOff: cut("2022-02-23", estimated: true)),
      entry("November 2022", "CR4427", .targeted, asOf: rid, kind: .dccChangeRequest),
    ]
  }

  static var register: ScopeRegister { ScopeRegister(entries: entries) }
}

@Suite("Scope register: a release as of a day, hand-checked against the seeds")
struct ScopeRegisterAsOfTests {
  private let register = SeedRegister.register
  private func day(_ text: String) -> CalendarDate { SeedRegister.day(text) }

  private func standing(_ modification: String, in release: String, asOf: String) -> ScopeStanding?
  {
    register.scope(of: release, asOf: day(asOf))?.item(for: modification)?.standing
  }

  @Test("as of 4 March 2022, MP078's cut-off of 3 March 2022 has passed: it has lapsed")
  func mp078Lapses() {
    #expect(
      standing("MP078", in: "November 2022", asOf: "2022-03-04")
        == .lapsed(cutOffPassed: true, nextRelease: nil))
    #expect(
      standing("MP078", in: "November 2022", asOf: "2022-03-03") == .targeted(daysToCutOff: 0))
    #expect(
      standing("MP078", in: "November 2022", asOf: "2021-11-23") == .targeted(daysToCutOff: 100))
    // MP085A's cut-off of 3 May 2022 is 60 days after 4 March 2022.
    #expect(
      standing("MP085A", in: "November 2022", asOf: "2022-03-04") == .targeted(daysToCutOff: 60))
  }

  @Test("an estimated cut-off lapses the same way: MP140 after 23 February 2022")
  func estimatedCutOff() {
    #expect(
      standing("MP140", in: "November 2022", asOf: "2022-02-23") == .targeted(daysToCutOff: 0))
    #expect(
      standing("MP140", in: "November 2022", asOf: "2022-02-24")
        == .lapsed(cutOffPassed: true, nextRelease: nil))
  }

  @Test("a lapse goes to the next release in the register: MP149 to February 2022")
  func mp149LapsesToFebruary() {
    #expect(
      standing("MP149", in: "November 2021", asOf: "2021-10-21") == .targeted(daysToCutOff: 0))
    #expect(
      standing("MP149", in: "November 2021", asOf: "2021-10-22")
        == .lapsed(cutOffPassed: true, nextRelease: "February 2022"))
  }

  @Test("the latest listing replaces the earlier one: MP107 targeted, then withdrawn")
  func mp107Withdrawn() {
    #expect(
      standing("MP107", in: "November 2022", asOf: "2021-10-01") == .targeted(daysToCutOff: nil))
    #expect(standing("MP107", in: "November 2022", asOf: "2021-11-23") == .withdrawn)
    #expect(standing("MP154", in: "February 2022", asOf: "2021-11-23") == .removed)
    let scope = register.scope(of: "November 2022", asOf: day("2021-10-01"))
    #expect(scope?.listedOn == day("2021-09-21"))
    #expect(scope?.item(for: "MP085A") == nil)
  }

  @Test("a later paper placing a modification elsewhere moves it: June 2021's allocation")
  func moved() {
    #expect(
      standing("MP078", in: "June 2021", asOf: "2021-11-23") == .moved(to: ["November 2022"]))
    #expect(
      standing("MP090", in: "June 2021", asOf: "2021-11-23") == .moved(to: ["November 2021"]))
    #expect(standing("MP078", in: "June 2021", asOf: "2020-05-01") == .targeted(daysToCutOff: nil))
  }

  @Test("a split stays in both releases: SECMP0015 in June and November 2022")
  func split() {
    #expect(standing("SECMP0015", in: "June 2022", asOf: "2021-11-23") == .approved)
    #expect(standing("SECMP0015", in: "November 2022", asOf: "2021-11-23") == .approved)
    #expect(
      register.releases(having: "SECMP0015", asOf: day("2021-11-23"))
        == ["June 2022", "November 2022"])
  }

  @Test("modifications an earlier listing had: where they are now")
  func formerItems() throws {
    let scope = try #require(register.scope(of: "November 2021", asOf: day("2021-11-23")))
    #expect(scope.listedOn == day("2021-09-21"))
    #expect(scope.formerItems.map(\.entry.modification) == ["SECMP0015", "SECMP0046"])
    #expect(scope.formerItems.map(\.nowIn) == [["June 2022", "November 2022"], []])
    #expect(scope.goLive == ScheduledDate(day("2021-11-04")))
  }

  @Test("the default day is the register's latest; a release has no scope before its first listing")
  func defaults() {
    #expect(register.latestAsOf == day("2021-11-23"))
    #expect(register.scope(of: "november 2022")?.asOf == day("2021-11-23"))
    #expect(register.scope(of: "November 2022", asOf: day("2020-01-01")) == nil)
    #expect(register.scope(of: "June 2023") == nil)
    #expect(
      register.releases == [
        "June 2021", "November 2021", "February 2022", "June 2022", "November 2022",
      ])
    #expect(register.release(after: "November 2021") == "February 2022")
    #expect(register.release(after: "November 2022") == nil)
  }

  @Test("sections: modifications by standing, DCC Change Requests apart, impacts for in-scope")
  func sections() throws {
    let scope = try #require(register.scope(of: "November 2022", asOf: day("2022-03-04")))
    #expect(
      scope.items(in: .approved, kind: .modification).map(\.entry.modification) == [
        "SECMP0015", "MP099",
      ])
    #expect(scope.items(in: .targeted, kind: .modification).map(\.entry.modification) == ["MP085A"])
    #expect(
      scope.items(in: .lapsed, kind: .modification).map(\.entry.modification) == ["MP078", "MP140"])
    #expect(scope.items(in: .withdrawn, kind: .modification).map(\.entry.modification) == ["MP107"])
    #expect(
      scope.items(in: .targeted, kind: .dccChangeRequest).map(\.entry.modification) == ["CR4427"])
    #expect(
      scope.impactItems.map(\.entry.modification) == ["SECMP0015", "MP085A", "MP099", "CR4427"])
  }
}

@Suite("Scope register: rows that conflict")
struct ScopeConflictTests {
  private func day(_ text: String) -> CalendarDate { SeedRegister.day(text) }

  @Test("the seeds' register has no conflicts")
  func seedsAreConsistent() {
    #expect(SeedRegister.register.conflicts().isEmpty)
  }

  @Test("a modification in two releases at once needs a split note on each row")
  func twoReleasesAtOnce() {
    var register = SeedRegister.register
    register.append(SeedRegister.entry("June 2022", "MP078", .targeted, asOf: SeedRegister.rid))
    let index = register.entries.count - 1
    let conflicts = register.conflicts()
    #expect(conflicts.count == 2)
    #expect(conflicts.map(\.entry).sorted() == [15, index])
    #expect(conflicts.allSatisfy { $0.column == .note })
    let mine = conflicts.first { $0.entry == index }
    #expect(mine?.kind == .twoReleases(other: "November 2022"))
    #expect(
      mine?.message(in: register, otherPlace: "line 17")
        == "MP078 is also in scope of November 2022 as of 2021-11-23 (line 17); a modification in "
        + "two releases at once needs a split note (the word \"split\" in the note of each of its "
        + "rows)")
  }

  @Test("out of scope in one release and in scope of another is a move, not a conflict")
  func lapsedAndTargeted() {
    var register = SeedRegister.register
    register.append(SeedRegister.entry("February 2022", "MP107", .targeted, asOf: SeedRegister.rid))
    #expect(register.conflicts().isEmpty)
  }

  @Test("the same release, modification and day twice")
  func duplicate() {
    var register = SeedRegister.register
    register.append(SeedRegister.entry("november 2022", "mp099", .targeted, asOf: SeedRegister.rid))
    let conflicts = register.conflicts()
    #expect(conflicts.map(\.kind) == [.duplicate])
    #expect(conflicts.first?.other == 17)
  }

  @Test("go-live dates that disagree within one listing")
  func goLive() {
    var register = SeedRegister.register
    register.append(
      SeedRegister.entry(
        "February 2022", "MP999", .targeted, asOf: SeedRegister.csc, goLive: "2022-02-25"))
    let conflicts = register.conflicts()
    #expect(conflicts.map(\.kind) == [.goLiveDisagrees(other: ScheduledDate(day("2022-02-24")))])
  }
}
