/// Which DCC phases each modification gives a figure for, and the DCC's combined figures, noted
/// as lines stream past; from them, the phases *not provided* (see ``CountedFigures``).
///
/// Noting every line rather than only the counted ones gives the same answer: a later version
/// replaces a figure key by key, so a (release, modification, phase) has a counted line exactly
/// when any version gives it one. The combined figure kept for a phase is the latest version's,
/// by ``VersionOrder/supersedes(_:_:)`` as for every other figure.
struct ProvidedPhases: Sendable {
  /// The five DCC phases given (one bit each, in ``MissingFigure/phases`` order), and whether a
  /// whole figure (phase `total`) is.
  private struct Provision: Sendable {
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

  /// The modifications noted, numbered as first seen.
  private var modifications: [String] = []
  /// The number of each modification in ``modifications``.
  private var numbers: [String: Int] = [:]
  /// The modification of the last line noted, and its number: a ledger gives a modification's
  /// lines together, so most lines find their number here without hashing their text.
  private var lastModification = ""
  private var lastNumber = -1
  /// What each modification (by its number in ``modifications``) gives in each edition
  /// (release and version, numbered by ``EditionTally``).
  private var places = PlaceTable(initial: Provision())

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
    if lastNumber < 0 || line.modification != lastModification {
      lastModification = line.modification
      if let number = numbers[line.modification] {
        lastNumber = number
      } else {
        lastNumber = modifications.count
        numbers[line.modification] = lastNumber
        modifications.append(line.modification)
      }
    }
    let phase = line.phase
    places.update(lastNumber, edition) { $0.note(phase) }
  }

  /// The DCC phases not provided, in release, modification and phase order, given the release
  /// of each edition and the releases given in more than one version.
  func missing(releaseOf editions: [String], revised: Set<String>) -> [MissingFigure] {
    // Releases numbered, each edition's release by number.
    var releases: [String] = []
    var releaseNumbers: [String: Int] = [:]
    let releaseOfEdition = editions.map { release in
      if let number = releaseNumbers[release] { return number }
      releaseNumbers[release] = releases.count
      releases.append(release)
      return releases.count - 1
    }
    // Versions of one release together: a phase any of them gives is provided. A place that
    // gives every phase misses none, and needs no merging when its release has one version.
    let isRevised = editions.map(revised.contains)
    var byRelease = PlaceTable(initial: Provision())
    places.forEach { modification, edition, provision in
      if !isRevised[edition] && (provision.whole || provision.phases == 0x1F) { return }
      byRelease.update(releaseOfEdition[edition], modification) { $0.merge(provision) }
    }
    // The modifications with a gap, ranked once in natural order (rather than once a release).
    var gaps = Array(repeating: [(modification: Int, phases: UInt8)](), count: releases.count)
    var gapped = Array(repeating: false, count: modifications.count)
    var noted = Array(repeating: false, count: releases.count)
    byRelease.forEach { release, modification, provision in
      noted[release] = true
      guard !provision.whole && provision.phases != 0 && provision.phases != 0x1F else { return }
      gaps[release].append((modification, provision.phases))
      gapped[modification] = true
    }
    var rank = Array(repeating: 0, count: modifications.count)
    let ranked = gapped.indices.filter { gapped[$0] }
      .sorted { NaturalOrder.precedes(modifications[$0], modifications[$1]) }
    for (position, modification) in ranked.enumerated() { rank[modification] = position }
    var missing: [MissingFigure] = []
    let order = releases.indices.filter { noted[$0] }
      .sorted { ReleaseOrder.precedes(releases[$0], releases[$1]) }
    for number in order {
      let release = releases[number]
      let package = combined[release] ?? [:]
      guard package[.total] == nil else { continue }
      for gap in gaps[number].sorted(by: { rank[$0.modification] < rank[$1.modification] }) {
        for (bit, phase) in MissingFigure.phases.enumerated()
        where gap.phases & (1 << bit) == 0 && package[phase] == nil {
          missing.append(
            MissingFigure(release: release, modification: modifications[gap.modification], phase: phase))
        }
      }
    }
    return missing
  }
}
