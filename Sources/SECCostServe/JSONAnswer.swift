import Hummingbird

/// A JSON answer as the workbench keeps it between requests: its status and text, made into a
/// fresh `Response` for each request.
struct JSONAnswer: Sendable {
  /// The status.
  var status: HTTPResponse.Status = .ok
  /// The JSON text.
  var text: String

  /// A problem, as `Responses.problem(_:_:details:)` answers it.
  static func problem(
    _ status: HTTPResponse.Status, _ message: String, details: [String] = []
  ) -> JSONAnswer {
    JSONAnswer(status: status, text: Responses.problemText(message, details: details))
  }

  /// The response.
  var response: Response { Responses.json(text, status: status) }
}
