/// A date a paper gives for a cut-off or a go-live, firm or estimated.
///
/// Written `2022-02-23` (firm) or `2022-02-23 estimated` (the paper's "Estimated cut-off date for
/// inclusion"); `(estimated)` in brackets is read too, and the date may also be `23 February
/// 2022`.
public struct ScheduledDate: Hashable, Sendable, CustomStringConvertible {
  /// The day.
  public let date: CalendarDate
  /// Whether the paper calls the date estimated.
  public let isEstimated: Bool

  /// Creates a scheduled date.
  public init(_ date: CalendarDate, isEstimated: Bool = false) {
    self.date = date
    self.isEstimated = isEstimated
  }

  /// Parses `2022-02-23` or `2022-02-23 estimated` (the marker in any case, optionally in
  /// brackets).
  ///
  /// - Throws: ``CalendarDateParseError`` when the date part is not a date.
  public init(parsing text: some StringProtocol) throws(CalendarDateParseError) {
    var body = Substring(text.trimmingSpaces)
    var estimated = false
    for marker in ["(estimated)", "estimated"] where body.lowercased().hasSuffix(marker) {
      body = body.dropLast(marker.count)
      estimated = true
      break
    }
    do {
      self.init(try CalendarDate(parsing: body), isEstimated: estimated)
    } catch {
      throw CalendarDateParseError(text: String(text.trimmingSpaces), reason: error.reason)
    }
  }

  /// The canonical CSV form: `2022-02-23` or `2022-02-23 estimated`.
  public var description: String {
    isEstimated ? "\(date.iso) estimated" : date.iso
  }

  /// As a paper prints it: `3 March 2022`, or `23 February 2022 (estimated)`.
  public var long: String {
    isEstimated ? "\(date.long) (estimated)" : date.long
  }
}
