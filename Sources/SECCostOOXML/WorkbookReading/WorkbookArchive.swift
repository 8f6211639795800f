import Foundation
import SECCost
import ZIPFoundation

/// The ZIP archive of a workbook, its parts inflated within `WorkbookLimits`.
package final class WorkbookArchive {
  /// The workbook as the user named it.
  package let file: String
  private let archive: Archive
  private let limits: WorkbookLimits
  /// The bytes inflated so far, every part together.
  private var inflated = 0

  /// Opens `file`: refuses a file that is not a ZIP archive, and an archive whose directory
  /// declares a part or a total over `limits`.
  package init(file: String, limits: WorkbookLimits = WorkbookLimits()) throws(WorkbookReadError) {
    self.file = file
    self.limits = limits
    // Opened first so that a missing or unreadable file says so as a CSV file's would.
    guard let handle = FileHandle(forReadingAtPath: file) else {
      let code = errno
      throw WorkbookReadError(
        file: file, "cannot read: \(String(cString: strerror(code)))", kind: .unreadable)
    }
    let start = (try? handle.read(upToCount: 4)) ?? Data()
    try? handle.close()
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      throw WorkbookReadError(file: file, "is a directory, not a workbook", kind: .unreadable)
    }
    do {
      archive = try Archive(url: URL(fileURLWithPath: file), accessMode: .read)
    } catch {
      throw WorkbookReadError(
        file: file,
        start == Data([0x50, 0x4B, 0x03, 0x04])
          ? "is a workbook (a ZIP archive) that is damaged: its ZIP directory cannot be read"
          : "is not a workbook: it is not a ZIP archive, as an .xlsx file is")
    }
    var total: UInt64 = 0
    for entry in archive {
      let size = entry.uncompressedSize
      if size > UInt64(limits.partBytes) {
        throw WorkbookReadError(
          file: file,
          "is refused: its part \(MessageText.escaped(entry.path)) declares \(size) bytes"
            + " uncompressed, over the limit of \(WorkbookLimits.describe(limits.partBytes))"
            + " per part (a zip bomb?)")
      }
      total += size
      if total > UInt64(limits.totalBytes) {
        throw WorkbookReadError(
          file: file,
          "is refused: its parts declare more than \(WorkbookLimits.describe(limits.totalBytes))"
            + " uncompressed in all (a zip bomb?)")
      }
    }
  }

  /// Whether the archive holds the part `path`.
  package func contains(_ path: String) -> Bool { archive[path] != nil }

  /// Parses part `path` (no leading `/`) with `handler` (`XMLPart`), or returns `false` if
  /// there is no such part. The part is never held whole: it is inflated, a chunk at a time, to a
  /// scratch file (the bytes counted against the limits as they come, whatever the archive
  /// declares, and scanned for a document type), and parsed from there as a stream.
  ///
  /// - Throws: ``WorkbookReadError``: a part over the limits, one that cannot be inflated, and
  ///   what `XMLPart` refuses.
  func parse(_ path: String, _ handler: XMLPartHandler) throws(WorkbookReadError) -> Bool {
    guard let entry = archive[path], entry.type == .file else { return false }
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seccost-part-\(UUID().uuidString).xml")
    guard FileManager.default.createFile(atPath: scratch.path, contents: nil),
      let output = try? FileHandle(forWritingTo: scratch)
    else {
      throw WorkbookReadError(
        file: file, "cannot be read: no scratch file for its part \(MessageText.escaped(path))",
        kind: .unreadable)
    }
    defer { try? FileManager.default.removeItem(at: scratch) }
    var size = 0
    var start = Data()  // the first bytes, for a byte order mark
    var tail = Data()  // the last bytes of the previous chunk, for a marker across chunks
    var declaresDocumentType = false
    var overLimit: String?
    var writeFailed = false
    do {
      _ = try archive.extract(entry, skipCRC32: false) { [self] chunk in
        size += chunk.count
        inflated += chunk.count
        if size > limits.partBytes {
          overLimit =
            "its part \(MessageText.escaped(path)) inflates to more than"
            + " \(WorkbookLimits.describe(limits.partBytes)), the limit per part (a zip bomb?)"
        } else if inflated > limits.totalBytes {
          overLimit =
            "its parts inflate to more than \(WorkbookLimits.describe(limits.totalBytes)) in all"
            + " (a zip bomb?)"
        }
        if overLimit != nil { throw CocoaError(.fileReadTooLarge) }
        if start.count < 2 { start.append(chunk.prefix(2 - start.count)) }
        if !declaresDocumentType {
          declaresDocumentType = XMLPart.declaresDocumentType(tail + chunk)
        }
        tail = Data((tail + chunk).suffix(8))
        do { try output.write(contentsOf: chunk) } catch {
          writeFailed = true
          throw error
        }
      }
      try output.close()
    } catch {
      try? output.close()
      if let overLimit { throw WorkbookReadError(file: file, "is refused: " + overLimit) }
      if writeFailed {
        throw WorkbookReadError(
          file: file,
          "cannot be read: its part \(MessageText.escaped(path)) cannot be inflated"
            + " to a scratch file (\(error.localizedDescription))", kind: .unreadable)
      }
      throw WorkbookReadError(
        file: file,
        "is a damaged workbook: its part \(MessageText.escaped(path)) cannot be inflated")
    }
    guard let stream = InputStream(url: scratch) else {
      throw WorkbookReadError(
        file: file, "cannot be read: its part \(MessageText.escaped(path)) was lost",
        kind: .unreadable)
    }
    try XMLPart.parse(
      stream, start: start, declaresDocumentType: declaresDocumentType, path: path, file: file,
      handler)
    return true
  }
}
