import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SECCostServe
import SECCostTestSupport
import Testing

@Suite("serve: POST /api/figures")
struct FigureEditTests {
  @Test("an edit is written canonical and valid, answered with the file's new SHA-256")
  func saved() async throws {
    let fixture = try WorkbenchFixture()
    defer { fixture.remove() }
    let base = try sha256sum(fixture.ledgers[0])
    try await fixture.application.test(.router) { client in
      try await client.execute(
        uri: "/api/figures", method: .post, headers: jsonHeaders,
        body: try jsonBody(sitEdit(base: base))
      ) { response in
        #expect(response.status == .ok)
        let body = try object(response)
        #expect(body["path"] as? String == fixture.ledgers[0])
        #expect(body["sha256"] as? String == (try sha256sum(fixture.ledgers[0])))
      }
      try await client.execute(uri: "/api/totals?release=November%202022", method: .get) {
        let command = Seccost.run(
          ["totals", fixture.ledgers[0], "--format", "json", "--release", "November 2022"])
        #expect(text($0) == command.stdout)
      }
    }
    let ledger = String(decoding: try fixture.bytes(), as: UTF8.self)
    #expect(ledger.contains(",sit,firm,,800000.00,800000.00,,,,revised\n"))
    #expect(!ledger.contains("727257.00"))
    #expect(Seccost.run(["validate", fixture.ledgers[0]]).status == 0)
    // Canonical: exporting it gives the same bytes.
    let export = Seccost.run(["export", fixture.ledgers[0]])
    #expect(export.stdout == ledger)
  }

  @Test("two edits from the same base: the second gets 409, the first stays on disk")
  func staleBase() async throws {
    let fixture = try WorkbenchFixture()
    defer { fixture.remove() }
    let base = try sha256sum(fixture.ledgers[0])
    try await fixture.application.test(.router) { client in
      let first = try await client.execute(
        uri: "/api/figures", method: .post, headers: jsonHeaders,
        body: try jsonBody(sitEdit(base: base, low: "800000.00", high: "800000.00")))
      #expect(first.status == .ok)
      let afterFirst = try fixture.bytes()
      try await client.execute(
        uri: "/api/figures", method: .post, headers: jsonHeaders,
        body: try jsonBody(sitEdit(base: base, low: "900000.00", high: "900000.00"))
      ) { response in
        #expect(response.status == .conflict)
        let body = try object(response)
        #expect((body["error"] as? String)?.contains("changed on disk") == true)
        #expect((body["error"] as? String)?.contains("£800,000") == true)
        #expect(body["sha256"] as? String == (try sha256sum(fixture.ledgers[0])))
      }
      #expect(try fixture.bytes() == afterFirst)
    }
    #expect(String(decoding: try fixture.bytes(), as: UTF8.self).contains("800000.00"))
  }

  @Test("concurrent edits from one base: exactly one is written")
  func concurrentEdits() async throws {
    let fixture = try WorkbenchFixture()
    defer { fixture.remove() }
    let base = try sha256sum(fixture.ledgers[0])
    let statuses = try await fixture.application.test(.router) { client in
      try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
        for amount in ["810000.00", "820000.00", "830000.00", "840000.00"] {
          group.addTask {
            try await client.execute(
              uri: "/api/figures", method: .post, headers: jsonHeaders,
              body: try jsonBody(sitEdit(base: base, low: amount, high: amount))
            ).status
          }
        }
        return try await group.reduce(into: []) { $0.append($1) }
      }
    }
    #expect(statuses.filter { $0 == .ok }.count == 1)
    #expect(statuses.filter { $0 == .conflict }.count == 3)
  }

  @Test("a key no file holds is added to the first file")
  func newKeyToFirstFile() async throws {
    let fixture = try WorkbenchFixture(seeds: [
      "Ledgers/2022-11-sec-release.csv", "Ledgers/2021-02-sec-release.csv",
    ])
    defer { fixture.remove() }
    let second = try fixture.bytes(1)
    var newVersion = sitEdit(base: try sha256sum(fixture.ledgers[0]))
    newVersion["version"] = "0.5"
    let edit = newVersion
    try await fixture.application.test(.router) { client in
      try await client.execute(
        uri: "/api/figures", method: .post, headers: jsonHeaders, body: try jsonBody(edit)
      ) { #expect($0.status == .ok) }
    }
    let ledger = String(decoding: try fixture.bytes(0), as: UTF8.self)
    #expect(ledger.contains("November 2022,\"0.5\",DCC,MP078,"))
    #expect(ledger.contains("727257.00"))
    #expect(try fixture.bytes(1) == second)
  }

  @Test("without --allow edit: 403, nothing written")
  func viewOnly() async throws {
    let fixture = try WorkbenchFixture(allowsEdits: false)
    defer { fixture.remove() }
    let before = try fixture.bytes()
    try await fixture.application.test(.router) { client in
      try await client.execute(
        uri: "/api/figures", method: .post, headers: jsonHeaders,
        body: try jsonBody(sitEdit(base: try sha256sum(fixture.ledgers[0])))
      ) { #expect($0.status == .forbidden) }
    }
    #expect(try fixture.bytes() == before)
  }

  @Test("an invalid figure: 422 with the reader's messages, nothing written")
  func invalidFigure() async throws {
    let fixture = try WorkbenchFixture()
    defer { fixture.remove() }
    let before = try fixture.bytes()
    let base = try sha256sum(fixture.ledgers[0])
    try await fixture.application.test(.router) { client in
      for (edit, column) in [
        (sitEdit(base: base, low: "12.3.4", high: ""), "low"),
        (sitEdit(base: base, low: "900.00", high: "100.00"), "high"),
        (sitEdit(base: base).merging(["phase": "lunch"]) { $1 }, "phase"),
      ] {
        try await client.execute(
          uri: "/api/figures", method: .post, headers: jsonHeaders, body: try jsonBody(edit)
        ) { response in
          #expect(response.status == .unprocessableContent)
          let problems = try #require(try object(response)["problems"] as? [String])
          #expect(problems.contains { $0.hasPrefix("\(column): ") }, "\(problems)")
        }
      }
    }
    #expect(try fixture.bytes() == before)
  }

  @Test("without Content-Type: application/json: 415, nothing written")
  func notJSON() async throws {
    let fixture = try WorkbenchFixture()
    defer { fixture.remove() }
    let before = try fixture.bytes()
    try await fixture.application.test(.router) { client in
      for type in [nil, "text/plain", "application/x-www-form-urlencoded"] {
        var headers: HTTPFields = [:]
        if let type { headers[.contentType] = type }
        try await client.execute(
          uri: "/api/figures", method: .post, headers: headers,
          body: try jsonBody(sitEdit(base: try sha256sum(fixture.ledgers[0])))
        ) { #expect($0.status == .unsupportedMediaType) }
      }
    }
    #expect(try fixture.bytes() == before)
  }
}
