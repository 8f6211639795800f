import CLibCSV

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A set of 64-bit fingerprints in one flat open-addressed table: 8 bytes a slot, at most 60%
/// full, so 1,000,000 keys take 16 MiB.
///
/// The table is mapped memory, asking the kernel for huge pages: each insert lands on a random
/// slot, and with 4 KiB pages most of them would miss the TLB as well as the cache.
final class FingerprintSet {
  private var slots: UnsafeMutablePointer<UInt64>
  private var capacity: Int
  private var mask: Int
  private var mapped: Bool
  private(set) var count = 0

  init() {
    capacity = 1 << 12
    mask = capacity - 1
    (slots, mapped) = FingerprintSet.allocate(capacity)
  }

  deinit {
    FingerprintSet.free(slots, capacity, mapped: mapped)
  }

  /// Adds `fingerprint`; `false` if it was already there.
  func insert(_ fingerprint: UInt64) -> Bool {
    let value = fingerprint == 0 ? 1 : fingerprint  // 0 marks an empty slot
    if (count &+ 1) &* 5 > capacity &* 3 { grow() }
    var index = Int(truncatingIfNeeded: value) & mask
    while true {
      let slot = slots[index]
      if slot == 0 {
        slots[index] = value
        count &+= 1
        return true
      }
      if slot == value { return false }
      index = (index &+ 1) & mask
    }
  }

  /// Starts fetching the slot `fingerprint` would go in, so that an insert a little later
  /// finds it in the cache.
  @inline(__always)
  func prefetch(_ fingerprint: UInt64) {
    let value = fingerprint == 0 ? 1 : fingerprint
    seccost_prefetch_for_write(slots + (Int(truncatingIfNeeded: value) & mask))
  }

  /// Whether `fingerprint` is in the set.
  func contains(_ fingerprint: UInt64) -> Bool {
    let value = fingerprint == 0 ? 1 : fingerprint
    var index = Int(truncatingIfNeeded: value) & mask
    while true {
      let slot = slots[index]
      if slot == value { return true }
      if slot == 0 { return false }
      index = (index &+ 1) & mask
    }
  }

  private func grow() {
    let old = slots
    let oldCapacity = capacity
    let oldMapped = mapped
    capacity *= 2
    mask = capacity - 1
    (slots, mapped) = FingerprintSet.allocate(capacity)
    for position in 0..<oldCapacity {
      let value = old[position]
      guard value != 0 else { continue }
      var index = Int(truncatingIfNeeded: value) & mask
      while slots[index] != 0 { index = (index &+ 1) & mask }
      slots[index] = value
    }
    FingerprintSet.free(old, oldCapacity, mapped: oldMapped)
  }

  /// Zeroed memory for `capacity` slots: mapped pages (huge pages where the kernel gives them)
  /// from 2 MiB up, the heap below.
  private static func allocate(_ capacity: Int) -> (UnsafeMutablePointer<UInt64>, mapped: Bool) {
    let size = capacity * MemoryLayout<UInt64>.stride
    if size >= hugePage {
      #if canImport(Glibc)
        let mapped = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        if let mapped, mapped != MAP_FAILED {
          _ = madvise(mapped, size, MADV_HUGEPAGE)
          return (mapped.bindMemory(to: UInt64.self, capacity: capacity), true)
        }
      #endif
    }
    let slots = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
    slots.initialize(repeating: 0, count: capacity)
    return (slots, false)
  }

  private static func free(_ slots: UnsafeMutablePointer<UInt64>, _ capacity: Int, mapped: Bool) {
    #if canImport(Glibc)
      if mapped {
        munmap(slots, capacity * MemoryLayout<UInt64>.stride)
        return
      }
    #endif
    slots.deallocate()
  }

  private static let hugePage = 2 << 20
}
