import SECCostReports

/// The body of `POST /api/figures` (and of the pages' edit form): one figure to set, named by
/// its key (release, version, party, modification, phase), and the `base` it was edited from —
/// the `sha256` of the file holding the key as the client last read it (of the first file for
/// a key no file holds yet). Every value is text, as a ledger cell is: amounts are never JSON
/// numbers, which would pass through binary floating point.
///
/// The form's fields are a `FigureDraft` (``draft``, one home for them: the page shows a refused
/// edit's draft again as it was sent); `title`, `date`, `likely`, `days` and `day_rate` are
/// optional: left out, the line keeps its own; given (even empty), they replace it.
@dynamicMemberLookup
package struct FigureEdit: Decodable, Sendable {
  /// The form's fields: the key, basis, amounts, note and base.
  package var draft: FigureDraft
  package var title: String?
  package var date: String?
  package var likely: String?
  package var days: String?
  package var dayRate: String?

  /// The fields beyond the draft's.
  enum CodingKeys: String, CodingKey {
    case title, date, likely, days
    case dayRate = "day_rate"
  }

  /// An edit of `draft`, and of these optional values.
  package init(
    _ draft: FigureDraft, title: String? = nil, date: String? = nil, likely: String? = nil,
    days: String? = nil, dayRate: String? = nil
  ) {
    self.draft = draft
    self.title = title
    self.date = date
    self.likely = likely
    self.days = days
    self.dayRate = dayRate
  }

  /// An edit of these values.
  package init(
    release: String, version: String, party: String, modification: String, phase: String,
    basis: String, low: String, high: String, note: String, base: String, title: String? = nil,
    date: String? = nil, likely: String? = nil, days: String? = nil, dayRate: String? = nil
  ) {
    self.init(
      FigureDraft(
        release: release, version: version, party: party, modification: modification,
        phase: phase, basis: basis, low: low, high: high, note: note, base: base),
      title: title, date: date, likely: likely, days: days, dayRate: dayRate)
  }

  /// Missing keys default to empty text (so `modification` may be left out of a release-level
  /// line), except the `FigureDraft.Field.isRequired` ones.
  package init(from decoder: any Decoder) throws {
    let fields = try decoder.container(keyedBy: FigureDraft.Field.self)
    let draft = try FigureDraft { field in
      field.isRequired
        ? try fields.decode(String.self, forKey: field)
        : try fields.decodeIfPresent(String.self, forKey: field) ?? ""
    }
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      draft, title: try container.decodeIfPresent(String.self, forKey: .title),
      date: try container.decodeIfPresent(String.self, forKey: .date),
      likely: try container.decodeIfPresent(String.self, forKey: .likely),
      days: try container.decodeIfPresent(String.self, forKey: .days),
      dayRate: try container.decodeIfPresent(String.self, forKey: .dayRate))
  }

  /// The edit of a form's fields (`value` gives each field's value, `nil` if left out); `nil`
  /// if a required one is left out.
  package init?(form value: (String) -> String?) {
    guard FigureDraft.Field.required.allSatisfy({ value($0.rawValue) != nil }) else { return nil }
    self.init(
      FigureDraft { value($0.rawValue) ?? "" }, title: value(CodingKeys.title.rawValue),
      date: value(CodingKeys.date.rawValue), likely: value(CodingKeys.likely.rawValue),
      days: value(CodingKeys.days.rawValue), dayRate: value(CodingKeys.dayRate.rawValue))
  }

  /// The draft's field at `keyPath` (`edit.release`, `edit.low`).
  package subscript<Value>(dynamicMember keyPath: WritableKeyPath<FigureDraft, Value>) -> Value {
    get { draft[keyPath: keyPath] }
    set { draft[keyPath: keyPath] = newValue }
  }

  /// The longest value accepted, in bytes: longer is refused before any reading.
  package static let maxFieldBytes = 8192

  /// Every value, named by its ledger column: the draft's fields, then the optional ones.
  package var fields: [(name: String, value: String)] {
    FigureDraft.Field.allCases.map { ($0.rawValue, draft[$0]) } + [
      (CodingKeys.title.rawValue, title ?? ""), (CodingKeys.date.rawValue, date ?? ""),
      (CodingKeys.likely.rawValue, likely ?? ""), (CodingKeys.days.rawValue, days ?? ""),
      (CodingKeys.dayRate.rawValue, dayRate ?? ""),
    ]
  }
}

extension FigureDraft.Field {
  /// Whether an edit must give it: the key but its version and modification, the basis and
  /// the base. Left out, any other is empty.
  package var isRequired: Bool {
    switch self {
    case .release, .party, .phase, .basis, .base: true
    case .version, .modification, .low, .high, .note: false
    }
  }

  /// The fields an edit must give, in form order.
  package static var required: [Self] { allCases.filter(\.isRequired) }
}
