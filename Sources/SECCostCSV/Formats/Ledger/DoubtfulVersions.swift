import SECCost

/// The versions of each release read so far, with where each was first seen, to warn of a
/// version whose place among the others may not be what was meant, since each key's latest
/// version is the one counted:
///
/// - a version a spreadsheet may have retyped as a number (`0.10` → `0.1`) when which version
///   is the latest turns on it (see `VersionLabel.orderTurningOnDroppedZero(_:among:)`). Only a
///   file whose amounts show a spreadsheet's number formatting (whole pounds without `.00`,
///   thousands separators) is suspected: a canonical ledger writes every amount with two
///   decimals and quotes its versions, so a legitimate history (`0.1`, `0.4`) is not doubted;
/// - a version in words (`Draft`) after a numbered one (`0.5`), which it supersedes (see
///   `VersionLabel.unnumberedAfterNumbered(inOrder:)`), in any file.
/// Holds at most ``limit`` editions (releases and their versions are few).
struct DoubtfulVersions {
  /// The most editions kept.
  static let limit = 4096

  struct Place {
    var file: String
    var line: Int
    var column: String
    var suspected: Bool
  }

  /// Each release's versions and where each was first seen.
  private var versions: [String: [String: Place]] = [:]
  private var count = 0
  /// The editions already warned of, so a warning is given once.
  private var warned: Set<Edition> = []

  /// A release and version.
  private struct Edition: Hashable {
    let release: String
    let version: String
  }

  /// The editions of the file being read, in the order first seen, with their first line.
  struct FileEditions {
    fileprivate var seen: [(release: String, version: String, line: Int)] = []
    private var known: Set<Edition> = []
    /// Whether each edition the reader has numbered (`EditionTable`) was seen in this file: a
    /// line of one already seen costs a look here, not a hash of its release and version (the
    /// lines of a ledger may change edition on every row).
    private var numbered: [Bool] = []
    private var last: (release: String, version: String)?

    /// Notes `line`, whose row starts on line `number`, of the edition the reader numbered
    /// `edition` (-1 if none).
    mutating func note(_ line: LedgerLine, at number: Int, edition: Int = -1) {
      if edition >= 0 {
        if edition < numbered.count && numbered[edition] { return }
        if edition >= numbered.count {
          numbered += repeatElement(false, count: edition + 1 - numbered.count)
        }
        numbered[edition] = true
      } else if let last, last.release == line.release, last.version == line.version {
        return
      }
      last = (line.release, line.version)
      guard seen.count < DoubtfulVersions.limit,
        known.insert(Edition(release: line.release, version: line.version)).inserted
      else { return }
      seen.append((line.release, line.version, number))
    }
  }

  /// Adds the editions of `file`, read with `column` as its version column; `suspected` if its
  /// amounts show a spreadsheet's formatting. Returns the warnings this file settles, for it and
  /// for files read before it.
  mutating func add(
    _ editions: FileEditions, of file: String, column: String, suspected: Bool
  ) -> [LedgerIssue] {
    for edition in editions.seen where count < Self.limit {
      if versions[edition.release, default: [:]][edition.version] == nil {
        count += 1
        versions[edition.release, default: [:]][edition.version] = Place(
          file: file, line: edition.line, column: column, suspected: suspected)
      } else if suspected {
        versions[edition.release]?[edition.version]?.suspected = true
      }
    }
    let touched = Set(editions.seen.map(\.release))
    var found: [LedgerIssue] = []
    for release in touched.sorted() {
      guard let places = versions[release] else { continue }
      let inOrder = places.keys.sorted(by: VersionOrder.precedes)
      for doubt in VersionLabel.unnumberedAfterNumbered(inOrder: inOrder)
      where warned.insert(Edition(release: release, version: doubt.version)).inserted {
        guard let place = places[doubt.version] else { continue }
        found.append(
          LedgerIssue(
            file: place.file, line: place.line, column: place.column,
            message:
              "\"\(doubt.version)\" is not a version number, yet it counts as later than"
              + " \(doubt.after) of \(release), so its figures replace those of \(doubt.after),"
              + " key by key; if it is a draft of an earlier version, give it that version's"
              + " number",
            severity: .warning))
      }
      for (version, place) in places.sorted(by: { $0.key < $1.key })
      where place.suspected
        && !warned.contains(Edition(release: release, version: version))
      {
        let later = VersionLabel.orderTurningOnDroppedZero(version, amongSorted: inOrder)
        guard let before = VersionLabel.beforeDroppedZero(version), !later.isEmpty else {
          continue
        }
        warned.insert(Edition(release: release, version: version))
        let list = later.joined(separator: ", ")
        found.append(
          LedgerIssue(
            file: place.file, line: place.line, column: place.column,
            message:
              "\"\(version)\" may be \"\(before)\" with its trailing zero dropped by a"
              + " spreadsheet (this file's amounts were retyped as numbers): as written it is"
              + " earlier than \(list) of \(release), so the figures of \(list) count, not"
              + " its own; if it was \(before), type the version as text ('\(before)) and"
              + " export again; if \(version) is right, `seccost import` the file to write it"
              + " canonically",
            severity: .warning))
      }
    }
    return found
  }
}
