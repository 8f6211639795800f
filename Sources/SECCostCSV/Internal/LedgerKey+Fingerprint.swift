import SECCost

extension LedgerKey {
  /// The key's fingerprint for ``DuplicateKeys``: equal keys (as Swift compares strings) have
  /// equal fingerprints. It hashes the release, the version, the party's id, the modification
  /// and the phase's id, in that order.
  var fingerprint: UInt64 {
    var hasher = ByteHasher()
    hasher.combine(release)
    hasher.combine(version)
    hasher.combine(party.id)
    hasher.combine(modification)
    hasher.combine(phase.id)
    return hasher.value
  }

  /// The hash of the release and version (for ``EditionTable``) and the key's fingerprint,
  /// straight from the cells of a ledger-layout record: the same as ``fingerprint`` of the key
  /// read from a row that ``FastLedgerRow`` takes (whose cells are the strings themselves).
  static func hashes(
    of bytes: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>, map: LedgerFieldMap
  ) -> (edition: UInt64, fingerprint: UInt64) {
    func cell(_ field: Int) -> UnsafeBufferPointer<UInt8> {
      guard field >= 0, field < ends.count else { return UnsafeBufferPointer(start: nil, count: 0) }
      let start = field == 0 ? 0 : ends[field - 1]
      return UnsafeBufferPointer(rebasing: bytes[start..<ends[field]])
    }
    var hasher = ByteHasher()
    hasher.combine(cell(map.release))
    hasher.combine(cell(map.version))
    let edition = hasher.value
    hasher.combine(cell(map.party))
    hasher.combine(cell(map.modification))
    hasher.combine(cell(map.phase))
    return (edition, hasher.value)
  }
}
