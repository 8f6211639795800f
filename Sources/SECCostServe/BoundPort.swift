import Synchronization

/// The port the server listens on: the one asked for, or the one the system chose when 0 was
/// asked, set once the server is listening. The Host and Origin checks compare with it.
package final class BoundPort: Sendable {
  private let port: Mutex<Int>

  /// The port `requested`, until the server says which it got.
  init(_ requested: Int) { port = Mutex(requested) }

  /// The port.
  package var value: Int { port.withLock { $0 } }

  /// Records the port the server got.
  func set(_ value: Int) { port.withLock { $0 = value } }
}
