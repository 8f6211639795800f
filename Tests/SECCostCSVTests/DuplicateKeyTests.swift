import Foundation
import SECCost
import SECCostTestSupport
import Testing

@testable import SECCostCSV

/// Duplicate keys are found from 64-bit fingerprints and confirmed by reading again; these
/// force fingerprints to collide (keeping only a few bits) and check that no false duplicate is
/// reported, every true one is, with the place of the first, and every line is handed on.
@Suite("Duplicate keys: fingerprints, collisions and confirmation")
struct DuplicateKeyTests {
  static let header =
    "release,version,party,modification,title,phase,basis,low,high,days,day_rate,note\n"

  /// Rows over a few releases, modifications and phases: many distinct keys, some repeated,
  /// some actual spend (which may repeat).
  static func rows(_ count: Int, seed: UInt64) -> String {
    var random = SplitMix64(seed: seed)
    var text = ""
    for _ in 0..<count {
      let release = random.pick(["November 2022", "June 2020"])
      let modification = "MP\(random.below(40))"
      let phase = random.pick(["sit", "uit", "total"])
      let basis = random.pick(["firm", "estimate", "actual"])
      text += "\(release),0.4,DCC,\(modification),t,\(phase),\(basis),\(random.below(1000)),,,,\n"
    }
    return text
  }

  @Test(
    "colliding fingerprints: the same issues and lines as exact fingerprints",
    arguments: [0, 1, 3, 0xFF])
  func collisions(mask: UInt64) throws {
    let file = try TemporaryFile(Self.header + Self.rows(600, seed: mask + 7))
    defer { file.remove() }
    let exact = FastPathTests.read([file.path], fastPath: true)
    let colliding = FastPathTests.read([file.path], fastPath: true, fingerprintMask: mask)
    let general = FastPathTests.read([file.path], fastPath: false, fingerprintMask: mask)
    #expect(exact.issueCount > 10)
    #expect(exact.issues.allSatisfy { $0.message.hasPrefix("duplicate key: the same release") })
    #expect(colliding.issues == exact.issues)
    #expect(general.issues == exact.issues)
    #expect(colliding.reports == exact.reports)
    // Settled suspects are handed on after the rest of their file: the same lines, in another
    // order.
    let byNumber = { (outcome: FastPathTests.Outcome) in
      zip(outcome.numbers, outcome.lines.map(\.key.modification)).sorted { $0.0 < $1.0 }.map {
        "\($0.0) \($0.1)"
      }
    }
    #expect(byNumber(colliding) == byNumber(exact))
  }

  @Test("a duplicate of a line in another file names that file; two files read twice")
  func acrossFiles() throws {
    let first = try TemporaryFile(
      named: "a.csv", Self.header + "November 2022,0.4,DCC,MP078,t,sit,firm,1,,,,\n")
    defer { first.remove() }
    let second = try TemporaryFile(
      named: "b.csv",
      Self.header + "November 2022,0.4,DCC,MP079,t,sit,firm,1,,,,\n"
        + "November 2022,0.4,DCC,MP078,t,sit,estimate,2,,,,\n"
        + "November 2022,0.4,DCC,MP079,t,sit,firm,3,,,,\n")
    defer { second.remove() }
    for mask: UInt64 in [.max, 0] {
      let outcome = FastPathTests.read(
        [first.path, second.path], fastPath: true, fingerprintMask: mask)
      #expect(
        outcome.issues.map(\.description) == [
          "\(second.path):3: duplicate key: the same release, version, party, modification and phase as \(first.path):2",
          "\(second.path):4: duplicate key: the same release, version, party, modification and phase as line 2",
        ])
      #expect(outcome.lines.count == 2)
    }
  }

  @Test("keys Swift calls equal are duplicates, even in different Unicode forms")
  func canonicalEquivalence() throws {
    // "é" composed and decomposed; a Kelvin sign and a K.
    let file = try TemporaryFile(
      Self.header + "November 2022,0.4,DCC,Caf\u{E9},t,sit,firm,1,,,,\n"
        + "November 2022,0.4,DCC,Cafe\u{301},t,sit,firm,1,,,,\n"
        + "November 2022,0.4,DCC,MP\u{212A},t,sit,firm,1,,,,\n"
        + "November 2022,0.4,DCC,MPK,t,sit,firm,1,,,,\n")
    defer { file.remove() }
    let outcome = FastPathTests.read([file.path], fastPath: true)
    #expect(outcome.issues.map(\.line) == [3, 5])
    #expect(outcome == FastPathTests.read([file.path], fastPath: false))
  }

  @Test("a ledger read from a pipe (which cannot be read twice) keeps its keys in full")
  func pipe() throws {
    let text = Self.header + Self.rows(300, seed: 11)
    let file = try TemporaryFile(text)
    defer { file.remove() }
    let fifo = file.directory.appendingPathComponent("ledger.pipe").path
    #expect(mkfifo(fifo, 0o600) == 0)
    for mask: UInt64 in [.max, 1] {
      let writer = Process()
      writer.executableURL = URL(fileURLWithPath: "/bin/sh")
      writer.arguments = ["-c", "cat '\(file.path)' > '\(fifo)'"]
      try writer.run()
      let piped = FastPathTests.read([fifo], fastPath: true, fingerprintMask: mask)
      writer.waitUntilExit()
      let exact = FastPathTests.read([file.path], fastPath: true)
      #expect(piped.issues.map(\.message) == exact.issues.map(\.message))
      #expect(piped.issues.map(\.line) == exact.issues.map(\.line))
      #expect(Set(piped.lines) == Set(exact.lines))
      #expect(piped.lines.count == exact.lines.count)
    }
  }

  @Test("fingerprints of equal keys are equal; from bytes as from strings")
  func fingerprints() throws {
    let key = LedgerKey(
      release: "November 2022", version: "0.4", party: .dcc, modification: "MP078", phase: .sit)
    let decomposed = LedgerKey(
      release: "November 2022", version: "0.4", party: .dcc, modification: "Cafe\u{301}",
      phase: .sit)
    let composed = LedgerKey(
      release: "November 2022", version: "0.4", party: .dcc, modification: "Caf\u{E9}",
      phase: .sit)
    #expect(decomposed == composed)
    #expect(decomposed.fingerprint == composed.fingerprint)
    #expect(key.fingerprint != composed.fingerprint)
    // A row the fast path takes hashes as the key made from it, however it spells the labels.
    for (party, phase) in [("DCC", "sit"), ("dcc", "SIT"), ("DCC", "Sit")] {
      let cells = ["November 2022", "0.4", party, "MP078", phase, "firm", "1"]
      var bytes: [UInt8] = []
      var ends: [Int] = []
      for cell in cells {
        bytes += Array(cell.utf8)
        ends.append(bytes.count)
      }
      let header = LedgerHeader(
        columns: [.release, .version, .party, .modification, .phase, .basis, .low])
      let map = try #require(LedgerFieldMap(header))
      var labels = LedgerLabels()
      let row = bytes.withUnsafeBufferPointer { bytes in
        ends.withUnsafeBufferPointer {
          FastLedgerRow(bytes: bytes, ends: $0, map: map, labels: &labels, prefetch: { _ in })
        }
      }
      #expect(row?.hashes.fingerprint == key.fingerprint, "\(party) \(phase)")
    }
  }
}
