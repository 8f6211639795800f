import Foundation
import SECCost
import SECCostCSV

/// The ledgers as last read: each file's content hash, every valid line with where it was read,
/// and the problems `seccost validate` lists, read with the one ledger reader
/// (`LedgerReader`) and its rules.
package struct LedgerSnapshot: Sendable {
  /// One named ledger file as read.
  package struct File: Sendable {
    /// The path as given on the command line (or found in a directory given there).
    package let path: String
    /// The lowercase hex SHA-256 of the bytes read, or `nil` if the file could not be read.
    package let sha256: String?
    /// The file's stamp when read, to notice a change on disk.
    let stamp: FileStamp?
  }

  /// The files, in the order given.
  package let files: [File]
  /// Every valid line, in file and line order.
  package let lines: [LedgerLine]
  /// Where each of ``lines`` was read (`FILE:LINE`), index for index.
  package let origins: [LineOrigin]
  /// The problems (at most `LedgerReader.issueLimit`), in file and line order, as `validate`
  /// lists them.
  package let errors: [LedgerIssue]
  /// How many problems there are, listed or not.
  package let errorCount: Int
  /// The warnings (at most `LedgerReader.issueLimit`): doubtful values counted as written.
  package let warnings: [LedgerIssue]
  /// How many warnings there are, listed or not.
  package let warningCount: Int
  /// The hash of the files' hashes: changes whenever any file does (the live-reload token).
  package let version: String

  /// Whether every file was read and valid.
  package var isValid: Bool { errorCount == 0 }

  /// How many times the files are read before a file that keeps changing is given up on.
  package static let readAttempts = 3

  /// Reads `paths` with `options`, as `seccost validate` reads them.
  ///
  /// Each file's hash is of the very bytes its lines were parsed from: the reader reads a file
  /// by its path, so the bytes are read before the parse and again after it, and if any file's
  /// differ, every file is read again (the reader checks duplicates across files), at most
  /// ``readAttempts`` times. A file still changing then has no hash (`sha256` `nil`, so no edit
  /// can name it as its base) and no stamp (so the next request reads it again).
  /// `betweenReads` is called with each path after its bytes are read and before it is parsed.
  package static func read(
    _ paths: [String], options: LedgerReader.Options,
    betweenReads: (String) -> Void = { _ in }
  ) -> LedgerSnapshot {
    var attempt = 1
    while true {
      if let snapshot = readOnce(
        paths, options: options, betweenReads: betweenReads, lastAttempt: attempt == readAttempts)
      {
        return snapshot
      }
      attempt += 1
    }
  }

  /// The files read once; `nil` if some file's bytes changed during its parse, unless this is
  /// the `lastAttempt`, when the file changing is left without hash and stamp.
  private static func readOnce(
    _ paths: [String], options: LedgerReader.Options, betweenReads: (String) -> Void,
    lastAttempt: Bool
  ) -> LedgerSnapshot? {
    var files: [File] = []
    var lines: [LedgerLine] = []
    var origins: [LineOrigin] = []
    let reader = LedgerReader(options: options)
    for path in paths {
      let stamp = FileStamp(path: path)
      let before = contents(path)
      betweenReads(path)
      reader.read(path) { line, number in
        lines.append(line)
        origins.append(LineOrigin(file: path, line: number))
      }
      if contents(path) == before {
        files.append(File(path: path, sha256: before.map(SHA256.hex), stamp: stamp))
      } else {
        guard lastAttempt else { return nil }
        files.append(File(path: path, sha256: nil, stamp: nil))
      }
    }
    let problems = reader.problems(strict: false)
    let version = SHA256.hex(
      Array(files.map { "\($0.path)\u{0}\($0.sha256 ?? "-")\n" }.joined().utf8))
    return LedgerSnapshot(
      files: files, lines: lines, origins: origins, errors: problems?.issues ?? [],
      errorCount: problems?.count ?? 0, warnings: reader.warnings,
      warningCount: reader.warningCount, version: version)
  }

  /// The bytes of `path`, or `nil` if it cannot be read.
  private static func contents(_ path: String) -> [UInt8]? {
    FileManager.default.contents(atPath: path).map { [UInt8]($0) }
  }

  /// Whether any file's stamp differs from the one it had when read.
  var isStale: Bool {
    files.contains { $0.stamp != FileStamp(path: $0.path) }
  }

  /// The file named `path`, if it is one of the ledgers.
  package func file(_ path: String) -> File? {
    files.first { $0.path == path }
  }

  /// The names of the releases, in the order first read.
  package var releases: [String] {
    var seen = Set<String>()
    return lines.compactMap { seen.insert($0.release).inserted ? $0.release : nil }
  }
}
