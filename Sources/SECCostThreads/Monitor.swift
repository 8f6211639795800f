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
///
/// Every pthread call is checked. Creating a monitor can fail (no memory for the mutex), and
/// then ``init()`` returns `nil` so the caller does the work on one thread. Once made, locking,
/// waiting and waking fail only when the monitor is misused (a deadlock, a wait without the
/// lock), a defect in this package that stops the program with the call and its error number,
/// as swift-nio's `NIOLock` does, rather than letting two threads share state unguarded.
package final class Monitor: @unchecked Sendable {
  private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
  private let changed = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

  /// Creates an unlocked monitor; `nil` if the system cannot make its mutex or condition.
  package init?() {
    guard pthread_mutex_init(mutex, nil) == 0 else {
      mutex.deallocate()
      changed.deallocate()
      return nil
    }
    guard pthread_cond_init(changed, nil) == 0 else {
      pthread_mutex_destroy(mutex)
      mutex.deallocate()
      changed.deallocate()
      return nil
    }
  }

  deinit {
    PthreadCall.check(pthread_cond_destroy(changed), "pthread_cond_destroy")
    PthreadCall.check(pthread_mutex_destroy(mutex), "pthread_mutex_destroy")
    changed.deallocate()
    mutex.deallocate()
  }

  /// Runs `body` holding the lock.
  package func locked<Value>(_ body: () -> Value) -> Value {
    PthreadCall.check(pthread_mutex_lock(mutex), "pthread_mutex_lock")
    defer { PthreadCall.check(pthread_mutex_unlock(mutex), "pthread_mutex_unlock") }
    return body()
  }

  /// Waits for another thread's ``broadcast()``; call only inside ``locked(_:)``.
  package func wait() {
    PthreadCall.check(pthread_cond_wait(changed, mutex), "pthread_cond_wait")
  }

  /// Wakes every thread waiting in ``wait()``; call only inside ``locked(_:)``.
  package func broadcast() {
    PthreadCall.check(pthread_cond_broadcast(changed), "pthread_cond_broadcast")
  }
}
