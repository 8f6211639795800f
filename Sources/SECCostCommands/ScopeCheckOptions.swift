import ArgumentParser
import SECCost
import SECCostCSV

/// `--scope REGISTER` and `--as-of DAY` on commands that check a ledger against the scope
/// register (``ScopeWarnings``) without totalling by scenario.
struct ScopeCheckOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Scope register CSV: warn of costs outside a release's scope, DCC costs on a modification "
        + "not DCC System impacting, and an impacting modification in scope with no cost line.",
      valueName: "register"))
  var scope: String?

  @Option(name: .customLong("as-of"), help: "With --scope: read the register as of this day.")
  var asOf: CalendarDate?

  func validate() throws {
    if asOf != nil && scope == nil { throw ValidationError("--as-of goes with --scope REGISTER") }
  }

  /// Whether a register was given: the ledgers' own warnings then wait for the register's, to
  /// be printed together in order.
  var isChecking: Bool { scope != nil }

  /// Checks `counted` against the register, if one was given: prints the warnings after the
  /// ledgers' own `earlier` ones, or with `strict` prints them all as errors and exits 1.
  /// Without a register, returns `earlier` (already printed by the reader).
  func check(
    _ counted: @autoclosure () -> CountedFigures, origins: LineOrigins, earlier: [LedgerIssue],
    strict: Bool
  ) throws -> [LedgerIssue] {
    guard let scope else { return earlier }
    let (register, lines) = try ScopeInput.loadLocated(scope)
    return try ScopeWarnings.check(
      counted(), register: register, path: scope, lines: lines, asOf: asOf, origins: origins,
      earlier: earlier, strict: strict)
  }
}
