import Foundation
import Hummingbird
import SECCost

/// The pages (server-rendered HTML), the release downloads and the pages' edit form.
enum PageRoutes {
  /// Adds the pages' routes to `router`.
  static func add(to router: Router<BasicRequestContext>, workbench: Workbench) {
    let token = workbench.csrfToken
    router.get("/") { _, _ in
      Responses.html(WorkbenchPages.releases(await workbench.snapshot(), csrfToken: token))
    }
    router.get("/release/{name}") { _, context in
      let snapshot = await workbench.snapshot()
      guard let name = release(context, snapshot) else { return notFound("release") }
      return Responses.html(WorkbenchPages.release(name, snapshot, csrfToken: token))
    }
    router.get("/release/{name}/{file}") { _, context in
      let snapshot = await workbench.snapshot()
      guard let name = release(context, snapshot),
        let download = context.parameters.get("file").flatMap(ReleaseDownload.init(rawValue:))
      else { return notFound("download") }
      guard snapshot.isValid else {
        return Responses.html(
          WorkbenchPages.message(
            "The ledgers have problems", snapshot.errors.map(\.description)),
          status: .unprocessableContent)
      }
      do {
        return Responses.download(
          try download.bytes(release: name, lines: snapshot.lines(ofRelease: name)),
          type: download.contentType, name: download.fileName(release: name))
      } catch {
        return Responses.html(
          WorkbenchPages.message("This download cannot be made", ["\(error)"]),
          status: .unprocessableContent)
      }
    }
    router.get("/modification/{id}") { _, context in
      let snapshot = await workbench.snapshot()
      guard let id = decoded(context.parameters.get("id")),
        snapshot.lines.contains(where: { $0.modification == id })
      else { return notFound("modification") }
      return Responses.html(WorkbenchPages.modification(id, snapshot))
    }
    router.get("/variance") { request, _ in
      let query = request.uri.queryParameters
      return Responses.html(
        WorkbenchPages.variance(
          from: query.get("from"), to: query.get("to"), await workbench.snapshot()))
    }
    router.get("/problems") { _, _ in
      Responses.html(WorkbenchPages.problems(await workbench.snapshot()))
    }
    router.post("/figures") { request, _ in await formEdit(request, workbench: workbench) }
  }

  /// `POST /figures`: the pages' edit form (`application/x-www-form-urlencoded`, the fields of
  /// ``FigureEdit`` and `csrf`). Without this process's token it is refused with 403 before
  /// anything else is looked at; a saved edit sees the release page again (303).
  static func formEdit(_ request: Request, workbench: Workbench) async -> Response {
    let body: [UInt8]
    switch await APIRoutes.readBody(request) {
    case .success(let bytes): body = bytes
    case .failure(let response): return response.response
    }
    let form = FormFields(body)
    guard let token = form["csrf"], CSRFToken.matches(token, workbench.csrfToken) else {
      return Responses.html(
        WorkbenchPages.message(
          "Refused", ["The form's token is missing or out of date: reload the page and edit again."]
        ),
        status: .forbidden)
    }
    guard workbench.configuration.allowsEdits else {
      return Responses.html(
        WorkbenchPages.message("View only", ["This server was started without --allow edit."]),
        status: .forbidden)
    }
    guard let release = form["release"], let party = form["party"], let phase = form["phase"],
      let basis = form["basis"], let base = form["base"]
    else {
      return Responses.html(
        WorkbenchPages.message(
          "Not saved", ["release, party, phase, basis and base are required"]),
        status: .unprocessableContent)
    }
    let edit = FigureEdit(
      release: release, version: form["version"] ?? "", party: party,
      modification: form["modification"] ?? "", phase: phase, basis: basis,
      low: form["low"] ?? "", high: form["high"] ?? "", note: form["note"] ?? "", base: base,
      title: form["title"], date: form["date"], likely: form["likely"], days: form["days"],
      dayRate: form["day_rate"])
    switch await workbench.edit(edit) {
    case .saved:
      var headers = HTTPFields()
      headers[.location] = "/release/\(WorkbenchPages.pathComponent(release))"
      return Response(status: .seeOther, headers: headers)
    case .stale(_, _, let message):
      return Responses.html(
        WorkbenchPages.message("Not saved: the file changed", [message]), status: .conflict)
    case .invalid(let messages):
      return Responses.html(
        WorkbenchPages.message("Not saved", messages), status: .unprocessableContent)
    case .forbidden:
      return Responses.html(
        WorkbenchPages.message("View only", ["This server was started without --allow edit."]),
        status: .forbidden)
    case .failed(let message):
      return Responses.html(
        WorkbenchPages.message("Not saved", [message]), status: .internalServerError)
    }
  }

  /// The release the `name` parameter names, if the ledgers hold it: only names read from the
  /// ledgers are ever used.
  private static func release(_ context: BasicRequestContext, _ snapshot: LedgerSnapshot)
    -> String?
  {
    guard let name = decoded(context.parameters.get("name")) else { return nil }
    return snapshot.releases.contains(name) ? name : nil
  }

  /// A path parameter, percent-decoded.
  private static func decoded(_ parameter: String?) -> String? {
    parameter?.removingPercentEncoding
  }

  private static func notFound(_ what: String) -> Response {
    Responses.html(WorkbenchPages.message("Not found", ["No such \(what)."]), status: .notFound)
  }
}
