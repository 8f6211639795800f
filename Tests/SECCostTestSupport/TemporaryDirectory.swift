import Foundation

/// Fresh directories under the system's temporary directory, one per test.
package enum TemporaryDirectory {
  /// Makes an empty directory with a unique name beginning `prefix`, readable by every user
  /// (mode 755: the end-to-end tests may run the binary as `nobody`).
  package static func make(prefix: String = "seccost-tests") throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try FileManager.default.setAttributes(
      [.posixPermissions: 0o755], ofItemAtPath: directory.path)
    return directory
  }

  /// Runs `body` with a fresh directory, removed (with everything in it) afterwards.
  package static func with<T>(_ body: (URL) throws -> T) throws -> T {
    let directory = try make()
    defer { try? FileManager.default.removeItem(at: directory) }
    return try body(directory)
  }
}
