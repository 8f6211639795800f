/// How many lines each release and version (an *edition*) has, counted as lines stream past.
///
/// Ledgers hold few editions and a reader hands their texts over shared, so the edition of a
/// line is found among the last few by comparing texts (which share storage, so compare at
/// once), falling back to a hash table only when there are many.
struct EditionTally: Sendable {
  private(set) var editions: [(release: String, version: String, lines: Int)] = []
  private var index: [Key: Int] = [:]
  private var last = -1

  private struct Key: Hashable {
    var release: String
    var version: String
  }

  /// At most this many editions are searched one by one.
  private static let scanned = 16

  /// Counts `line`; returns the number of its edition (its position in ``editions``).
  @discardableResult
  mutating func count(_ line: LedgerLine) -> Int {
    count(release: line.release, version: line.version, lines: 1)
  }

  /// Counts `lines` lines of `release` in `version` (0 notes the edition only); returns the
  /// number of the edition.
  @discardableResult
  mutating func count(release: String, version: String, lines: Int) -> Int {
    if last >= 0 {
      if editions[last].release == release, editions[last].version == version {
        editions[last].lines += lines
        return last
      }
      // A ledger grouped by modification gives each one's releases in turn, in the order they
      // were first seen: the edition after the last one (or the first, after the last) is next.
      let next = last + 1 < editions.count ? last + 1 : 0
      if editions[next].release == release, editions[next].version == version {
        editions[next].lines += lines
        last = next
        return next
      }
    }
    var found: Int?
    if editions.count <= Self.scanned {
      found = editions.firstIndex { $0.release == release && $0.version == version }
    } else {
      found = index[Key(release: release, version: version)]
    }
    let position: Int
    if let found {
      position = found
    } else {
      position = editions.count
      editions.append((release, version, 0))
      if editions.count > Self.scanned {
        if index.isEmpty {
          for (number, edition) in editions.enumerated() {
            index[Key(release: edition.release, version: edition.version)] = number
          }
        } else {
          index[Key(release: release, version: version)] = position
        }
      }
    }
    editions[position].lines += lines
    last = position
    return position
  }

  /// Whether any release has more than one version.
  var hasRevisedRelease: Bool { !revisedReleases.isEmpty }

  /// The releases with more than one version.
  var revisedReleases: Set<String> {
    var versions: [String: Int] = [:]
    for edition in editions { versions[edition.release, default: 0] += 1 }
    return Set(versions.filter { $0.value > 1 }.keys)
  }

  /// The releases in date order, each with its versions latest first and their line counts.
  var releases: [ReleaseVersions] {
    var byRelease: [String: [ReleaseVersions.Count]] = [:]
    for edition in editions {
      byRelease[edition.release, default: []].append(
        ReleaseVersions.Count(version: edition.version, lines: edition.lines))
    }
    return byRelease.keys.sorted(by: ReleaseOrder.precedes).map { release in
      ReleaseVersions(
        release: release,
        versions: (byRelease[release] ?? []).sorted { VersionOrder.precedes($1.version, $0.version) })
    }
  }
}
