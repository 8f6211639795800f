import SECCostCSV

/// What reading a command's ledger files gave besides their lines: what each file held and
/// was normalised, and the warnings (values counted as written that look wrong).
struct LedgerReading {
  /// One report per file, in the order read.
  var reports: [LedgerFileReport]
  /// The warnings, in file and line order (at most ``LedgerReader/issueLimit``).
  var warnings: [LedgerIssue]
}
