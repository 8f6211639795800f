import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Killing `seccost export -o FILE` at any moment leaves FILE whole: the old content or the new.
@Suite("crash-safe output")
struct CrashSafeOutputTests {
  /// SplitMix64: the kill moments are random but the same on every run (seed 7).
  struct Moments {
    var state: UInt64 = 7

    mutating func next(below bound: UInt64) -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return (z ^ (z >> 31)) % max(bound, 1)
    }
  }

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
    "SIGKILL at 100 moments: FILE is always the whole old or the whole new content; the input is never modified",
    .tags(.endToEnd))
  func killedExports() throws {
    let executable = try #require(SeccostBinary.url)
    try TemporaryDirectory.with { directory in
      let input = directory.appendingPathComponent("large.csv")
      try Data(Self.largeLedger(modifications: 600).utf8).write(to: input)
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

      // One complete run gives the new content and how long a run takes.
      let clock = ContinuousClock()
      let began = clock.now
      let full = try start()
      full.waitUntilExit()
      #expect(full.terminationStatus == 0)
      let elapsed = clock.now - began
      let runMicroseconds = UInt64(
        elapsed.components.seconds * 1_000_000 + elapsed.components.attoseconds / 1_000_000_000_000)
      let new = try Data(contentsOf: output)
      #expect(new.count > 100_000)

      var moments = Moments()
      var killedWhileWriting = 0
      var completed = 0
      for attempt in 0..<100 {
        try old.write(to: output)
        let process = try start()
        if attempt % 2 == 0 {
          // Any moment of the run, or a little after it.
          usleep(useconds_t(moments.next(below: runMicroseconds + runMicroseconds / 5)))
        } else {
          // A moment after the temporary file appears: while the new content is being written,
          // flushed or renamed into place.
          while process.isRunning && temporaryFiles().isEmpty { usleep(100) }
          usleep(useconds_t(moments.next(below: 3_000)))
        }
        let wasWriting = !temporaryFiles().isEmpty
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        if process.terminationReason == .exit {
          completed += 1
        } else if wasWriting {
          killedWhileWriting += 1
        }
        let content = try Data(contentsOf: output)
        #expect(content == old || content == new, "attempt \(attempt): a torn file")
        for name in temporaryFiles() {  // what a killed process cannot remove
          try FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
      }
      #expect(try Data(contentsOf: input) == inputBefore)
      #expect(
        try FileManager.default.attributesOfItem(atPath: input.path)[.modificationDate] as? Date
          == inputModified)
      print(
        "crash-safe output: 100 kills, \(killedWhileWriting) while the temporary file existed,"
          + " \(completed) after the export had finished")
    }
  }
}
