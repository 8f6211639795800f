extension ScopeRegister {
  /// The scope of `release` as of `day` (the register's latest date when `nil`): its latest
  /// listing on or before that day, or `nil` if it has none by then.
  ///
  /// Standings: a targeted entry whose cut-off is before `day` has lapsed to the next release in
  /// the register (the cut-off day itself is still in time); an entry whose modification a later
  /// paper (after the listing, on or before `day`) places elsewhere has moved, unless this entry
  /// and every later row of it are split notes.
  public func scope(of release: String, asOf day: CalendarDate? = nil) -> ReleaseScope? {
    guard let day = day ?? latestAsOf, let name = self.release(named: release) else { return nil }
    guard let items = currentItems(of: name, asOf: day) else { return nil }
    let releaseKey = Self.key(name)
    let rows = entries.filter { Self.key($0.release) == releaseKey && $0.asOf <= day }
    let listedOn = items.listedOn
    let listed = Set(items.items.map { Self.key($0.entry.modification) })
    var former: [String: ScopeEntry] = [:]
    var order: [String] = []
    for row in rows where row.asOf < listedOn && !listed.contains(Self.key(row.modification)) {
      let key = Self.key(row.modification)
      if let kept = former[key] {
        if row.asOf > kept.asOf { former[key] = row }
        continue
      }
      former[key] = row
      order.append(key)
    }
    let formerItems = order.compactMap { former[$0] }
      .map { entry in
        ReleaseScope.FormerItem(
          entry: entry, nowIn: releases(having: entry.modification, asOf: day, except: name))
      }
    let goLive = rows.filter { $0.goLive != nil }.max { $0.asOf < $1.asOf }?.goLive
    return ReleaseScope(
      release: name, asOf: day, listedOn: listedOn, goLive: goLive, items: items.items,
      formerItems: formerItems)
  }

  /// The releases whose scope on `day` has `modification` in a standing other than moved.
  public func releases(having modification: String, asOf day: CalendarDate, except: String? = nil)
    -> [String]
  {
    let key = Self.key(modification)
    return releases.filter { release in
      guard except.map({ Self.key($0) != Self.key(release) }) ?? true,
        let listing = currentItems(of: release, asOf: day)
      else { return false }
      return listing.items.contains { item in
        guard Self.key(item.entry.modification) == key else { return false }
        if case .moved = item.standing { return false }
        return true
      }
    }
  }

  /// The listing of `release` in force on `day`, with standings.
  private func currentItems(of release: String, asOf day: CalendarDate)
    -> (listedOn: CalendarDate, items: [ReleaseScope.Item])?
  {
    let releaseKey = Self.key(release)
    let rows = entries.filter { Self.key($0.release) == releaseKey && $0.asOf <= day }
    guard let listedOn = rows.map(\.asOf).max() else { return nil }
    let listed = rows.filter { $0.asOf == listedOn }
    let listing =
      listed.filter { $0.kind == .modification } + listed.filter { $0.kind != .modification }
    let next = self.release(after: release)
    let items = listing.map { entry in
      ReleaseScope.Item(
        entry: entry, standing: standing(of: entry, listedOn: listedOn, asOf: day, next: next))
    }
    return (listedOn, items)
  }

  private func standing(
    of entry: ScopeEntry, listedOn: CalendarDate, asOf day: CalendarDate, next: String?
  ) -> ScopeStanding {
    let key = Self.key(entry.modification)
    let later = entries.filter {
      Self.key($0.modification) == key && $0.asOf > listedOn && $0.asOf <= day
    }
    if !later.isEmpty, !(entry.isSplit && later.allSatisfy(\.isSplit)) {
      let latest = later.map(\.asOf).max()
      let places = later.filter { $0.asOf == latest }.map(\.release)
      return .moved(to: places.sorted(by: ReleaseOrder.precedes))
    }
    switch entry.status {
    case .approved: return .approved
    case .implemented: return .implemented
    case .withdrawn: return .withdrawn
    case .removed: return .removed
    case .lapsed: return .lapsed(cutOffPassed: false, nextRelease: next)
    case .targeted:
      guard let cutOff = entry.cutOff else { return .targeted(daysToCutOff: nil) }
      let days = day.days(to: cutOff.date)
      return days < 0
        ? .lapsed(cutOffPassed: true, nextRelease: next) : .targeted(daysToCutOff: days)
    }
  }
}
