/// Escaping for text placed in Markdown.
enum MarkdownText {
  /// `text` with Markdown's inline syntax escaped (`*`, `_`, `|`, `[`, `]`, `` ` ``, `<`, `\`),
  /// line ends as spaces, so it reads as written in a paragraph or a table cell.
  static func escaped(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "\\", "*", "_", "|", "[", "]", "`", "<", ">", "#":
        result.append("\\")
        result.append(character)
      case "\n", "\r", "\r\n":
        result.append(" ")
      default:
        result.append(character)
      }
    }
    return result
  }
}
