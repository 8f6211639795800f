/// The shared-string table (`xl/sharedStrings.xml`): each `<si>`'s text, its rich-text runs
/// joined, phonetic guides (`<rPh>`) left out and `_xHHHH_` escapes decoded.
final class SharedStrings: XMLPartHandler {
  /// The strings, by index.
  private(set) var strings: [String] = []
  private var current: String?
  private var inText = false
  private var phoneticDepth = 0

  override func start(_ name: Substring, _ attributes: [Substring: String])
    throws(WorkbookReadError)
  {
    switch name {
    case "si": current = ""
    case "rPh": phoneticDepth += 1
    case "t": inText = current != nil && phoneticDepth == 0
    default: break
    }
  }

  override func end(_ name: Substring) throws(WorkbookReadError) {
    switch name {
    case "si":
      strings.append(OOXMLEscapes.decoded(current ?? ""))
      current = nil
    case "rPh": phoneticDepth -= 1
    case "t": inText = false
    default: break
    }
  }

  override func characters(_ text: String) {
    if inText { current? += text }
  }
}
