/// Escaping for text placed in HTML, SVG and XML: the one place that knows which characters
/// markup must write as entities and which characters XML 1.0 cannot hold.
package enum XMLText {
  /// `text` with `&`, `<`, `>`, `"` and `'` escaped, and characters XML 1.0 cannot hold
  /// (control characters other than tab and line ends) dropped.
  package static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars where canHold(scalar) {
      append(scalar, to: &result)
    }
    return result
  }

  /// Whether XML 1.0 text can hold `scalar`: not a control character other than tab, line feed
  /// and carriage return, and not U+FFFE or U+FFFF.
  package static func canHold(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x20 { return scalar == "\t" || scalar == "\n" || scalar == "\r" }
    return value != 0xFFFE && value != 0xFFFF
  }

  /// Appends `scalar`, which XML can hold (`canHold(_:)`), to `result`: as its entity if it is
  /// `&`, `<`, `>`, `"` or `'`, as itself otherwise.
  package static func append(_ scalar: Unicode.Scalar, to result: inout String) {
    switch scalar {
    case "&": result += "&amp;"
    case "<": result += "&lt;"
    case ">": result += "&gt;"
    case "\"": result += "&quot;"
    case "'": result += "&#39;"
    default: result.unicodeScalars.append(scalar)
    }
  }
}
