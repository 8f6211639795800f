/// A scope register: which modifications and DCC Change Requests are in which SEC Release, with
/// what status, as of the dates of the papers that said so.
///
/// Each release's rows with one `as_of` date are a complete listing of its scope on that date, as
/// a paper lists it; a later listing of the release replaces an earlier one.
public struct ScopeRegister: Hashable, Sendable {
  /// The entries, in the order they were added.
  public private(set) var entries: [ScopeEntry]

  /// Creates a register of `entries`.
  public init(entries: [ScopeEntry] = []) {
    self.entries = entries
  }

  /// Adds an entry.
  public mutating func append(_ entry: ScopeEntry) {
    entries.append(entry)
  }

  /// The releases, in date order, each spelt as its first entry spells it.
  public var releases: [String] {
    var seen: Set<String> = []
    var names: [String] = []
    for entry in entries where seen.insert(Self.key(entry.release)).inserted {
      names.append(entry.release)
    }
    return names.sorted(by: ReleaseOrder.precedes)
  }

  /// The latest `as_of` date in the register: the day it describes, unless told otherwise.
  public var latestAsOf: CalendarDate? {
    entries.map(\.asOf).max()
  }

  /// The register's spelling of `release` (matched ignoring case and punctuation), if it has it.
  public func release(named name: String) -> String? {
    let key = Self.key(name)
    return entries.first { Self.key($0.release) == key }?.release
  }

  /// The release after `release` in date order, if the register has a later one.
  public func release(after release: String) -> String? {
    releases.first { ReleaseOrder.precedes(release, $0) && Self.key($0) != Self.key(release) }
  }

  /// How release names and modification ids are matched: case, spacing and punctuation aside.
  package static func key(_ text: String) -> String {
    text.normalisedIdentifier
  }
}
