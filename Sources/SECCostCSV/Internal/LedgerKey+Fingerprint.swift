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
  /// straight from the bytes of canonical cells (as ``FastLedgerRow`` takes them) and the ids
  /// of the party and phase: the same as ``fingerprint`` of the key they make.
  static func hashes(
    release: UnsafeBufferPointer<UInt8>, version: UnsafeBufferPointer<UInt8>,
    party: UnsafeBufferPointer<UInt8>, modification: UnsafeBufferPointer<UInt8>,
    phase: UnsafeBufferPointer<UInt8>
  ) -> (edition: UInt64, fingerprint: UInt64) {
    var hasher = ByteHasher()
    hasher.combine(release)
    hasher.combine(version)
    let edition = hasher.value
    hasher.combine(party)
    hasher.combine(modification)
    hasher.combine(phase)
    return (edition, hasher.value)
  }
}
