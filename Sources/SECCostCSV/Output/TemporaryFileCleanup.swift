import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The temporary files being written, removed if the process is stopped by `SIGINT`, `SIGTERM`,
/// `SIGHUP` or `SIGPIPE` before they are renamed into place.
///
/// A signal handler may call only async-signal-safe functions: it cannot allocate, lock or take
/// a reference. So each path is copied into memory of its own (a node) before its file is
/// created, and the handler only walks those nodes and calls `unlink`, then restores the
/// signal's default action and raises it again, so that the process ends as the signal asks
/// (the shell still sees "killed by SIGINT"). Only a signal at its default action is taken
/// over: one the process ignores (`nohup`) stays ignored, and a handler a program embedding the
/// library installed stays its own. Nothing can clean up after `SIGKILL`: its temporary files stay (see ``OutputFile``).
enum TemporaryFileCleanup {
  /// A temporary file's entry: a node in a list the signal handler reads.
  ///
  /// Layout: the address of the next node (8 bytes), whether the file is to be removed (1 byte),
  /// then the path, NUL-terminated. Nodes are never freed, so the handler can never read freed
  /// memory; there is one per file written, a few dozen bytes each.
  struct Entry {
    fileprivate let node: UnsafeMutableRawPointer

    /// Marks the file as to be removed: from now on a signal removes it.
    func activate() {
      node.storeBytes(of: 1, toByteOffset: activeOffset, as: UInt8.self)
    }

    /// Marks the file as gone (renamed into place or removed): a signal leaves it.
    func forget() {
      node.storeBytes(of: 0, toByteOffset: activeOffset, as: UInt8.self)
    }
  }

  /// The address of the newest node, 0 when there is none.
  private static let newest = Atomic<Int>(0)

  /// Whether the handlers have been installed.
  private static let installed = Atomic<Bool>(false)

  /// The signals that stop the process and after which temporary files are removed.
  static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGPIPE]

  /// Makes an inactive entry for `path`, installing the signal handlers the first time. Call
  /// before creating the file, and ``Entry/activate()`` before creating it too.
  static func prepare(_ path: String) -> Entry {
    let bytes = Array(path.utf8)
    let node = UnsafeMutableRawPointer.allocate(
      byteCount: pathOffset + bytes.count + 1, alignment: MemoryLayout<Int>.alignment)
    node.storeBytes(of: 0, toByteOffset: activeOffset, as: UInt8.self)
    bytes.withUnsafeBytes {
      node.advanced(by: pathOffset).copyMemory(from: $0.baseAddress!, byteCount: $0.count)
    }
    node.storeBytes(of: 0, toByteOffset: pathOffset + bytes.count, as: UInt8.self)
    // Only this thread adds nodes (outputs are written by the command's own thread), so a
    // plain load then a releasing store publishes the node whole.
    node.storeBytes(of: newest.load(ordering: .acquiring), as: Int.self)
    newest.store(Int(bitPattern: node), ordering: .releasing)
    installHandlers()
    return Entry(node: node)
  }

  /// Installs the handler for each of ``signals`` that is at its default action.
  private static func installHandlers() {
    guard !installed.exchange(true, ordering: .acquiringAndReleasing) else { return }
    for signal in signals {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = removeTemporaryFilesAndRaise
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0
      var previous = sigaction()
      guard sigaction(signal, nil, &previous) == 0 else { continue }
      let atDefault =
        unsafeBitCast(previous.__sigaction_handler.sa_handler, to: Int.self)
        == unsafeBitCast(SIG_DFL, to: Int.self)
      if atDefault { sigaction(signal, &action, nil) }
    }
  }

  /// Removes every active temporary file: async-signal-safe (loads, `unlink`).
  fileprivate static func removeActiveFiles() {
    var address = newest.load(ordering: .acquiring)
    while address != 0, let node = UnsafeMutableRawPointer(bitPattern: address) {
      if node.load(fromByteOffset: activeOffset, as: UInt8.self) == 1 {
        unlink(node.advanced(by: pathOffset).assumingMemoryBound(to: CChar.self))
      }
      address = node.load(as: Int.self)
    }
  }
}

private let activeOffset = MemoryLayout<Int>.size
private let pathOffset = MemoryLayout<Int>.size + 1

/// The handler of ``TemporaryFileCleanup/signals``: removes the temporary files, then lets the
/// signal do what it would have done (the signal is blocked while its handler runs, so the
/// raised one is delivered, with the default action, as the handler returns).
private func removeTemporaryFilesAndRaise(_ signalNumber: Int32) {
  TemporaryFileCleanup.removeActiveFiles()
  signal(signalNumber, SIG_DFL)
  raise(signalNumber)
}
