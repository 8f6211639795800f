import Foundation
import SECCost
import SECCostTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Killing `seccost export -o FILE` at any moment leaves FILE whole: the old content or the new.
@Suite("crash-safe output")
struct CrashSafeOutputTests {
  /// A valid ledger of `modifications` × 5 lines (about 110 bytes a line).
  static func largeLedger(modifications: Int) -> String {
    let phases = ["design-build-pit", "sit", "uit", "implement-to-live", "application-support"]
    var text =
      "release,version,party,modification,title,phase,basis,low,high,likely,days,day_rate,note\n"
    for modification in 0..<modifications {
      for (index, phase) in phases.enumerated() {
        let pence = (modification * 7_919 + index * 104_729) % 1_000_000_000
        text +=
          "November 2022,0.4,DCC,MP\(modification),\"Modification \(modification), a title\","
          + "\(phase),firm,\(pence / 100).\(pence % 100),,,,,A note about \(modification)\n"
      }
    }
    return text
  }

  @Test(
    "SIGKILL at 100 moments, many while the temporary file is written: FILE is always the whole old content (or absent) or the whole new; the input is never modified",
    .tags(.endToEnd))
  func killedExports() throws {
    let executable = try #require(SeccostBinary.url)
    try TemporaryDirectory.with { directory in
      let input = directory.appendingPathComponent("large.csv")
      // About 1.2 MB of output: written in two pieces (of 1 MiB), so that a kill can land
      // between two writes of the temporary file.
      try Data(Self.largeLedger(modifications: 2_000).utf8).write(to: input)
      let inputBefore = try Data(contentsOf: input)
      let inputModified =
        try FileManager.default.attributesOfItem(atPath: input.path)[
          .modificationDate] as? Date
      let output = directory.appendingPathComponent("out.csv")
      let old = Data("an older export, complete\n".utf8)

      func start() throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["export", "large.csv", "-o", "out.csv"]
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
      }
      func temporaryFiles() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasPrefix(".out.csv.seccost-") }
      }

      // One complete run gives the new content, how long a run takes and how long its
      // temporary file exists (the writing: from its creation to the rename).
      func microseconds(_ duration: Duration) -> UInt64 {
        UInt64(
          duration.components.seconds * 1_000_000
            + duration.components.attoseconds / 1_000_000_000_000)
      }
      let clock = ContinuousClock()
      let began = clock.now
      let full = try start()
      var firstSeen: ContinuousClock.Instant?
      var lastSeen: ContinuousClock.Instant?
      while full.isRunning {
        if !temporaryFiles().isEmpty {
          firstSeen = firstSeen ?? clock.now
          lastSeen = clock.now
        }
        usleep(100)
      }
      full.waitUntilExit()
      #expect(full.terminationStatus == 0)
      let runMicroseconds = microseconds(clock.now - began)
      let writingMicroseconds = max(
        microseconds((lastSeen ?? began) - (firstSeen ?? began)), 1_000)
      let new = try Data(contentsOf: output)
      #expect(new.count > 1 << 20)

      var moments = SplitMix64(seed: 7)  // the same kill moments on every run
      // Kills proved to have landed while the output was being written: the process died by
      // the signal and left its temporary file (only the rename removes it, and a killed
      // process removes nothing), so the kill came after the file was made and before the
      // rename. Of those, the kills that left it part-written.
      var killedWhileWriting = 0
      var killedMidWrite = 0
      var completed = 0
      for attempt in 0..<100 {
        // Half the runs replace an older file, half make a new one.
        let hadOld = attempt % 4 < 2
        if hadOld {
          try old.write(to: output)
        } else if FileManager.default.fileExists(atPath: output.path) {
          try FileManager.default.removeItem(at: output)
        }
        let process = try start()
        if attempt % 2 == 0 {
          // Any moment of the run, or a little after it.
          usleep(useconds_t(moments.below(Int(max(runMicroseconds + runMicroseconds / 5, 1)))))
        } else {
          // A moment after the temporary file appears, within the time a complete run kept it:
          // while the new content is being written, flushed or renamed into place.
          while process.isRunning && temporaryFiles().isEmpty { usleep(100) }
          usleep(useconds_t(moments.below(Int(max(writingMicroseconds, 1)))))
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let killed = process.terminationReason == .uncaughtSignal
        if !killed {
          #expect(process.terminationStatus == 0)
          completed += 1
        }
        let content = FileManager.default.contents(atPath: output.path)
        let before = hadOld ? old : nil
        #expect(content == before || content == new, "attempt \(attempt): a torn file")
        let left = temporaryFiles()
        #expect(left.count <= 1)
        if let temporary = left.first {
          #expect(killed, "attempt \(attempt): a temporary file left by a run that finished")
          #expect(
            content == before,
            "attempt \(attempt): killed before the rename, yet FILE is not what it was")
          killedWhileWriting += 1
          let size =
            try FileManager.default.attributesOfItem(
              atPath: directory.appendingPathComponent(temporary).path)[.size] as? Int ?? 0
          if size > 0 && size < new.count { killedMidWrite += 1 }
          // What a killed process cannot remove.
          try FileManager.default.removeItem(at: directory.appendingPathComponent(temporary))
        }
      }
      #expect(try Data(contentsOf: input) == inputBefore)
      #expect(
        try FileManager.default.attributesOfItem(atPath: input.path)[.modificationDate] as? Date
          == inputModified)
      // The kills did land while the output was being written (otherwise this test would show
      // nothing about a torn file): most of the 50 aimed at the writing. (How many left the
      // temporary file part-written depends on the machine: it is reported, not required.)
      #expect(killedWhileWriting >= 20, "only \(killedWhileWriting) kills landed while writing")
      print(
        "crash-safe output: 100 kills, \(killedWhileWriting) while the temporary file existed"
          + " (\(killedMidWrite) part-written), \(completed) after the export had finished;"
          + " a run \(runMicroseconds) µs, its temporary file \(writingMicroseconds) µs")
    }
  }

  @Test(
    "SIGINT, SIGTERM, SIGHUP while the temporary file is written: it is removed, FILE is untouched, the process ends by the signal",
    .tags(.endToEnd))
  func interruptedExports() throws {
    let executable = try #require(SeccostBinary.url)
    try TemporaryDirectory.with { directory in
      let input = directory.appendingPathComponent("large.csv")
      try Data(Self.largeLedger(modifications: 4_000).utf8).write(to: input)
      let output = directory.appendingPathComponent("out.csv")
      let old = Data("an older export, complete\n".utf8)
      func temporaryFiles() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasPrefix(".out.csv.seccost-") }
      }
      let complete = try SeccostBinary.run(["export", "large.csv"], in: directory)
      #expect(complete.status == 0)
      let new = Data(complete.stdout.utf8)
      for signal in [SIGINT, SIGTERM, SIGHUP] {
        var landed = 0
        var attempts = 0
        while landed < 2 && attempts < 20 {
          attempts += 1
          try old.write(to: output)
          let process = try ShellStartedProcess(
            executable.path, ["export", input.path, "-o", output.path])
          while process.isRunning && temporaryFiles().isEmpty { usleep(200) }
          // Once as soon as the temporary file appears, once a little later, well into the
          // writing.
          if landed == 1 { usleep(20_000) }
          let wasWriting = !temporaryFiles().isEmpty
          kill(process.identifier, signal)
          let ending = process.wait()
          let content = try Data(contentsOf: output)
          #expect(temporaryFiles().isEmpty, "signal \(signal): a temporary file was left")
          for name in temporaryFiles() {  // so that the next run's are told apart
            try FileManager.default.removeItem(at: directory.appendingPathComponent(name))
          }
          if let killedBy = ending.signal {
            #expect(killedBy == signal)
            // The old content, unless the signal came just after the rename.
            #expect(content == old || content == new, "signal \(signal): a torn file")
            if wasWriting && content == old { landed += 1 }
          } else {
            // The export finished before the signal came.
            #expect(ending.status == 0)
          }
        }
        #expect(
          landed == 2,
          "signal \(signal) did not come twice while the temporary file existed (\(attempts) runs)")
      }
    }
  }
}

