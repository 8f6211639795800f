#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The spellings of one label column (party, phase or basis) that a reader has met, each read
/// once by the general parser (`Phase(parsing:)` …), so that the fast path decodes `SIT`,
/// `Design, Build & PIT` or `N/A` as the general path does, by construction.
///
/// It starts with every case's id and the other labels its type lists (``LedgerLabels``), and
/// learns up to ``limit`` more spellings; a cell that is not plain printable ASCII, or starts
/// with a formula guard, is not taken (the general path reads it, with every message).
struct LabelTable<Value: CaseIterable & Equatable> {
  /// The most spellings kept.
  static var limit: Int { 64 }

  private struct Entry {
    var offset: Int
    var count: Int
    /// The value the general parser reads, or `nil` if it reads none (an error).
    var value: Value?
    /// Whether the spelling is not the value's id: the general path counts it as relabelled.
    var relabelled: Bool
    /// The value's position in `allCases`, for its id's bytes.
    var ordinal: Int
  }

  private var entries: [Entry] = []
  /// An entry's index by ``slot(_:)`` of its spelling (the first to take the slot), or -1.
  private var slots = [Int16](repeating: -1, count: LabelTable.slotCount)
  private var bytes: [UInt8] = []
  private let parse: (Substring) -> Value?
  private let id: (Value) -> String
  /// The bytes of each case's id, in `allCases` order, for hashing keys.
  let ids: [UnsafeBufferPointer<UInt8>]

  /// A table of the spellings `seeds` (and, as they come, any other) read by `parse`, whose
  /// canonical form is `id`; `ids` are the bytes of each case's id, in `allCases` order, which
  /// outlive the table.
  init(
    seeds: [String], ids: [UnsafeBufferPointer<UInt8>], id: @escaping (Value) -> String,
    parse: @escaping (Substring) -> Value?
  ) {
    self.parse = parse
    self.id = id
    self.ids = ids
    for seed in seeds {
      var text = seed
      text.withUTF8 { _ = learn($0) }
    }
  }

  /// The value of `cell`, whether the general path counts it as relabelled, and the bytes of
  /// the value's id; `nil` if the fast path is not to decide (the general path will).
  mutating func read(_ cell: UnsafeBufferPointer<UInt8>)
    -> (value: Value, relabelled: Bool, id: UnsafeBufferPointer<UInt8>)?
  {
    guard let entry = find(cell) ?? learn(cell), let value = entry.value else { return nil }
    return (value, entry.relabelled, ids[entry.ordinal])
  }

  /// The entry of a spelling met before: first where its slot points, else by a search.
  private func find(_ cell: UnsafeBufferPointer<UInt8>) -> Entry? {
    guard !cell.isEmpty, let base = cell.baseAddress else { return nil }
    return bytes.withUnsafeBufferPointer { stored -> Entry? in
      guard let storedBase = stored.baseAddress else { return nil }
      let index = slots[Self.slot(cell)]
      if index >= 0 {
        let entry = entries[Int(index)]
        if entry.count == cell.count && ByteComparison.equal(storedBase + entry.offset, cell) {
          return entry
        }
      }
      for entry in entries where entry.count == cell.count {
        if memcmp(storedBase + entry.offset, base, cell.count) == 0 { return entry }
      }
      return nil
    }
  }

  /// A slot for a non-empty spelling, from its length and its first and last bytes.
  private static func slot(_ cell: UnsafeBufferPointer<UInt8>) -> Int {
    (cell.count &* 37 &+ Int(cell[0]) &* 5 &+ Int(cell[cell.count - 1])) & (slotCount - 1)
  }

  private static var slotCount: Int { 256 }

  /// Reads a spelling not met before with the general parser and keeps it, if it is plain
  /// printable ASCII with no formula guard and the table is not full.
  private mutating func learn(_ cell: UnsafeBufferPointer<UInt8>) -> Entry? {
    guard entries.count < Self.limit, let first = cell.first, first != UInt8(ascii: "'"),
      cell.allSatisfy({ (0x20..<0x7F).contains($0) })
    else { return nil }
    let text = String(decoding: cell, as: UTF8.self)
    // As the general path: a label cell is required, then read once trimmed.
    let trimmed = text.trimmingSpaces
    let value = trimmed.isEmpty ? nil : parse(trimmed)
    let entry = Entry(
      offset: bytes.count, count: cell.count, value: value,
      relabelled: value.map { text != id($0) } ?? false,
      ordinal: value.flatMap { Array(Value.allCases).firstIndex(of: $0) } ?? 0)
    bytes.append(contentsOf: cell)
    let slot = Self.slot(cell)
    if slots[slot] < 0 { slots[slot] = Int16(entries.count) }
    entries.append(entry)
    return entry
  }
}
