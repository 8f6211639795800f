/// A release's scope as of a day: the latest listing of it on or before that day, each entry
/// with its standing, and what earlier listings had that this one has not.
public struct ReleaseScope: Hashable, Sendable {
  /// One entry of the listing and where it stands.
  public struct Item: Hashable, Sendable {
    /// The register row.
    public let entry: ScopeEntry
    /// Where it stands as of the view's day.
    public let standing: ScopeStanding
  }

  /// A modification an earlier listing had and the current one has not.
  public struct FormerItem: Hashable, Sendable {
    /// Its row in the latest earlier listing that had it.
    public let entry: ScopeEntry
    /// The releases whose scope has it as of the view's day; empty if none.
    public let nowIn: [String]
  }

  /// The release, as the register spells it.
  public let release: String
  /// The day the view is taken.
  public let asOf: CalendarDate
  /// The date of the listing in force on that day (the paper's date).
  public let listedOn: CalendarDate
  /// The go-live date, from the latest row on or before `asOf` that gives one.
  public let goLive: ScheduledDate?
  /// The listing: modifications first, then DCC Change Requests, each in register order.
  public let items: [Item]
  /// Modifications in earlier listings but not this one, in register order.
  public let formerItems: [FormerItem]

  /// The items in one section of the report.
  public func items(in section: ScopeStanding.Section, kind: ScopeKind) -> [Item] {
    items.filter { $0.standing.section == section && $0.entry.kind == kind }
  }

  /// The item for `modification`, if the listing has it (matched ignoring case).
  public func item(for modification: String) -> Item? {
    let key = ScopeRegister.key(modification)
    return items.first { ScopeRegister.key($0.entry.modification) == key }
  }

  /// The items whose changes a RID's impact matrices show: in scope (approved, implemented or
  /// targeted), since a RID assumes every targeted modification will be approved.
  public var impactItems: [Item] {
    items.filter { $0.standing.isTargetedOrApproved }
  }
}
