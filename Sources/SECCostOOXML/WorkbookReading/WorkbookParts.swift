import Foundation

/// What every sheet of a workbook is read with: the archive, the index of sheets, the shared
/// strings and which cell formats are dates.
struct WorkbookParts {
  let archive: WorkbookArchive
  let index: WorkbookIndex
  let strings: [String]
  let dateStyles: [Bool]

  /// Opens `file` and reads its index, shared strings and styles.
  init(file: String, limits: WorkbookLimits) throws(WorkbookReadError) {
    archive = try WorkbookArchive(file: file, limits: limits)
    index = try WorkbookIndex(archive)
    let folder = index.workbookPart.split(separator: "/").dropLast().joined(separator: "/")
    let prefix = folder.isEmpty ? "" : folder + "/"
    let strings = SharedStrings(file: file)
    _ = try archive.parse(prefix + "sharedStrings.xml", strings)
    self.strings = strings.strings
    let styles = DateStyles(file: file)
    _ = try archive.parse(prefix + "styles.xml", styles)
    dateStyles = styles.isDate
  }
}
