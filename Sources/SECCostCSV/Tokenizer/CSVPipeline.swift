import SECCostThreads

/// Parses a large CSV file on a thread of its own while the calling thread handles the rows:
/// libcsv fills batches of rows a few batches ahead, and the caller's `body` sees every row in
/// order, on the calling thread, as if the file were read there.
///
/// On a machine with two cores this takes libcsv's time off the caller's; with one, it costs
/// only the hand-over of a batch every few thousand rows.
final class CSVPipeline: @unchecked Sendable {
  /// Files of at least this many bytes are parsed on a thread of their own.
  static let threshold = 4 << 20
  /// Rows in a batch.
  static let rowsPerBatch = 4096
  /// Full batches that may wait for the caller.
  private static let depth = 2

  /// Guards the queues and the outcome.
  private let monitor: Monitor
  /// Full batches, oldest first.
  private var full: [CSVRowBatch] = []
  /// Empty batches to reuse.
  private var free: [CSVRowBatch] = []
  /// How the parse ended, once it has.
  private var outcome: Result<CSVSource, CSVReadError>?
  /// What the parsing thread runs.
  private let work: (RowSink) throws(CSVReadError) -> CSVSource
  /// The limits the rows are read with.
  private let limits: CSVLimits

  private init(
    monitor: Monitor, limits: CSVLimits,
    _ work: @escaping (RowSink) throws(CSVReadError) -> CSVSource
  ) {
    self.monitor = monitor
    self.work = work
    self.limits = limits
  }

  /// Runs `tokenize` on a new thread and `body` on this one with each row; `nil` if no thread
  /// could be started (the caller then reads the file itself).
  static func run(
    limits: CSVLimits, _ tokenize: (RowSink) throws(CSVReadError) -> CSVSource,
    _ body: (CSVRecord) -> Void
  ) -> Result<CSVSource, CSVReadError>? {
    withoutActuallyEscaping(tokenize) { tokenize in
      guard let monitor = Monitor() else { return nil }
      let pipeline = CSVPipeline(monitor: monitor, limits: limits, tokenize)
      guard let thread = WorkerThread({ pipeline.produce() }) else { return nil }
      let outcome = pipeline.consume(body)
      thread.join()
      return outcome
    }
  }

  /// The parsing thread: fills batches and queues them, then records how the parse ended.
  private func produce() {
    let sink = RowSink(rowsPerBatch: Self.rowsPerBatch, batch: Self.newBatch(), limits: limits)
    sink.onBatch = { [unowned self] batch in self.hand(batch) }
    let result: Result<CSVSource, CSVReadError>
    do {
      result = .success(try work(sink))
    } catch {
      result = .failure(error)
    }
    sink.onBatch = nil
    monitor.locked {
      outcome = result
      monitor.broadcast()
    }
  }

  /// Queues a full batch, waiting while enough are queued; returns an empty one to fill.
  private func hand(_ batch: CSVRowBatch) -> CSVRowBatch {
    monitor.locked {
      while full.count >= Self.depth { monitor.wait() }
      full.append(batch)
      monitor.broadcast()
      return free.popLast() ?? Self.newBatch()
    }
  }

  /// The calling thread: hands every row of every batch to `body`, in order, until the parse
  /// has ended and every batch is handled.
  private func consume(_ body: (CSVRecord) -> Void) -> Result<CSVSource, CSVReadError> {
    while var batch = next() {
      for index in 0..<batch.rowCount { body(batch.record(index)) }
      // A batch no record of which is held goes back to be filled again.
      if isKnownUniquelyReferenced(&batch) {
        batch.removeAll()
        monitor.locked { free.append(batch) }
      }
    }
    return monitor.locked { outcome ?? .success(CSVSource()) }
  }

  /// The oldest full batch, waiting for one; `nil` once the parse has ended and all are taken.
  private func next() -> CSVRowBatch? {
    monitor.locked {
      while full.isEmpty && outcome == nil { monitor.wait() }
      if full.isEmpty { return nil }
      monitor.broadcast()
      return full.removeFirst()
    }
  }

  private static func newBatch() -> CSVRowBatch {
    CSVRowBatch(byteCapacity: 1 << 20, endCapacity: 1 << 16, rowCapacity: rowsPerBatch)
  }
}