/// A process started as a shell starts one: every signal unblocked and at its default action,
/// standard streams on `/dev/null`, in the test's working directory. (Foundation's `Process` passes on the blocked signals of the
/// test's thread, so a `SIGTERM` sent to it would wait until it ended.)
struct ShellStartedProcess {
  /// The process identifier.
  let identifier: pid_t
  private let ended = EndingBox()

  init(_ executable: String, _ arguments: [String]) throws {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attributes, &none)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGQUIT] { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var identifier = pid_t()
    let result = posix_spawn(&identifier, executable, &actions, &attributes, argv, environ)
    guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EIO) }
    self.identifier = identifier
  }

  /// Whether it has not ended yet.
  var isRunning: Bool {
    guard ended.status == nil else { return false }
    var status: Int32 = 0
    guard waitpid(identifier, &status, WNOHANG) == identifier else { return true }
    ended.status = status
    return false
  }

  /// Waits for it to end: the signal that ended it, or its exit status.
  func wait() -> (signal: Int32?, status: Int32?) {
    var status: Int32 = 0
    if let known = ended.status {
      status = known
    } else {
      while waitpid(identifier, &status, 0) < 0 && errno == EINTR {}
      ended.status = status
    }
    let signal = status & 0x7f
    return signal == 0 ? (nil, (status >> 8) & 0xff) : (signal, nil)
  }

  /// The wait status, once reaped.
  private final class EndingBox {
    var status: Int32?
  }
}
