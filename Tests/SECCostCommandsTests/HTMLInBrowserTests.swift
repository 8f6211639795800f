import Foundation
import SECCostTestSupport
import Testing

/// Whether headless Chromium is here, or must be (SECCOST_REQUIRE_CHROMIUM=1 makes a missing
/// browser a failure instead of a skip).
enum Chromium {
  static var path: String? {
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  static var isRequired: Bool {
    ProcessInfo.processInfo.environment["SECCOST_REQUIRE_CHROMIUM"] == "1"
  }
}

@Suite(
  "HTML reports as a person sees them", .enabled(if: Chromium.path != nil || Chromium.isRequired))
struct HTMLInBrowserTests {
  @Test(
    "every HTML report renders in Chromium: not blank, silent, self-contained, prints on A4",
    .tags(.endToEnd))
  func rendersInChromium() throws {
    _ = try #require(Chromium.path, "chromium is not installed (apt-get install chromium)")
    let reports = SeccostBinary.packageRoot.appendingPathComponent("Reports")
    let pages = try FileManager.default.contentsOfDirectory(atPath: reports.path)
      .filter { $0.hasSuffix(".html") }.sorted()
    #expect(pages.count == 3)
    let screenshots = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seccost-screenshots-\(UUID().uuidString)")
    defer {
      if ProcessInfo.processInfo.environment["SECCOST_KEEP_SCREENSHOTS"] == nil {
        try? FileManager.default.removeItem(at: screenshots)
      }
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments =
      [
        "python3", reports.appendingPathComponent("check-html.py").path, "--screenshots",
        screenshots.path,
      ] + pages.map { reports.appendingPathComponent($0).path }
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(text)")
    #expect(text.contains("\(pages.count) passed, 0 failed"), "\(text)")
  }

  @Test("the check itself fails a page that logs, fetches or is blank", .tags(.endToEnd))
  func checkCatchesProblems() throws {
    _ = try #require(Chromium.path, "chromium is not installed (apt-get install chromium)")
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seccost-bad-page-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let page = directory.appendingPathComponent("bad.html")
    try Data(
      "<!DOCTYPE html><html><head><title>x</title></head><body><img src=\"missing.png\"><script>console.error(\"boom\")</script></body></html>"
        .utf8
    ).write(to: page)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3",
      SeccostBinary.packageRoot.appendingPathComponent("Reports/check-html.py").path,
      "--screenshots", directory.path, page.path,
    ]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 1)
    #expect(text.contains("console.error"))
    #expect(text.contains("fetched file://"))
    #expect(text.contains("the screenshot is blank"))
    #expect(text.contains("0 passed, 1 failed"))
  }
}
