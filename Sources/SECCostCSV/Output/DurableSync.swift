#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The flush to disk (`fsync`) that makes an output file's content, and then its rename,
/// durable: every output file, and the directory it is renamed in, is flushed by ``sync``.
///
/// A test seam, and nothing more: a test replaces ``sync`` for the duration of a task
/// (`DurableSync.$sync.withValue(…) { … }`) to see which descriptors are flushed and when, or to
/// make a flush fail. Being task-local, the replacement reaches only the code the test runs,
/// never other tests running beside it; outside such a scope ``sync`` is `fsync`.
package enum DurableSync {
  /// What is being flushed.
  package enum Subject: Sendable, Equatable {
    /// A temporary file, written and about to be renamed over its target.
    case file
    /// The directory a temporary file has just been renamed in.
    case directory
  }

  /// The call that flushes a descriptor: `fsync`, unless a test has replaced it. It returns 0 on
  /// success, or −1 with `errno` set.
  @TaskLocal package static var sync: @Sendable (_ descriptor: Int32, _ subject: Subject) -> Int32 =
    { descriptor, _ in fsync(descriptor) }
}
