/// The fixed parts of a `.docx` seccost writes, besides the document and its footnotes: the
/// content types, the relationships, the settings. Written from code, no template file.
enum DOCXPackageParts {
  /// The WordprocessingML namespace.
  static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

  /// `[Content_Types].xml`: the type of every part.
  static let contentTypes = """
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
    <Default Extension="xml" ContentType="application/xml"/>\
    <Override PartName="/word/document.xml" \
    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
    <Override PartName="/word/styles.xml" \
    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
    <Override PartName="/word/settings.xml" \
    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
    <Override PartName="/word/footnotes.xml" \
    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>\
    </Types>
    """

  /// `_rels/.rels`: the package's main document.
  static let packageRelationships = """
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" \
    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
    Target="word/document.xml"/>\
    </Relationships>
    """

  /// `word/_rels/document.xml.rels`: the document's styles, settings and footnotes.
  static let documentRelationships = """
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" \
    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
    Target="styles.xml"/>\
    <Relationship Id="rId2" \
    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" \
    Target="settings.xml"/>\
    <Relationship Id="rId3" \
    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" \
    Target="footnotes.xml"/>\
    </Relationships>
    """

  /// `word/settings.xml`: British English, footnotes numbered from `footnoteStart`, with the
  /// separator footnotes Word requires listed, and Word 2013+ compatibility (no compatibility
  /// mode banner).
  static func settings(footnoteStart: Int) -> String {
    "<w:settings xmlns:w=\"\(wordNamespace)\">"
      + "<w:defaultTabStop w:val=\"720\"/>"
      + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
      + "<w:footnotePr>"
      + (footnoteStart == 1 ? "" : "<w:numStart w:val=\"\(footnoteStart)\"/>")
      + "<w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>"
      + "<w:compat><w:compatSetting w:name=\"compatibilityMode\""
      + " w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
      + "</w:settings>"
  }
}
