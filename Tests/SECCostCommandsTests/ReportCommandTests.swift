import Foundation
import SECCostTestSupport
import Testing

@Suite("seccost report")
struct ReportCommandTests {
  static let root = packageRoot

  static func temporaryDirectory() throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seccost-report-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
  }

  @Test("Markdown of one ledger on standard output is the committed report")
  func markdownToStandardOutput() throws {
    let result = Seccost.run(["report", "Ledgers/2022-11-sec-release.csv"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let committed = try String(
      contentsOf: Self.root.appendingPathComponent("Reports/2022-11-sec-release.md"),
      encoding: .utf8)
    #expect(result.stdout == committed)
    #expect(
      result.stdout.contains("| MP078 | £1,886,716 | £727,257 | N/A | £20,000 | £1,573[^2] |"))
  }

  @Test("--out --format all: four files per ledger, the same bytes every run")
  func allFormatsDeterministic() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    var runs: [[String: Data]] = []
    for run in ["first", "second"] {
      let out = directory.appendingPathComponent(run).path
      let result = Seccost.run([
        "report", "Ledgers/2022-11-sec-release.csv", "Ledgers/2021-02-sec-release.csv",
        "--baseline", "Ledgers/examples/2022-11-sec-release-v0.1-illustrative.csv", "--out", out,
        "--format", "all",
      ])
      #expect(result.status == 0, "\(result.stderr)")
      let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
      let stem1 = "2021-02-sec-release-vs-2022-11-sec-release-v0.1-illustrative"
      let stem2 = "2022-11-sec-release-vs-2022-11-sec-release-v0.1-illustrative"
      #expect(
        names == [
          "\(stem1).docx", "\(stem1).html", "\(stem1).md", "\(stem1).xlsx", "\(stem2).docx",
          "\(stem2).html", "\(stem2).md", "\(stem2).xlsx",
        ])
      #expect(result.stdout.split(separator: "\n").count == 8)
      var files: [String: Data] = [:]
      for name in names {
        files[name] = try Data(contentsOf: URL(fileURLWithPath: out).appendingPathComponent(name))
      }
      runs.append(files)
    }
    #expect(runs[0] == runs[1])
  }

  @Test("usage errors exit 2; an invalid ledger exits 1 and writes nothing")
  func errors() throws {
    let xlsx = Seccost.run([
      "report", "Ledgers/2022-11-sec-release.csv", "--format", "xlsx",
    ])
    #expect(xlsx.status == 2)
    #expect(xlsx.stderr.contains("--format xlsx writes files: give --out DIRECTORY"))
    let two = Seccost.run([
      "report", "Ledgers/2022-11-sec-release.csv", "Ledgers/2021-02-sec-release.csv",
    ])
    #expect(two.status == 2)
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let same = Seccost.run([
      "report", "Ledgers/2022-11-sec-release.csv", "\(directory.path)/2022-11-sec-release.csv",
      "--out", directory.path,
    ])
    #expect(same.status == 2)
    #expect(same.stderr.contains("would write reports of the same name (2022-11-sec-release)"))

    let invalid = directory.appendingPathComponent("invalid.csv")
    try Data("release,party,phase,basis,low\nNovember 2022,DCC,sit,firm,abc\n".utf8).write(
      to: invalid)
    let out = directory.appendingPathComponent("out")
    let bad = Seccost.run([
      "report", "Ledgers/2022-11-sec-release.csv", invalid.path, "--out", out.path, "--format",
      "all",
    ])
    #expect(bad.status == 1)
    #expect(bad.stderr.contains("invalid.csv:2: low:"))
    #expect(bad.stdout.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: out.path))
    let badBaseline = Seccost.run([
      "report", invalid.path, "--baseline", invalid.path, "--out", out.path,
    ])
    #expect(badBaseline.status == 1)
    #expect(badBaseline.stderr.split(separator: "\n").count == 1, "each problem once")
    let baselineOnly = Seccost.run([
      "report", "Ledgers/2022-11-sec-release.csv", "--baseline", invalid.path, "--out", out.path,
    ])
    #expect(baselineOnly.status == 1)
    #expect(baselineOnly.stderr.contains("invalid.csv:2: low:"))
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test(
    "--format all writes every file or none: a full disk, a file too large or a directory in the way of the last leaves the others as they were",
    .tags(.endToEnd))
  func allOrNone() throws {
    let executable = try #require(SeccostBinary.url)
    try TemporaryDirectory.with { directory in
      let fileManager = FileManager.default
      try fileManager.copyItem(
        atPath: Self.root.appendingPathComponent("Ledgers/2022-11-sec-release.csv").path,
        toPath: directory.appendingPathComponent("x.csv").path)
      let out = directory.appendingPathComponent("out")
      try fileManager.createDirectory(at: out, withIntermediateDirectories: false)
      // What a complete run writes, and the sizes that place a limit between the last two.
      let complete = Seccost.run(
        ["report", "x.csv", "--out", "complete", "--format", "all"], in: directory)
      #expect(complete.status == 0)
      func size(_ name: String) throws -> Int {
        try Data(contentsOf: directory.appendingPathComponent("complete/" + name)).count
      }
      let (markdown, html, xlsx) = (try size("x.md"), try size("x.html"), try size("x.xlsx"))
      try #require(max(markdown, html) < xlsx, "the XLSX is the largest file")

      let old = Data("an older report\n".utf8)
      func resetOut() throws {
        for name in try fileManager.contentsOfDirectory(atPath: out.path) {
          try fileManager.removeItem(at: out.appendingPathComponent(name))
        }
        try old.write(to: out.appendingPathComponent("x.md"))
      }
      func expectUntouched(_ extra: [String], _ context: String) throws {
        #expect(
          try fileManager.contentsOfDirectory(atPath: out.path).sorted()
            == (extra + ["x.md"]).sorted(),
          "\(context): no new file, no temporary file")
        #expect(try Data(contentsOf: out.appendingPathComponent("x.md")) == old, "\(context)")
      }

      // A full disk on the last file (written through a link to /dev/full).
      try resetOut()
      try fileManager.createSymbolicLink(
        atPath: out.appendingPathComponent("x.xlsx").path, withDestinationPath: "/dev/full")
      let full = Seccost.run(
        ["report", "x.csv", "--out", "out", "--format", "all"], in: directory)
      #expect(full.stderr == "out/x.xlsx: cannot write: No space left on device\n")
      #expect(full.status == 3)
      #expect(full.stdout.isEmpty)
      try expectUntouched(["x.xlsx"], "full disk")

      // The last file beyond the size limit (`ulimit -f`): its temporary file cannot be written.
      if fileManager.isExecutableFile(atPath: "/usr/bin/prlimit") {
        try resetOut()
        let limited = try ExitCodeTests.run(
          [
            "--fsize=\((max(markdown, html) + xlsx) / 2)", executable.path, "report", "x.csv",
            "--out", "out", "--format", "all",
          ], in: directory,
          executable: URL(fileURLWithPath: "/usr/bin/prlimit"))
        #expect(limited.stderr == "out/x.xlsx: cannot write: File too large\n")
        #expect(limited.status == 3)
        try expectUntouched([], "file too large")
      }

      // A directory where the last file would go.
      try resetOut()
      try fileManager.createDirectory(
        at: out.appendingPathComponent("x.xlsx"), withIntermediateDirectories: false)
      let blocked = Seccost.run(
        ["report", "x.csv", "--out", "out", "--format", "all"], in: directory)
      #expect(blocked.stderr == "out/x.xlsx: cannot write: Is a directory\n")
      #expect(blocked.status == 3)
      try expectUntouched(["x.xlsx"], "a directory in the way")

      // A directory made for the reports is removed again when they cannot be written.
      try fileManager.createDirectory(
        at: directory.appendingPathComponent("new"), withIntermediateDirectories: false)
      if fileManager.isExecutableFile(atPath: "/usr/bin/prlimit") {
        let limited = try ExitCodeTests.run(
          [
            "--fsize=\((max(markdown, html) + xlsx) / 2)", executable.path, "report", "x.csv",
            "--out", "new/reports/2022", "--format", "all",
          ], in: directory,
          executable: URL(fileURLWithPath: "/usr/bin/prlimit"))
        #expect(limited.status == 3)
        #expect(
          try fileManager.contentsOfDirectory(atPath: directory.appendingPathComponent("new").path)
            .isEmpty, "the directories made are removed; the one that was there stays")
      }
    }
  }

  @Test(
    "Reports/ holds exactly what Reports/generate.sh makes now (Reports/check.sh)",
    .tags(.endToEnd))
  func reportsUpToDate() throws {
    let binary = try #require(SeccostBinary.url, "the seccost executable was not built")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = [Self.root.appendingPathComponent("Reports/check.sh").path]
    var environment = ProcessInfo.processInfo.environment
    environment["SECCOST"] = binary.path
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(text)")
    #expect(text.contains("Reports/ is up to date"))
  }
}
