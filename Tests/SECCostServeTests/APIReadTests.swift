import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SECCostServe
import SECCostTestSupport
import Testing

@Suite("serve: the JSON API's reads")
struct APIReadTests {
  @Test("GET /api/totals is byte for byte what `seccost totals --format json` prints")
  func totalsMatchTheCommand() async throws {
    let fixture = try WorkbenchFixture(seeds: [
      "Ledgers/2021-02-sec-release.csv", "Ledgers/2022-11-sec-release.csv",
    ])
    defer { fixture.remove() }
    for (release, by) in [("November 2022", "phase"), ("February 2021", "modification")] {
      let command = Seccost.run(
        ["totals"] + fixture.ledgers + ["--format", "json", "--release", release, "--by", by])
      #expect(command.status == 0)
      let query = "release=\(release.replacingOccurrences(of: " ", with: "%20"))&by=\(by)"
      try await fixture.application.test(.router) { client in
        try await client.execute(uri: "/api/totals?\(query)", method: .get) { response in
          #expect(response.status == .ok)
          #expect(response.headers[.contentType] == "application/json; charset=utf-8")
          #expect(text(response) == command.stdout)
        }
      }
    }
  }

  @Test("a kept /api/totals answer is made again when a file changes on disk; each query its own")
  func totalsFollowTheFile() async throws {
    let fixture = try WorkbenchFixture()
    defer { fixture.remove() }
    let uri = "/api/totals?release=November%202022"
    let command = ["totals", fixture.ledgers[0], "--format", "json", "--release", "November 2022"]
    try await fixture.application.test(.router) { client in
      let first = try await client.execute(uri: uri, method: .get)
      let again = try await client.execute(uri: uri, method: .get)
      #expect(text(first) == text(again))
      #expect(text(first) == Seccost.run(command).stdout)
      let ledger = String(decoding: try fixture.bytes(), as: UTF8.self)
        .replacingOccurrences(of: "727257.00,727257.00", with: "727258.00,727258.00")
      try Data(ledger.utf8).write(to: URL(fileURLWithPath: fixture.ledgers[0]))
      try await client.execute(uri: uri, method: .get) { response in
        #expect(response.status == .ok)
        #expect(text(response) != text(first))
        #expect(text(response) == Seccost.run(command).stdout)
      }
      // Each question is kept apart: the grouping, the version and the release.
      try await client.execute(uri: uri + "&by=modification", method: .get) { response in
        #expect(response.status == .ok)
        #expect(text(response) == Seccost.run(command + ["--by", "modification"]).stdout)
      }
      for other in [uri + "&version=0.9", "/api/totals?release=November%202021"] {
        try await client.execute(uri: other, method: .get) {
          #expect($0.status == .notFound, "\(other)")
        }
      }
    }
  }

  @Test("GET /api/totals: an unknown release is 404, an unknown grouping 400")
  func totalsRefusals() async throws {
    let fixture = try WorkbenchFixture()
    defer { fixture.remove() }
    try await fixture.application.test(.router) { client in
      try await client.execute(uri: "/api/totals?release=May%202099", method: .get) {
        #expect($0.status == .notFound)
      }
      try await client.execute(uri: "/api/totals?by=colour", method: .get) {
        #expect($0.status == .badRequest)
      }
    }
  }

  @Test("GET /api/files: each path as given, the SHA-256 of its bytes")
  func filesAndHashes() async throws {
    let fixture = try WorkbenchFixture(seeds: [
      "Ledgers/2021-02-sec-release.csv", "Ledgers/2022-11-sec-release.csv",
    ])
    defer { fixture.remove() }
    let expected = try fixture.ledgers.indices.map {
      ["path": fixture.ledgers[$0], "sha256": try sha256sum(fixture.ledgers[$0])]
    }
    try await fixture.application.test(.router) { client in
      try await client.execute(uri: "/api/files", method: .get) { response in
        #expect(response.status == .ok)
        let files = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
        #expect((files as? [[String: String]]) == expected)
      }
    }
  }

