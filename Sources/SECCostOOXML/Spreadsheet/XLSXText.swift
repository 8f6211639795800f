import SECCost

/// Text as a worksheet cell holds it (OOXML's `ST_Xstring`): XML-escaped (`XMLText`), with every
/// character XML 1.0 cannot hold written as `_xHHHH_` (`OOXMLEscapes`) instead of being lost, and
/// a carriage return too (an XML parser would turn it into a line feed). A literal `_xHHHH_` in
/// the text is written with its underscore escaped (`_x005F_xHHHH_`), so that reading it back
/// does not decode it.
package enum XLSXText {
  /// `text` escaped for a `<t>` element.
  package static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    let scalars = text.unicodeScalars
    for index in scalars.indices {
      let scalar = scalars[index]
      if scalar == "_", OOXMLEscapes.codeUnit(in: text.utf8[index...]) != nil {
        result += OOXMLEscapes.encoded(0x5F)
      } else if scalar == "\r" || !XMLText.canHold(scalar) {
        result += OOXMLEscapes.encoded(UInt16(scalar.value))
      } else {
        XMLText.append(scalar, to: &result)
      }
    }
    return result
  }

  /// Whether a `<t>` element needs `xml:space="preserve"` to keep `text`'s white space: white
  /// space at either end, a line feed, or two spaces in a row. One pass over the UTF-8 bytes.
  package static func needsPreserve(_ text: String) -> Bool {
    func isEdgeSpace(_ byte: UInt8) -> Bool {
      byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
    var previous: UInt8 = 0
    var first = true
    for byte in text.utf8 {
      if first, isEdgeSpace(byte) { return true }
      first = false
      if byte == 0x0A || (byte == 0x20 && previous == 0x20) { return true }
      previous = byte
    }
    return isEdgeSpace(previous)
  }
}
