extension StringProtocol {
  /// The text with every space separator that is not a plain space (the no-break space U+00A0,
  /// the thin space U+2009, the ideographic space U+3000, …) made a plain space: a cell copied
  /// from a RID in a word processor reads as it looks.
  package var plainSpaced: Substring {
    if utf8.allSatisfy({ $0 < 0x80 }) { return Substring(self) }
    guard unicodeScalars.contains(where: Self.isOtherSpace) else { return Substring(self) }
    var result = ""
    result.unicodeScalars.append(
      contentsOf: unicodeScalars.lazy.map { Self.isOtherSpace($0) ? " " : $0 })
    return Substring(result)
  }

  private static func isOtherSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar != " " && scalar.properties.generalCategory == .spaceSeparator
  }
}
