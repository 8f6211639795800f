import Foundation
import SECCostTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// What `-o PATH` does to what PATH names: a FIFO or a device is written through, a symbolic link
/// to a file is followed and survives, nothing that is not a regular file is replaced; new files
/// take the umask, replaced files keep their permissions and owner.
@Suite("output targets and permissions")
struct OutputTargetTests {
  static let november = SeccostBinary.packageRoot.appendingPathComponent(
    "Ledgers/2022-11-sec-release.csv"
  ).path

  /// `seccost ARGUMENTS` in `directory` under `umask`, through `/bin/sh`.
  static func run(_ arguments: [String], in directory: URL, umask: String = "022") throws
    -> SeccostBinary.Result
  {
    let executable = try #require(SeccostBinary.url)
    return try ExitCodeTests.run(
      ["-c", "umask \(umask) && exec \"$0\" \"$@\"", executable.path] + arguments, in: directory,
      executable: URL(fileURLWithPath: "/bin/sh"))
  }

  /// The file type and permission bits of `path`, without following a final symbolic link.
  static func mode(_ path: String, following: Bool = false) -> mode_t {
    var status = stat()
    _ = following ? stat(path, &status) : lstat(path, &status)
    return status.st_mode
  }

  static func expected() throws -> Data {
    Data(try SeccostBinary.run(["export", november]).stdout.utf8)
  }

