#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Frees large values on a thread of their own, so that the caller (about to finish) need not
/// wait while a million ledger lines release their text one by one and their pages go back.
///
/// The process may exit before that thread is done; the operating system then takes the memory
/// back at once. Where no thread can be started, the value is freed on the caller's.
enum BackgroundRelease {
  /// Takes `value` and frees it on another thread.
  static func free<Value>(_ value: consuming Value) {
    let context = Unmanaged.passRetained(Box(value) as AnyObject).toOpaque()
    var thread = pthread_t()
    guard pthread_create(&thread, nil, backgroundReleaseThread, context) == 0 else {
      Unmanaged<AnyObject>.fromOpaque(context).release()
      return
    }
    pthread_detach(thread)
  }

  /// The value, on the heap, to be handed to the thread as one reference.
  private final class Box<Wrapped> {
    let value: Wrapped
    init(_ value: consuming Wrapped) { self.value = value }
  }
}

/// The entry point of the freeing thread: drops the last reference to the box.
private func backgroundReleaseThread(_ context: UnsafeMutableRawPointer?)
  -> UnsafeMutableRawPointer?
{
  guard let context else { return nil }
  Unmanaged<AnyObject>.fromOpaque(context).release()
  return nil
}
