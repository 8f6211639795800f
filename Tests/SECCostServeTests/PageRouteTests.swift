import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SECCostServe
import SECCostTestSupport
import Testing

@Suite("serve: pages and downloads")
struct PageRouteTests {
  @Test("every page answers HTML; an unknown release or modification is 404")
  func pages() async throws {
    let fixture = try WorkbenchFixture()
    defer { fixture.remove() }
    try await fixture.application.test(.router) { client in
      for uri in [
        "/", "/release/November%202022", "/modification/MP078", "/variance?from=0.3&to=0.4",
        "/problems",
      ] {
        try await client.execute(uri: uri, method: .get) { response in
          #expect(response.status == .ok, "\(uri)")
          #expect(response.headers[.contentType] == "text/html; charset=utf-8")
          #expect(text(response).lowercased().hasPrefix("<!doctype html>"))
        }
      }
      for uri in ["/release/May%202099", "/modification/MP000"] {
        try await client.execute(uri: uri, method: .get) { #expect($0.status == .notFound) }
      }
    }
  }

  @Test("a kept page is made again when a file changes on disk: never older than the files")
  func pageFollowsTheFile() async throws {
    let fixture = try WorkbenchFixture()
    defer { fixture.remove() }
    let total: @Sendable (String) -> String? = { page in
      page.range(of: #"data-testid="release-total">[^<]*"#, options: .regularExpression)
        .map { String(page[$0]) }
    }
    try await fixture.application.test(.router) { client in
      let first = try await client.execute(uri: "/release/November%202022", method: .get)
      let again = try await client.execute(uri: "/release/November%202022", method: .get)
      #expect(text(first) == text(again))
      let ledger = String(decoding: try fixture.bytes(), as: UTF8.self)
        .replacingOccurrences(of: "727257.00,727257.00", with: "727258.00,727258.00")
      try Data(ledger.utf8).write(to: URL(fileURLWithPath: fixture.ledgers[0]))
      try await client.execute(uri: "/release/November%202022", method: .get) { response in
        #expect(total(text(response)) != total(text(first)))
        #expect(total(text(response))?.contains("£6,896,084 to £7,370,084") == true)
      }
    }
  }

  @Test("a refused form edit shows the release again with the change kept: 409 on the new base, 422 with the messages")
  func refusedFormEdits() async throws {
    let fixture = try WorkbenchFixture()
    defer { fixture.remove() }
    let stale = String(repeating: "a", count: 64)
    let current = try sha256sum(fixture.ledgers[0])
    let before = try fixture.bytes()
    let token = fixture.workbench.csrfToken
    let fields: @Sendable (String, String) -> String = { low, base in
      "release=November+2022&version=0.4&party=DCC&modification=MP078&phase=sit&basis=firm"
        + "&low=\(low)&high=&note=kept+note&base=\(base)&csrf=\(token)"
    }
    try await fixture.application.test(.router) { client in
      try await client.execute(
        uri: "/edit", method: .post,
        headers: [.contentType: "application/x-www-form-urlencoded"],
        body: ByteBuffer(string: fields("810000", stale))
      ) { response in
        #expect(response.status == .conflict)
        let page = text(response)
        #expect(page.contains("data-testid=\"edit-conflict\""))
        #expect(page.contains("data-testid=\"draft-form\""))
        // The change as typed, ready to send again on the file as it is now.
        #expect(page.contains("value=\"810000\""))
        #expect(page.contains("value=\"kept note\""))
        #expect(page.contains("name=\"base\" value=\"\(current)\""))
      }
      try await client.execute(
        uri: "/edit", method: .post,
        headers: [.contentType: "application/x-www-form-urlencoded"],
        body: ByteBuffer(string: fields("81O000", current))
      ) { response in
        #expect(response.status == .unprocessableContent)
        let page = text(response)
        #expect(page.contains("data-testid=\"edit-problems\""))
        #expect(page.contains("low: "))
        #expect(page.contains("value=\"81O000\""))
      }
    }
    #expect(try fixture.bytes() == before)
  }

  @Test("a release's downloads are what `export` and `report` write")
  func downloads() async throws {
    let fixture = try WorkbenchFixture()
    defer { fixture.remove() }
    let ledger = Seccost.run(["export", fixture.ledgers[0]])
    let wide = Seccost.run(["export", fixture.ledgers[0], "--layout", "wide"])
    try await fixture.application.test(.router) { client in
      try await client.execute(uri: "/release/November%202022/download.csv", method: .get) {
        #expect($0.status == .ok)
        #expect(text($0) == ledger.stdout)
        #expect($0.headers[.contentDisposition] == "attachment; filename=\"November 2022.csv\"")
      }
      try await client.execute(uri: "/release/November%202022/download.wide.csv", method: .get) {
        #expect($0.status == .ok)
        #expect(text($0) == wide.stdout)
      }
      for (file, start) in [("xlsx", "PK"), ("docx", "PK"), ("md", "")] {
        try await client.execute(uri: "/release/November%202022/download.\(file)", method: .get) {
          #expect($0.status == .ok)
          #expect(text($0).hasPrefix(start))
          #expect($0.body.readableBytes > 100)
        }
      }
    }
  }

  @Test("HEAD answers as GET does, without the body; HEAD of an unknown path is still 404")
  func head() async throws {
    let fixture = try WorkbenchFixture()
    defer { fixture.remove() }
    try await fixture.application.test(.router) { client in
      for uri in ["/release/November%202022", "/api/totals?release=November%202022", "/"] {
        let get = try await client.execute(uri: uri, method: .get)
        #expect(get.status == .ok && get.body.readableBytes > 0, "\(uri)")
        try await client.execute(uri: uri, method: .head) { response in
          #expect(response.status == .ok, "\(uri)")
          #expect(response.headers[.contentType] == get.headers[.contentType], "\(uri)")
          #expect(response.headers[.xContentTypeOptions] == "nosniff")
          #expect(response.body.readableBytes == 0, "\(uri)")
        }
      }
      for uri in ["/nowhere", "/api/nowhere", "/release/May%202099", "/api/totals?release=May"] {
        try await client.execute(uri: uri, method: .head) { response in
          #expect(response.status == .notFound, "\(uri)")
          #expect(response.body.readableBytes == 0, "\(uri)")
        }
      }
      // The request guard sees HEAD as it sees GET.
      try await client.execute(
        uri: "/", method: .head, headers: [.origin: "http://evil.example"]
      ) { #expect($0.status == .forbidden) }
    }
  }

  @Test("/api/openapi.json is OpenAPI 3.1 and names every route the router has")
  func openAPICoversEveryRoute() async throws {
    let fixture = try WorkbenchFixture()
    defer { fixture.remove() }
    let router = WorkbenchServer.router(fixture.workbench)
    let routes = router.routes.map { route in
      (
        path: "\(route.path)".hasPrefix("/") ? "\(route.path)" : "/\(route.path)",
        method: route.method.rawValue.lowercased()
      )
    }
    #expect(routes.count >= 13)
    try await fixture.application.test(.router) { client in
      try await client.execute(uri: "/api/openapi.json", method: .get) { response in
        #expect(response.status == .ok)
        let document = try object(response)
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        for route in routes {
          #expect(paths[route.path]?[route.method] != nil, "\(route)")
        }
        #expect(paths.count == Set(routes.map(\.path)).count)
      }
    }
  }
}
