import SECCostThreads

/// Performance only: frees large values on a thread of their own, so that the caller (about to finish) need not
/// wait while a million ledger lines release their text one by one and their pages go back.
///
/// The process may exit before that thread is done; the operating system then takes the memory
/// back at once. Where no thread can be started, the value is freed on the caller's.
package enum BackgroundRelease {
  /// Takes `value` and frees it on another thread.
  package static func free<Value>(_ value: consuming Value) {
    // One counted reference, dropped by whichever thread frees the value.
    let box = Unmanaged.passRetained(Box(consume value))
    guard let thread = WorkerThread({ box.release() }) else { return box.release() }
    thread.detach()
  }

  /// The value on the heap, so that one reference hands it over.
  private final class Box<Wrapped> {
    let value: Wrapped
    init(_ value: consuming Wrapped) { self.value = value }
  }
}
