import Foundation
import SECCostTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The documented exit codes: 0 success, 1 invalid data, 2 usage, 3 input or output.
@Suite("seccost exit codes and input/output errors")
struct ExitCodeTests {
  private static let november = SeccostBinary.packageRoot.appendingPathComponent(
    "Ledgers/2022-11-sec-release.csv"
  ).path

  /// Runs the binary with standard output going to `stdoutPath`, and as the unprivileged user
  /// `nobody` (through `setpriv`) when `unprivileged` and the tests run as root, since root
  /// ignores file permissions.
  /// `executable`, when given, is run with `arguments` instead of seccost.
  static func run(
    _ arguments: [String], in directory: URL, stdoutPath: String? = nil,
    unprivileged: Bool = false, executable: URL? = nil
  ) throws -> SeccostBinary.Result {
    let executable = try executable ?? #require(SeccostBinary.url)
    let process = Process()
    if unprivileged && geteuid() == 0 {
      process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
      process.arguments =
        ["--reuid=65534", "--regid=65534", "--clear-groups", "--", executable.path] + arguments
    } else {
      process.executableURL = executable
      process.arguments = arguments
    }
    process.currentDirectoryURL = directory
    let errorURL = directory.appendingPathComponent(".stderr")
    // Opened next, which fails if it was not made.
    _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: errorURL) }
    let errorHandle = try FileHandle(forWritingTo: errorURL)
    process.standardError = errorHandle
    process.standardInput = FileHandle.nullDevice
    var outputURL: URL?
    if let stdoutPath {
      process.standardOutput = FileHandle(forWritingAtPath: stdoutPath)
    } else {
      let url = directory.appendingPathComponent(".stdout")
      // Opened next, which fails if it was not made.
      _ = FileManager.default.createFile(atPath: url.path, contents: nil)
      process.standardOutput = try FileHandle(forWritingTo: url)
      outputURL = url
    }
    try process.run()
    process.waitUntilExit()
    try errorHandle.close()
    let stdout = try outputURL.map { try String(contentsOf: $0, encoding: .utf8) } ?? ""
    if let outputURL { try? FileManager.default.removeItem(at: outputURL) }
    return SeccostBinary.Result(
      status: process.terminationStatus, stdout: stdout,
      stderr: try String(contentsOf: errorURL, encoding: .utf8))
  }

  @Test("the help states the four exit codes")
  func documented() throws {
    let result = Seccost.run(["--help"])
    #expect(result.status == 0)
    let help = result.stdout.replacingOccurrences(of: "\n", with: " ")
      .split(separator: " ").joined(separator: " ")
    #expect(
      help.contains(
        "Exit codes: 0 success; 1 invalid data (every problem is listed as FILE:LINE: column:"
          + " message); 2 usage error; 3 an input could not be read or an output could not be"
          + " written."))
  }

  @Test("0 success, 1 invalid data, 2 usage", .tags(.endToEnd))
  func basicCodes() throws {
    #expect(try SeccostBinary.run(["validate", Self.november]).status == 0)
    for size in ["1MiB", "64K", "2g", "4096"] {
      let result = Seccost.run(["validate", "--max-field-size", size, Self.november])
      #expect(result.status == 0, "\(size)")
    }
    let invalid = try SeccostBinary.run(
      ["validate", "Tests/SECCostCommandsTests/Fixtures/invalid/money-errors.csv"])
    #expect(invalid.status == 1)
    // Through the real process once; the spellings of a usage error in process.
    #expect(try SeccostBinary.run(["totals", "--by", "colour", Self.november]).status == 2)
    for usage in [
      ["totals"], ["totals", "--by", "colour", Self.november], ["no-such-command"],
      ["validate", "--max-columns", "0", Self.november],
      ["validate", "--max-field-size", "lots", Self.november],
      ["validate", "--max-field-size", "0", Self.november],
      ["validate", "--max-row-size", "2T", Self.november],
      ["validate", "--max-row-size", "-1K", Self.november],
    ] {
      let result = Seccost.run(usage)
      #expect(result.status == 2, "\(usage)")
      #expect(!result.stderr.isEmpty)
      #expect(!result.stderr.contains("Fatal error"))
    }
  }

  @Test(
    "3: a missing file, a directory, an unreadable file; every problem still listed",
    .tags(.endToEnd))
  func unreadableInputs() throws {
    try TemporaryDirectory.with { directory in
      let ledger = directory.appendingPathComponent("ledger.csv")
      try FileManager.default.copyItem(atPath: Self.november, toPath: ledger.path)
      try FileManager.default.createDirectory(
        at: directory.appendingPathComponent("folder.csv"), withIntermediateDirectories: false)
      let secret = directory.appendingPathComponent("secret.csv")
      try FileManager.default.copyItem(atPath: Self.november, toPath: secret.path)
      try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: secret.path)
      let broken = directory.appendingPathComponent("broken.csv")
      try Data("release,party\n".utf8).write(to: broken)

      for command in [["validate"], ["totals"], ["export"], ["import"], ["risk"]] {
        let missing = try Self.run(command + ["ledger.csv", "missing.csv"], in: directory)
        #expect(missing.stderr == "missing.csv: cannot read: No such file or directory\n")
        #expect(missing.status == 3, "\(command)")
        #expect(missing.stdout.isEmpty)
      }
      let folder = try Self.run(["validate", "folder.csv"], in: directory)
      #expect(folder.stderr == "folder.csv: is a directory, not a CSV file\n")
      #expect(folder.status == 3)
      let denied = try Self.run(["validate", "secret.csv"], in: directory, unprivileged: true)
      #expect(denied.stderr == "secret.csv: cannot read: Permission denied\n")
      #expect(denied.status == 3)
      // Invalid data in one file and an unreadable other: both listed, exit 3.
      let both = try Self.run(["validate", "broken.csv", "missing.csv"], in: directory)
      #expect(
        both.stderr == """
          broken.csv:1: phase: missing column (required: release,party,phase,basis,low)
          broken.csv:1: basis: missing column (required: release,party,phase,basis,low)
          broken.csv:1: low: missing column (required: release,party,phase,basis,low)
          missing.csv: cannot read: No such file or directory

          """)
      #expect(both.status == 3)
    }
  }

  @Test(
    "3: an output in a read-only or missing directory; nothing is left behind",
    .tags(.endToEnd))
  func unwritableOutputs() throws {
    try TemporaryDirectory.with { directory in
      let readOnly = directory.appendingPathComponent("read-only")
      try FileManager.default.createDirectory(at: readOnly, withIntermediateDirectories: false)
      try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: readOnly.path)
      defer {
        try? FileManager.default.setAttributes(
          [.posixPermissions: 0o755], ofItemAtPath: readOnly.path)
      }
      // A copy the unprivileged user can read wherever the package was cloned (a clone in a
      // private directory would make this a read error, not the write error under test).
      try FileManager.default.copyItem(
        atPath: Self.november, toPath: directory.appendingPathComponent("ledger.csv").path)
      let denied = try Self.run(
        ["export", "ledger.csv", "-o", "read-only/out.csv"], in: directory, unprivileged: true)
      #expect(denied.stderr == "read-only/out.csv: cannot write: Permission denied\n")
      #expect(denied.status == 3)
      #expect(try FileManager.default.contentsOfDirectory(atPath: readOnly.path).isEmpty)

      let missing = try Self.run(["export", "ledger.csv", "-o", "nowhere/out.csv"], in: directory)
      #expect(missing.stderr == "nowhere/out.csv: cannot write: No such file or directory\n")
      #expect(missing.status == 3)
      let imported = try Self.run(
        ["import", "ledger.csv", "-o", "nowhere/out.csv"], in: directory)
      #expect(imported.status == 3)
      let onDirectory = try Self.run(["export", "ledger.csv", "-o", "read-only"], in: directory)
      #expect(onDirectory.stderr == "read-only: cannot write: Is a directory\n")
      #expect(onDirectory.status == 3)
      #expect(
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == [
          "ledger.csv", "read-only",
        ])
    }
  }

  @Test(
    "3: report (DOCX included), export and import into a read-only directory name the path",
    .tags(.endToEnd))
  func readOnlyDirectoryForEveryWriter() throws {
    try TemporaryDirectory.with { directory in
      let readOnly = directory.appendingPathComponent("read-only")
      try FileManager.default.createDirectory(at: readOnly, withIntermediateDirectories: false)
      #expect(chmod(readOnly.path, 0o555) == 0)
      defer { chmod(readOnly.path, 0o755) }
      try FileManager.default.copyItem(
        atPath: Self.november, toPath: directory.appendingPathComponent("ledger.csv").path)
      for (arguments, output) in [
        (["report", "ledger.csv", "--out", "read-only", "--format", "docx"], "read-only/ledger.docx"),
        (["report", "ledger.csv", "--out", "read-only", "--format", "all"], "read-only/ledger.md"),
        (["export", "ledger.csv", "-o", "read-only/x.csv"], "read-only/x.csv"),
        (["import", "ledger.csv", "-o", "read-only/x.csv"], "read-only/x.csv"),
      ] {
        // Root may write anywhere: run as the unprivileged user `nobody`.
        let result = try Self.run(arguments, in: directory, unprivileged: true)
        #expect(result.stderr == "\(output): cannot write: Permission denied\n", "\(arguments)")
        #expect(result.status == 3, "\(arguments)")
        #expect(result.stdout.isEmpty)
      }
      #expect(try FileManager.default.contentsOfDirectory(atPath: readOnly.path).isEmpty)
    }
  }

  @Test(
    "3: standard output that cannot be written (a full disk) is not a silent success",
    .tags(.endToEnd))
  func fullStandardOutput() throws {
    try #require(FileManager.default.fileExists(atPath: "/dev/full"))
    try TemporaryDirectory.with { directory in
      for command in [["export"], ["totals"], ["totals", "--format", "json"], ["validate"]] {
        let result = try Self.run(command + [Self.november], in: directory, stdoutPath: "/dev/full")
        #expect(result.stderr == "standard output: cannot write: No space left on device\n")
        #expect(result.status == 3, "\(command)")
      }
    }
  }

  @Test(
    "2: -o naming an input, by any spelling, is refused and the input is untouched",
    .tags(.endToEnd))
  func outputIsAnInput() throws {
    try TemporaryDirectory.with { directory in
      let ledger = directory.appendingPathComponent("ledger.csv")
      try FileManager.default.copyItem(atPath: Self.november, toPath: ledger.path)
      try FileManager.default.createSymbolicLink(
        atPath: directory.appendingPathComponent("link.csv").path, withDestinationPath: ledger.path)
      try FileManager.default.linkItem(
        atPath: ledger.path, toPath: directory.appendingPathComponent("hard.csv").path)
      let before = try Data(contentsOf: ledger)
      for output in ["ledger.csv", "./ledger.csv", ledger.path, "link.csv", "hard.csv"] {
        for command in ["export", "import"] {
          let result = try Self.run([command, "ledger.csv", "-o", output], in: directory)
          #expect(result.status == 2, "\(command) -o \(output)")
          #expect(
            result.stderr.contains("the output file \(output) is also an input (ledger.csv)"))
        }
      }
      #expect(try Data(contentsOf: ledger) == before)
    }
  }

  @Test(
    "2: a report that would replace an input (ledger, baseline, scope register), by any spelling, is refused and nothing is written",
    .tags(.endToEnd))
  func reportIsAnInput() throws {
    try TemporaryDirectory.with { directory in
      let fileManager = FileManager.default
      try fileManager.copyItem(
        atPath: Self.november, toPath: directory.appendingPathComponent("x.csv").path)
      // A ledger, a baseline and a register whose names are those of reports of x.csv.
      try fileManager.copyItem(
        atPath: SeccostBinary.packageRoot.appendingPathComponent("Ledgers/2021-02-sec-release.csv")
          .path, toPath: directory.appendingPathComponent("x.md").path)
      try fileManager.copyItem(
        atPath: Self.november, toPath: directory.appendingPathComponent("x-vs-b.html").path)
      try fileManager.copyItem(
        atPath: Self.november, toPath: directory.appendingPathComponent("b.csv").path)
      try fileManager.createDirectory(
        at: directory.appendingPathComponent("sub"), withIntermediateDirectories: false)
      try fileManager.createSymbolicLink(
        atPath: directory.appendingPathComponent("sub/x.md").path,
        withDestinationPath: "../x.md")
      let before = try fileManager.contentsOfDirectory(atPath: directory.path).sorted()
      let contents = before.map { name in
        try? Data(contentsOf: directory.appendingPathComponent(name))
      }
      for (arguments, output, input) in [
        (["report", "x.csv", "x.md", "--out", "."], "./x.md", "x.md"),
        (["report", "x.csv", "x.md", "--out", directory.path], directory.path + "/x.md", "x.md"),
        (["report", "x.csv", "sub/../x.md", "--out", "sub/.."], "sub/../x.md", "sub/../x.md"),
        (["report", "x.csv", "sub/x.md", "--out", "."], "./x.md", "sub/x.md"),
        (["report", "x.csv", "x.md", "--out", "sub"], "sub/x.md", "x.md"),
        (
          [
            "report", "x.csv", "--baseline", "b.csv", "--scope", "x-vs-b.html", "--out", ".",
            "--format", "all",
          ], "./x-vs-b.html", "x-vs-b.html"
        ),
      ] {
        let result = try Self.run(arguments, in: directory)
        #expect(result.status == 2, "\(arguments)")
        #expect(
          result.stderr.hasPrefix(
            "Error: the output file \(output) is also an input (\(input)); write elsewhere\n"),
          "\(arguments): \(result.stderr)")
        #expect(result.stdout.isEmpty)
      }
      #expect(try fileManager.contentsOfDirectory(atPath: directory.path).sorted() == before)
      for (name, content) in zip(before, contents) {
        #expect(
          (try? Data(contentsOf: directory.appendingPathComponent(name))) == content, "\(name)")
      }
    }
  }

  @Test(
    "3: report --out that cannot be made a directory, with the path and the system's reason",
    .tags(.endToEnd))
  func reportDirectoryNotMade() throws {
    try TemporaryDirectory.with { directory in
      try FileManager.default.copyItem(
        atPath: Self.november, toPath: directory.appendingPathComponent("ledger.csv").path)
      let readOnly = directory.appendingPathComponent("read-only")
      try FileManager.default.createDirectory(at: readOnly, withIntermediateDirectories: false)
      #expect(chmod(readOnly.path, 0o555) == 0)
      defer { chmod(readOnly.path, 0o755) }
      for (out, message, unprivileged) in [
        ("", "\"\": cannot create the directory: No such file or directory", false),
        ("ledger.csv", "ledger.csv: cannot create the directory: File exists", false),
        ("ledger.csv/x", "ledger.csv/x: cannot create the directory: Not a directory", false),
        ("/dev/null/x", "/dev/null/x: cannot create the directory: Not a directory", false),
        (
          "/proc/self/x/y",
          "/proc/self/x/y: cannot create the directory: No such file or directory", false
        ),
        // Root may write anywhere: this one runs as the unprivileged user `nobody`.
        ("read-only/x/y", "read-only/x/y: cannot create the directory: Permission denied", true),
      ] {
        let result = try Self.run(
          ["report", "ledger.csv", "--out", out, "--format", "all"], in: directory,
          unprivileged: unprivileged)
        #expect(result.stderr == message + "\n", "--out \(out)")
        #expect(result.status == 3, "--out \(out)")
        #expect(result.stdout.isEmpty)
      }
      #expect(try FileManager.default.contentsOfDirectory(atPath: readOnly.path).isEmpty)
      #expect(
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == [
          "ledger.csv", "read-only",
        ])
    }
  }
}
