import SECCostCSV

/// How `seccost serve` was started: the ledgers it may read (and, with ``allowsEdits``, write),
/// the address it is bound to, and how the ledgers are read.
public struct WorkbenchConfiguration: Sendable {
  /// The ledger files, as given on the command line or found in a directory given there. No
  /// other path is ever read or written.
  public var ledgers: [String]
  /// The scope register, if one was given (`--scope`).
  public var scope: String?
  /// The host the server binds to: `127.0.0.1` unless told otherwise.
  public var host: String
  /// The port the server binds to.
  public var port: Int
  /// Whether figures may be changed (`--allow edit`); `--allow view`, the default, refuses every
  /// edit with 403.
  public var allowsEdits: Bool
  /// How the ledgers are read (encoding, delimiter, limits), as the other commands read them.
  public var readerOptions: LedgerReader.Options
  /// How long `GET /api/changes` waits for a change before answering that there is none.
  public var changeWait: Duration

  /// A configuration; view only, on 127.0.0.1:8080, unless told otherwise.
  public init(
    ledgers: [String], scope: String? = nil, host: String = "127.0.0.1", port: Int = 8080,
    allowsEdits: Bool = false, readerOptions: LedgerReader.Options = .init(),
    changeWait: Duration = .seconds(25)
  ) {
    self.ledgers = ledgers
    self.scope = scope
    self.host = host
    self.port = port
    self.allowsEdits = allowsEdits
    self.readerOptions = readerOptions
    self.changeWait = changeWait
  }
}
