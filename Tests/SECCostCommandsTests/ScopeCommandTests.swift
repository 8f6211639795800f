import Foundation
import SECCostTestSupport
import Testing

/// Paths and helpers for the scope tests; the binary is run through ``SeccostBinary``.
private enum ScopeCLI {
  static let register = "Ledgers/scope/scope-register.csv"
  static let november = "Ledgers/2022-11-sec-release.csv"

  static func run(_ arguments: [String]) throws -> CommandResult {
    Seccost.run(arguments)
  }

  static func temporaryFile(_ text: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seccost-scope-\(UUID().uuidString).csv")
    try Data(text.utf8).write(to: url)
    return url
  }

  static func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }
}

extension CommandResult {
  /// Standard output's lines with every run of spaces made one.
  fileprivate var lines: [String] {
    stdout.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.split(separator: " ").joined(separator: " ")
    }
  }
}

@Suite("seccost scope: a release's scope as of a day")
struct ScopeCommandTests {
  @Test(
    "November 2022 as of 4 March 2022: MP078's cut-off of 3 March 2022 has passed"
  )
  func november2022AfterCutOff() throws {
    let result = try ScopeCLI.run([
      "scope", ScopeCLI.register, "--release", "November 2022", "--as-of", "2022-03-04",
    ])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let lines = result.lines
    #expect(
      lines.prefix(3) == [
        "November 2022 SEC Release", "Go-live: 3 November 2022",
        "Scope as of 4 March 2022, from the listing of 23 November 2021",
      ])
    #expect(lines.contains("Approved (3)"))
    #expect(lines.contains("Targeted (2)"))
    #expect(
      lines.contains(
        "MP085A ? Synchronisation of smart meter voltage measurement periods no 3 May 2022 60"))
    #expect(
      lines.contains(
        "MP143 ? Incorporating IRPs into GBCS v3 series no 3 May 2022 (estimated) 60"))
    #expect(lines.contains("Lapsed (3)"))
    #expect(
      lines.contains(
        "MP078 ? Incorporation of multiple Issue Resolution Proposals into the SEC - Part 2 ✓ "
          + "3 March 2022 no later release in the register"))
    #expect(
      lines.contains(
        "MP140 ? CH Stock Transfer ✓ 23 February 2022 (estimated) no later release in the register"
      ))
    #expect(lines.contains("MP107 SMETS1 Validation of SRV 6.15.1 ✓"))
    #expect(lines.contains("CR4465 Feature Switch removal targeted not stated"))
    // The participant matrix, RID columns, ✓ where the register records an impact.
    #expect(
      lines.contains(
        "Modification Suppliers Electricity Networks Gas Networks Other SEC Parties DCC"))
    #expect(lines.contains("SECMP0015 (split) ? ✓ ✓ ✓ ✓"))
    #expect(
      lines.contains("Document MP085A ? MP099 ? MP143 ? SECMP0015 (split) ? SECMP0056 ?")
        == false)
    #expect(
      lines.contains("Document SECMP0015 (split) ? SECMP0056 ? MP085A ? MP099 ? MP143 ?"))
    #expect(lines.contains("Schedule 11 ✓ ✓ ✓ ✓ ✓"))
  }

  @Test("the day before, MP078 is still targeted; the long date form is read too")
  func cutOffDay() throws {
    let iso = try ScopeCLI.run([
      "scope", ScopeCLI.register, "--release", "november 2022", "--as-of", "2022-03-03",
    ])
    let long = try ScopeCLI.run([
      "scope", ScopeCLI.register, "--release", "November 2022", "--as-of", "3 March 2022",
    ])
    #expect(iso.stdout == long.stdout)
    #expect(
      iso.lines.contains(
        "MP078 ? Incorporation of multiple Issue Resolution Proposals into the SEC - Part 2 ✓ "
          + "3 March 2022 0"))
  }

  @Test("as the RID stands: days to each cut-off from 23 November 2021")
  func asTheRIDStands() throws {
    let result = try ScopeCLI.run([
      "scope", ScopeCLI.register, "--release", "November 2022", "--format", "json",
    ])
    #expect(result.status == 0)
    let json = try ScopeCLI.json(result.stdout)
    #expect(json["asOf"] as? String == "2021-11-23")
    let releases = try #require(json["releases"] as? [[String: Any]])
    let items = try #require(releases.first?["items"] as? [[String: Any]])
    var days: [String: Int] = [:]
    var standings: [String: String] = [:]
    for item in items {
      let entry = try #require(item["entry"] as? [String: Any])
      let id = try #require(entry["modification"] as? String)
      standings[id] = item["standing"] as? String
      if let left = item["daysToCutOff"] as? Int { days[id] = left }
    }
    // 23 Nov 2021 → 3 Feb 2022: 72 days; → 23 Feb: 92; → 3 Mar: 100; → 3 May: 161.
    #expect(days == ["MP141": 72, "MP140": 92, "MP078": 100, "MP085A": 161, "MP143": 161])
    #expect(standings["MP107"] == "withdrawn")
    #expect(standings["SECMP0015"] == "approved")
    #expect(standings["CR4427"] == "targeted")
  }

  @Test(
    "June 2021's allocation has moved; November 2021 shows what left its scope")
  func movedAndFormer() throws {
    let june = try ScopeCLI.run(["scope", ScopeCLI.register, "--release", "June 2021"])
    #expect(june.lines.contains("Moved to another release by a later paper (3)"))
    #expect(
      june.lines.contains(
        "MP090 ? Incorporation of Non GBCS Non-Mandated Alerts into the SEC ✓ November 2021"))
    let november = try ScopeCLI.run([
      "scope", ScopeCLI.register, "--release", "November 2021", "--as-of", "2021-10-22",
    ])
    #expect(
      november.lines.contains(
        "MP149 Effecting Changes to the Smart Energy Code efficiently no 21 October 2021 "
          + "February 2022"))
    #expect(
      november.lines.contains(
        "SECMP0015 ? GPF timestamp for reading instantaneous Gas values 8 April 2020 (targeted) "
          + "June 2022, November 2022"))
  }

  @Test("the February 2022 scope: MP154 removed; CSV output one row per entry")
  func february2022CSV() throws {
    let result = try ScopeCLI.run([
      "scope", ScopeCLI.register, "--release", "February 2022", "--format", "csv",
    ])
    #expect(result.status == 0)
    let rows = result.stdout.split(separator: "\n")
    #expect(rows.count == 9)
    #expect(
      String(rows.first ?? "")
        == "release,as_of,listed_on,modification,title,kind,status,standing,cut_off_date,"
        + "days_to_cut_off,next_release,now_in,impacts_dcc_systems,impacted_parties,"
        + "impacted_documents,entry_as_of,note")
    #expect(
      rows.contains {
        $0.hasPrefix(
          "February 2022,\"2021-11-23\",\"2021-09-21\",MP154,CH Returns SLA Amendment,"
            + "modification,removed,removed,,,,,yes,,,\"2021-09-21\",")
      })
  }

  @Test("every release, when none is named; a release before its first listing")
  func allReleases() throws {
    let all = try ScopeCLI.run(["scope", ScopeCLI.register, "--as-of", "2020-05-01"])
    #expect(all.status == 0)
    #expect(all.lines.contains("June 2020 SEC Release"))
    #expect(all.lines.contains("June 2021 SEC Release"))
    #expect(
      all.lines.contains(
        "Not yet listed on 1 May 2020: February 2021, February 2022, June 2022, November 2022"))
    let early = try ScopeCLI.run([
      "scope", ScopeCLI.register, "--release", "November 2022", "--as-of", "2020-05-01",
    ])
    #expect(early.status == 1)
    #expect(
      early.stderr == "November 2022 has no listing on or before 1 May 2020 (its first is 21 "
        + "September 2021)\n")
    #expect(early.stdout.isEmpty)
  }

  @Test("an unknown release is named with the ones the register has")
  func unknownRelease() throws {
    let result = try ScopeCLI.run(["scope", ScopeCLI.register, "--release", "May 2023"])
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("no release \"May 2023\" in Ledgers/scope/scope-register.csv"))
    #expect(result.stdout.isEmpty)
  }

  @Test(
    "an invalid register: every problem as FILE:LINE: column: message, exit 1")
  func invalidRegister() throws {
    let file = try ScopeCLI.temporaryFile(
      "release,modification,status,as_of\nNovember 2022,MP078,pending,2021-11-23\n"
        + "November 2022,MP099,approved,2021-11-31\n")
    defer { try? FileManager.default.removeItem(at: file) }
    let result = try ScopeCLI.run(["scope", file.path])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr
        == "\(file.path):2: status: unknown status \"pending\" (expected one of approved, "
        + "targeted, implemented, lapsed, withdrawn, removed)\n"
        + "\(file.path):3: as_of: \"2021-11-31\" is not a day in the calendar\n")
    #expect(!result.stderr.contains("Fatal error"))
  }
}

