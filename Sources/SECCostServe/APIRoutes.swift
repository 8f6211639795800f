import Foundation
import Hummingbird
import SECCost
import SECCostCSV

/// The JSON API under `/api/`, which the pages use and `/api/openapi.json` describes.
enum APIRoutes {
  /// The largest request body accepted, in bytes; a larger one gets 413 and is not read.
  static let maxBodyBytes = 64 * 1024

  /// Adds the API's routes to `router`.
  static func add(to router: Router<BasicRequestContext>, workbench: Workbench) {
    let api = router.group("api")
    api.get("releases") { _, _ in await releases(workbench.snapshot()) }
    api.get("totals") { request, _ in await totals(request, workbench: workbench) }
    api.get("problems") { _, _ in problems(await workbench.snapshot()) }
    api.get("files") { _, _ in files(await workbench.snapshot()) }
    api.get("changes") { request, _ in await changes(request, workbench: workbench) }
    api.post("figures") { request, _ in await figures(request, workbench: workbench) }
    api.get("openapi.json") { _, _ in Responses.json(OpenAPIDocument.text) }
  }

  /// `GET /api/releases`: every release with its total, as `totals` counts it.
  static func releases(_ snapshot: LedgerSnapshot) -> Response {
    guard snapshot.isValid else { return invalidLedgers(snapshot) }
    var byRelease: [String: [LedgerLine]] = [:]
    for line in snapshot.lines { byRelease[line.release, default: []].append(line) }
    var summaries: [ReleaseSummary] = []
    for name in snapshot.releases {
      do {
        let report = try LedgerSnapshot.totals(
          of: byRelease[name] ?? [], by: .phase, release: name, onlyVersion: nil)
        summaries.append(ReleaseSummary(name: name, report: report))
      } catch {
        return overflow()
      }
    }
    return Responses.json(summaries)
  }

