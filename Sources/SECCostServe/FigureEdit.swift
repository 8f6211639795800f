/// The body of `POST /api/figures` (and of the pages' edit form): one figure to set, named by
/// its key (release, version, party, modification, phase), and the `base` it was edited from —
/// the `sha256` of the file holding the key as the client last read it (of the first file for
/// a key no file holds yet). Every value is text, as a ledger cell is: amounts are never JSON
/// numbers, which would pass through binary floating point.
///
/// `title`, `date`, `likely`, `days` and `day_rate` are optional: left out, the line keeps its
/// own; given (even empty), they replace it.
package struct FigureEdit: Decodable, Sendable {
  package var release: String
  package var version: String
  package var party: String
  package var modification: String
  package var phase: String
  package var basis: String
  package var low: String
  package var high: String
  package var note: String
  package var base: String
  package var title: String?
  package var date: String?
  package var likely: String?
  package var days: String?
  package var dayRate: String?

  enum CodingKeys: String, CodingKey {
    case release, version, party, modification, phase, basis, low, high, note, base
    case title, date, likely, days
    case dayRate = "day_rate"
  }

  /// An edit of these values.
  package init(
    release: String, version: String, party: String, modification: String, phase: String,
    basis: String, low: String, high: String, note: String, base: String, title: String? = nil,
    date: String? = nil, likely: String? = nil, days: String? = nil, dayRate: String? = nil
  ) {
    self.release = release
    self.version = version
    self.party = party
    self.modification = modification
    self.phase = phase
    self.basis = basis
    self.low = low
    self.high = high
    self.note = note
    self.base = base
    self.title = title
    self.date = date
    self.likely = likely
    self.days = days
    self.dayRate = dayRate
  }

  /// Missing keys default to empty text (so `modification` may be left out of a release-level
  /// line), except `release`, `party`, `phase`, `basis` and `base`, which are required.
  package init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    release = try container.decode(String.self, forKey: .release)
    version = try container.decodeIfPresent(String.self, forKey: .version) ?? ""
    party = try container.decode(String.self, forKey: .party)
    modification = try container.decodeIfPresent(String.self, forKey: .modification) ?? ""
    phase = try container.decode(String.self, forKey: .phase)
    basis = try container.decode(String.self, forKey: .basis)
    low = try container.decodeIfPresent(String.self, forKey: .low) ?? ""
    high = try container.decodeIfPresent(String.self, forKey: .high) ?? ""
    note = try container.decodeIfPresent(String.self, forKey: .note) ?? ""
    base = try container.decode(String.self, forKey: .base)
    title = try container.decodeIfPresent(String.self, forKey: .title)
    date = try container.decodeIfPresent(String.self, forKey: .date)
    likely = try container.decodeIfPresent(String.self, forKey: .likely)
    days = try container.decodeIfPresent(String.self, forKey: .days)
    dayRate = try container.decodeIfPresent(String.self, forKey: .dayRate)
  }

  /// The longest value accepted, in bytes: longer is refused before any reading.
  package static let maxFieldBytes = 8192

  /// Every value, named by its ledger column.
  var fields: [(name: String, value: String)] {
    [
      ("release", release), ("version", version), ("party", party),
      ("modification", modification), ("phase", phase), ("basis", basis), ("low", low),
      ("high", high), ("note", note), ("base", base), ("title", title ?? ""),
      ("date", date ?? ""), ("likely", likely ?? ""), ("days", days ?? ""),
      ("day_rate", dayRate ?? ""),
    ]
  }
}
