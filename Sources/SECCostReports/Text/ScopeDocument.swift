/// A report made of titled sections, each a table with lines of text under it, laid out for the
/// terminal or as Markdown.
package struct ScopeDocument {
  /// One part of the report.
  struct Section {
    /// The heading, if the section has one.
    var title: String?
    /// The Markdown heading level (`##` for a release, `###` for its parts).
    var level = 3
    /// Lines of text before the table.
    var lead: [String] = []
    /// The table, if the section has one.
    var table: TextTable?
    /// Lines of text after the table.
    var footer: [String] = []
  }

  var sections: [Section] = []

  mutating func append(_ section: Section) {
    sections.append(section)
  }

  /// Sections separated by blank lines; headings as they are, tables aligned.
  package var plainText: String {
    sections.map { section in
      var parts: [String] = []
      if let title = section.title { parts.append(title) }
      parts += section.lead
      var text = parts.joined(separator: "\n")
      if let table = section.table {
        if !section.lead.isEmpty { text += "\n\n" } else if !text.isEmpty { text += "\n" }
        text += table.aligned.dropLast()
      }
      if !section.footer.isEmpty { text += "\n" + section.footer.joined(separator: "\n") }
      return text
    }.joined(separator: "\n\n") + "\n"
  }

  /// Headings as `###`, tables as GitHub-flavoured Markdown.
  package var markdown: String {
    sections.map { section in
      var parts: [String] = []
      if let title = section.title {
        parts.append(String(repeating: "#", count: section.level) + " \(title)")
      }
      if !section.lead.isEmpty { parts.append(section.lead.joined(separator: "  \n")) }
      if let table = section.table { parts.append(String(table.markdown.dropLast())) }
      if !section.footer.isEmpty { parts.append(section.footer.joined(separator: "  \n")) }
      return parts.joined(separator: "\n\n")
    }.joined(separator: "\n\n") + "\n"
  }
}
