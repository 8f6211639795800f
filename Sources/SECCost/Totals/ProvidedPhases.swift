/// Which DCC phases each modification gives a figure for, and the DCC's combined figures, noted
/// as lines stream past; from them, the phases *not provided* (see ``CountedFigures``).
///
/// Noting every line rather than only the counted ones gives the same answer: a later version
/// replaces a figure key by key, so a (release, modification, phase) has a counted line exactly
/// when any version gives it one. The combined figure kept for a phase is the latest version's,
/// by ``VersionOrder/supersedes(_:_:)`` as for every other figure.
struct ProvidedPhases: Sendable {
  /// A modification in one edition (release and version) of the ledger.
  private struct Place: Hashable {
    var edition: Int
    var modification: String
  }

  /// The five DCC phases given (one bit each, in ``MissingFigure/phases`` order), and whether a
  /// whole figure (phase `total`) is.
  private struct Provision {
    var phases: UInt8 = 0
    var whole = false

    mutating func note(_ phase: Phase) {
      // The five DCC phases are the first five of `Phase.allCases`, as in `MissingFigure.phases`.
      let ordinal = phase.ordinal
      if phase == .total {
        whole = true
      } else if ordinal < 5 {
        phases |= 1 << ordinal
      }
    }

    mutating func merge(_ other: Provision) {
      phases |= other.phases
      whole = whole || other.whole
    }
  }

  /// The places looked at last, searched first: a ledger gives a modification's phases
  /// together, or its releases' lines in turn; authoritative over (and apart from) ``places``.
  private var recent: [(place: Place, provision: Provision)] = []
  /// The slot of ``recent`` to give up next when it is full.
  private var nextEvicted = 0
  /// The places not in ``recent``.
  private var places: [Place: Provision] = [:]
  /// At most this many places are searched one by one.
  private static let searched = 16

  /// The combined figures by release and phase.
  private(set) var combined: [String: [Phase: LedgerLine]] = [:]

  /// Notes `line`, of the edition numbered `edition` (by ``EditionTally``).
  mutating func note(_ line: LedgerLine, edition: Int) {
    guard line.party == .dcc, line.figure.basis != .actual else { return }
    if line.modification.isEmpty {
      let current = combined[line.release]?[line.phase]
      if VersionOrder.supersedes(line.version, current?.version) {
        combined[line.release, default: [:]][line.phase] = line
      }
      return
    }
    for slot in recent.indices.reversed()
    where recent[slot].place.edition == edition && recent[slot].place.modification == line.modification {
      recent[slot].provision.note(line.phase)
      return
    }
    let place = Place(edition: edition, modification: line.modification)
    var provision = places.removeValue(forKey: place) ?? Provision()
    provision.note(line.phase)
    if recent.count < Self.searched {
      recent.append((place, provision))
    } else {
      let evicted = recent[nextEvicted]
      places[evicted.place] = evicted.provision
      recent[nextEvicted] = (place, provision)
      nextEvicted = (nextEvicted + 1) % Self.searched
    }
  }

  /// The DCC phases not provided, in release, modification and phase order, given the release
  /// of each edition and the releases given in more than one version.
  func missing(releaseOf editions: [String], revised: Set<String>) -> [MissingFigure] {
    // Versions of one release together: a phase any of them gives is provided. A place that
    // gives every phase misses none, and needs no merging when its release has one version.
    let isRevised = editions.map(revised.contains)
    var byRelease: [String: [String: Provision]] = [:]
    func merge(_ place: Place, _ provision: Provision) {
      if !isRevised[place.edition] && (provision.whole || provision.phases == 0x1F) { return }
      byRelease[editions[place.edition], default: [:]][place.modification, default: Provision()]
        .merge(provision)
    }
    for (place, provision) in places { merge(place, provision) }
    for (place, provision) in recent { merge(place, provision) }
    var missing: [MissingFigure] = []
    for release in byRelease.keys.sorted(by: ReleaseOrder.precedes) {
      let package = combined[release] ?? [:]
      guard package[.total] == nil, let modifications = byRelease[release] else { continue }
      let gaps = modifications.filter { _, provision in
        !provision.whole && provision.phases != 0 && provision.phases != 0x1F
      }
      for modification in gaps.keys.sorted(by: NaturalOrder.precedes) {
        let given = gaps[modification]?.phases ?? 0
        for (bit, phase) in MissingFigure.phases.enumerated()
        where given & (1 << bit) == 0 && package[phase] == nil {
          missing.append(MissingFigure(release: release, modification: modification, phase: phase))
        }
      }
    }
    return missing
  }
}
