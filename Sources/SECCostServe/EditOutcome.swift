/// How an edit ended: what `POST /api/figures` answers, and the pages' form too.
package enum EditOutcome: Sendable, Equatable {
  /// Written: the file that holds the figure now, and its new SHA-256.
  case saved(path: String, sha256: String)
  /// Nothing written: the file changed since `base` was read. `sha256` is its hash now; the
  /// message says what changed.
  case stale(path: String, sha256: String?, message: String)
  /// Nothing written: the edit (or the ledgers it would leave) is invalid; every message, as
  /// `validate` words them.
  case invalid([String])
  /// Nothing written: the server was not started with `--allow edit`.
  case forbidden
  /// Nothing written: the file could not be written (the reason, naming only the ledger's path).
  case failed(String)
}
