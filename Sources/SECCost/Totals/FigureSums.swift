/// The sums a totals report is made of: per release, group, phase, and whether a combined
/// Preliminary Assessment can replace the figures (see ``CountedFigures/isCoverable(_:)``).
///
/// ``TotalsReport`` is built from these, whether the lines were kept and counted one by one or
/// summed as they streamed past (``EditionSums``): one way from figures to a report.
struct FigureSums: Sendable {
  /// What a sum is kept apart by.
  struct Key: Hashable {
    var release: String
    var group: String
    var phase: Phase
    var coverable: Bool

    /// A fixed total order (release, group, phase, coverability), to add sums in the same
    /// order on every run.
    func precedes(_ other: Key) -> Bool {
      (release, group, phase.ordinal, coverable ? 1 : 0)
        < (other.release, other.group, other.phase.ordinal, other.coverable ? 1 : 0)
    }
  }

  private(set) var sums: [Key: CostSummary] = [:]

  /// Adds `summary` to the sum of `key`.
  mutating func add(_ summary: CostSummary, to key: Key) throws(MoneyError) {
    try sums[key, default: CostSummary()].add(summary)
  }

  /// Adds the figure of `line`, grouped by `dimension`.
  mutating func add(_ line: LedgerLine, by dimension: TotalsDimension) throws(MoneyError) {
    let key = Key(
      release: line.release, group: dimension.key(of: line), phase: line.phase,
      coverable: CountedFigures.isCoverable(line))
    try sums[key, default: CostSummary()].add(line.figure)
  }
}

/// Sums of figures by edition (release and version), phase, basis and coverability, as lines
/// stream past: an array slot per line, no key to hash, so that totals need not keep the lines.
///
/// Every grouping but by modification can be read from these (a phase's party is the phase's).
struct EditionSums: Sendable {
  /// What the sums are grouped by.
  let dimension: TotalsDimension
  private var slots: [CostSummary] = []
  private var overflowed = false

  /// Empty sums grouped by `dimension`; `nil` by modification, which needs the lines.
  init?(by dimension: TotalsDimension) {
    guard dimension != .modification else { return nil }
    self.dimension = dimension
  }

  private static let bases = Basis.allCases.count
  private static let perEdition = Phase.allCases.count * bases * 2

  /// Adds the figure of `line`, of the edition numbered `edition` (by ``EditionTally``).
  mutating func add(_ line: LedgerLine, edition: Int) {
    let slot =
      edition * Self.perEdition
      + ((line.phase.ordinal * Self.bases + line.figure.basis.ordinal) << 1)
      + (CountedFigures.isCoverable(line) ? 1 : 0)
    if slot >= slots.count {
      slots += repeatElement(CostSummary(), count: (edition + 1) * Self.perEdition - slots.count)
    }
    do {
      try slots[slot].add(line.figure)
    } catch {
      overflowed = true
    }
  }

  /// The sums grouped by ``dimension``, given the release of each edition, leaving out the
  /// releases in `skipped`.
  ///
  /// - Throws: ``MoneyError/overflow`` if a sum left the representable range.
  func sums(releaseOf editions: [String], skipping skipped: Set<String>) throws(MoneyError)
    -> FigureSums
  {
    if overflowed { throw .overflow }
    var result = FigureSums()
    for (slot, summary) in slots.enumerated() where summary.lines > 0 {
      let release = editions[slot / Self.perEdition]
      if skipped.contains(release) { continue }
      let within = slot % Self.perEdition
      let phase = Phase.allCases[(within >> 1) / Self.bases]
      let basis = Basis.allCases[(within >> 1) % Self.bases]
      let group: String
      switch dimension {
      case .phase: group = phase.id
      case .party: group = phase.party.id
      case .basis: group = basis.id
      case .release: group = release
      case .modification: continue
      }
      try result.add(
        summary,
        to: FigureSums.Key(release: release, group: group, phase: phase, coverable: within & 1 == 1))
    }
    return result
  }
}
