import Foundation
import Testing

/// Runs the built `seccost` executable, as a user would.
struct SeccostBinary {
  /// The package's root directory.
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// Where the executable is: beside the test bundle that `swift test` built.
  static var url: URL? {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let candidates = [
      beside.appendingPathComponent("seccost"),
      beside.deletingLastPathComponent().appendingPathComponent("seccost"),
      packageRoot.appendingPathComponent(".build/debug/seccost"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  /// What one run printed, and how it exited.
  struct Result {
    let status: Int32
    let stdout: String
    let stderr: String

    /// Standard error without its warnings (`FILE:LINE: column: warning: …` lines).
    var errors: String {
      stderr.split(separator: "\n", omittingEmptySubsequences: false)
        .filter { !$0.contains(": warning: ") }.joined(separator: "\n")
    }
  }

  /// Runs `seccost ARGUMENTS` in `directory` (the package root by default).
  static func run(_ arguments: [String], in directory: URL = packageRoot) throws -> Result {
    let executable = try #require(url, "the seccost executable was not built beside the tests")
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    process.environment = environment
    // Standard error goes to a file, so neither stream can fill up and block the child.
    let errorURL = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seccost-stderr-\(UUID().uuidString)")
    // Opened next, which fails if it was not made.
    _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: errorURL) }
    let errorHandle = try FileHandle(forWritingTo: errorURL)
    let output = Pipe()
    process.standardOutput = output
    process.standardError = errorHandle
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try errorHandle.close()
    let stderrData = try Data(contentsOf: errorURL)
    return Result(
      status: process.terminationStatus,
      stdout: String(decoding: outputData, as: UTF8.self),
      stderr: String(decoding: stderrData, as: UTF8.self))
  }
}
