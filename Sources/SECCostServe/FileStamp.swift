#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What `stat` says of a file that changes when its bytes are replaced or rewritten: device,
/// inode, size, modification and status-change times to the nanosecond. Comparing stamps is how
/// the workbench notices, on every request and without reading any bytes, that a ledger changed
/// on disk (an atomic rename gives a new inode; an edit in place a new size or time).
struct FileStamp: Hashable, Sendable {
  private let device: UInt64
  private let inode: UInt64
  private let size: Int64
  private let modified: Int64
  private let modifiedNanoseconds: Int64
  private let changed: Int64
  private let changedNanoseconds: Int64

  /// The stamp of `path`, or `nil` if it cannot be stat'ed (missing, not permitted).
  init?(path: String) {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    device = UInt64(status.st_dev)
    inode = UInt64(status.st_ino)
    size = Int64(status.st_size)
    #if canImport(Darwin)
      modified = Int64(status.st_mtimespec.tv_sec)
      modifiedNanoseconds = Int64(status.st_mtimespec.tv_nsec)
      changed = Int64(status.st_ctimespec.tv_sec)
      changedNanoseconds = Int64(status.st_ctimespec.tv_nsec)
    #else
      modified = Int64(status.st_mtim.tv_sec)
      modifiedNanoseconds = Int64(status.st_mtim.tv_nsec)
      changed = Int64(status.st_ctim.tv_sec)
      changedNanoseconds = Int64(status.st_ctim.tv_nsec)
    #endif
  }
}
