/// A scope register read as of one day: every release's listing in force, each entry's standing,
/// what earlier listings had and which releases hold each modification, worked out once.
///
/// Building it sorts and groups the register's entries once (O(n log n) in entries); then the
/// scope of any release and the releases of any modification are looked up, not searched for.
/// ``ScopeRegister/scope(of:asOf:)`` gives the same views one at a time; make one snapshot for many.
public struct ScopeSnapshot: Sendable {
  /// The day the register is read as of: the one asked for, else the register's latest `as_of`
  /// date (`nil` only for an empty register).
  public let day: CalendarDate?
  /// The releases, in date order, each spelt as its first entry spells it.
  public let releases: [String]
  /// The scope of each release listed on or before the day, by release key.
  private let scopes: [String: ReleaseScope]
  /// Per release key and modification key, the index of its first item in the release's scope.
  private let itemIndex: [String: [String: Int]]
  /// Per modification key, the releases (in date order) whose scope has it in a standing other
  /// than moved.
  private let holders: [String: [String]]
  /// The keys of every modification in the register, on any day.
  private let modifications: Set<String>

  /// Reads `register` as of `day` (its latest `as_of` date when `nil`).
  public init(_ register: ScopeRegister, asOf day: CalendarDate? = nil) {
    let entries = register.entries
    let releaseKeys = entries.map { ScopeRegister.key($0.release) }
    let modificationKeys = entries.map { ScopeRegister.key($0.modification) }
    modifications = Set(modificationKeys)
    releases = register.releases
    self.day = day ?? register.latestAsOf
    guard let day = self.day else {
      scopes = [:]
      itemIndex = [:]
      holders = [:]
      return
    }
    // The rows on or before the day: by release in register order, by modification in date
    // order (register order within a day).
    var rowsByRelease: [String: [Int]] = [:]
    var rowsByModification: [String: [Int]] = [:]
    for index in entries.indices where entries[index].asOf <= day {
      rowsByRelease[releaseKeys[index], default: []].append(index)
      rowsByModification[modificationKeys[index], default: []].append(index)
    }
    var later: [String: LaterRows] = [:]
    for (key, rows) in rowsByModification {
      later[key] = LaterRows(rows: rows, of: entries)
    }
    // Each release's listing in force, with standings.
    let releaseKeyList = releases.map(ScopeRegister.key)
    var listings: [(listedOn: CalendarDate, items: [ReleaseScope.Item])?] = []
    var holders: [String: [String]] = [:]
    for (position, name) in releases.enumerated() {
      guard let rows = rowsByRelease[releaseKeyList[position]],
        let listedOn = rows.lazy.map({ entries[$0].asOf }).max()
      else {
        listings.append(nil)
        continue
      }
      let listed = rows.filter { entries[$0].asOf == listedOn }
      let listing =
        listed.filter { entries[$0].kind == .modification }
        + listed.filter { entries[$0].kind != .modification }
      let next = Self.release(after: name, in: releases)
      var held: Set<String> = []
      let items = listing.map { index in
        let entry = entries[index]
        let standing = Self.standing(
          of: entry, listedOn: listedOn, asOf: day, next: next,
          later: later[modificationKeys[index]])
        if case .moved = standing {
        } else if held.insert(modificationKeys[index]).inserted {
          holders[modificationKeys[index], default: []].append(name)
        }
        return ReleaseScope.Item(entry: entry, standing: standing)
      }
      listings.append((listedOn, items))
    }
    self.holders = holders
    // Each release's scope: its listing, what earlier listings had, its go-live date.
    var scopes: [String: ReleaseScope] = [:]
    var itemIndex: [String: [String: Int]] = [:]
    for (position, name) in releases.enumerated() {
      guard let (listedOn, items) = listings[position].map({ ($0.listedOn, $0.items) }),
        let rows = rowsByRelease[releaseKeyList[position]]
      else { continue }
      var indexOfItem: [String: Int] = [:]
      for (offset, item) in items.enumerated() {
        let key = ScopeRegister.key(item.entry.modification)
        if indexOfItem[key] == nil { indexOfItem[key] = offset }
      }
      var former: [String: ScopeEntry] = [:]
      var order: [String] = []
      for index in rows
      where entries[index].asOf < listedOn && indexOfItem[modificationKeys[index]] == nil {
        let row = entries[index]
        let key = modificationKeys[index]
        if let kept = former[key] {
          if row.asOf > kept.asOf { former[key] = row }
          continue
        }
        former[key] = row
        order.append(key)
      }
      let releaseKey = releaseKeyList[position]
      let formerItems = order.compactMap { former[$0] }
        .map { entry in
          ReleaseScope.FormerItem(
            entry: entry,
            nowIn: (holders[ScopeRegister.key(entry.modification)] ?? []).filter {
              ScopeRegister.key($0) != releaseKey
            })
        }
      let goLive = rows.lazy.map { entries[$0] }.filter { $0.goLive != nil }
        .max { $0.asOf < $1.asOf }?.goLive
      scopes[releaseKey] = ReleaseScope(
        release: name, asOf: day, listedOn: listedOn, goLive: goLive, items: items,
        formerItems: formerItems)
      itemIndex[releaseKey] = indexOfItem
    }
    self.scopes = scopes
    self.itemIndex = itemIndex
  }