  /// `GET /api/totals?release=NAME&by=DIMENSION&version=V`: what `seccost totals --format json`
  /// prints for the same options, byte for byte; kept, as the pages are, until a file changes.
  static func totals(_ request: Request, workbench: Workbench) async -> Response {
    let query = request.uri.queryParameters
    let byText = query.get("by") ?? TotalsDimension.phase.rawValue
    guard let dimension = TotalsDimension(rawValue: byText) else {
      return Responses.problem(
        .badRequest,
        "by: one of \(TotalsDimension.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    let release = query.get("release")
    let version = query.get("version")
    // Each part with its length, so no two questions share a key.
    let key = [dimension.rawValue, release, version]
      .map { $0.map { "\($0.utf8.count):\($0)" } ?? "-" }.joined(separator: " ")
    return await workbench.kept("api/totals \(key)") { snapshot in
      totals(snapshot, by: dimension, release: release, version: version)
    }.response
  }

  /// The answer to `GET /api/totals` from `snapshot`.
  static func totals(
    _ snapshot: LedgerSnapshot, by dimension: TotalsDimension, release: String?, version: String?
  ) -> JSONAnswer {
    guard snapshot.isValid else { return invalidLedgersAnswer(snapshot) }
    let report: TotalsReport
    do {
      report = try snapshot.totals(by: dimension, release: release, onlyVersion: version)
    } catch {
      return overflowAnswer()
    }
    if release != nil || version != nil, report.versions.isEmpty {
      let what = [release.map { "release \"\($0)\"" }, version.map { "version \($0)" }]
        .compactMap { $0 }.joined(separator: " and ")
      return .problem(.notFound, "no lines for \(what)")
    }
    return JSONAnswer(text: snapshot.totalsJSON(report: report))
  }

  /// `GET /api/problems`: every problem and warning, as `validate` lists them.
  static func problems(_ snapshot: LedgerSnapshot) -> Response {
    Responses.json(
      ProblemsJSON(
        valid: snapshot.isValid, errors: snapshot.errors.map(\.description),
        errorCount: snapshot.errorCount, warnings: snapshot.warnings.map(\.description),
        warningCount: snapshot.warningCount, lines: snapshot.lines.count,
        files: snapshot.files.count))
  }

  /// `GET /api/files`: each ledger's path as given and the SHA-256 of its bytes.
  static func files(_ snapshot: LedgerSnapshot) -> Response {
    Responses.json(snapshot.files.map { FileJSON(path: $0.path, sha256: $0.sha256) })
  }

  /// `GET /api/changes?since=VERSION`: answers as soon as the ledgers' version (the hash of
  /// their hashes) differs from `since`, or after the configured wait with the same version; a
  /// page polls it to see a file changed on disk.
  static func changes(_ request: Request, workbench: Workbench) async -> Response {
    let since = request.uri.queryParameters.get("since")
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: workbench.configuration.changeWait)
    var snapshot = await workbench.snapshot()
    while snapshot.version == since, clock.now < deadline {
      do {
        try await Task.sleep(for: .milliseconds(250))
      } catch {
        break
      }
      snapshot = await workbench.snapshot()
    }
    return Responses.json(
      ChangesJSON(
        version: snapshot.version, changed: snapshot.version != since,
        files: snapshot.files.map { FileJSON(path: $0.path, sha256: $0.sha256) }))
  }

  /// `POST /api/figures`: sets one figure (``FigureEdit``), as ``Workbench/edit(_:)`` does.
  static func figures(_ request: Request, workbench: Workbench) async -> Response {
    guard workbench.configuration.allowsEdits else {
      return Responses.problem(.forbidden, "this server is view only: start it with --allow edit")
    }
    guard isJSON(request.headers[.contentType]) else {
      return Responses.problem(
        .unsupportedMediaType, "send the figure as Content-Type: application/json")
    }
    let body: [UInt8]
    switch await readBody(request) {
    case .success(let bytes): body = bytes
    case .failure(let response): return response.response
    }
    let edit: FigureEdit
    do {
      edit = try JSONDecoder().decode(FigureEdit.self, from: Data(body))
    } catch let DecodingError.keyNotFound(key, _) {
      return Responses.problem(.unprocessableContent, "\(key.stringValue): required")
    } catch let DecodingError.typeMismatch(_, context) where !context.codingPath.isEmpty {
      let name = context.codingPath.last?.stringValue ?? "body"
      return Responses.problem(.unprocessableContent, "\(name): must be text (a JSON string)")
    } catch let DecodingError.valueNotFound(_, context) {
      let name = context.codingPath.last?.stringValue ?? "body"
      return Responses.problem(.unprocessableContent, "\(name): must be text (a JSON string)")
    } catch {
      return Responses.problem(.badRequest, "the body is not a JSON object")
    }
    return respond(to: await workbench.edit(edit))
  }

  /// The response to an edit's outcome.
  static func respond(to outcome: EditOutcome) -> Response {
    switch outcome {
    case .saved(let path, let sha256):
      return Responses.json(SavedJSON(path: path, sha256: sha256))
    case .stale(let path, let sha256, let message):
      return Responses.json(
        StaleJSON(error: message, path: path, sha256: sha256), status: .conflict)
    case .invalid(let messages):
      return Responses.problem(
        .unprocessableContent, "the figure is not valid; nothing was written", details: messages)
    case .forbidden:
      return Responses.problem(.forbidden, "this server is view only: start it with --allow edit")
    case .failed(let message):
      return Responses.problem(.internalServerError, message)
    }
  }

  /// Whether a `Content-Type` is JSON (`application/json`, with any parameters).
  static func isJSON(_ contentType: String?) -> Bool {
    guard let contentType else { return false }
    let type = contentType.split(separator: ";").first.map {
      $0.trimmingCharacters(in: .whitespaces).lowercased()
    }
    return type == "application/json"
  }

  /// The request's body, at most ``maxBodyBytes``; 413 for more.
  static func readBody(_ request: Request) async -> Result<[UInt8], ResponseError> {
    if let length = request.headers[.contentLength].flatMap(Int.init), length > maxBodyBytes {
      return .failure(ResponseError(tooLarge()))
    }
    do {
      let buffer = try await request.body.collect(upTo: maxBodyBytes)
      return .success(Array(buffer.readableBytesView))
    } catch {
      return .failure(ResponseError(tooLarge()))
    }
  }

  private static func tooLarge() -> Response {
    Responses.problem(.contentTooLarge, "the body is larger than \(maxBodyBytes) bytes")
  }

  /// 422 with the ledgers' problems: nothing is counted from invalid ledgers.
  static func invalidLedgers(_ snapshot: LedgerSnapshot) -> Response {
    invalidLedgersAnswer(snapshot).response
  }

  private static func invalidLedgersAnswer(_ snapshot: LedgerSnapshot) -> JSONAnswer {
    .problem(
      .unprocessableContent, "the ledgers have problems; see /api/problems",
      details: snapshot.errors.map(\.description))
  }

  private static func overflow() -> Response {
    overflowAnswer().response
  }

  private static func overflowAnswer() -> JSONAnswer {
    .problem(.unprocessableContent, "totals: \(MoneyError.overflow.totalDescription)")
  }
}

/// A response to give instead of going on (an error of a step).
struct ResponseError: Error {
  let response: Response
  init(_ response: Response) { self.response = response }
}

private struct ProblemsJSON: Encodable {
  let valid: Bool
  let errors: [String]
  let errorCount: Int
  let warnings: [String]
  let warningCount: Int
  let lines: Int
  let files: Int

  enum CodingKeys: String, CodingKey {
    case valid, errors, warnings, lines, files
    case errorCount = "error_count"
    case warningCount = "warning_count"
  }
}

/// A ledger file in JSON: `{"path": …, "sha256": …}`.
struct FileJSON: Encodable {
  let path: String
  let sha256: String?
}

private struct ChangesJSON: Encodable {
  let version: String
  let changed: Bool
  let files: [FileJSON]
}

private struct SavedJSON: Encodable {
  let path: String
  let sha256: String
}

private struct StaleJSON: Encodable {
  let error: String
  let path: String
  let sha256: String?
}
