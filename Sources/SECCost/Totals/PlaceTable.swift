/// A hash table from two small integers (a modification's number and an edition's) to a value,
/// for what ``ProvidedPhases`` notes on every line: the pair is packed into one word and found
/// by one multiplication (Fibonacci hashing) and a probe or two, where a `Dictionary` would run
/// SipHash over both integers.
///
/// It holds the same entries a `[Place: Value]` dictionary would, and gives them back in no
/// particular order (as a dictionary does); the law test compares the two.
struct PlaceTable<Value>: Sendable where Value: Sendable {
  /// The packed keys of the slots, ``empty`` where there is none.
  private var keys: [UInt64]
  private var values: [Value]
  /// How many slots hold an entry.
  private(set) var count = 0
  /// The bits of a slot's number: the table has `1 << bits` slots.
  private var bits: Int
  /// The value a new entry starts from.
  private let initial: Value

  private static var empty: UInt64 { .max }

  /// An empty table whose entries start at `initial`.
  init(initial: Value) {
    bits = 6
    keys = Array(repeating: Self.empty, count: 1 << bits)
    values = Array(repeating: initial, count: 1 << bits)
    self.initial = initial
  }

  /// One word for a pair: each number below 2³¹ (a ledger has fewer lines than that).
  private static func pack(_ first: Int, _ second: Int) -> UInt64 {
    UInt64(truncatingIfNeeded: first) << 32 | UInt64(truncatingIfNeeded: second) & 0xFFFF_FFFF
  }

  private func slot(of key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
  }

  /// Changes the value of (`first`, `second`) by `change`, starting from the initial value if
  /// the pair has none yet.
  mutating func update(_ first: Int, _ second: Int, _ change: (inout Value) -> Void) {
    precondition(first >= 0 && first < 1 << 31 && second >= 0 && second < 1 << 31)
    let key = Self.pack(first, second)
    let mask = keys.count - 1
    var slot = slot(of: key)
    while true {
      let found = keys[slot]
      if found == key { return change(&values[slot]) }
      if found == Self.empty { break }
      slot = (slot + 1) & mask
    }
    // At most half full, so that a probe finds a key or a gap at once.
    if (count + 1) * 2 > keys.count {
      grow()
      return update(first, second, change)
    }
    keys[slot] = key
    values[slot] = initial
    change(&values[slot])
    count += 1
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldValues = values
    bits += 1
    keys = Array(repeating: Self.empty, count: 1 << bits)
    values = Array(repeating: initial, count: 1 << bits)
    let mask = keys.count - 1
    for index in oldKeys.indices where oldKeys[index] != Self.empty {
      var slot = slot(of: oldKeys[index])
      while keys[slot] != Self.empty { slot = (slot + 1) & mask }
      keys[slot] = oldKeys[index]
      values[slot] = oldValues[index]
    }
  }

  /// Calls `body` with every pair and its value, in no particular order.
  func forEach(_ body: (_ first: Int, _ second: Int, Value) -> Void) {
    for index in keys.indices where keys[index] != Self.empty {
      let key = keys[index]
      body(Int(key >> 32), Int(key & 0xFFFF_FFFF), values[index])
    }
  }
}
