import Foundation
import SECCostTestSupport
import Testing

/// `seccost scope` and `totals --scope` on a register of thousands of entries and hundreds of
/// releases: the register is grouped once and every release rendered from the groups, so both
/// finish in seconds (every entry filtered against every entry took minutes at 2,000 entries).
@Suite("seccost scope on a large register")
struct ScopeScaleTests {
  /// A valid register of `releases` releases, three a year, each listed three times (300, 200
  /// and 100 days before go-live) with 16 modifications, 4 of them shared with the next release
  /// (so later listings move them on) and 2 left out of the first and last listings (so earlier
  /// listings have entries the latest has not).
  static func register(releases: Int) -> String {
    let months = [("February", 2), ("June", 6), ("November", 11)]
    let statuses = ["approved", "targeted", "targeted", "withdrawn"]
    var text =
      "release,go_live_date,modification,title,kind,status,cut_off_date,impacts_dcc_systems,"
      + "impacted_parties,impacted_documents,as_of,note\n"
    let calendar = Calendar(identifier: .gregorian)
    let utc = TimeZone(identifier: "UTC")!
    func iso(_ date: Date) -> String {
      let parts = calendar.dateComponents(in: utc, from: date)
      return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
    for release in 0..<releases {
      let (month, number) = months[release % 3]
      let year = 2020 + release / 3
      let goLive = calendar.date(
        from: DateComponents(timeZone: utc, year: year, month: number, day: 3))!
      let members = Array(release * 12..<release * 12 + 16)
      for (listing, before) in [300, 200, 100].enumerated() {
        let asOf = goLive.addingTimeInterval(Double(-before * 86_400))
        let listed =
          listing == 1
          ? members : listing == 0 ? Array(members.dropLast(2)) : Array(members.dropFirst(2))
        for member in listed {
          let status = statuses[(member + listing) % statuses.count]
          let cutOff =
            status == "targeted" ? iso(goLive.addingTimeInterval(Double(-90 * 86_400))) : ""
          text +=
            "\(month) \(year),\(iso(goLive)),MP\(String(format: "%04d", member + 1)),Title,"
            + "modification,\(status),\(cutOff),yes,Suppliers; DCC,Schedule 8,\(iso(asOf)),"
            + (member % 7 == 0 ? "split: a part in each release" : "") + "\n"
        }
      }
    }
    return text
  }

  @Test(
    "5,984 entries in 136 releases: every release's scope, and totals by scenario, in seconds",
    .tags(.endToEnd))
  func largeRegister() throws {
    try TemporaryDirectory.with { directory in
      try Data(Self.register(releases: 136).utf8).write(
        to: directory.appendingPathComponent("register.csv"))
      let checked = Seccost.run(["scope", "--check", "register.csv"], in: directory)
      #expect(checked.stdout == "valid: 5984 entries in 136 releases\n", "\(checked.stderr)")
      let scope = try Self.run(["scope", "register.csv"], in: directory)
      #expect(scope.status == 0)
      #expect(scope.stdout.components(separatedBy: " SEC Release\n").count == 137)
      // The last release sees every earlier one's modifications lapsed, moved or withdrawn.
      #expect(scope.stdout.contains("Moved to another release by a later paper"))
      #expect(scope.stdout.contains("No longer listed (2)"))
      var ledger =
        "release,version,party,modification,title,phase,basis,low,high,likely,days,day_rate,note\n"
      for release in 0..<136 {
        let (month, year) = (["February", "June", "November"][release % 3], 2020 + release / 3)
        for member in release * 12..<release * 12 + 16 {
          ledger +=
            "\(month) \(year),1,DCC,MP\(String(format: "%04d", member + 1)),,sit,firm,1,,,,,\n"
        }
      }
      try Data(ledger.utf8).write(to: directory.appendingPathComponent("ledger.csv"))
      let totals = try Self.run(
        ["totals", "--scope", "register.csv", "--format", "json", "ledger.csv"], in: directory)
      #expect(totals.status == 0, "\(totals.stderr)")
      #expect(totals.stdout.contains("\"approved\""))
    }
  }

  /// Runs `seccost ARGUMENTS` in `directory`, stopping it (by its process id) and failing after
  /// 60 seconds: a debug build on a busy machine takes a few; a quadratic one, many minutes.
  static func run(_ arguments: [String], in directory: URL) throws -> CommandResult {
    let executable = try #require(SeccostBinary.url, "the seccost executable was not built")
    let output = directory.appendingPathComponent("stdout-\(UUID().uuidString)")
    let error = directory.appendingPathComponent("stderr-\(UUID().uuidString)")
    // Opened next, which fails if they were not made.
    _ = FileManager.default.createFile(atPath: output.path, contents: nil)
    _ = FileManager.default.createFile(atPath: error.path, contents: nil)
    defer {
      try? FileManager.default.removeItem(at: output)
      try? FileManager.default.removeItem(at: error)
    }
    let outputHandle = try FileHandle(forWritingTo: output)
    let errorHandle = try FileHandle(forWritingTo: error)
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    process.environment = environment
    process.standardOutput = outputHandle
    process.standardError = errorHandle
    process.standardInput = FileHandle.nullDevice
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    try process.run()
    if finished.wait(timeout: .now() + 60) == .timedOut {
      // SIGKILL by its id: the child inherits the test runner's blocked signals, SIGTERM too.
      kill(process.processIdentifier, SIGKILL)
      finished.wait()
      Issue.record("seccost \(arguments.joined(separator: " ")) took over 60 seconds")
    }
    try outputHandle.close()
    try errorHandle.close()
    return CommandResult(
      status: process.terminationStatus,
      stdout: String(decoding: try Data(contentsOf: output), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: error), as: UTF8.self))
  }
}
