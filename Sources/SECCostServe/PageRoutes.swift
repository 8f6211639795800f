import Foundation
import Hummingbird
import SECCost
import SECCostReports

/// The pages (server-rendered HTML), the release downloads and the pages' edit form.
enum PageRoutes {
  /// Adds the pages' routes to `router`.
  static func add(to router: Router<BasicRequestContext>, workbench: Workbench) {
    let token = workbench.csrfToken
    let edits = workbench.configuration.allowsEdits
    let register = workbench.register
    router.get("/") { request, _ in
      guard let day = asOf(request) else { return badDate() }
      return Responses.html(
        await workbench.page("releases \(day.iso)") { snapshot in
          WorkbenchPages.releases(
            snapshot, register: register, asOf: day, csrfToken: token, allowEdit: edits)
        } ?? "")
    }
    router.get("/release/{name}") { request, context in
      guard let day = asOf(request) else { return badDate() }
      guard let name = decoded(context.parameters.get("name")),
        let page = await workbench.page("release \(day.iso) \(name)", { snapshot in
          WorkbenchPages.release(
            name, snapshot, register: register, asOf: day, csrfToken: token, allowEdit: edits)
        })
      else { return notFound("release") }
      return Responses.html(page)
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
      guard let id = decoded(context.parameters.get("id")),
        let page = await workbench.page("modification \(id)", { snapshot in
          WorkbenchPages.modification(id, snapshot, csrfToken: token)
        })
      else { return notFound("modification") }
      return Responses.html(page)
    }
    router.get("/variance") { request, _ in
      let query = request.uri.queryParameters
      return Responses.html(
        WorkbenchPages.variance(
          from: query.get("from"), to: query.get("to"), baseline: query.get("baseline"),
          current: query.get("current"), await workbench.snapshot(), csrfToken: token))
    }
    router.get("/problems") { _, _ in
      Responses.html(WorkbenchPages.problems(await workbench.snapshot(), csrfToken: token))
    }
    router.post("/edit") { request, _ in await formEdit(request, workbench: workbench) }
  }

  /// `POST /edit`: the pages' edit form (`application/x-www-form-urlencoded`, the fields of
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
    guard let edit = FigureEdit(form: { form[$0] }) else {
      let names = FigureDraft.Field.required.map(\.rawValue)
      return Responses.html(
        WorkbenchPages.message(
          "Not saved",
          ["\(names.dropLast().joined(separator: ", ")) and \(names.last ?? "") are required"]),
        status: .unprocessableContent)
    }
    let release = edit.release
    switch await workbench.edit(edit) {
    case .saved:
      var headers = HTTPFields()
      headers[.location] = "/release/\(WorkbenchPages.pathComponent(release))"
      return Response(status: .seeOther, headers: headers)
    case .stale(_, let now, let message):
      // The change is kept: shown again above the page as it is now, ready to send on the
      // file's new content once the person has looked at what changed.
      let draft = draft(edit, base: now ?? edit.base)
      return await refused(
        release, .init(conflict: message, draft: draft), status: .conflict, workbench: workbench)
    case .invalid(let messages):
      return await refused(
        release, .init(problems: messages, draft: draft(edit, base: edit.base)),
        status: .unprocessableContent, workbench: workbench)
    case .forbidden:
      return Responses.html(
        WorkbenchPages.message("View only", ["This server was started without --allow edit."]),
        status: .forbidden)
    case .failed(let message):
      return Responses.html(
        WorkbenchPages.message("Not saved", [message]), status: .internalServerError)
    }
  }

  /// The release page again, with why the edit was refused and the change to send again (or a
  /// message page if the release has no line yet: a new release's first line).
  private static func refused(
    _ release: String, _ refusal: WorkbenchPages.Refusal, status: HTTPResponse.Status,
    workbench: Workbench
  ) async -> Response {
    let snapshot = await workbench.snapshot()
    let page = WorkbenchPages.release(
      release, snapshot, register: workbench.register, asOf: CalendarDate.today,
      csrfToken: workbench.csrfToken, allowEdit: workbench.configuration.allowsEdits,
      refusal: refusal)
    return Responses.html(
      page
        ?? WorkbenchPages.message(
          "Not saved", (refusal.conflict.map { [$0] } ?? []) + refusal.problems),
      status: status)
  }

  /// The form's values as the page shows them again.
  private static func draft(_ edit: FigureEdit, base: String) -> FigureDraft {
    var draft = edit.draft
    draft.base = base
    return draft
  }

  /// The `as-of` query parameter, or today; `nil` if it is not an ISO date.
  private static func asOf(_ request: Request) -> CalendarDate? {
    guard let text = request.uri.queryParameters.get("as-of"), !text.isEmpty else {
      return CalendarDate.today
    }
    return try? CalendarDate(isoParsing: text)
  }

  private static func badDate() -> Response {
    Responses.html(
      WorkbenchPages.message("Not a date", ["as-of must be a date such as 2022-11-04."]),
      status: .badRequest)
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
