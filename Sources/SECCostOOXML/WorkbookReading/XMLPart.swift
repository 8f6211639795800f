import Foundation
import SECCost

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// One XML part of a workbook, parsed with Foundation's streaming (SAX) parser: no tree is built,
/// and no document type is accepted, so no entity can expand (billion laughs) or reach outside
/// the file (external entities).
///
/// Element and attribute names are handed on without their namespace prefix (`x:c` is `c`), as
/// producers differ in the prefixes they use.
package enum XMLPart {
  /// Parses the part read from `stream`, part `path` of the workbook `file`, calling `handler`;
  /// refuses a part with a document type declaration (`declaresDocumentType`, as the bytes were
  /// scanned on their way), a part that is not UTF-8 (its `start` a UTF-16 byte order mark) and
  /// malformed XML.
  static func parse(
    _ stream: InputStream, start: Data, declaresDocumentType: Bool, path: String, file: String,
    _ handler: XMLPartHandler
  ) throws(WorkbookReadError) {
    if start.starts(with: [0xFF, 0xFE]) || start.starts(with: [0xFE, 0xFF]) {
      throw WorkbookReadError(
        file: file, "is refused: its part \(MessageText.escaped(path)) is UTF-16, not UTF-8")
    }
    if declaresDocumentType {
      throw WorkbookReadError(
        file: file,
        "is refused: its part \(MessageText.escaped(path)) declares a document type (<!DOCTYPE),"
          + " which a workbook never needs and which can expand entities without bound or read"
          + " other files")
    }
    // Fed as a stream, in chunks: given all at once, libxml2 refuses a part over 10 MB ("huge
    // input lookup") as not well-formed.
    let parser = XMLParser(stream: stream)
    parser.shouldResolveExternalEntities = false
    parser.shouldProcessNamespaces = false
    parser.shouldReportNamespacePrefixes = false
    let delegate = Delegate(handler: handler)
    parser.delegate = delegate
    let parsed = parser.parse()
    if let error = delegate.error { throw error }
    // An unterminated document can parse without an error: every element must have ended.
    guard parsed, delegate.depth == 0, delegate.sawRoot else {
      let line = parser.lineNumber
      throw WorkbookReadError(
        file: file,
        "is a damaged workbook: its part \(MessageText.escaped(path)) is not well-formed XML"
          + " (line \(line))")
    }
  }

  /// Whether `<!DOCTYPE` or `<!ENTITY` occurs in `data` (anywhere: a part never needs either).
  static func declaresDocumentType(_ data: Data) -> Bool {
    let markers: [[UInt8]] = [Array("<!DOCTYPE".utf8), Array("<!ENTITY".utf8)]
    return data.withUnsafeBytes { raw -> Bool in
      let bytes = raw.bindMemory(to: UInt8.self)
      guard bytes.count >= 8 else { return false }
      var index = 0
      while index < bytes.count - 1 {
        if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "!") {
          for marker in markers where index + marker.count <= bytes.count {
            var matches = true
            for offset in 2..<marker.count where bytes[index + offset] & 0xDF != marker[offset] {
              matches = false
              break
            }
            if matches { return true }
          }
        }
        index += 1
      }
      return false
    }
  }

  /// `name` without its namespace prefix.
  static func local(_ name: String) -> Substring {
    guard let colon = name.lastIndex(of: ":") else { return Substring(name) }
    return name[name.index(after: colon)...]
  }

  /// Foundation's delegate, handing local names on and stopping at the handler's first error.
  private final class Delegate: NSObject, XMLParserDelegate {
    let handler: XMLPartHandler
    var error: WorkbookReadError?
    /// The elements open, and whether there was one at all.
    var depth = 0
    var sawRoot = false

    init(handler: XMLPartHandler) { self.handler = handler }

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
      guard error == nil else { return }
      depth += 1
      sawRoot = true
      var attributes: [Substring: String] = [:]
      for (key, value) in attributeDict { attributes[XMLPart.local(key)] = value }
      do {
        try handler.start(XMLPart.local(elementName), attributes)
      } catch {
        self.error = error
        parser.abortParsing()
      }
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
      qualifiedName qName: String?
    ) {
      guard error == nil else { return }
      depth -= 1
      do {
        try handler.end(XMLPart.local(elementName))
      } catch {
        self.error = error
        parser.abortParsing()
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      guard error == nil else { return }
      handler.characters(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
      guard error == nil else { return }
      handler.characters(String(decoding: CDATABlock, as: UTF8.self))
    }

    func parser(
      _ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?
    ) {
      refuse(parser)
    }

    func parser(
      _ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?,
      systemID: String?
    ) {
      refuse(parser)
    }

    func parser(
      _ parser: XMLParser, foundElementDeclarationWithName elementName: String, model: String
    ) {
      refuse(parser)
    }

    private func refuse(_ parser: XMLParser) {
      if error == nil {
        error = WorkbookReadError(file: handler.file, "is refused: a part declares entities")
      }
      parser.abortParsing()
    }
  }
}

/// What reads one kind of part: called with each element's start (local name and attributes),
/// its text and its end.
class XMLPartHandler {
  /// The workbook as the user named it, for messages.
  let file: String

  init(file: String) { self.file = file }

  func start(_ name: Substring, _ attributes: [Substring: String]) throws(WorkbookReadError) {}
  func end(_ name: Substring) throws(WorkbookReadError) {}
  func characters(_ text: String) {}
}
