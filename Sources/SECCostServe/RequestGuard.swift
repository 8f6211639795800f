import HTTPTypes
import Hummingbird

/// What every request must pass before any route sees it:
///
/// - **Host** (DNS rebinding): the `Host` header (HTTP/1.1's, or HTTP/2's `:authority`) must name
///   the address the server is bound to, `localhost`, `127.0.0.1` or `[::1]`, with the bound
///   port or none. A page of another site whose name was made to resolve to this machine
///   sends its own name, and gets 421 Misdirected Request; a request with no host gets 400.
/// - **Origin**: a request that says where it comes from (`Origin`) must come from one of those
///   same origins (`http://HOST:PORT`), else 403: no other site's page can post to the server,
///   and `Origin: null` (a sandboxed or file page) is another origin too.
struct RequestGuard<Context: RequestContext>: RouterMiddleware {
  let configuration: WorkbenchConfiguration
  let boundPort: BoundPort

  func handle(
    _ request: Request, context: Context,
    next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    let hosts =
      [request.head.authority] + request.headers[values: Self.hostField].map(Optional.some)
    guard hosts.contains(where: { $0 != nil }) else {
      return Responses.problem(.badRequest, "the request names no host")
    }
    for host in hosts.compactMap({ $0 }) where !isOwn(authority: host) {
      return Responses.problem(
        .misdirectedRequest,
        "this server answers to \(configuration.host):\(boundPort.value)"
          + " and localhost, not to \(host.prefix(200))")
    }
    for origin in request.headers[values: .origin] where !isOwn(origin: origin) {
      return Responses.problem(.forbidden, "requests from another origin are refused")
    }
    return try await next(request, context)
  }

  /// `Host` as a field: HTTP/1.1's is taken into `:authority` when the request is read; one
  /// left among the fields is checked too.
  static var hostField: HTTPField.Name { HTTPField.Name("Host")! }

  /// Whether `authority` (`host[:port]`) names this server.
  func isOwn(authority: String) -> Bool {
    let (host, port) = Self.split(authority)
    let names = [configuration.host.lowercased(), "localhost", "127.0.0.1", "[::1]"]
    guard names.contains(host.lowercased()) else { return false }
    // No port: a browser leaves it out for port 80 only, but the names above are no other
    // site's, so no rebinding can send them.
    guard let port else { return true }
    return port == String(boundPort.value)
  }

  /// Whether `origin` (`http://host[:port]`) is this server's.
  func isOwn(origin: String) -> Bool {
    let prefix = "http://"
    guard origin.lowercased().hasPrefix(prefix) else { return false }
    let authority = origin.dropFirst(prefix.count)
    guard !authority.contains("/") else { return false }
    let (_, port) = Self.split(String(authority))
    return isOwn(authority: String(authority)) && (port != nil || boundPort.value == 80)
  }

  /// `host:port` into its host and port (`[::1]:8080` → `[::1]`, `8080`).
  static func split(_ authority: String) -> (host: Substring, port: Substring?) {
    if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
      let host = authority[...close]
      let rest = authority[authority.index(after: close)...]
      return (host, rest.hasPrefix(":") ? rest.dropFirst() : nil)
    }
    guard let colon = authority.lastIndex(of: ":") else { return (authority[...], nil) }
    return (authority[..<colon], authority[authority.index(after: colon)...])
  }
}
