import SECCost

/// What every workbench page is rendered with besides its figures: the ledger files and their
/// hashes as the server last read them (for the edit forms' `base` and the live-reload check),
/// whether editing is allowed, the CSRF token, and what to say after a refused edit.
public struct WorkbenchContext: Hashable, Sendable {
  /// A ledger file as `GET /api/files` lists it.
  public struct LedgerFile: Hashable, Sendable {
    /// The path as given on the command line.
    public let path: String
    /// The lowercase hex SHA-256 of the file's bytes.
    public let sha256: String

    /// A file and its hash.
    public init(path: String, sha256: String) {
      self.path = path
      self.sha256 = sha256
    }
  }

  /// The ledger files in command-line order: a line for a key no file holds goes to the first.
  public var files: [LedgerFile]
  /// Whether pages show edit forms (`--allow edit`).
  public var allowEdit: Bool
  /// The token every edit form carries as `csrf`.
  public var csrf: String
  /// Why the last edit was refused because its file changed (409): shown above the forms.
  public var conflict: String?
  /// The validation messages of a refused edit (422), one per line as the CLI words them.
  public var problems: [String]
  /// The edit that was refused, shown again in a form with its values, to send again.
  public var draft: FigureDraft?

  /// A context; without `allowEdit`, no form is rendered whatever else is given.
  public init(
    files: [LedgerFile], allowEdit: Bool = false, csrf: String = "", conflict: String? = nil,
    problems: [String] = [], draft: FigureDraft? = nil
  ) {
    self.files = files
    self.allowEdit = allowEdit
    self.csrf = csrf
    self.conflict = conflict
    self.problems = problems
    self.draft = draft
  }

  /// A context from a `[path: sha256]` map, the files in the order of `ledgers` (those the map
  /// has).
  public init(
    hashes: [String: String], ledgers: [String], allowEdit: Bool = false, csrf: String = "",
    conflict: String? = nil, problems: [String] = [], draft: FigureDraft? = nil
  ) {
    self.init(
      files: ledgers.compactMap { path in hashes[path].map { LedgerFile(path: path, sha256: $0) } },
      allowEdit: allowEdit, csrf: csrf, conflict: conflict, problems: problems, draft: draft)
  }

  /// The hash of `path`, as the page was rendered with it; empty if the file is not named.
  func sha256(of path: String) -> String {
    files.first { $0.path == path }?.sha256 ?? ""
  }
}
