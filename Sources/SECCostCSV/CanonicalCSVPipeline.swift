#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import SECCost

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

  private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
  private let changed = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
  private let lines: UnsafeBufferPointer<LedgerLine>
  private let order: UnsafeBufferPointer<Int>
  /// The positions in `order` the helper is to format next, if any.
  private var request: Range<Int>?
  /// The bytes of the last block the helper formatted, until taken.
  private var result: [UInt8]?
  /// Whether every block has been asked for.
  private var finished = false

  private init(lines: UnsafeBufferPointer<LedgerLine>, order: UnsafeBufferPointer<Int>) {
    self.lines = lines
    self.order = order
    pthread_mutex_init(mutex, nil)
    pthread_cond_init(changed, nil)
  }

  deinit {
    pthread_cond_destroy(changed)
    pthread_mutex_destroy(mutex)
    changed.deallocate()
    mutex.deallocate()
  }

  /// Writes the rows of `lines` in `order` to `emit`, a block at a time; `false` (and nothing
  /// emitted) if no thread could be started.
  static func write(
    _ lines: UnsafeBufferPointer<LedgerLine>, order: UnsafeBufferPointer<Int>,
    _ emit: ([UInt8]) -> Void
  ) -> Bool {
    let pipeline = CanonicalCSVPipeline(lines: lines, order: order)
    var thread = pthread_t()
    let context = Unmanaged.passRetained(pipeline).toOpaque()
    guard pthread_create(&thread, nil, canonicalCSVPipelineThread, context) == 0 else {
      Unmanaged<CanonicalCSVPipeline>.fromOpaque(context).release()
      return false
    }
    pipeline.format(emit)
    pthread_join(thread, nil)
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
        locked {
          request = theirs
          pthread_cond_broadcast(changed)
        }
      }
      LedgerLine.writeCanonicalRows(lines, order: order[mine], to: &writer, cache: &cells)
      emit(writer.drain())
      if !theirs.isEmpty {
        let bytes = locked {
          while result == nil { pthread_cond_wait(changed, mutex) }
          defer { result = nil }
          return result ?? []
        }
        emit(bytes)
      }
      start = theirs.upperBound
    }
    locked {
      finished = true
      pthread_cond_broadcast(changed)
    }
  }

  /// The helper thread: formats each block asked for until there are no more.
  fileprivate func serve() {
    var writer = CSVWriter()
    var cells = CanonicalCellCache()
    while let block = nextRequest() {
      LedgerLine.writeCanonicalRows(lines, order: order[block], to: &writer, cache: &cells)
      let bytes = writer.drain()
      locked {
        result = bytes
        pthread_cond_broadcast(changed)
      }
    }
  }

  /// The next block to format, waiting for one; `nil` once every block has been asked for.
  private func nextRequest() -> Range<Int>? {
    locked {
      while request == nil && !finished { pthread_cond_wait(changed, mutex) }
      defer { request = nil }
      return request
    }
  }

  private func locked<Value>(_ body: () -> Value) -> Value {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return body()
  }
}

/// The entry point of the helper thread.
private func canonicalCSVPipelineThread(_ context: UnsafeMutableRawPointer?)
  -> UnsafeMutableRawPointer?
{
  guard let context else { return nil }
  let pipeline = Unmanaged<CanonicalCSVPipeline>.fromOpaque(context).takeRetainedValue()
  pipeline.serve()
  return nil
}
