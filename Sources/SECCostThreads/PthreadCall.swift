/// The check on a pthread call that can fail only when the caller misuses it.
enum PthreadCall {
  /// Stops the program, naming the call and its error number, unless `result` is 0.
  ///
  /// The calls checked here (locking a mutex made by ``Monitor``, waiting on its condition,
  /// joining a thread once) fail only on a defect in this package: going on would let two
  /// threads share state unguarded, which could change a total silently. Stopping with the
  /// call's name is the lesser harm, and what swift-nio's `NIOLock` does.
  @inline(__always)
  static func check(_ result: Int32, _ call: StaticString) {
    precondition(result == 0, "\(call) failed with error \(result)")
  }
}
