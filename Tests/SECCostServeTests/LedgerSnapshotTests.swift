import Foundation
import SECCostServe
import Testing

/// A snapshot's hash is of the bytes its lines were read from, even when the file changes
/// between the reads (driven by the hook the snapshot calls between them, not by timing).
@Suite("serve: the ledgers as read")
struct LedgerSnapshotTests {
  /// MP078's SIT figure in version 0.4, as read.
  private static func sit(_ snapshot: LedgerSnapshot) -> String? {
    snapshot.lines.first {
      $0.modification == "MP078" && $0.phase.id == "sit" && $0.version == "0.4"
    }?.figure.range?.low.plainDecimal
  }

  private static func options(_ fixture: WorkbenchFixture) -> WorkbenchConfiguration {
    WorkbenchConfiguration(ledgers: fixture.ledgers, port: 8080)
  }

  @Test("a file rewritten between hashing and parsing is read again: hash and lines agree")
  func rewrittenBetweenReads() throws {
    let fixture = try WorkbenchFixture()
    defer { fixture.remove() }
    let path = fixture.ledgers[0]
    // The same size, so only the bytes tell the two apart.
    let changed = String(decoding: try fixture.bytes(), as: UTF8.self)
      .replacingOccurrences(of: "727257.00,727257.00", with: "727258.00,727258.00")
    var calls = 0
    let snapshot = LedgerSnapshot.read(
      fixture.ledgers, options: Self.options(fixture).readerOptions
    ) { _ in
      if calls == 0 { FileManager.default.createFile(atPath: path, contents: Data(changed.utf8)) }
      calls += 1
    }
    #expect(calls == 2)
    #expect(Self.sit(snapshot) == "727258.00")
    #expect(snapshot.file(path)?.sha256 == (try sha256sum(path)))
  }

  @Test("a file that changes on every read has no hash, so no edit can be based on it")
  func neverSettles() throws {
    let fixture = try WorkbenchFixture()
    defer { fixture.remove() }
    let path = fixture.ledgers[0]
    let original = String(decoding: try fixture.bytes(), as: UTF8.self)
    let amounts = ["727258.00", "727259.00", "727260.00", "727261.00"]
    var calls = 0
    let snapshot = LedgerSnapshot.read(
      fixture.ledgers, options: Self.options(fixture).readerOptions
    ) { _ in
      let changed = original.replacingOccurrences(
        of: "727257.00,727257.00", with: "\(amounts[calls]),\(amounts[calls])")
      FileManager.default.createFile(atPath: path, contents: Data(changed.utf8))
      calls += 1
    }
    #expect(calls == LedgerSnapshot.readAttempts)
    #expect(snapshot.file(path) != nil)
    #expect(snapshot.file(path)?.sha256 == nil)
    let settled = LedgerSnapshot.read(
      fixture.ledgers, options: Self.options(fixture).readerOptions)
    #expect(settled.file(path)?.sha256 == (try sha256sum(path)))
    #expect(settled.version != snapshot.version)
  }
}
