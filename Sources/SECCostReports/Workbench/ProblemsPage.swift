import SECCost
import SECCostCSV

/// The problems page (`/problems`): every validation error and warning of the ledgers, each as
/// `seccost validate` prints it (`FILE:LINE: column: message`).
public enum ProblemsPage {
  /// The page of `errors` and `warnings`, each in the order given (file and line order, as the
  /// reader gives them).
  public static func render(
    errors: [LedgerIssue], warnings: [LedgerIssue], context: WorkbenchContext
  ) -> String {
    var body = "<h1>Problems</h1>\n"
    if errors.isEmpty && warnings.isEmpty {
      body +=
        "<p data-testid=\"no-problems\">Every ledger is valid: no errors and no warnings.</p>\n"
    } else {
      body +=
        "<p data-testid=\"problem-counts\">\(count(errors.count, "error")) and"
        + " \(count(warnings.count, "warning")), as <code>seccost validate</code> lists them."
        + " A ledger with errors is not counted until they are fixed; warnings are counted as"
        + " written.</p>\n"
    }
    body += list(errors, title: "Errors", testID: "errors")
    body += list(warnings, title: "Warnings", testID: "warnings")
    return WorkbenchLayout.page(title: "Problems", place: .problems, context: context, body: body)
  }

  private static func count(_ count: Int, _ noun: String) -> String {
    count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
  }

  private static func list(_ issues: [LedgerIssue], title: String, testID: String) -> String {
    guard !issues.isEmpty else { return "" }
    let e = WorkbenchHTML.e
    var html =
      "<section aria-labelledby=\"\(testID)-heading\">\n<h2 id=\"\(testID)-heading\">"
      + "\(title) (\(issues.count))</h2>\n<ul data-testid=\"\(testID)\">\n"
    for issue in issues {
      html += "<li><code>\(e(issue.description))</code></li>\n"
    }
    return html + "</ul>\n</section>\n"
  }
}
