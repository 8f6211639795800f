extension Money {
  /// Whether UTF-8 `bytes` are exactly the ``plainDecimal`` form of the amount they parse to:
  /// `-?(0|[1-9][0-9]*)\.[0-9][0-9]`, but not `-0.00` (which is written `0.00`). Says whether a
  /// ledger cell was already canonical without formatting the amount.
  package static func isPlainDecimal(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    let count = bytes.count
    let negative = count > 0 && bytes[0] == UInt8(ascii: "-")
    if negative { index = 1 }
    let wholeStart = index
    while index < count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
      index += 1
    }
    let wholeDigits = index - wholeStart
    guard wholeDigits > 0, wholeDigits == 1 || bytes[wholeStart] != UInt8(ascii: "0") else {
      return false
    }
    guard count - index == 3, bytes[index] == UInt8(ascii: ".") else { return false }
    let tens = bytes[index + 1]
    let units = bytes[index + 2]
    guard tens >= UInt8(ascii: "0"), tens <= UInt8(ascii: "9"), units >= UInt8(ascii: "0"),
      units <= UInt8(ascii: "9")
    else { return false }
    let isZero =
      wholeDigits == 1 && bytes[wholeStart] == UInt8(ascii: "0")
      && tens == UInt8(ascii: "0") && units == UInt8(ascii: "0")
    return !(negative && isZero)
  }
}

extension Money {
  /// Appends ``plainDecimal`` as UTF-8 to `bytes`, without making a string.
  package func appendPlainDecimal(to bytes: inout [UInt8]) {
    withPlainDecimal { bytes.append(contentsOf: $0) }
  }

  /// Hands `body` ``plainDecimal`` as UTF-8, made in a buffer on the stack, without making a
  /// string.
  package func withPlainDecimal(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
      // Backwards from the end: pence, the point, then the pounds' digits and any sign.
      let magnitude = pence.magnitude
      var pounds = magnitude / 100
      let fraction = magnitude % 100
      var start = buffer.count
      func put(_ byte: UInt8) {
        start -= 1
        buffer[start] = byte
      }
      put(UInt8(ascii: "0") + UInt8(fraction % 10))
      put(UInt8(ascii: "0") + UInt8(fraction / 10))
      put(UInt8(ascii: "."))
      repeat {
        put(UInt8(ascii: "0") + UInt8(pounds % 10))
        pounds /= 10
      } while pounds > 0
      if pence < 0 { put(UInt8(ascii: "-")) }
      body(UnsafeBufferPointer(rebasing: buffer[start...]))
    }
  }
}
