import SECCost

/// The edit forms: each `POST /edit` as `application/x-www-form-urlencoded` with the fields
/// `release, version, party, modification, phase, basis, low, high, note, base, csrf`, working
/// without JavaScript. Rendered only when ``WorkbenchContext/allowEdit`` is set.
enum WorkbenchForms {
  /// The form changing the figure of an existing line (its key fields hidden), its `base` the
  /// hash of the file that holds it; `number` makes its field ids unique on the page.
  static func edit(_ line: LocatedLine, number: Int, testID: String, context: WorkbenchContext)
    -> String
  {
    guard context.allowEdit else { return "" }
    let draft = FigureDraft(line.line, base: context.sha256(of: line.origin.file))
    let e = WorkbenchHTML.e
    var html =
      "<details><summary>Edit this figure<span class=\"sr\"> (\(e(line.origin.description)))</span>"
      + "</summary>"
      + "<form method=\"post\" action=\"/edit\" class=\"edit\" data-testid=\"edit-form:\(e(testID))\">"
    html += hidden(draft, context: context, keys: true)
    html += select(
      "basis", "Basis", number, Basis.allCases.map { ($0.id, WorkbenchHTML.basis($0)) }, draft.basis
    )
    html += amounts(draft, number: number)
    html += input("note", "Note", number, draft.note)
    return html + "<div><button type=\"submit\">Save</button></div></form></details>"
  }

  /// The form adding a line for a new version of `release`, or showing a refused `draft`
  /// again: the key fields editable, basis, party and phase as choices of the accepted values;
  /// its `base` the hash of the first file, where a line for a new key is added.
  static func add(
    release: String, version: String, context: WorkbenchContext, draft: FigureDraft? = nil
  )
    -> String
  {
    guard context.allowEdit else { return "" }
    let e = WorkbenchHTML.e
    let number = draft == nil ? 0 : -1
    let values =
      draft
      ?? FigureDraft(
        release: release, version: version, party: Party.dcc.id, modification: "",
        phase: Phase.designBuildPIT.id, basis: Basis.estimate.id, low: "", high: "", note: "",
        base: context.files.first?.sha256 ?? "")
    let testID = draft == nil ? "add-line-form" : "draft-form"
    var html =
      "<form method=\"post\" action=\"/edit\" class=\"add\" data-testid=\"\(testID)\""
      + " aria-label=\"\(draft == nil ? "Add a line" : "The figure not saved")\">"
    html += "<input type=\"hidden\" name=\"csrf\" value=\"\(e(context.csrf))\" />"
    html += "<input type=\"hidden\" name=\"base\" value=\"\(e(values.base))\" />"
    html += input("release", "Release", number, values.release, required: true)
    html += input("version", "Version", number, values.version, required: true)
    html += select("party", "Party", number, Party.allCases.map { ($0.id, $0.id) }, values.party)
    html += input("modification", "Modification", number, values.modification)
    html += select("phase", "Phase", number, Phase.allCases.map { ($0.id, $0.label) }, values.phase)
    html += select(
      "basis", "Basis", number, Basis.allCases.map { ($0.id, WorkbenchHTML.basis($0)) },
      values.basis)
    html += amounts(values, number: number)
    html += input("note", "Note", number, values.note)
    return html
      + "<div><button type=\"submit\">\(draft == nil ? "Add the line" : "Send again")</button></div></form>\n"
  }

  private static func hidden(_ draft: FigureDraft, context: WorkbenchContext, keys: Bool) -> String
  {
    let e = WorkbenchHTML.e
    var fields = [("csrf", context.csrf), ("base", draft.base)]
    if keys {
      fields += [
        ("release", draft.release), ("version", draft.version), ("party", draft.party),
        ("modification", draft.modification), ("phase", draft.phase),
      ]
    }
    return fields.map { "<input type=\"hidden\" name=\"\($0.0)\" value=\"\(e($0.1))\" />" }
      .joined()
  }

  private static func amounts(_ draft: FigureDraft, number: Int) -> String {
    input("low", "Low (£)", number, draft.low, decimal: true)
      + input("high", "High (£)", number, draft.high, decimal: true)
  }

  private static func id(_ name: String, _ number: Int) -> String {
    number < 0 ? "draft-\(name)" : "f\(number)-\(name)"
  }

  private static func input(
    _ name: String, _ label: String, _ number: Int, _ value: String, required: Bool = false,
    decimal: Bool = false
  ) -> String {
    let e = WorkbenchHTML.e
    let id = id(name, number)
    return "<div><label for=\"\(id)\">\(e(label))</label><input id=\"\(id)\" name=\"\(name)\""
      + " type=\"text\" value=\"\(e(value))\"\(decimal ? " inputmode=\"decimal\" autocomplete=\"off\"" : "")"
      + "\(required ? " required=\"required\"" : "") /></div>"
  }

  private static func select(
    _ name: String, _ label: String, _ number: Int, _ options: [(String, String)], _ value: String
  ) -> String {
    let e = WorkbenchHTML.e
    let id = id(name, number)
    var html = "<div><label for=\"\(id)\">\(e(label))</label><select id=\"\(id)\" name=\"\(name)\">"
    for (option, text) in options {
      html +=
        "<option value=\"\(e(option))\"\(option == value ? " selected=\"selected\"" : "")>"
        + "\(e(text))</option>"
    }
    return html + "</select></div>"
  }
}
