#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A POSIX thread running a closure: the second thread of a pipeline, or one that frees memory
/// while the program goes on.
package struct WorkerThread {
  private let thread: pthread_t

  /// Starts `body` on a new thread; `nil` if no thread could be started (the caller then does
  /// the work itself).
  package init?(_ body: @escaping () -> Void) {
    let context = Unmanaged.passRetained(Work(body)).toOpaque()
    var thread = pthread_t()
    guard pthread_create(&thread, nil, workerThreadMain, context) == 0 else {
      Unmanaged<Work>.fromOpaque(context).release()
      return nil
    }
    self.thread = thread
  }

  /// Waits for the thread to finish.
  package func join() {
    PthreadCall.check(pthread_join(thread, nil), "pthread_join")
  }

  /// Lets the thread finish on its own: nothing waits for it, and the process may end first.
  package func detach() {
    PthreadCall.check(pthread_detach(thread), "pthread_detach")
  }

  /// The closure, on the heap, to be handed to the new thread as one pointer.
  fileprivate final class Work {
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
  }
}

/// The entry point of every worker thread: runs its closure, then frees it.
private func workerThreadMain(_ context: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
  guard let context else { return nil }
  Unmanaged<WorkerThread.Work>.fromOpaque(context).takeRetainedValue().body()
  return nil
}
