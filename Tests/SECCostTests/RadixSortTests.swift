import PropertyBased
import Testing

@testable import SECCost

@Suite("Radix sort of positions by key")
struct RadixSortTests {
  @Test("law: the same order as a stable comparison sort, for keys of any width")
  func law() async {
    await propertyCheck(
      count: 300, input: Gen.uint64(in: 0...UInt64.max).array(of: 0...300), Gen.int(in: 0...64)
    ) { keys, bits in
      // Keys narrowed to `bits` bits (the sort's precondition); for inputs of even length also
      // to bits 0-3 and 8-15, so that many keys are equal and whole bytes agree.
      let mask: UInt64 = bits == 64 ? .max : (1 << UInt64(bits)) - 1
      let narrowed = keys.map { $0 & mask & (keys.count.isMultiple(of: 2) ? 0xFF0F : .max) }
      let expected = narrowed.indices.sorted { (narrowed[$0], $0) < (narrowed[$1], $1) }
      #expect(RadixSort.order(of: narrowed, significantBits: bits) == expected)
    }
  }

  @Test("keys that agree in every byte but one, and all-equal keys, keep their order")
  func skippedBytes() {
    let keys: [UInt64] = [0x0300, 0x0100, 0x0300, 0x0200, 0x0100]
    #expect(RadixSort.order(of: keys, significantBits: 16) == [1, 4, 3, 0, 2])
    #expect(RadixSort.order(of: [7, 7, 7], significantBits: 3) == [0, 1, 2])
    #expect(RadixSort.order(of: [], significantBits: 64) == [])
  }
}