@Suite("seccost totals --scope: approved vs all targeted, side by side")
struct ScopedTotalsCommandTests {
  @Test("as the RID stands: the gap is MP078, MP140, MP141 and MP143")
  func asTheRIDStands() throws {
    let result = try ScopeCLI.run([
      "totals", ScopeCLI.november, "--scope", ScopeCLI.register, "--by", "party",
    ])
    #expect(result.status == 0)
    // The register marks MP143 as not DCC System impacting, yet the DCC gives it costs.
    #expect(
      result.stderr
        == "Ledgers/2022-11-sec-release.csv:21: modification: warning: MP143 has DCC costs in "
        + "November 2022, but the scope register marks it as not DCC System impacting\n")
    // Approved: SECMP0015 1,772,600 + SECMP0056 1,686,068 + MP099 277,684 + SECAS 15,000.
    // Gap: MP078 2,635,546 + MP140 301,000 to 625,000 + MP141 208,185 + MP143 0 to 150,000.
    #expect(
      result.lines.contains(
        "Total £3,751,352 + 5 not provided £6,896,083 to £7,370,083 + 8 TBC + 6 not provided"
          + " £3,144,731 to £3,618,731 + 8 TBC + 1 not provided"))
    #expect(result.lines.contains("Party Approved All targeted Gap (targeted only)"))
    #expect(!result.stdout.contains("Not counted"))
  }

  @Test("as of 4 March 2022: the lapsed modifications are reported, not dropped")
  func afterTheCutOffs() throws {
    let result = try ScopeCLI.run([
      "totals", ScopeCLI.november, "--scope", ScopeCLI.register, "--as-of", "2022-03-04",
      "--format", "json",
    ])
    #expect(result.status == 0)
    let json = try ScopeCLI.json(result.stdout)
    #expect(json["asOf"] as? String == "2022-03-04")
    #expect(json["scenarios"] as? [String] == ["approved", "all-targeted", "gap"])
    let total = try #require(json["total"] as? [String: [String: Any]])
    #expect(total["approved"]?["low"] as? String == "3751352.00")
    #expect(total["all-targeted"]?["low"] as? String == "3751352.00")
    #expect(total["all-targeted"]?["high"] as? String == "3901352.00")
    #expect(total["gap"]?["rid"] as? String == "£0 to £150,000 + 4 TBC")
    let outside = try #require(json["notCounted"] as? [[String: Any]])
    #expect(outside.map { $0["modification"] as? String } == ["MP078", "MP140", "MP141"])
    #expect(outside.allSatisfy { $0["reason"] as? String == "lapsed" })
    let mp078 = try #require(outside.first?["summary"] as? [String: Any])
    #expect(mp078["low"] as? String == "2635546.00")
  }

  @Test("one scenario: the usual totals table for it")
  func oneScenario() throws {
    let result = try ScopeCLI.run([
      "totals", ScopeCLI.november, "--scope", ScopeCLI.register, "--scenario", "approved",
    ])
    #expect(result.status == 0)
    #expect(result.lines.first == "Totals by phase: Approved")
    // SECMP0015 gives 2 DCC phases of 5 and SECMP0056 3: 5 not provided, never N/A.
    #expect(result.lines.contains("Total £3,751,352 + 5 not provided £3,736,352 £15,000 0 5 4"))
  }

  @Test(
    "a modification the register does not have is listed and noted on standard error")
  func notInRegister() throws {
    let ledger = try ScopeCLI.temporaryFile(
      "release,version,party,modification,title,phase,basis,low,high,days,day_rate,note\n"
        + "November 2022,0.4,DCC,MP999,Unknown,sit,firm,1000.00,1000.00,,,\n"
        + "November 2022,0.4,DCC,MP099,Batch 4,sit,firm,89238.00,89238.00,,,\n")
    defer { try? FileManager.default.removeItem(at: ledger) }
    let result = try ScopeCLI.run([
      "totals", ledger.path, "--scope", ScopeCLI.register, "--by", "modification",
    ])
    #expect(result.status == 0)
    #expect(
      result.stderr.hasPrefix(
        "\(ledger.path):2: modification: warning: MP999 has costs in November 2022, but the scope "
          + "register does not hold it in that release's scope (not listed)"))
    // The register's DCC System impacting modifications the ledger has no line for, located at
    // their latest entry in the register.
    #expect(
      result.stderr.contains(
        "Ledgers/scope/scope-register.csv:56: modification: warning: MP078 is in the scope of "
          + "November 2022 and DCC System impacting, but the ledger gives no DCC cost line"))
    #expect(
      result.stderr.hasSuffix(
        "note: 1 modification(s) in the ledgers are not in the scope listing of their release "
          + "and are not counted in either scenario: MP999 (November 2022)\n"))
    #expect(result.lines.contains("November 2022 MP999 not in the scope register £1,000"))
    #expect(result.lines.contains("Total £89,238 + 4 not provided £89,238 + 4 not provided £0"))
  }

  @Test("--scenario and --as-of need --scope; a bad date is a usage error")
  func usage() throws {
    let noScope = try ScopeCLI.run(["totals", ScopeCLI.november, "--scenario", "approved"])
    #expect(noScope.status == 2)
    #expect(noScope.stderr.contains("--scope REGISTER"))
    let badDate = try ScopeCLI.run([
      "totals", ScopeCLI.november, "--scope", ScopeCLI.register, "--as-of", "soon",
    ])
    #expect(badDate.status == 2)
    #expect(badDate.stdout.isEmpty)
  }

  @Test("without --scope, totals is unchanged")
  func unchanged() throws {
    let result = try ScopeCLI.run(["totals", ScopeCLI.november, "--by", "party"])
    #expect(result.status == 0)
    #expect(
      result.lines.contains(
        "Total £6,896,083 to £7,370,083 + 8 TBC + 6 not provided £6,580,083 £316,000 to £790,000"
          + " 8 6 5"))
  }
}
