#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Comparing byte strings with `memcmp`.
enum ByteComparison {
  /// Whether the `bytes.count` bytes at `stored` are `bytes`.
  static func equal(_ stored: UnsafePointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    return memcmp(stored, base, bytes.count) == 0
  }
}
