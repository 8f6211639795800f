import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SECCostServe
import SECCostTestSupport
import Testing

@Suite("serve: hostile requests are refused and nothing is written")
struct HostileRequestTests {
  @Test("another origin: 403")
  func foreignOrigin() async throws {
    let fixture = try WorkbenchFixture()
    defer { fixture.remove() }
    let before = try fixture.bytes()
    let body = try jsonBody(sitEdit(base: try sha256sum(fixture.ledgers[0])))
    try await fixture.application.test(.router) { client in
      for origin in [
        "http://evil.example", "null", "http://127.0.0.1:9999", "https://127.0.0.1:8080",
      ] {
        try await client.execute(
          uri: "/api/figures", method: .post,
          headers: [.contentType: "application/json", .origin: origin], body: body
        ) { #expect($0.status == .forbidden, "\(origin)") }
      }
    }
    #expect(try fixture.bytes() == before)
  }

  @Test("a Host that is not this server's (DNS rebinding): 421")
  func wrongHost() async throws {
    let fixture = try WorkbenchFixture()
    defer { fixture.remove() }
    let before = try fixture.bytes()
    let body = try jsonBody(sitEdit(base: try sha256sum(fixture.ledgers[0])))
    try await fixture.application.test(.router) { client in
      for host in ["evil.example:8080", "evil.example", "127.0.0.1:9999", "localhost.evil.example"]
      {
        try await client.execute(
          uri: "/api/files", method: .get, headers: [HTTPField.Name("Host")!: host]
        ) {
          #expect($0.status == .misdirectedRequest, "\(host)")
        }
        var headers = jsonHeaders
        headers[HTTPField.Name("Host")!] = host
        try await client.execute(uri: "/api/figures", method: .post, headers: headers, body: body) {
          #expect($0.status == .misdirectedRequest, "\(host)")
        }
      }
      for host in ["127.0.0.1:8080", "localhost:8080", "LOCALHOST", "[::1]:8080"] {
        try await client.execute(
          uri: "/api/files", method: .get, headers: [HTTPField.Name("Host")!: host]
        ) {
          #expect($0.status == .ok, "\(host)")
        }
      }
    }
    #expect(try fixture.bytes() == before)
  }

  @Test("a body over 64 KiB: 413")
  func oversizedBody() async throws {
    let fixture = try WorkbenchFixture()
    defer { fixture.remove() }
    let before = try fixture.bytes()
    var large = sitEdit(base: try sha256sum(fixture.ledgers[0]))
    large["note"] = String(repeating: "x", count: 70_000)
    let edit = large
    try await fixture.application.test(.router) { client in
      try await client.execute(
        uri: "/api/figures", method: .post, headers: jsonHeaders, body: try jsonBody(edit)
      ) { #expect($0.status == .contentTooLarge) }
      try await client.execute(
        uri: "/edit", method: .post,
        headers: [.contentType: "application/x-www-form-urlencoded"],
        body: ByteBuffer(string: "csrf=" + String(repeating: "x", count: 70_000))
      ) { #expect($0.status == .contentTooLarge) }
    }
    #expect(try fixture.bytes() == before)
  }

  @Test("a field over 8 KiB in a body under the limit: 422")
  func overlongField() async throws {
    let fixture = try WorkbenchFixture()
    defer { fixture.remove() }
    let before = try fixture.bytes()
    var long = sitEdit(base: try sha256sum(fixture.ledgers[0]))
    long["note"] = String(repeating: "x", count: 9000)
    let edit = long
    try await fixture.application.test(.router) { client in
      try await client.execute(
        uri: "/api/figures", method: .post, headers: jsonHeaders, body: try jsonBody(edit)
      ) { #expect($0.status == .unprocessableContent) }
    }
    #expect(try fixture.bytes() == before)
  }

  @Test("bad JSON: 400; a missing or non-text field: 422")
  func badJSON() async throws {
    let fixture = try WorkbenchFixture()
    defer { fixture.remove() }
    let before = try fixture.bytes()
    try await fixture.application.test(.router) { client in
      for body in ["{", "[]", "not json", "\u{FF}"] {
        try await client.execute(
          uri: "/api/figures", method: .post, headers: jsonHeaders, body: ByteBuffer(string: body)
        ) { #expect($0.status == .badRequest, "\(body)") }
      }
      for body in [#"{"release": "November 2022"}"#, #"{"release": 1, "party": "DCC"}"#] {
        try await client.execute(
          uri: "/api/figures", method: .post, headers: jsonHeaders, body: ByteBuffer(string: body)
        ) { #expect($0.status == .unprocessableContent, "\(body)") }
      }
    }
    #expect(try fixture.bytes() == before)
  }

  @Test("a form post without this process's CSRF token: 403")
  func missingCSRFToken() async throws {
    let fixture = try WorkbenchFixture()
    defer { fixture.remove() }
    let before = try fixture.bytes()
    let base = try sha256sum(fixture.ledgers[0])
    let fields =
      "release=November+2022&version=0.4&party=DCC&modification=MP078&phase=sit&basis=firm"
      + "&low=800000.00&high=800000.00&note=&base=\(base)"
    try await fixture.application.test(.router) { client in
      for token in ["", "&csrf=", "&csrf=\(String(repeating: "0", count: 64))"] {
        try await client.execute(
          uri: "/edit", method: .post,
          headers: [.contentType: "application/x-www-form-urlencoded"],
          body: ByteBuffer(string: fields + token)
        ) { #expect($0.status == .forbidden, "\(token)") }
      }
      #expect(try fixture.bytes() == before)
      // With the token the same post is written.
      try await client.execute(
        uri: "/edit", method: .post,
        headers: [.contentType: "application/x-www-form-urlencoded"],
        body: ByteBuffer(string: fields + "&csrf=\(fixture.workbench.csrfToken)")
      ) { response in
        #expect(response.status == .seeOther)
        #expect(response.headers[.location] == "/release/November%202022")
      }
    }
    #expect(try fixture.bytes() != before)
  }

  @Test("path traversal in a path parameter reaches no file: 404")
  func pathTraversal() async throws {
    let fixture = try WorkbenchFixture()
    defer { fixture.remove() }
    let before = try fixture.bytes()
    try await fixture.application.test(.router) { client in
      for uri in [
        "/release/..%2F..%2F..%2Fetc%2Fpasswd", "/release/..%2F..%2Fetc%2Fpasswd/download.csv",
        "/release/November%202022/..%2F..%2Fetc%2Fpasswd", "/release/November%202022/passwd",
        "/modification/..%2F..%2Fetc%2Fpasswd", "/release/%2Fetc%2Fpasswd/download.md",
        "/api/..%2F..%2Fetc%2Fpasswd",
      ] {
        try await client.execute(uri: uri, method: .get) { response in
          #expect(response.status == .notFound, "\(uri)")
          #expect(!text(response).contains("root:"))
        }
      }
    }
    #expect(try fixture.bytes() == before)
  }
}
