/// Where something was read: the file as the user named it and the line the row starts on, or
/// the file as a whole.
///
/// The one way every message locates what it is about: `FILE:LINE` (`FILE` for the whole file),
/// the file name escaped by ``MessageText/escaped(_:)`` so that a hostile name keeps the message
/// on one line.
public struct LineOrigin: Hashable, Sendable, CustomStringConvertible {
  /// The file as named by the user.
  public let file: String
  /// The 1-based line the row starts on; 0 for the file as a whole.
  public let line: Int

  /// Creates an origin; `line` 0 is the file as a whole.
  public init(file: String, line: Int) {
    self.file = file
    self.line = line
  }

  /// `FILE:LINE`, or `FILE` for the file as a whole, the file name escaped.
  public var description: String {
    line > 0 ? "\(MessageText.escaped(file)):\(line)" : MessageText.escaped(file)
  }

  /// `FILE:LINE: message` (`FILE: message` for the file as a whole); `message` as given.
  public func locating(_ message: String) -> String {
    "\(description): \(message)"
  }
}
