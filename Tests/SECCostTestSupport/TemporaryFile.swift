import Foundation

/// A file in a fresh temporary directory, for tests that read and write real files.
package struct TemporaryFile {
  /// The directory made for the file (removed with it by ``remove()``).
  package let directory: URL
  /// The file's path.
  package let path: String

  /// Writes `bytes` to a file called `name` in a fresh directory.
  package init(named name: String = "ledger.csv", bytes: [UInt8]) throws {
    directory = try TemporaryDirectory.make()
    path = directory.appendingPathComponent(name).path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
  }

  /// Writes `text` as UTF-8 to a file called `name` in a fresh directory.
  package init(named name: String = "ledger.csv", _ text: String) throws {
    try self.init(named: name, bytes: Array(text.utf8))
  }

  /// Wraps an existing file (not removed by ``remove()``'s caller unless it chooses to).
  package init(existing path: String) {
    self.path = path
    self.directory = URL(fileURLWithPath: path).deletingLastPathComponent()
  }

  /// The file's bytes now.
  package func contents() throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  /// Removes the file's directory and everything in it.
  package func remove() {
    try? FileManager.default.removeItem(at: directory)
  }
}
