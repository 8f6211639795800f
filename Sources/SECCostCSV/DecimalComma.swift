import SECCost

/// Amounts as European Excel writes them in `;`-delimited files: `1.335.568,50`, `1335568,5`.
enum DecimalComma {
  /// The amount with `.` and `,` swapped, if it has a comma or several dots and does not read as
  /// written but does once swapped; otherwise the text unchanged (so its own error is reported).
  /// A lone dot (`12.345`) stays as it is: it is refused rather than guessed at.
  static func normalised(_ text: String) -> String {
    let european = text.contains(",") || text.filter({ $0 == "." }).count > 1
    guard european, (try? Money(parsing: text)) == nil else { return text }
    let swapped = String(
      text.map { character -> Character in
        character == "," ? "." : character == "." ? "," : character
      })
    return (try? Money(parsing: swapped)) == nil ? text : swapped
  }
}
