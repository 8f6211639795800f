import SECCost

/// Scope views as JSON: dates in ISO 8601, keys sorted, stable.
package enum ScopeJSON {
  /// The views of every release shown, with the day they are taken and the releases with no
  /// listing by then.
  package static func encode(asOf: CalendarDate, scopes: [ReleaseScope], unlisted: [String])
    -> String
  {
    let document = ScopeReportJSON(
      asOf: asOf.iso, releases: scopes.map(ReleaseJSON.init), unlisted: unlisted)
    return JSONDocument.encode(document)
  }
}

private struct ScopeReportJSON: Encodable {
  let asOf: String
  let releases: [ReleaseJSON]
  let unlisted: [String]
}

private struct DateJSON: Encodable {
  let date: String
  let estimated: Bool

  init?(_ scheduled: ScheduledDate?) {
    guard let scheduled else { return nil }
    date = scheduled.date.iso
    estimated = scheduled.isEstimated
  }
}

private struct ReleaseJSON: Encodable {
  let release: String
  let asOf: String
  let listedOn: String
  let goLive: DateJSON?
  let items: [ItemJSON]
  let noLongerListed: [FormerJSON]

  init(_ scope: ReleaseScope) {
    release = scope.release
    asOf = scope.asOf.iso
    listedOn = scope.listedOn.iso
    goLive = DateJSON(scope.goLive)
    items = scope.items.map(ItemJSON.init)
    noLongerListed = scope.formerItems.map(FormerJSON.init)
  }
}

private struct EntryJSON: Encodable {
  let modification: String
  let title: String
  let kind: String
  let status: String
  let cutOff: DateJSON?
  let impactsDCCSystems: String?
  let impactedParties: [String]
  let impactedDocuments: [String]
  let asOf: String
  let split: Bool
  let ocrUncertain: Bool
  let note: String

  init(_ entry: ScopeEntry) {
    modification = entry.modification
    title = entry.title
    kind = entry.kind.id
    status = entry.status.id
    cutOff = DateJSON(entry.cutOff)
    impactsDCCSystems = entry.dccSystems?.id
    impactedParties = entry.parties.map(\.name)
    impactedDocuments = entry.documents.map(\.name)
    asOf = entry.asOf.iso
    split = entry.isSplit
    ocrUncertain = entry.isOCRUncertain
    note = entry.note
  }
}

private struct ItemJSON: Encodable {
  let entry: EntryJSON
  let standing: String
  let daysToCutOff: Int?
  let cutOffPassed: Bool?
  let nextRelease: String?
  let movedTo: [String]?

  init(_ item: ReleaseScope.Item) {
    entry = EntryJSON(item.entry)
    standing = item.standing.section.id
    var days: Int?
    var passed: Bool?
    var next: String?
    var moved: [String]?
    switch item.standing {
    case .targeted(let left): days = left
    case .lapsed(let didPass, let nextRelease):
      passed = didPass
      next = nextRelease
    case .moved(let places): moved = places
    default: break
    }
    daysToCutOff = days
    cutOffPassed = passed
    nextRelease = next
    movedTo = moved
  }
}

private struct FormerJSON: Encodable {
  let entry: EntryJSON
  let nowIn: [String]

  init(_ former: ReleaseScope.FormerItem) {
    entry = EntryJSON(former.entry)
    nowIn = former.nowIn
  }
}
