/// A fast 64-bit hash of byte strings, for fingerprints and interning within one run (the
/// function may change between versions: never store its values).
///
/// Each 8-byte word is folded in with a full 64 × 64 → 128-bit multiply, the halves xored
/// (wyhash's "mum"); each string ends with a word holding its length, so `("ab", "c")` and
/// `("a", "bc")` differ; the result goes through MurmurHash3's finaliser.
struct ByteHasher {
  private var state: UInt64 = 0x243F_6A88_85A3_08D3

  /// Adds the bytes of one string.
  mutating func combine(_ bytes: UnsafeBufferPointer<UInt8>) {
    let count = bytes.count
    guard let base = bytes.baseAddress else {
      mix(0)
      return
    }
    let raw = UnsafeRawPointer(base)
    var offset = 0
    while count - offset >= 8 {
      mix(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
      offset += 8
    }
    let remaining = count - offset
    var tail: UInt64 = 0
    if remaining > 0 {
      if count >= 8 {
        // The last eight bytes, overlapping words already mixed, shifted to the new ones.
        let last = UInt64(
          littleEndian: raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        tail = last >> UInt64(8 * (8 - remaining))
      } else {
        var shift: UInt64 = 0
        if remaining & 4 != 0 {
          tail = UInt64(
            UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
          offset += 4
          shift = 32
        }
        if remaining & 2 != 0 {
          tail |=
            UInt64(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt16.self)))
            << shift
          offset += 2
          shift += 16
        }
        if remaining & 1 != 0 { tail |= UInt64(base[offset]) << shift }
      }
    }
    mix(tail ^ (UInt64(truncatingIfNeeded: count) << 56))
  }

  /// Adds a string's UTF-8 bytes in Normalization Form C, so that strings Swift calls equal
  /// (canonically equivalent) hash alike.
  mutating func combine(_ text: String) {
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      var text = text
      text.withUTF8 { combine($0) }
    } else {
      let normalised = Array(text._nfcCodeUnits)
      normalised.withUnsafeBufferPointer { combine($0) }
    }
  }

  /// Adds a small number (an enumeration's ordinal).
  mutating func combine(_ value: Int) {
    mix(UInt64(bitPattern: Int64(value)) ^ 0x5555_0000_0000_0000)
  }

  /// The hash of everything added (more may be added after).
  var value: UInt64 { ByteHasher.finalise(state ^ 0x9E37_79B9_7F4A_7C15) }

  @inline(__always)
  private mutating func mix(_ word: UInt64) {
    let product = (state ^ word).multipliedFullWidth(by: 0x9E37_79B9_7F4A_7C15)
    state = (product.high ^ product.low) &+ 0x6A09_E667_F3BC_C909
  }

  private static func finalise(_ value: UInt64) -> UInt64 {
    var x = value
    x ^= x >> 33
    x = x &* 0xFF51_AFD7_ED55_8CCD
    x ^= x >> 33
    x = x &* 0xC4CE_B9FE_1A85_EC53
    x ^= x >> 33
    return x
  }
}
