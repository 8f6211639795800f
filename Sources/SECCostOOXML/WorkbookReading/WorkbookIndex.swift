import Foundation
import SECCost

/// What `xl/workbook.xml` and its relationships say: the sheets by name, in tab order, with the
/// part each is in, and the date system.
package struct WorkbookIndex {
  /// One sheet of the workbook.
  package struct Sheet: Sendable {
    /// Its name, as its tab shows it.
    package let name: String
    /// The part holding its cells (`xl/worksheets/sheet1.xml`).
    package let part: String
    /// Whether it is hidden (`hidden` or `veryHidden`).
    package let isHidden: Bool
  }

  /// The worksheets, in tab order (chart sheets and others are left out).
  package let sheets: [Sheet]
  /// Whether serial dates count from 1904 (`date1904`) rather than 1900.
  package let date1904: Bool
  /// The part of the workbook (`xl/workbook.xml`), whose folder other targets are relative to.
  package let workbookPart: String

  /// Reads the index of `archive`; refuses an archive that is not a workbook.
  package init(_ archive: WorkbookArchive) throws(WorkbookReadError) {
    let file = archive.file
    var workbookPart = "xl/workbook.xml"
    let rootRelationships = Relationships(file: file)
    if try archive.parse("_rels/.rels", rootRelationships) {
      if let target = rootRelationships.targets.first(where: {
        $0.type.hasSuffix("/officeDocument")
      }) {
        workbookPart = Self.resolve(target.target, from: "")
      }
    }
    let sheets = SheetList(file: file)
    guard try archive.parse(workbookPart, sheets) else {
      throw WorkbookReadError(
        file: file,
        "is a ZIP archive but not a workbook: it has no \(MessageText.escaped(workbookPart))")
    }
    let folder = workbookPart.split(separator: "/").dropLast().joined(separator: "/")
    let relationshipsPart =
      (folder.isEmpty ? "" : folder + "/") + "_rels/"
      + (workbookPart.split(separator: "/").last.map(String.init) ?? "workbook.xml") + ".rels"
    var targets: [String: Relationships.Target] = [:]
    let relationships = Relationships(file: file)
    if try archive.parse(relationshipsPart, relationships) {
      for target in relationships.targets { targets[target.id] = target }
    }
    var found: [Sheet] = []
    for sheet in sheets.sheets {
      guard let target = targets[sheet.relationship], target.type.hasSuffix("/worksheet") else {
        continue
      }
      found.append(
        Sheet(
          name: sheet.name, part: Self.resolve(target.target, from: folder),
          isHidden: sheet.state == "hidden" || sheet.state == "veryHidden"))
    }
    self.sheets = found
    self.date1904 = sheets.date1904
    self.workbookPart = workbookPart
  }

  /// The part a relationship's `target` names, from the folder `folder` of its source: `/x` is
  /// from the root; `..` steps up.
  static func resolve(_ target: String, from folder: String) -> String {
    var components: [Substring] =
      target.hasPrefix("/") ? [] : folder.split(separator: "/", omittingEmptySubsequences: true)
    for component in target.split(separator: "/", omittingEmptySubsequences: true) {
      if component == ".." {
        _ = components.popLast()
      } else if component != "." {
        components.append(component)
      }
    }
    return components.joined(separator: "/")
  }

  /// The `<sheet>` elements and the date system of `workbook.xml`.
  private final class SheetList: XMLPartHandler {
    var sheets: [(name: String, relationship: String, state: String)] = []
    var date1904 = false

    override func start(_ name: Substring, _ attributes: [Substring: String])
      throws(WorkbookReadError)
    {
      switch name {
      case "sheet":
        sheets.append(
          (attributes["name"] ?? "", attributes["id"] ?? "", attributes["state"] ?? "visible"))
      case "workbookPr":
        let value = attributes["date1904"] ?? "0"
        date1904 = value == "1" || value == "true"
      default:
        break
      }
    }
  }

  /// The relationships of a `.rels` part.
  private final class Relationships: XMLPartHandler {
    struct Target {
      let id: String
      let type: String
      let target: String
    }
    var targets: [Target] = []

    override func start(_ name: Substring, _ attributes: [Substring: String])
      throws(WorkbookReadError)
    {
      guard name == "Relationship", attributes["TargetMode"] != "External" else { return }
      targets.append(
        Target(
          id: attributes["Id"] ?? "", type: attributes["Type"] ?? "",
          target: attributes["Target"] ?? ""))
    }
  }
}
