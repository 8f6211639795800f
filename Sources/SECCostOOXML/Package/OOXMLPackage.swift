import Foundation
import ZIPFoundation

/// An Office Open XML package (a `.xlsx` or `.docx` file): named XML parts packed in a ZIP
/// archive with ZIPFoundation, byte for byte the same for the same parts. Entries are written in
/// the order given, each dated 1980-01-01 00:00 UTC and stored (not deflated, so the bytes do not
/// depend on the zlib version).
package struct OOXMLPackage {
  /// The parts, in the order they are written: a path inside the package and its XML.
  package var parts: [(path: String, xml: String)]

  /// A package of `parts`.
  package init(parts: [(path: String, xml: String)]) { self.parts = parts }

  /// The date on every entry: the earliest a ZIP file can hold.
  package static let entryDate = Date(timeIntervalSince1970: 315_532_800)

  /// The XML declaration every part starts with.
  package static let declaration =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

  /// The file's bytes.
  package func bytes() throws(OOXMLPackageError) -> [UInt8] {
    do {
      let archive = try Archive(data: Data(), accessMode: .create)
      for part in parts {
        let data = Data(part.xml.utf8)
        try archive.addEntry(
          with: part.path, type: .file, uncompressedSize: Int64(data.count),
          modificationDate: Self.entryDate, permissions: 0o644, compressionMethod: .none,
          provider: { position, size in
            data.subdata(in: Int(position)..<(Int(position) + size))
          })
      }
      guard let data = archive.data else { throw OOXMLPackageError.packing }
      return Array(data)
    } catch {
      throw .packing
    }
  }
}

/// Why a package could not be written.
package enum OOXMLPackageError: Error, CustomStringConvertible {
  /// The ZIP archive could not be made.
  case packing

  /// What went wrong.
  package var description: String { "the Office Open XML package could not be written" }
}
