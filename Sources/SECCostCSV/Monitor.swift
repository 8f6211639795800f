#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A lock with a condition: what the two threads of a pipeline share to hand work over.
///
/// State guarded by the monitor is read and changed only inside ``locked(_:)``; a thread that
/// must wait for a change calls ``wait()`` there, and a thread that makes one calls
/// ``broadcast()``.
final class Monitor: @unchecked Sendable {
  private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
  private let changed = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

  /// Creates an unlocked monitor.
  init() {
    pthread_mutex_init(mutex, nil)
    pthread_cond_init(changed, nil)
  }

  deinit {
    pthread_cond_destroy(changed)
    pthread_mutex_destroy(mutex)
    changed.deallocate()
    mutex.deallocate()
  }

  /// Runs `body` holding the lock.
  func locked<Value>(_ body: () -> Value) -> Value {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return body()
  }

  /// Waits for another thread's ``broadcast()``; call only inside ``locked(_:)``.
  func wait() {
    pthread_cond_wait(changed, mutex)
  }

  /// Wakes every thread waiting in ``wait()``; call only inside ``locked(_:)``.
  func broadcast() {
    pthread_cond_broadcast(changed)
  }
}
