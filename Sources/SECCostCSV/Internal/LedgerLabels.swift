import SECCost

/// The label columns of a ledger row as the fast path decodes them: one ``LabelTable`` each
/// for party, phase and basis, seeded from the enumerations' `allCases` (ids and RID labels, in
/// the cases spreadsheets write them) and read by their own parsers.
struct LedgerLabels {
  var party: LabelTable<Party>
  var phase: LabelTable<Phase>
  var basis: LabelTable<Basis>

  init() {
    party = LabelTable(
      seeds: Party.allCases.flatMap { [$0.id, $0.id.lowercased()] }, ids: partyIDBytes,
      id: \.id, parse: { Party(parsing: $0) })
    phase = LabelTable(
      seeds: Phase.allCases.flatMap { [$0.id, $0.label, $0.label.uppercased()] },
      ids: phaseIDBytes, id: \.id, parse: { Phase(parsing: $0) })
    basis = LabelTable(
      seeds: Basis.allCases.flatMap { [$0.id, $0.id.uppercased()] }, ids: basisIDBytes,
      id: \.id, parse: { Basis(parsing: $0) })
  }
}

/// The bytes of every case's id, in `allCases` order, kept for the life of the process (they are
/// few and small), so that a key is hashed from its canonical ids without making strings. Never
/// written after they are made: safe to share between threads.
nonisolated(unsafe) private let partyIDBytes = Party.allCases.map { immortalBytes($0.id) }
nonisolated(unsafe) private let phaseIDBytes = Phase.allCases.map { immortalBytes($0.id) }
nonisolated(unsafe) private let basisIDBytes = Basis.allCases.map { immortalBytes($0.id) }

private func immortalBytes(_ text: String) -> UnsafeBufferPointer<UInt8> {
  let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(text.utf8.count, 1))
  _ = buffer.initialize(from: text.utf8)
  return UnsafeBufferPointer(rebasing: buffer[0..<text.utf8.count])
}
