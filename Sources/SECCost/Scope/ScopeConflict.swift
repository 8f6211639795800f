/// A problem between two rows of a scope register, found once every row is read.
public struct ScopeConflict: Hashable, Sendable {
  /// What is wrong.
  public enum Kind: Hashable, Sendable {
    /// The same release, modification and `as_of` twice.
    case duplicate
    /// In scope of two releases on the same date, and this row has no split note.
    case twoReleases(other: String)
    /// The release's go-live date differs from another row of the same listing.
    case goLiveDisagrees(other: ScheduledDate?)
  }

  /// The index of the entry at fault (the later one, for a duplicate).
  public let entry: Int
  /// The index of the entry it conflicts with.
  public let other: Int
  /// What is wrong.
  public let kind: Kind

  /// Creates a conflict.
  public init(entry: Int, other: Int, kind: Kind) {
    self.entry = entry
    self.other = other
    self.kind = kind
  }

  /// The column to name in the message.
  public var column: ScopeColumn {
    switch kind {
    case .duplicate: .modification
    case .twoReleases: .note
    case .goLiveDisagrees: .goLiveDate
    }
  }

  /// The message for the user, `place` naming the other row (`line 12`).
  public func message(in register: ScopeRegister, otherPlace place: String) -> String {
    let entry = register.entries[entry]
    switch kind {
    case .duplicate:
      return
        "\(entry.modification) is listed twice for \(entry.release) as of \(entry.asOf.iso) "
        + "(also \(place))"
    case .twoReleases(let other):
      return
        "\(entry.modification) is also in scope of \(other) as of \(entry.asOf.iso) (\(place)); "
        + "a modification in two releases at once needs a split note (the word \"split\" in the "
        + "note of each of its rows)"
    case .goLiveDisagrees(let other):
      let mine = entry.goLive?.description ?? "empty"
      return
        "\(mine) disagrees with \(other?.description ?? "empty") (\(place)) for the same release "
        + "and as_of"
    }
  }
}

extension ScopeRegister {
  /// The problems between rows: duplicates, a modification in scope of two releases on the same
  /// date without a split note on each row, and go-live dates that disagree within one listing.
  ///
  /// Ordered by the entry at fault.
  public func conflicts() -> [ScopeConflict] {
    var found: [ScopeConflict] = []
    var first: [String: Int] = [:]
    var listingGoLive: [String: Int] = [:]
    var inScope: [String: [Int]] = [:]
    for (index, entry) in entries.enumerated() {
      let release = Self.key(entry.release)
      let modification = Self.key(entry.modification)
      let rowKey = "\(release)|\(modification)|\(entry.asOf.iso)"
      if let earlier = first[rowKey] {
        found.append(ScopeConflict(entry: index, other: earlier, kind: .duplicate))
        continue
      }
      first[rowKey] = index
      let listingKey = "\(release)|\(entry.asOf.iso)"
      if let earlier = listingGoLive[listingKey] {
        let theirs = entries[earlier].goLive
        if let mine = entry.goLive, let theirs, mine != theirs {
          found.append(
            ScopeConflict(entry: index, other: earlier, kind: .goLiveDisagrees(other: theirs)))
        } else if theirs == nil, entry.goLive != nil {
          listingGoLive[listingKey] = index
        }
      } else {
        listingGoLive[listingKey] = index
      }
      if entry.status.isInScope {
        inScope["\(modification)|\(entry.asOf.iso)", default: []].append(index)
      }
    }
    for indices in inScope.values where indices.count > 1 {
      for index in indices where !entries[index].isSplit {
        let other =
          indices.first { Self.key(entries[$0].release) != Self.key(entries[index].release) }
        guard let other else { continue }
        found.append(
          ScopeConflict(
            entry: index, other: other, kind: .twoReleases(other: entries[other].release)))
      }
    }
    return found.sorted { ($0.entry, $0.other) < ($1.entry, $1.other) }
  }
}
