import ArgumentParser
import Foundation
import SECCost
import SECCostCSV
import SECCostReports

/// `seccost report`: the RID "Costs" section of each ledger as Markdown, HTML with charts, XLSX
/// and DOCX, in the RID's voice or a Panel paper's (`--style`).
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract:
      "Reports people read: the RID cost section as Markdown, HTML with charts, XLSX, DOCX.",
    discussion: """
      Each ledger gets its own report, named after the ledger file (2022-11-sec-release.csv → \
      2022-11-sec-release.md, .html, .xlsx, .docx; with --baseline B.csv, \
      2022-11-sec-release-vs-B.md …). Without --out, Markdown or HTML of one ledger goes to \
      standard output. --style rid writes what the RID prints (no Total row or column, none of \
      seccost's own sentences, the RID's standard sentences); --style panel (the default) adds \
      the totals, what the costs so far add up to, and charts in HTML. The XLSX is the same in \
      both styles; the DOCX has no charts. With --scope, the register's modifications that do \
      not impact the DCC Systems let the RID say none of the others incur DCC costs. Every ledger is validated first; nothing is written if any is invalid. \
      The output is deterministic: the same ledgers give the same bytes.
      """
  )

  @Argument(help: "Ledger CSV files (either layout); each gets its own report.")
  var ledgers: [String]

  @Option(help: "A baseline ledger: add the variance against it (tables and a chart).")
  var baseline: String?

  @Option(help: "Write the reports into this directory (created if missing).")
  var out: String?

  @Option(help: "markdown|html|xlsx|docx|all.")
  var format: ReportFormatOption = .markdown

  @Option(help: "rid (what the RID prints) or panel (with totals and seccost's sentences).")
  var style: ReportStyleOption = .panel

  @Option(
    name: .customLong("version"),
    help:
      "Show exactly the lines of this document version (e.g. 0.4), as that document prints them.")
  var documentVersion: String?

  @OptionGroup var input: InputOptions

  @OptionGroup var scopeCheck: ScopeCheckOptions

  func validate() throws {
    if out == nil {
      if format == .xlsx || format == .docx || format == .all {
        throw ValidationError("--format \(format.rawValue) writes files: give --out DIRECTORY")
      }
      if ledgers.count > 1 {
        throw ValidationError("several ledgers give several reports: give --out DIRECTORY")
      }
    }
    var seen: [String: String] = [:]
    for ledger in ledgers {
      let stem = Self.stem(of: ledger)
      if let other = seen[stem] {
        throw ValidationError(
          "\(other) and \(ledger) would write reports of the same name (\(stem)); rename one")
      }
      seen[stem] = ledger
    }
    if let out {
      let outputs = ledgers.flatMap { ledger in
        format.formats.map { outputFile(for: ledger, as: $0, in: out) }
      }
      let inputs = ledgers + [baseline, scopeCheck.scope].compactMap { $0 }
      try OutputPath.refuseInputs(outputs, inputs: inputs)
    }
  }

  func run() throws {
    // Every file is validated (and every problem listed) before anything is written.
    // The baseline is read apart from the ledgers: a copy of the same RID version repeats their
    // keys without duplicating them.
    let apart = baseline.flatMap { ledgers.contains($0) ? nil : $0 }
    var linesByFile: [String: [LedgerLine]] = [:]
    var origins = LineOrigins()
    let reading = try LedgerInput.read(
      ledgers, apart: apart, options: input, reportingWarnings: !scopeCheck.isChecking
    ) { line, file, number in
      linesByFile[file, default: []].append(line)
      if ledgers.contains(file) { origins.note(line, file: file, line: number) }
    }
    let onlyVersion = documentVersion.map(VersionLabel.canonical)
    _ = try scopeCheck.check(
      {
        var ledger = CountedLedger(onlyVersion: onlyVersion)
        for ledgerPath in ledgers { ledger.add(contentsOf: linesByFile[ledgerPath] ?? []) }
        return ledger.counted()
      }(), origins: origins, earlier: reading.warnings, strict: input.strict)
    let baselineLines = baseline.map { path in
      (name: Self.fileName(of: path), lines: linesByFile[path] ?? [])
    }
    let register = try scopeCheck.scope.map { try ScopeInput.load($0) }
    var outputs: [(path: String, bytes: [UInt8])] = []
    for ledger in ledgers {
      var report: CostReport
      do {
        report = try CostReport(
          name: Self.fileName(of: ledger), lines: linesByFile[ledger] ?? [],
          baseline: baselineLines, onlyVersion: onlyVersion)
      } catch {
        StandardStreams.printError(error.description)
        throw ExitStatus.invalidData
      }
      if let register { report.note(scope: register, asOf: scopeCheck.asOf) }
      if let documentVersion, report.sections.isEmpty {
        StandardStreams.printError("no lines for version \(documentVersion) in \(ledger)")
        throw ExitStatus.invalidData
      }
      // The HTML's risk charts: a risk the ledger's amounts cannot give is the data's error.
      var risks: [RiskReport] = []
      if style.style == .panel, format.formats.contains(.html) {
        do throws(RiskError) {
          risks = try report.sectionRisks()
        } catch {
          StandardStreams.printError("report: \(error)")
          throw ExitStatus.invalidData
        }
      }
      for format in format.formats {
        let bytes: [UInt8]
        do {
          bytes = try Self.render(report, as: format, style: style.style, risks: risks)
        } catch {
          // Only an XLSX or DOCX package can fail to be made: an output not written.
          StandardStreams.printError(LineOrigin(file: ledger, line: 0).locating("\(error)"))
          throw ExitStatus.inputOutput
        }
        guard let out else {
          StandardStreams.write(bytes)
          return
        }
        outputs.append((outputFile(for: ledger, as: format, in: out), bytes))
      }
    }
    guard let out else { return }
    // Every report or none: all are staged before any replaces a file.
    do throws(OutputFileError) {
      let directory = try OutputDirectory(creating: out)
      do throws(OutputFileError) {
        try OutputFile.write(outputs)
      } catch {
        directory.removeCreated()
        throw error
      }
    } catch {
      StandardStreams.printError(error.description)
      throw ExitStatus.inputOutput
    }
    for output in outputs { StandardStreams.print(output.path + "\n") }
  }

  /// The file the report of `ledger` in `format` is written to, in the directory `out`:
  /// `out/STEM.md`, or `out/STEM-vs-BASELINE.md` with a baseline.
  func outputFile(for ledger: String, as format: ReportFormat, in out: String) -> String {
    var stem = Self.stem(of: ledger)
    if let baseline { stem += "-vs-" + Self.stem(of: baseline) }
    return Self.join(out, stem + "." + format.fileExtension)
  }

  /// The report of `report` in `format`, as bytes; the HTML charts `risks`, the risk of each
  /// section (``CostReport/sectionRisks(_:)``, in the `panel` style). The XLSX is the same in
  /// both styles.
  static func render(
    _ report: CostReport, as format: ReportFormat, style: ReportStyle, risks: [RiskReport]
  ) throws -> [UInt8] {
    switch format {
    case .markdown: Array(MarkdownReport.render(report, style: style).utf8)
    case .html: Array(HTMLReport.render(report, risks: risks, style: style).utf8)
    case .xlsx: try XLSXReport.render(report)
    case .docx: try DOCXReport.render(report, style: style)
    }
  }

  /// The file's name without its directory: `Ledgers/x.csv` → `x.csv`.
  static func fileName(of path: String) -> String {
    path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
  }

  /// The file's name without directory and `.csv`: `Ledgers/x.csv` → `x`.
  static func stem(of path: String) -> String {
    let name = fileName(of: path)
    return name.lowercased().hasSuffix(".csv") ? String(name.dropLast(4)) : name
  }

  private static func join(_ directory: String, _ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }
}

/// The `--format` of `seccost report`: one format, or all four.
enum ReportFormatOption: String, CaseIterable, ExpressibleByArgument {
  case markdown, html, xlsx, docx, all

  /// The formats to write.
  var formats: [ReportFormat] {
    switch self {
    case .markdown: [.markdown]
    case .html: [.html]
    case .xlsx: [.xlsx]
    case .docx: [.docx]
    case .all: ReportFormat.allCases
    }
  }
}

/// The `--style` of `seccost report`: the RID's voice or a Panel paper's.
enum ReportStyleOption: String, CaseIterable, ExpressibleByArgument {
  case rid, panel

  /// The renderers' style.
  var style: ReportStyle {
    switch self {
    case .rid: .rid
    case .panel: .panel
    }
  }
}
