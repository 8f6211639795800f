/// Whether a problem is in what a file holds or in reaching the file at all.
///
/// The command line exits 1 for invalid data and 3 when an input cannot be read.
public enum InputProblemKind: Hashable, Sendable {
  /// The file was read, and what it holds is wrong (malformed CSV, an invalid figure, a limit).
  case invalidData
  /// The file could not be read: missing, a directory, not permitted, or a read failed.
  case unreadable
}
