import Foundation

/// A file in a fresh temporary directory, for tests that read and write real files.
struct TemporaryFile {
  let directory: URL
  let path: String

  init(named name: String = "ledger.csv", bytes: [UInt8]) throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seccost-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    path = directory.appendingPathComponent(name).path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
  }

  init(named name: String = "ledger.csv", _ text: String) throws {
    try self.init(named: name, bytes: Array(text.utf8))
  }

  /// Wraps an existing file (not removed by ``remove()``'s caller unless it chooses to).
  init(existing path: String) {
    self.path = path
    self.directory = URL(fileURLWithPath: path).deletingLastPathComponent()
  }

  func contents() throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  func remove() {
    try? FileManager.default.removeItem(at: directory)
  }
}
