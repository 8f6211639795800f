import SECCost

/// The fields of an edit form (`POST /edit`, `application/x-www-form-urlencoded`), as text: a
/// figure to write, and the hash of the file it was based on.
public struct FigureDraft: Hashable, Sendable {
  /// The release.
  public var release: String
  /// The document version.
  public var version: String
  /// `DCC` or `SECAS`.
  public var party: String
  /// The modification; empty for a release-level line.
  public var modification: String
  /// The phase id (`design-build-pit`).
  public var phase: String
  /// The basis id (`firm`, `estimate`, `actual`, `tbc`, `n/a`).
  public var basis: String
  /// The low amount, as typed (`1886716.00`); empty for TBC and N/A.
  public var low: String
  /// The high amount; the low one again for a single amount.
  public var high: String
  /// The note.
  public var note: String
  /// The SHA-256 of the file holding the line, as the form was rendered with it.
  public var base: String

  /// A draft.
  public init(
    release: String, version: String, party: String, modification: String, phase: String,
    basis: String, low: String, high: String, note: String, base: String
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
  }

  /// One of a draft's fields, named as the form, the JSON API (`POST /api/figures`) and the
  /// ledger's columns name it: the one list of them that reading a form or a JSON body and
  /// writing a row go through.
  public enum Field: String, CaseIterable, CodingKey, Sendable {
    case release, version, party, modification, phase, basis, low, high, note, base
  }

  /// The value of `field`.
  public subscript(field: Field) -> String {
    get {
      switch field {
      case .release: release
      case .version: version
      case .party: party
      case .modification: modification
      case .phase: phase
      case .basis: basis
      case .low: low
      case .high: high
      case .note: note
      case .base: base
      }
    }
    set {
      switch field {
      case .release: release = newValue
      case .version: version = newValue
      case .party: party = newValue
      case .modification: modification = newValue
      case .phase: phase = newValue
      case .basis: basis = newValue
      case .low: low = newValue
      case .high: high = newValue
      case .note: note = newValue
      case .base: base = newValue
      }
    }
  }

  /// A draft of the value `value` gives each field.
  public init(_ value: (Field) throws -> String) rethrows {
    self.init(
      release: try value(.release), version: try value(.version), party: try value(.party),
      modification: try value(.modification), phase: try value(.phase),
      basis: try value(.basis), low: try value(.low), high: try value(.high),
      note: try value(.note), base: try value(.base))
  }

  /// The fields of `line`, based on `base`.
  public init(_ line: LedgerLine, base: String) {
    self.init(
      release: line.release, version: line.version, party: line.party.id,
      modification: line.modification, phase: line.phase.id, basis: line.figure.basis.id,
      low: line.figure.range?.low.plainDecimal ?? "",
      high: line.figure.range?.high.plainDecimal ?? "",
      note: line.note, base: base)
  }
}
