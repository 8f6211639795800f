/// Decides the ``DecimalConvention`` of one file from the ``DecimalEvidence`` of all its amounts.
///
/// The rule, for a file that does not name its convention:
/// - if the amounts that read under one convention only all agree, that convention applies to
///   every amount of the file, ambiguous ones included (with `£1.886.716` in the file, `£20.000`
///   is £20,000);
/// - if some read only with a decimal point and others only with a decimal comma, the file is in
///   conflict: the convention of fewer amounts (of the later first amount, when as many) is the
///   minority, an error at its first amount; the others are read under the majority's;
/// - if none settles it, amounts are read as ``DecimalReading/unsettled``: one that is
///   ambiguous is an error.
///
/// `Place` says where an amount is (a line and column, say), for the conflict's message. Only
/// counts and the first amount of each kind are kept, so memory does not grow with the file.
public struct DecimalConventionTally<Place: Sendable>: Sendable {
  /// The first amount with some evidence: its place, its text and its order among all recorded.
  public struct Amount: Sendable {
    /// Where the amount is.
    public let place: Place
    /// The amount as written.
    public let text: String
    let order: Int
  }

  /// Amounts that read with a decimal point only, and with a decimal comma only.
  public private(set) var counts: [DecimalConvention: Int] = [:]
  /// The first amount that read under each convention only.
  public private(set) var first: [DecimalConvention: Amount] = [:]
  /// How many amounts were ambiguous.
  public private(set) var ambiguousCount = 0
  private var recorded = 0

  /// An empty tally.
  public init() {}

  /// Records what the amount `text` at `place` says; `days` for a number of days.
  /// Surrounding spaces are ignored; an empty cell says nothing.
  public mutating func record(amount text: some StringProtocol, days: Bool = false, at place: Place)
  {
    let text = text.trimmingSpaces
    guard !text.isEmpty else { return }
    let evidence = days ? DecimalEvidence(days: text) : DecimalEvidence(amount: text)
    recorded += 1
    switch evidence {
    case .none: break
    case .ambiguous: ambiguousCount += 1
    case .only(let convention):
      counts[convention, default: 0] += 1
      if first[convention] == nil {
        first[convention] = Amount(place: place, text: String(text), order: recorded)
      }
    }
  }

  /// A file whose amounts disagree.
  public struct Conflict: Sendable {
    /// The convention of more amounts, under which the file is read.
    public let majority: DecimalConvention
    /// The first amount of the majority convention.
    public let majorityFirst: Amount
    /// How many amounts read under the majority convention only.
    public let majorityCount: Int
    /// The first amount of the minority convention: where the conflict is reported.
    public let minorityFirst: Amount
    /// How many amounts read under the minority convention only.
    public let minorityCount: Int

    /// The convention of fewer amounts.
    public var minority: DecimalConvention { majority.other }

    /// The message for the minority's first amount: `"£5.50" has a decimal point, but more
    /// amounts of this file have a decimal comma (2 to 1, the first "£1.886.716" at line 3,
    /// low); a file has one decimal convention: correct the amounts with a decimal point, or give
    /// --decimal comma or --decimal point` (`as many` for a tie). `describe` words the
    /// majority's first place.
    public func message(describing describe: (Place) -> String) -> String {
      "\"\(minorityFirst.text)\" has \(minority.words), but"
        + " \(majorityCount > minorityCount ? "more" : "as many") amounts of this file have"
        + " \(majority.words) (\(majorityCount) to \(minorityCount), the first"
        + " \"\(majorityFirst.text)\" at \(describe(majorityFirst.place))); a file has one decimal"
        + " convention: correct the amounts with \(minority.words), or give --decimal comma or"
        + " --decimal point"
    }
  }

  /// What the file's amounts say, once all are recorded.
  public enum Decision: Sendable {
    /// Every amount that says anything says this.
    case settled(DecimalConvention)
    /// Nothing says which; `ambiguous` is whether some amount reads differently either way.
    case unsettled(ambiguous: Bool)
    /// Amounts disagree.
    case conflict(Conflict)

    /// How the file's amounts are read: the settled convention, the majority's, or
    /// ``DecimalReading/unsettled`` (``DecimalReading/point`` when no amount is ambiguous: then
    /// every amount reads alike either way).
    public var reading: DecimalReading {
      switch self {
      case .settled(let convention): .convention(convention)
      case .unsettled(let ambiguous): ambiguous ? .unsettled : .point
      case .conflict(let conflict): .convention(conflict.majority)
      }
    }
  }

  /// The decision.
  public var decision: Decision {
    switch (first[.point], first[.comma]) {
    case (nil, nil): return .unsettled(ambiguous: ambiguousCount > 0)
    case (_?, nil): return .settled(.point)
    case (nil, _?): return .settled(.comma)
    case (let point?, let comma?):
      let points = counts[.point, default: 0]
      let commas = counts[.comma, default: 0]
      let majority: DecimalConvention =
        points != commas
        ? (points > commas ? .point : .comma) : (point.order < comma.order ? .point : .comma)
      return .conflict(
        Conflict(
          majority: majority, majorityFirst: majority == .point ? point : comma,
          majorityCount: max(points, commas), minorityFirst: majority == .point ? comma : point,
          minorityCount: min(points, commas)))
    }
  }
}
