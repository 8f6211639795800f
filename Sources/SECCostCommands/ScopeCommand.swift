import ArgumentParser
import SECCost
import SECCostCSV
import SECCostReports

/// `seccost scope`: a release's scope as of a day, from a scope register.
struct ScopeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scope",
    abstract:
      "A release's scope as of a day: approved, targeted (days to cut-off), lapsed, withdrawn; "
      + "participant and document impact matrices.",
    discussion: """
      Each release is shown from its latest listing on or before --as-of (default: the register's \
      latest as_of date). A targeted modification whose cut-off is before that day has lapsed to \
      the next release in the register. The register is validated first; every problem is listed \
      as FILE:LINE: column: message and the command exits 1.
      """
  )

  @Argument(help: "Scope register CSV file.")
  var register: String

  @Option(help: "Show only this release (e.g. \"November 2022\").")
  var release: String?

  @Option(
    name: .customLong("as-of"),
    help: "The day to read the register as of: 2022-03-04 or \"4 March 2022\".")
  var asOf: CalendarDate?

  @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: "|")).")
  var format: OutputFormat = .table

  @Flag(help: "Only validate the register: print a one-line summary, or every problem.")
  var check = false

  func run() throws {
    let scopeRegister = try ScopeInput.load(register)
    if check {
      let entries = scopeRegister.entries.count
      let releases = scopeRegister.releases.count
      StandardStreams.print(
        "valid: \(entries == 1 ? "1 entry" : "\(entries) entries") in "
          + "\(releases == 1 ? "1 release" : "\(releases) releases")\n")
      return
    }
    guard let day = asOf ?? scopeRegister.latestAsOf else {
      StandardStreams.printError(
        LineOrigin(file: register, line: 0).locating("the register has no entries"))
      throw ExitStatus.invalidData
    }
    var names = scopeRegister.releases
    if let release {
      guard let name = scopeRegister.release(named: release) else {
        StandardStreams.printError(
          "no release \"\(release)\" in \(register) (it has "
            + scopeRegister.releases.joined(separator: ", ") + ")")
        throw ExitStatus.invalidData
      }
      names = [name]
    }
    // Read once as of the day: looking each release up apart would read the register per release.
    let snapshot = ScopeSnapshot(scopeRegister, asOf: day)
    var scopes: [ReleaseScope] = []
    var unlisted: [String] = []
    for name in names {
      if let scope = snapshot.scope(of: name) {
        scopes.append(scope)
      } else {
        unlisted.append(name)
      }
    }
    if release != nil, scopes.isEmpty {
      let first = scopeRegister.entries.filter { $0.release == names[0] }.map(\.asOf).min()
      StandardStreams.printError(
        "\(names[0]) has no listing on or before \(day.long)"
          + (first.map { " (its first is \($0.long))" } ?? ""))
      throw ExitStatus.invalidData
    }
    switch format {
    case .table, .markdown:
      var text = scopes.map { format == .table ? $0.document.plainText : $0.document.markdown }
      if !unlisted.isEmpty {
        text.append(
          "Not yet listed on \(day.long): " + unlisted.joined(separator: ", ") + "\n")
      }
      StandardStreams.print(text.joined(separator: "\n"))
    case .json:
      StandardStreams.print(ScopeJSON.encode(asOf: day, scopes: scopes, unlisted: unlisted))
    case .csv:
      var writer = CSVWriter()
      writer.writeRow(ReleaseScope.csvHeader)
      for scope in scopes { scope.writeCSVRows(to: &writer) }
      StandardStreams.write(writer.bytes)
    }
  }
}