  /// The scope of `release` (matched ignoring case and punctuation): its latest listing on or
  /// before the day, or `nil` if it has none by then.
  public func scope(of release: String) -> ReleaseScope? {
    scopes[ScopeRegister.key(release)]
  }

  /// The item for `modification` in the scope of `release` (both matched ignoring case and
  /// punctuation), if its listing has it.
  public func item(for modification: String, in release: String) -> ReleaseScope.Item? {
    let releaseKey = ScopeRegister.key(release)
    guard let offset = itemIndex[releaseKey]?[ScopeRegister.key(modification)] else {
      return nil
    }
    return scopes[releaseKey]?.items[offset]
  }

  /// The releases whose scope on the day has `modification` in a standing other than moved, in
  /// date order, `except` one.
  public func releases(having modification: String, except: String? = nil) -> [String] {
    let found = holders[ScopeRegister.key(modification)] ?? []
    guard let except else { return found }
    let key = ScopeRegister.key(except)
    return found.filter { ScopeRegister.key($0) != key }
  }

  /// Whether the register has `modification` (matched ignoring case and punctuation) on any day.
  public func has(_ modification: String) -> Bool {
    modifications.contains(ScopeRegister.key(modification))
  }

  /// The release after `release` in `releases` (in date order): the first that `release`
  /// precedes, found by bisection.
  static func release(after release: String, in releases: [String]) -> String? {
    var low = 0
    var high = releases.count
    while low < high {
      let middle = (low + high) / 2
      if ReleaseOrder.precedes(release, releases[middle]) {
        high = middle
      } else {
        low = middle + 1
      }
    }
    return low < releases.count ? releases[low] : nil
  }

  /// Where `entry` of a listing of `listedOn` stands on `day`: moved if a later paper (after the
  /// listing, on or before the day) places its modification anywhere, unless this entry and every
  /// later row are split notes; else its status, with a passed cut-off lapsing a targeted entry.
  private static func standing(
    of entry: ScopeEntry, listedOn: CalendarDate, asOf day: CalendarDate, next: String?,
    later: LaterRows?
  ) -> ScopeStanding {
    if let later, let allSplit = later.allSplit(after: listedOn), !(entry.isSplit && allSplit) {
      return .moved(to: later.latestPlaces)
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

/// One modification's rows on or before a snapshot's day, in date order: which come after a
/// given date, whether those are all split notes, and the releases of the latest.
private struct LaterRows {
  /// The dates of the rows, ascending.
  let dates: [CalendarDate]
  /// `splitFrom[i]`: whether rows `i...` are all split notes (`true` for the empty tail).
  let splitFrom: [Bool]
  /// The releases of the rows of the latest date, in release order.
  let latestPlaces: [String]

  init(rows: [Int], of entries: [ScopeEntry]) {
    // A stable sort: rows of one day keep register order.
    let sorted = rows.enumerated().sorted { a, b in
      let (left, right) = (entries[a.element].asOf, entries[b.element].asOf)
      return left != right ? left < right : a.offset < b.offset
    }.map(\.element)
    dates = sorted.map { entries[$0].asOf }
    var splitFrom = [Bool](repeating: true, count: sorted.count + 1)
    for position in sorted.indices.reversed() {
      splitFrom[position] = splitFrom[position + 1] && entries[sorted[position]].isSplit
    }
    self.splitFrom = splitFrom
    let latest = dates.last
    latestPlaces = sorted.filter { entries[$0].asOf == latest }.map { entries[$0].release }
      .sorted(by: ReleaseOrder.precedes)
  }

  /// Whether the rows after `date` are all split notes; `nil` when no row is after it.
  func allSplit(after date: CalendarDate) -> Bool? {
    var low = 0
    var high = dates.count
    while low < high {
      let middle = (low + high) / 2
      if dates[middle] <= date { low = middle + 1 } else { high = middle }
    }
    return low < dates.count ? splitFrom[low] : nil
  }
}
