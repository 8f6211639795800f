import Foundation
import SECCost
import SECCostCSV
import SECCostReports

/// The workbench's pages: each builds its model from a snapshot (the core's workbench models, by
/// the commands' rules) and renders it with the reports module's workbench renderers. None reads
/// a file.
package enum WorkbenchPages {
  /// What a page shows after a refused edit: why, and the change to send again.
  package struct Refusal: Sendable {
    /// Why the file changed under the edit (409).
    var conflict: String?
    /// The validation messages (422).
    var problems: [String] = []
    /// The refused change, its values as sent.
    var draft: FigureDraft
  }

  /// `/`: every release with its total, as `totals` prints it, and its scope as of `asOf`.
  package static func releases(
    _ snapshot: LedgerSnapshot, register: ScopeRegister?, asOf: CalendarDate, csrfToken: String,
    allowEdit: Bool
  ) -> String {
    let context = context(snapshot, csrfToken: csrfToken, allowEdit: allowEdit)
    do {
      let list = try ReleaseList(lines: snapshot.lines, register: register, asOf: asOf)
      return ReleasesPage.render(list, asOf: asOf, context: context)
    } catch {
      return message("The totals cannot be made", ["\(error)"])
    }
  }

  /// `/release/NAME`: the RID table, totals, risk, scope, the combined assessment, downloads and
  /// (with `--allow edit`) the edit forms; `nil` if no line is of that release.
  package static func release(
    _ name: String, _ snapshot: LedgerSnapshot, register: ScopeRegister?, asOf: CalendarDate,
    csrfToken: String, allowEdit: Bool, refusal: Refusal? = nil
  ) -> String? {
    var context = context(snapshot, csrfToken: csrfToken, allowEdit: allowEdit)
    if let refusal {
      context.conflict = refusal.conflict
      context.problems = refusal.problems
      context.draft = refusal.draft
    }
    do {
      guard
        let overview = try ReleaseOverview(
          release: name, lines: located(snapshot), name: ledgerNames(snapshot),
          register: register, asOf: asOf)
      else { return nil }
      let risks = (try? overview.report.sectionRisks()) ?? []
      return ReleasePage.render(overview, risks: risks, context: context)
    } catch {
      return message("The report cannot be made", ["\(error)"])
    }
  }

  /// `/modification/ID`: its figures across releases and versions; `nil` if no line has it.
  package static func modification(_ id: String, _ snapshot: LedgerSnapshot, csrfToken: String)
    -> String?
  {
    do {
      guard let history = try ModificationHistory(modification: id, lines: located(snapshot))
      else { return nil }
      return ModificationPage.render(
        history, context: context(snapshot, csrfToken: csrfToken, allowEdit: false))
    } catch {
      return message("The figures cannot be added up", ["\(error)"])
    }
  }

  /// `/variance?from=&to=` (two versions) or `?baseline=&current=` (two files): what
  /// `seccost variance` reports; with neither, the earliest against the latest version.
  package static func variance(
    from: String?, to: String?, baseline: String?, current: String?,
    _ snapshot: LedgerSnapshot, csrfToken: String
  ) -> String {
    let lines = located(snapshot)
    let choices = VarianceChoices(lines: lines)
    var comparison: VarianceComparison?
    var failure: String?
    var chosen = (from: from ?? "", to: to ?? "", baseline: baseline ?? "", current: current ?? "")
    do {
      if let baseline, let current, !baseline.isEmpty, !current.isEmpty {
        comparison = try VarianceComparison.files(baseline: baseline, current: current, in: lines)
      } else {
        if chosen.from.isEmpty, chosen.to.isEmpty, let first = choices.versions.first,
          let last = choices.versions.last, first != last
        {
          chosen.from = first
          chosen.to = last
        }
        if !chosen.from.isEmpty, !chosen.to.isEmpty {
          comparison = try VarianceComparison.versions(from: chosen.from, to: chosen.to, in: lines)
        }
      }
    } catch {
      failure = error.description
    }
    return VariancePage.render(
      comparison, choices: choices, from: chosen.from, to: chosen.to, baseline: chosen.baseline,
      current: chosen.current, failure: failure,
      context: context(snapshot, csrfToken: csrfToken, allowEdit: false))
  }

  /// `/problems`: every problem and warning, as `validate` lists them.
  package static func problems(_ snapshot: LedgerSnapshot, csrfToken: String) -> String {
    ProblemsPage.render(
      errors: snapshot.errors, warnings: snapshot.warnings,
      context: context(snapshot, csrfToken: csrfToken, allowEdit: false))
  }

  /// A message page: an edit refused, a release not found.
  package static func message(_ title: String, _ lines: [String]) -> String {
    """
    <!doctype html>
    <html lang="en"><head><meta charset="utf-8">\
    <meta name="viewport" content="width=device-width, initial-scale=1">\
    <title>\(XMLText.escaped(title)) — seccost</title></head>
    <body><main><h1>\(XMLText.escaped(title))</h1>\
    \(lines.map { "<p>\(XMLText.escaped($0))</p>" }.joined())\
    <p><a href="/">Back to the releases</a></p></main></body></html>

    """
  }

  /// `text` as one percent-encoded path component.
  package static func pathComponent(_ text: String) -> String {
    var allowed = ""
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
        UInt8(ascii: "_"), UInt8(ascii: "~"):
        allowed.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let digits = Array("0123456789ABCDEF")
        allowed += "%\(digits[Int(byte >> 4)])\(digits[Int(byte & 0xf)])"
      }
    }
    return allowed
  }

  /// Every line with where it was read.
  private static func located(_ snapshot: LedgerSnapshot) -> [LocatedLine] {
    zip(snapshot.lines, snapshot.origins).map { LocatedLine($0, origin: $1) }
  }

  /// The ledgers' names for people: the file names, as the report names its sources.
  private static func ledgerNames(_ snapshot: LedgerSnapshot) -> String {
    snapshot.files.map { ($0.path as NSString).lastPathComponent }.joined(separator: ", ")
  }

  private static func context(_ snapshot: LedgerSnapshot, csrfToken: String, allowEdit: Bool)
    -> WorkbenchContext
  {
    WorkbenchContext(
      files: snapshot.files.map { .init(path: $0.path, sha256: $0.sha256 ?? "") },
      allowEdit: allowEdit, csrf: csrfToken)
  }
}