  @Test("GET /api/releases: each release with its total as `totals` counts it")
  func releases() async throws {
    let fixture = try WorkbenchFixture(seeds: [
      "Ledgers/2021-02-sec-release.csv", "Ledgers/2022-11-sec-release.csv",
    ])
    defer { fixture.remove() }
    let command = Seccost.run(
      ["totals", fixture.ledgers[1], "--format", "json", "--release", "November 2022"])
    let total = try #require(
      (try JSONSerialization.jsonObject(with: Data(command.stdout.utf8)) as? [String: Any])?[
        "total"] as? [String: Any])
    let rid = total["rid"] as? String
    let low = total["low"] as? String
    let high = total["high"] as? String
    let tbc = total["tbc"] as? Int
    let missing = total["missing"] as? Int
    try await fixture.application.test(.router) { client in
      try await client.execute(uri: "/api/releases", method: .get) { response in
        #expect(response.status == .ok)
        let releases = try #require(
          try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
            as? [[String: Any]])
        #expect(releases.map { $0["name"] as? String } == ["February 2021", "November 2022"])
        let november = releases[1]
        #expect(november["rid"] as? String == rid)
        #expect(november["low"] as? String == low)
        #expect(november["high"] as? String == high)
        #expect(november["tbc"] as? Int == tbc)
        #expect(november["not_provided"] as? Int == missing)
      }
    }
  }

  @Test("GET /api/problems lists what `seccost validate` lists")
  func problemsAsValidate() async throws {
    let fixture = try WorkbenchFixture()
    defer { fixture.remove() }
    var text = String(decoding: try fixture.bytes(), as: UTF8.self)
    text += "November 2022,0.4,DCC,MP999,Broken,sit,firm,,12.3.4,,,,,\n"
    try Data(text.utf8).write(to: URL(fileURLWithPath: fixture.ledgers[0]))
    let command = Seccost.run(["validate"] + fixture.ledgers)
    #expect(command.status == 1)
    try await fixture.application.test(.router) { client in
      try await client.execute(uri: "/api/problems", method: .get) { response in
        #expect(response.status == .ok)
        let body = try object(response)
        #expect(body["valid"] as? Bool == false)
        let errors = try #require(body["errors"] as? [String])
        #expect(!errors.isEmpty)
        for error in errors {
          #expect(error.hasPrefix(fixture.ledgers[0] + ":"))
          #expect(command.stderr.contains(error))
        }
      }
      // Nothing is counted from invalid ledgers.
      try await client.execute(uri: "/api/totals", method: .get) {
        #expect($0.status == .unprocessableContent)
      }
    }
  }

  @Test("a file changed on disk is seen on the next request, without a restart")
  func changeOnDiskSeen() async throws {
    let fixture = try WorkbenchFixture()
    defer { fixture.remove() }
    try await fixture.application.test(.router) { client in
      let before = try await client.execute(
        uri: "/api/totals?release=November%202022", method: .get)
      let ledger = String(decoding: try fixture.bytes(), as: UTF8.self)
        .replacingOccurrences(of: "727257.00,727257.00", with: "727258.00,727258.00")
      try Data(ledger.utf8).write(to: URL(fileURLWithPath: fixture.ledgers[0]))
      let command = Seccost.run(
        ["totals", fixture.ledgers[0], "--format", "json", "--release", "November 2022"])
      try await client.execute(uri: "/api/totals?release=November%202022", method: .get) {
        #expect(text($0) != String(buffer: before.body))
        #expect(text($0) == command.stdout)
      }
      try await client.execute(uri: "/api/files", method: .get) { response in
        let files = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
        #expect(
          (files as? [[String: String]])?.first?["sha256"]
            == (try sha256sum(fixture.ledgers[0])))
      }
    }
  }

  @Test("GET /api/changes answers at once when the version moved, after the wait when not")
  func changesLongPoll() async throws {
    let fixture = try WorkbenchFixture(changeWait: .milliseconds(300))
    defer { fixture.remove() }
    try await fixture.application.test(.router) { client in
      let first = try object(try await client.execute(uri: "/api/changes?since=none", method: .get))
      #expect(first["changed"] as? Bool == true)
      let version = try #require(first["version"] as? String)
      let clock = ContinuousClock()
      let start = clock.now
      let same = try object(
        try await client.execute(uri: "/api/changes?since=\(version)", method: .get))
      #expect(clock.now - start >= .milliseconds(300))
      #expect(same["changed"] as? Bool == false)
      #expect(same["version"] as? String == version)
      let ledger = String(decoding: try fixture.bytes(), as: UTF8.self) + "\n"
      try Data(ledger.utf8).write(to: URL(fileURLWithPath: fixture.ledgers[0]))
      let moved = try object(
        try await client.execute(uri: "/api/changes?since=\(version)", method: .get))
      #expect(moved["changed"] as? Bool == true)
      #expect(moved["version"] as? String != version)
    }
  }
}

/// The SHA-256 of a file, as `sha256sum` prints it (the system's tool, not the server's code).
func sha256sum(_ path: String) throws -> String {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
  process.arguments = [path]
  let pipe = Pipe()
  process.standardOutput = pipe
  try process.run()
  let output = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return String(String(decoding: output, as: UTF8.self).prefix(64))
}
