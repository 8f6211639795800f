extension ScopeRegister {
  /// The scope of `release` as of `day` (the register's latest date when `nil`): its latest
  /// listing on or before that day, or `nil` if it has none by then.
  ///
  /// Standings: a targeted entry whose cut-off is before `day` has lapsed to the next release in
  /// the register (the cut-off day itself is still in time); an entry whose modification a later
  /// paper (after the listing, on or before `day`) places elsewhere has moved, unless this entry
  /// and every later row of it are split notes.
  ///
  /// Each call reads the whole register (``ScopeSnapshot``); to look up several releases, make
  /// one snapshot.
  public func scope(of release: String, asOf day: CalendarDate? = nil) -> ReleaseScope? {
    ScopeSnapshot(self, asOf: day).scope(of: release)
  }

  /// The releases whose scope on `day` has `modification` in a standing other than moved.
  ///
  /// Each call reads the whole register (``ScopeSnapshot``); for several look-ups, make one
  /// snapshot.
  public func releases(having modification: String, asOf day: CalendarDate, except: String? = nil)
    -> [String]
  {
    ScopeSnapshot(self, asOf: day).releases(having: modification, except: except)
  }
}
