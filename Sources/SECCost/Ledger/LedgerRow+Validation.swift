extension LedgerRow {
  /// Validates the row into a ledger line, or lists every problem it has.
  ///
  /// Checks: required cells, party, phase, basis, amounts, days, an ISO 8601 `date`, then every
  /// rule between cells (`LedgerRules`: the phase belongs to the party, `low ≤ high`, no
  /// amounts on a TBC or N/A line, days and day rate as a pair on SECAS lines, days × day rate
  /// agrees with `low`, `likely` inside a range, a date only on actual spend); and the
  /// identities: a release that is a date a spreadsheet made of a release name, and a
  /// modification id with a letter where a digit belongs, are errors
  /// (``ReleaseName``, ``ModificationID``). The line holds the canonical release, version and
  /// modification.
  ///
  /// The cells that make the key or name a label (release, version, modification, party, phase,
  /// basis) must not hold an invisible character (`InvisibleCharacter`: a zero-width space, a
  /// byte order mark, a bidirectional control…), which would make another key that prints as
  /// this one; a no-break space or another space separator in them is read as a space.
  ///
  /// Amounts and days are read as `decimal` says (see ``DecimalReading``): by default as in a
  /// `,`-delimited file (``DecimalReading/pointByDefault``: `£20.000` is refused as ambiguous).
  public func validated(decimal: DecimalReading = .pointByDefault) -> Result<LedgerLine, LedgerRowError> {
    var warnings: [FieldIssue] = []
    return validated(decimal: decimal, warnings: &warnings)
  }

  /// Validates the row as ``validated(decimal:)`` does, adding to `warnings` what is doubtful but
  /// counted as written: a release name that is not `Month YYYY`, a modification that is not a
  /// SEC id. Warnings are found whether or not the row is valid.
  public func validated(decimal: DecimalReading = .pointByDefault, warnings: inout [FieldIssue])
    -> Result<LedgerLine, LedgerRowError>
  {
    var issues: [FieldIssue] = []
    /// The trimmed text of a key or label cell, with plain spaces; `nil` (an issue recorded) if it
    /// holds an invisible character.
    func identity(_ column: LedgerColumn) -> Substring? {
      let text = self[column]
      if let invisible = InvisibleCharacter.first(in: text) {
        issues.append(
          FieldIssue(column, InvisibleCharacter.message(text.trimmingSpaces, invisible)))
        return nil
      }
      return text.plainSpaced.trimmingSpaces
    }
    func required(_ column: LedgerColumn) -> Substring? {
      guard let text = identity(column) else { return nil }
      if text.isEmpty { issues.append(FieldIssue(column, "is empty; a value is required")) }
      return text.isEmpty ? nil : text
    }
    let release = required(.release).flatMap { text -> String? in
      switch ReleaseName.read(text) {
      case .valid(let name):
        return name
      case .spreadsheetDate(let suggestion):
        issues.append(
          FieldIssue(.release, ReleaseName.spreadsheetDateMessage(text, suggestion: suggestion)))
        return nil
      case .unrecognised:
        warnings.append(FieldIssue(.release, ReleaseName.unrecognisedMessage(text)))
        return String(text)
      }
    }
    let version = identity(.version).map(VersionLabel.canonical)
    let modification = identity(.modification).flatMap { text -> String? in
      switch ModificationID.read(text) {
      case .valid(let id):
        return id
      case .misread(let suggestion):
        issues.append(
          FieldIssue(.modification, ModificationID.misreadMessage(text, suggestion: suggestion)))
        return nil
      case .unrecognised:
        warnings.append(FieldIssue(.modification, ModificationID.unrecognisedMessage(text)))
        return String(text)
      }
    }
    let partyText = required(.party)
    let phaseText = required(.phase)
    let basisText = required(.basis)

    let party = partyText.flatMap { text in
      Party(parsing: text)
        ?? {
          issues.append(FieldIssue(.party, "unknown party \"\(text)\" (expected DCC or SECAS)"))
          return nil
        }()
    }
    let phase = phaseText.flatMap { text in
      Phase(parsing: text)
        ?? {
          let known = Phase.allCases.map(\.id).joined(separator: ", ")
          issues.append(FieldIssue(.phase, "unknown phase \"\(text)\" (expected one of \(known))"))
          return nil
        }()
    }
    let basis = basisText.flatMap { text in
      Basis(parsing: text)
        ?? {
          issues.append(
            FieldIssue(
              .basis,
              text.trimmingSpaces.hasPrefix("#")
                ? "\"\(text)\" is a spreadsheet error value, not a basis"
                : "unknown basis \"\(text)\" (expected firm, estimate, actual, tbc or n/a)"))
          return nil
        }()
    }
    // Each cell trimmed and decoded, for the rules; why any does not read, by column.
    var reasons: [LedgerColumn: String] = [:]
    func cell<Value, Failure: Error & CustomStringConvertible>(
      _ column: LedgerColumn, _ parse: (Substring) throws(Failure) -> Value
    ) -> LedgerCell<Value> {
      LedgerCell(self[column].trimmingSpaces, column: column, reasons: &reasons, parse)
    }
    let money = { (text: Substring) throws(MoneyParseError) in try decimal.money(parsing: text) }
    let rules = LedgerRules(
      party: party, phase: phase, basis: basis,
      date: cell(.date) { text throws(ISODateParseError) in try CalendarDate(isoParsing: text) },
      low: cell(.low, money), high: cell(.high, money), likely: cell(.likely, money),
      days: cell(.days) { text throws(DaysParseError) in try decimal.days(parsing: text) },
      dayRate: cell(.dayRate, money))
    let outcome = rules.apply(issues: &issues, reasons: reasons)

    guard issues.isEmpty, let release, let version, let modification, let party, let phase,
      let outcome
    else {
      return .failure(LedgerRowError(issues: issues))
    }
    return .success(
      LedgerLine(
        release: release, version: version, party: party,
        modification: modification, title: self[.title],
        phase: phase, figure: outcome.figure, likely: outcome.likely, effort: outcome.effort,
        note: self[.note], date: outcome.date))
  }
}

/// Every problem found in one ledger row.
public struct LedgerRowError: Error, Equatable, Sendable {
  /// The problems, in column order of discovery.
  public let issues: [FieldIssue]

  /// Creates an error from its problems.
  public init(issues: [FieldIssue]) {
    self.issues = issues
  }
}
