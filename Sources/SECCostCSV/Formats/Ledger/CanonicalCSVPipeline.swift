import SECCost
import SECCostThreads

/// Writes a large ledger's canonical rows on two threads: the rows are cut into blocks, a
/// thread of its own formats every second block while the calling thread formats the others,
/// and the calling thread hands every block to `emit` in order, as if it had written them all.
///
/// The bytes are those of writing every row on one thread (a row's cells never depend on
/// another row); at most two blocks are held at once.
final class CanonicalCSVPipeline: @unchecked Sendable {
  /// Ledgers of at least this many lines are written on two threads.
  static let threshold = 65_536
  /// Rows in a block.
  static let rowsPerBlock = 8192

  /// Guards the request, the result and `finished`.
  private let monitor: Monitor
  private let lines: UnsafeBufferPointer<LedgerLine>
  private let order: UnsafeBufferPointer<Int>
  /// The positions in `order` the helper is to format next, if any.
  private var request: Range<Int>?
  /// The bytes of the last block the helper formatted, until taken.
  private var result: [UInt8]?
  /// Whether every block has been asked for.
  private var finished = false

  private init(
    monitor: Monitor, lines: UnsafeBufferPointer<LedgerLine>, order: UnsafeBufferPointer<Int>
  ) {
    self.monitor = monitor
    self.lines = lines
    self.order = order
  }

  /// Writes the rows of `lines` in `order` to `emit`, a block at a time; `false` (and nothing
  /// emitted) if no thread could be started.
  static func write(
    _ lines: UnsafeBufferPointer<LedgerLine>, order: UnsafeBufferPointer<Int>,
    _ emit: ([UInt8]) -> Void
  ) -> Bool {
    guard let monitor = Monitor() else { return false }
    let pipeline = CanonicalCSVPipeline(monitor: monitor, lines: lines, order: order)
    guard let thread = WorkerThread({ pipeline.serve() }) else { return false }
    pipeline.format(emit)
    thread.join()
    return true
  }

  /// The calling thread: asks for the odd blocks, formats the even ones, emits all in order.
  private func format(_ emit: ([UInt8]) -> Void) {
    var writer = CSVWriter()
    var cells = CanonicalCellCache()
    var start = 0
    while start < order.count {
      let mine = start..<min(start + Self.rowsPerBlock, order.count)
      let theirs = mine.upperBound..<min(mine.upperBound + Self.rowsPerBlock, order.count)
      if !theirs.isEmpty {
        monitor.locked {
          request = theirs
          monitor.broadcast()
        }
      }
      LedgerLine.writeCanonicalRows(lines, order: order[mine], to: &writer, cache: &cells)
      emit(writer.drain())
      if !theirs.isEmpty {
        let bytes = monitor.locked {
          while result == nil { monitor.wait() }
          defer { result = nil }
          return result ?? []
        }
        emit(bytes)
      }
      start = theirs.upperBound
    }
    monitor.locked {
      finished = true
      monitor.broadcast()
    }
  }

  /// The helper thread: formats each block asked for until there are no more.
  private func serve() {
    var writer = CSVWriter()
    var cells = CanonicalCellCache()
    while let block = nextRequest() {
      LedgerLine.writeCanonicalRows(lines, order: order[block], to: &writer, cache: &cells)
      let bytes = writer.drain()
      monitor.locked {
        result = bytes
        monitor.broadcast()
      }
    }
  }

  /// The next block to format, waiting for one; `nil` once every block has been asked for.
  private func nextRequest() -> Range<Int>? {
    monitor.locked {
      while request == nil && !finished { monitor.wait() }
      defer { request = nil }
      return request
    }
  }
}