  @Test(
    "a symbolic link to a character device is written through; the link and device stay",
    .tags(.endToEnd))
  func characterDevice() throws {
    try TemporaryDirectory.with { directory in
      try FileManager.default.copyItem(
        atPath: Self.november, toPath: directory.appendingPathComponent("ledger.csv").path)
      let null = directory.appendingPathComponent("null.csv").path
      try FileManager.default.createSymbolicLink(atPath: null, withDestinationPath: "/dev/null")
      let written = try Self.run(["export", "ledger.csv", "-o", "null.csv"], in: directory)
      #expect(written.status == 0, "\(written.stderr)")
      #expect(Self.mode(null) & S_IFMT == S_IFLNK)
      #expect(Self.mode("/dev/null") & S_IFMT == S_IFCHR)

      // Written through, so a device's errors are the command's: a full disk is exit 3.
      let full = directory.appendingPathComponent("full.csv").path
      try FileManager.default.createSymbolicLink(atPath: full, withDestinationPath: "/dev/full")
      let refused = try Self.run(["export", "ledger.csv", "-o", "full.csv"], in: directory)
      #expect(refused.stderr == "full.csv: cannot write: No space left on device\n")
      #expect(refused.status == 3)
      #expect(Self.mode(full) & S_IFMT == S_IFLNK)

      // A device node of one's own (root may make one; elsewhere this part is skipped).
      let device = directory.appendingPathComponent("device").path
      // Major 1, minor 3: the null device (Linux encodes small numbers as major << 8 | minor).
      if mknod(device, S_IFCHR | 0o666, 0x0103) == 0 {
        let result = try Self.run(["export", "ledger.csv", "-o", "device"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.mode(device) & S_IFMT == S_IFCHR)
      }
      let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
      let made = Self.mode(device) != 0 ? ["device"] : []
      #expect(names.sorted() == (made + ["full.csv", "ledger.csv", "null.csv"]).sorted())
    }
  }

  @Test(
    "a FIFO is written through: its reader gets the whole export, and it stays a FIFO",
    .tags(.endToEnd))
  func fifo() throws {
    try TemporaryDirectory.with { directory in
      try FileManager.default.copyItem(
        atPath: Self.november, toPath: directory.appendingPathComponent("ledger.csv").path)
      let fifo = directory.appendingPathComponent("pipe.csv").path
      #expect(mkfifo(fifo, 0o644) == 0)
      // The reading end, opened without waiting for a writer; the export (about 5 KB) fits in
      // the pipe's buffer, so the reader can wait until the export has ended.
      let reader = open(fifo, O_RDONLY | O_NONBLOCK)
      try #require(reader >= 0)
      defer { close(reader) }
      let result = try Self.run(["export", "ledger.csv", "-o", "pipe.csv"], in: directory)
      var read = Data()
      var buffer = [UInt8](repeating: 0, count: 65_536)
      while true {
        let count = Glibc.read(reader, &buffer, buffer.count)
        if count <= 0 { break }
        read.append(contentsOf: buffer[..<count])
      }
      #expect(result.status == 0, "\(result.stderr)")
      #expect(read == (try Self.expected()))
      #expect(Self.mode(fifo) & S_IFMT == S_IFIFO)
      #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).count == 2)
    }
  }

  @Test(
    "a symbolic link to a file is followed: the file is replaced, keeps its mode, and the link stays; a link to nothing is refused",
    .tags(.endToEnd))
  func symbolicLinks() throws {
    try TemporaryDirectory.with { directory in
      try FileManager.default.copyItem(
        atPath: Self.november, toPath: directory.appendingPathComponent("ledger.csv").path)
      let elsewhere = directory.appendingPathComponent("elsewhere")
      try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: false)
      let file = elsewhere.appendingPathComponent("target.csv").path
      try Data("old\n".utf8).write(to: URL(fileURLWithPath: file))
      #expect(chmod(file, 0o640) == 0)
      let link = directory.appendingPathComponent("link.csv").path
      try FileManager.default.createSymbolicLink(
        atPath: link, withDestinationPath: "elsewhere/target.csv")
      let result = try Self.run(["export", "ledger.csv", "-o", "link.csv"], in: directory)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(Self.mode(link) & S_IFMT == S_IFLNK)
      #expect(
        try FileManager.default.destinationOfSymbolicLink(atPath: link) == "elsewhere/target.csv")
      #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == (try Self.expected()))
      #expect(Self.mode(file) == S_IFREG | 0o640)
      // The temporary file was made beside the target, and is gone.
      #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path) == ["target.csv"])

      try FileManager.default.createSymbolicLink(
        atPath: directory.appendingPathComponent("dangling.csv").path,
        withDestinationPath: "missing/new.csv")
      let dangling = try Self.run(["export", "ledger.csv", "-o", "dangling.csv"], in: directory)
      #expect(
        dangling.stderr
          == "dangling.csv: cannot write: a symbolic link to a file that does not exist\n")
      #expect(dangling.status == 3)
      #expect(
        !FileManager.default.fileExists(atPath: directory.appendingPathComponent("missing").path))
    }
  }

  @Test("new files take the umask; a replaced file keeps its mode and owner", .tags(.endToEnd))
  func permissions() throws {
    try TemporaryDirectory.with { directory in
      try FileManager.default.copyItem(
        atPath: Self.november, toPath: directory.appendingPathComponent("ledger.csv").path)
      let cases: [(umask: String, file: mode_t, directory: mode_t)] = [
        ("077", 0o600, 0o700), ("022", 0o644, 0o755), ("002", 0o664, 0o775),
      ]
      for (umask, mode, directoryMode) in cases {
        for command in ["export", "import"] {
          let name = "new-\(command)-\(umask).csv"
          let result = try Self.run(
            [command, "ledger.csv", "-o", name], in: directory, umask: umask)
          #expect(result.status == 0, "\(result.stderr)")
          #expect(
            Self.mode(directory.appendingPathComponent(name).path) == S_IFREG | mode,
            "\(command) under umask \(umask)")
        }
        let out = "report-\(umask)"
        let report = try Self.run(
          ["report", "ledger.csv", "--out", out, "--format", "all"], in: directory, umask: umask)
        #expect(report.status == 0, "\(report.stderr)")
        for name in ["ledger.md", "ledger.html", "ledger.xlsx"] {
          let path = directory.appendingPathComponent(out).appendingPathComponent(name).path
          #expect(Self.mode(path) == S_IFREG | mode, "report \(name) under umask \(umask)")
        }
        #expect(
          Self.mode(directory.appendingPathComponent(out).path) == S_IFDIR | directoryMode,
          "the --out directory under umask \(umask)")
      }
      // A private file stays private, and keeps its owner and group.
      let isRoot = geteuid() == 0
      for mode in [0o600, 0o640, 0o444] as [mode_t] {
        let path = directory.appendingPathComponent("private.csv").path
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(chmod(path, mode) == 0)
        if isRoot { #expect(chown(path, 65534, 65534) == 0) }
        let result = try Self.run(["export", "ledger.csv", "-o", "private.csv"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.mode(path) == S_IFREG | mode)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == (try Self.expected()))
        var status = stat()
        #expect(stat(path, &status) == 0)
        if isRoot { #expect(status.st_uid == 65534 && status.st_gid == 65534) }
      }
    }
  }
}
