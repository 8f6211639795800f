import Foundation
import Hummingbird

/// The responses the routes give: JSON documents, HTML pages, downloads and problems, each with
/// its content type and `nosniff`, and never a stack or a path other than the named ledgers'.
enum Responses {
  /// `text` as `application/json`.
  static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
    respond(status, type: "application/json; charset=utf-8", bytes: Array(text.utf8))
  }

  /// `value` as JSON, as the commands write JSON: pretty, keys sorted, with a final line end.
  static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
    json(encode(value), status: status)
  }

  /// `html` as a page.
  static func html(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
    var response = respond(status, type: "text/html; charset=utf-8", bytes: Array(html.utf8))
    response.headers[.contentSecurityPolicy] =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
      + " script-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'"
    return response
  }

  /// `bytes` as a file to save, named `name`.
  static func download(_ bytes: [UInt8], type: String, name: String) -> Response {
    var response = respond(.ok, type: type, bytes: bytes)
    let safe = String(
      name.unicodeScalars.filter { $0.isASCII && $0 != "\"" && $0 != "\\" && $0.value >= 0x20 })
    response.headers[.contentDisposition] = "attachment; filename=\"\(safe)\""
    return response
  }

  /// A problem: `{"error": message}` with `status`, and any further `details`.
  static func problem(
    _ status: HTTPResponse.Status, _ message: String, details: [String] = []
  ) -> Response {
    json(problemText(message, details: details), status: status)
  }

  /// The text of ``problem(_:_:details:)``'s body.
  static func problemText(_ message: String, details: [String] = []) -> String {
    encode(ProblemJSON(error: message, problems: details.isEmpty ? nil : details))
  }

  /// `value` as JSON text, pretty, keys sorted, slashes unescaped, with a final line end.
  static func encode(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  private static func respond(_ status: HTTPResponse.Status, type: String, bytes: [UInt8])
    -> Response
  {
    var headers = HTTPFields()
    headers[.contentType] = type
    headers[.xContentTypeOptions] = "nosniff"
    headers[.cacheControl] = "no-store"
    return Response(
      status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
  }
}

/// A problem's body.
private struct ProblemJSON: Encodable {
  let error: String
  let problems: [String]?
}
