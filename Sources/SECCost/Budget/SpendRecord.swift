/// Actual spend on one key, summed per day: the spend lines themselves are not kept.
public struct SpendRecord: Hashable, Sendable {
  /// The spend of one day (or of the undated lines).
  public struct Amount: Hashable, Sendable {
    /// The sum of the spend.
    public var amount = Money.zero
    /// The number of spend lines summed.
    public var lines = 0

    /// Nothing spent.
    public init() {}

    /// `amount` over `lines` spend lines.
    public init(amount: Money, lines: Int) {
      self.amount = amount
      self.lines = lines
    }
  }

  /// The spend per day; the `nil` key holds the lines with no date.
  public private(set) var byDate: [CalendarDate?: Amount] = [:]
  /// The title of the first spend line seen, for a key that has no budget line.
  public private(set) var title = ""

  /// No spend yet.
  public init() {}

  /// Adds one spend line of `amount` on `date`.
  public mutating func add(_ amount: Money, on date: CalendarDate?, title: String)
    throws(MoneyError)
  {
    if byDate.isEmpty { self.title = title }
    var day = byDate[date, default: Amount()]
    day.amount = try day.amount.adding(amount)
    day.lines += 1
    byDate[date] = day
  }

  /// Adds another record's spend.
  public mutating func add(_ other: SpendRecord) throws(MoneyError) {
    if byDate.isEmpty { title = other.title }
    for (date, amount) in other.byDate {
      var day = byDate[date, default: Amount()]
      day.amount = try day.amount.adding(amount.amount)
      day.lines += amount.lines
      byDate[date] = day
    }
  }

  /// The spend counted as of `asOf`, and the spend left out because it is later or undated.
  ///
  /// With no `asOf`, everything is counted, dated or not.
  public func split(asOf: CalendarDate?) throws(MoneyError) -> SpendSplit {
    var split = SpendSplit()
    // Day by day in date order (undated last), so that a sum that overflows part-way does so
    // on every run (a dictionary's order changes from one run to the next).
    let days = byDate.sorted { a, b in
      switch (a.key, b.key) {
      case (let a?, let b?): a < b
      case (.some, nil): true
      case (nil, _): false
      }
    }
    for (date, day) in days {
      switch (asOf, date) {
      case (nil, _):
        try split.counted.add(day)
      case (.some, nil):
        try split.undated.add(day)
      case (let cutoff?, let date?):
        if date <= cutoff { try split.counted.add(day) } else { try split.later.add(day) }
      }
    }
    return split
  }
}

/// Spend divided by an as-of date: counted, after the date, and undated.
public struct SpendSplit: Hashable, Sendable {
  /// Spend on or before the date (all spend when there is no date).
  public var counted = SpendRecord.Amount()
  /// Spend after the date: not counted.
  public var later = SpendRecord.Amount()
  /// Spend with no date, when there is an as-of date: not counted, since it cannot be placed.
  public var undated = SpendRecord.Amount()

  /// Nothing.
  public init() {}

  /// Adds another split.
  public mutating func add(_ other: SpendSplit) throws(MoneyError) {
    try counted.add(other.counted)
    try later.add(other.later)
    try undated.add(other.undated)
  }
}

extension SpendRecord.Amount {
  /// Adds another amount and its line count.
  public mutating func add(_ other: SpendRecord.Amount) throws(MoneyError) {
    amount = try amount.adding(other.amount)
    lines += other.lines
  }
}
