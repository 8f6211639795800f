import Foundation
import SECCostCSV
import ZIPFoundation

/// An Office Open XML package (a `.xlsx` or `.docx` file): named XML parts packed in a ZIP
/// archive with ZIPFoundation, byte for byte the same for the same parts. Entries are written in
/// the order given, each dated 1980-01-01 00:00 UTC and stored (not deflated, so the bytes do not
/// depend on the zlib version).
package struct OOXMLPackage {
  /// Writes one part's XML, in pieces, to the function it is given.
  package typealias PartWriter = (_ emit: (String) throws -> Void) throws -> Void

  /// The parts, in the order they are written: a path inside the package and its XML.
  package var parts: [(path: String, write: PartWriter)]

  /// A package of `parts`.
  package init(parts: [(path: String, xml: String)]) {
    self.parts = parts.map { part in (part.path, { emit in try emit(part.xml) }) }
  }

  /// A package of parts whose XML is written as the package is (a long sheet's rows are made
  /// one at a time: ``write(to:)`` never holds a part whole).
  package init(writing parts: [(path: String, write: PartWriter)]) { self.parts = parts }

  /// The date on every entry: the earliest a ZIP file can hold.
  package static let entryDate = Date(timeIntervalSince1970: 315_532_800)

  /// The XML declaration every part starts with.
  package static let declaration =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

  /// The file's bytes, made in memory (for packages of a few pages).
  ///
  /// - Throws: what a part's writer throws; ``OOXMLPackageError`` if the archive cannot be made.
  package func bytes() throws -> [UInt8] {
    let archive: Archive
    do { archive = try Archive(data: Data(), accessMode: .create) } catch {
      throw OOXMLPackageError.packing
    }
    for part in parts {
      var xml = ""
      try part.write { xml += $0 }
      let data = Data(xml.utf8)
      try Self.add(part.path, size: data.count, to: archive) { position, size in
        data.subdata(in: Int(position)..<(Int(position) + size))
      }
    }
    guard let data = archive.data else { throw OOXMLPackageError.packing }
    return Array(data)
  }

  /// Writes the package to the file at `path`, atomically (`OutputFile`: nothing is written if
  /// anything fails), holding no part whole: each part's XML is spooled to a scratch file as it
  /// is made, added to a scratch archive from there, and the archive copied into place a
  /// megabyte at a time. The bytes are those of ``bytes()``.
  ///
  /// - Throws: what a part's writer throws; ``OOXMLPackageError`` if the archive cannot be made;
  ///   `OutputFileError` if the file cannot be written.
  package func write(to path: String) throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let archiveURL = scratch.url.appendingPathComponent("package.zip")
    let archive: Archive
    do { archive = try Archive(url: archiveURL, accessMode: .create) } catch {
      throw OOXMLPackageError.packing
    }
    for (index, part) in parts.enumerated() {
      let spool = scratch.url.appendingPathComponent("part\(index).xml")
      let size = try Self.spool(part.write, to: spool)
      let handle: FileHandle
      do { handle = try FileHandle(forReadingFrom: spool) } catch {
        throw OOXMLPackageError.packing
      }
      defer { try? handle.close() }
      try Self.add(part.path, size: size, to: archive) { _, size in
        try handle.read(upToCount: size) ?? Data()
      }
      try? FileManager.default.removeItem(at: spool)
    }
    let input: FileHandle
    do { input = try FileHandle(forReadingFrom: archiveURL) } catch {
      throw OOXMLPackageError.packing
    }
    defer { try? input.close() }
    try OutputFile.write(to: path) { emit in
      while true {
        let chunk: Data?
        do { chunk = try input.read(upToCount: 1 << 20) } catch {
          return OOXMLPackageError.readCode
        }
        guard let chunk, !chunk.isEmpty else { return nil }  // the end of the file
        emit(Array(chunk))
      }
    }
  }

  /// Adds a stored entry of `size` bytes that `provider` gives.
  private static func add(
    _ path: String, size: Int, to archive: Archive, provider: @escaping Provider
  ) throws(OOXMLPackageError) {
    do {
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(size), modificationDate: entryDate,
        permissions: 0o644, compressionMethod: .none, provider: provider)
    } catch {
      throw .packing
    }
  }

  /// Writes a part's XML to the file at `url` through a 64 KiB buffer; returns its size.
  private static func spool(_ write: PartWriter, to url: URL) throws -> Int {
    guard FileManager.default.createFile(atPath: url.path, contents: nil),
      let handle = try? FileHandle(forWritingTo: url)
    else { throw OOXMLPackageError.packing }
    defer { try? handle.close() }
    var buffer: [UInt8] = []
    buffer.reserveCapacity(1 << 17)
    var size = 0
    func flush() throws {
      do { try handle.write(contentsOf: buffer) } catch { throw OOXMLPackageError.packing }
      size += buffer.count
      buffer.removeAll(keepingCapacity: true)
    }
    try write { piece in
      buffer.append(contentsOf: piece.utf8)
      if buffer.count >= 1 << 16 { try flush() }
    }
    try flush()
    return size
  }
}

/// A private directory under the system's temporary directory, for a package's scratch files.
private struct ScratchDirectory {
  let url: URL

  init() throws(OOXMLPackageError) {
    url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seccost-package-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(
        at: url, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
    } catch {
      throw .packing
    }
  }

  func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Why a package could not be written.
package enum OOXMLPackageError: Error, CustomStringConvertible {
  /// The ZIP archive could not be made.
  case packing

  /// The system error number reported when the finished archive cannot be read back (EIO).
  static let readCode: Int32 = 5

  /// What went wrong.
  package var description: String { "the Office Open XML package could not be written" }
}
