/// Text from a file (a file name, a column name, a cell) placed in a one-line message.
public enum MessageText {
  /// `text` with C0 and C1 control characters, DEL, and every other invisible character
  /// (zero-width characters, bidirectional controls, the soft hyphen…)
  /// escaped (`\n`, `\r`, `\t`, `\u{1B}`, `\u{200B}`), so that a hostile name or cell can neither
  /// break the one-problem-per-line form nor drive the terminal. Text with none is returned as
  /// it is, and escaping escaped text changes nothing.
  public static func escaped(_ text: String) -> String {
    func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
      scalar.value < 0x20 || InvisibleCharacter.isInvisible(scalar)
    }
    guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      guard isUnsafe(scalar) else {
        result.unicodeScalars.append(scalar)
        continue
      }
      switch scalar {
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default: result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      }
    }
    return result
  }
}
