import Foundation
import Testing

@testable import SECCostCSV

#if canImport(Glibc)
  import Glibc
#endif

/// Output files are flushed to disk before they are renamed into place, and the directory after:
/// observed through ``DurableSync/sync`` (the flush is still done, by `fsync`).
@Suite("output files are flushed to disk (fsync) before and after the rename")
struct OutputFileSyncTests {
  /// One flush, and what the file system showed at that moment.
  struct Flush: Equatable {
    let subject: DurableSync.Subject
    /// The inode flushed.
    let inode: UInt
    /// Whether it was a directory.
    let isDirectory: Bool
    /// The flushed file's size.
    let size: Int
    /// Each target's content at that moment (`nil`: absent).
    let targets: [String?]
    /// The temporary files (`.NAME.seccost-XXXXXX`) in the directory at that moment, by inode.
    let temporaries: Set<UInt>
  }

  /// Records the flushes of the writes it runs, then does them (with `fsync`), or fails them.
  final class Recorder: @unchecked Sendable {
    let directory: String
    let targets: [String]
    var flushes: [Flush] = []

    init(directory: String, targets: [String]) {
      self.directory = directory
      self.targets = targets
    }

    func record(_ descriptor: Int32, _ subject: DurableSync.Subject) {
      var status = stat()
      #expect(fstat(descriptor, &status) == 0)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
      var temporaries: Set<UInt> = []
      for name in names where name.hasPrefix(".") && name.contains(".seccost-") {
        var temporary = stat()
        if stat("\(directory)/\(name)", &temporary) == 0 {
          temporaries.insert(UInt(temporary.st_ino))
        }
      }
      flushes.append(
        Flush(
          subject: subject, inode: UInt(status.st_ino),
          isDirectory: status.st_mode & S_IFMT == S_IFDIR, size: Int(status.st_size),
          targets: targets.map { path in
            FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
          },
          temporaries: temporaries))
    }
  }

  /// A new empty directory, removed after `body`.
  private func withDirectory(_ body: (String) throws -> Void) throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("seccost-sync-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try body(directory)
  }

  private func inode(_ path: String) -> UInt {
    var status = stat()
    #expect(stat(path, &status) == 0)
    return UInt(status.st_ino)
  }

  @Test("one file: the temporary file, whole, is flushed before the rename; the directory after")
  func oneFile() throws {
    try withDirectory { directory in
      let target = "\(directory)/out.csv"
      try Data("old\n".utf8).write(to: URL(fileURLWithPath: target))
      let recorder = Recorder(directory: directory, targets: [target])
      let new = "release,version\nNovember 2022,0.4\n"
      try DurableSync.$sync.withValue({ descriptor, subject in
        recorder.record(descriptor, subject)
        return fsync(descriptor)
      }) {
        try OutputFile.write(Array(new.utf8), to: target)
      }
      let flushes = recorder.flushes
      try #require(flushes.map(\.subject) == [.file, .directory])
      // The file flushed is the temporary file, already whole, while the target is still old.
      #expect(!flushes[0].isDirectory)
      #expect(flushes[0].temporaries == [flushes[0].inode])
      #expect(flushes[0].size == new.utf8.count)
      #expect(flushes[0].targets == ["old\n"])
      #expect(flushes[0].inode == inode(target), "the flushed file is the one renamed into place")
      // The directory is flushed after the rename: the target is new, no temporary is left.
      #expect(flushes[1].isDirectory)
      #expect(flushes[1].inode == inode(directory))
      #expect(flushes[1].targets == [new])
      #expect(flushes[1].temporaries.isEmpty)
    }
  }

  @Test("several files, all or none: each flushed before any rename, their directory once after")
  func severalFiles() throws {
    try withDirectory { directory in
      let targets = ["\(directory)/a.md", "\(directory)/b.html"]
      try Data("old a\n".utf8).write(to: URL(fileURLWithPath: targets[0]))
      let recorder = Recorder(directory: directory, targets: targets)
      try DurableSync.$sync.withValue({ descriptor, subject in
        recorder.record(descriptor, subject)
        return fsync(descriptor)
      }) {
        try OutputFile.write([(targets[0], Array("new a\n".utf8)), (targets[1], Array("b\n".utf8))])
      }
      let flushes = recorder.flushes
      try #require(flushes.map(\.subject) == [.file, .file, .directory])
      for flush in flushes[..<2] {
        #expect(!flush.isDirectory)
        #expect(
          flush.targets == ["old a\n", nil], "a file was renamed before every one was flushed")
        #expect(flush.temporaries.contains(flush.inode))
      }
      #expect(flushes[0].size == 6)
      #expect(flushes[1].size == 2)
      #expect(Set(flushes[..<2].map(\.inode)) == Set(targets.map(inode)))
      #expect(flushes[2].isDirectory)
      #expect(flushes[2].inode == inode(directory))
      #expect(flushes[2].targets == ["new a\n", "b\n"])
      #expect(flushes[2].temporaries.isEmpty)
    }
  }

  @Test("a failed flush of the file is an error naming the path; the target is left as it was")
  func failedFlush() throws {
    try withDirectory { directory in
      let target = "\(directory)/out.csv"
      try Data("old\n".utf8).write(to: URL(fileURLWithPath: target))
      var failure: (any Error)?
      do {
        try DurableSync.$sync.withValue({ descriptor, subject in
          guard subject == .file else { return fsync(descriptor) }
          errno = EIO
          return -1
        }) {
          try OutputFile.write(Array("new\n".utf8), to: target)
        }
      } catch {
        failure = error
      }
      let error = try #require(failure as? OutputFileError)
      #expect(error.description == "\(target): cannot write: \(String(cString: strerror(EIO)))")
      #expect(FileManager.default.contents(atPath: target) == Data("old\n".utf8))
      #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["out.csv"])
    }
  }
}
