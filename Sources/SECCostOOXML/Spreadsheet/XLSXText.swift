import SECCost

/// Text as a worksheet cell holds it (OOXML's `ST_Xstring`): XML-escaped, with every character
/// XML 1.0 cannot hold written as `_xHHHH_` instead of being lost, and a carriage return too (an
/// XML parser would turn it into a line feed). A literal `_xHHHH_` in the text is written with
/// its underscore escaped (`_x005F_xHHHH_`), so that reading it back does not decode it.
package enum XLSXText {
  /// `text` escaped for a `<t>` element.
  package static func escaped(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for (index, scalar) in scalars.enumerated() {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\t", "\n": result.unicodeScalars.append(scalar)
      case "_" where startsEscape(scalars, at: index): result += "_x005F_"
      default:
        let value = scalar.value
        if value < 0x20 || value == 0xFFFE || value == 0xFFFF {
          let hex = String(value, radix: 16, uppercase: true)
          result += "_x" + String(repeating: "0", count: 4 - hex.count) + hex + "_"
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }

  /// Whether `_xHHHH_` (four hexadecimal digits, either case) starts at `index`.
  static func startsEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    guard index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_" else {
      return false
    }
    return scalars[(index + 2)..<(index + 6)].allSatisfy { $0.properties.isASCIIHexDigit }
  }

  /// Whether a `<t>` element needs `xml:space="preserve"` to keep `text`'s white space.
  package static func needsPreserve(_ text: String) -> Bool {
    let edges = [text.unicodeScalars.first, text.unicodeScalars.last]
    return edges.contains { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
      || text.contains("\n") || text.contains("  ")
  }
}
