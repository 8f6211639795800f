import Foundation
import Testing

/// Runs the built `seccost` executable in a process of its own, as a user would: for the
/// end-to-end tests (``Tag/endToEnd``) of what only a real process shows — exit codes through
/// `exit`, signals, descriptors that are full or closed, files written by a killed process.
/// Every other test of a command runs it in process, through ``Seccost``.
package enum SeccostBinary {
  /// What one run printed, and how it exited.
  package typealias Result = CommandResult

  /// The package's root directory.
  package static var packageRoot: URL { SECCostTestSupport.packageRoot }

  /// Where the executable is: beside the test bundle that `swift test` built.
  package static var url: URL? {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let candidates = [
      beside.appendingPathComponent("seccost"),
      beside.deletingLastPathComponent().appendingPathComponent("seccost"),
      packageRoot.appendingPathComponent(".build/debug/seccost"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  /// Runs `seccost ARGUMENTS` in `directory` (the package root by default).
  package static func run(_ arguments: [String], in directory: URL = packageRoot) throws -> Result {
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
