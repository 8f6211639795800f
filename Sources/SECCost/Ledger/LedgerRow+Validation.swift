extension LedgerRow {
  /// Validates the row into a ledger line, or lists every problem it has.
  ///
  /// Checks: required cells, party, phase (and that it belongs to the party), basis, amounts,
  /// `low ≤ high`, no amounts on a TBC or N/A line, days and day rate as a pair (SECAS only),
  /// that days × day rate agrees with `low` to the penny when both are given, that `likely` is on
  /// a range line with `low ≤ likely ≤ high`, and that a `date` is an ISO 8601 calendar date on
  /// an actual-spend line; and the identities: a release that is a date a spreadsheet made of a
  /// release name, and a modification id with a letter where a digit belongs, are errors
  /// (``ReleaseName``, ``ModificationID``). The line holds the canonical release, version and
  /// modification.
  ///
  /// The cells that make the key or name a label (release, version, modification, party, phase,
  /// basis) must not hold an invisible character (`InvisibleCharacter`: a zero-width space, a
  /// byte order mark, a bidirectional control…), which would make another key that prints as
  /// this one; a no-break space or another space separator in them is read as a space.
  ///
  /// Amounts and days are read as `decimal` says (see ``DecimalReading``): by default with a
  /// decimal point, as in a `,`-delimited file.
  public func validated(decimal: DecimalReading = .point) -> Result<LedgerLine, LedgerRowError> {
    var warnings: [FieldIssue] = []
    return validated(decimal: decimal, warnings: &warnings)
  }

  /// Validates the row as ``validated(decimal:)`` does, adding to `warnings` what is doubtful but
  /// counted as written: a release name that is not `Month YYYY`, a modification that is not a
  /// SEC id. Warnings are found whether or not the row is valid.
  public func validated(decimal: DecimalReading = .point, warnings: inout [FieldIssue])
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
    if let party, let phase, phase.party != party {
      issues.append(
        FieldIssue(.phase, "\(phase.id) is a \(phase.party.id) phase, but the party is \(party.id)")
      )
    }

    let effort = validatedEffort(party: party, decimal: decimal, issues: &issues)
    let figure = basis.flatMap {
      validatedFigure(basis: $0, effort: effort, decimal: decimal, issues: &issues)
    }
    let likely = figure.flatMap { validatedLikely(figure: $0, decimal: decimal, issues: &issues) }
    let date = validatedDate(basis: basis, issues: &issues)

    guard issues.isEmpty, let release, let version, let modification, let party, let phase,
      let figure, let date
    else {
      return .failure(LedgerRowError(issues: issues))
    }
    return .success(
      LedgerLine(
        release: release, version: version, party: party,
        modification: modification, title: self[.title],
        phase: phase, figure: figure, likely: likely, effort: effort ?? nil, note: self[.note],
        date: date))
  }

  /// The date of actual spend: `.some(nil)` when the cell is empty, `nil` when it is invalid or
  /// on a line that is not actual spend.
  private func validatedDate(basis: Basis?, issues: inout [FieldIssue]) -> CalendarDate?? {
    let text = self[.date].trimmingSpaces
    if text.isEmpty { return .some(nil) }
    if let basis, basis != .actual {
      issues.append(
        FieldIssue(.date, "is for actual spend; it must be empty on a \(basis.id) line"))
      return nil
    }
    do {
      return .some(try CalendarDate(isoParsing: text))
    } catch {
      issues.append(FieldIssue(.date, error.description))
      return nil
    }
  }

  /// The SECAS effort, `.some(nil)` when the row has none, `nil` when it is invalid.
  private func validatedEffort(
    party: Party?, decimal: DecimalReading, issues: inout [FieldIssue]
  ) -> SECASEffort?? {
    let daysText = self[.days].trimmingSpaces
    let rateText = self[.dayRate].trimmingSpaces
    if daysText.isEmpty && rateText.isEmpty { return .some(nil) }
    var valid = true
    if party == .dcc {
      issues.append(FieldIssue(.days, "days and day_rate are for SECAS effort, not DCC lines"))
      valid = false
    }
    if daysText.isEmpty || rateText.isEmpty {
      let missing: LedgerColumn = daysText.isEmpty ? .days : .dayRate
      issues.append(FieldIssue(missing, "is empty; days and day_rate go together"))
      return nil
    }
    var days: Days?
    do { days = try decimal.days(parsing: daysText) } catch {
      issues.append(FieldIssue(.days, error.description))
    }
    var rate: Money?
    do { rate = try decimal.money(parsing: rateText) } catch {
      issues.append(FieldIssue(.dayRate, error.description))
    }
    if let rate, rate.isNegative {
      issues.append(FieldIssue(.dayRate, "\(rate.formatted) is negative"))
      valid = false
    }
    guard valid, let days, let rate else { return nil }
    return .some(SECASEffort(days: days, dayRate: rate))
  }

  private func validatedFigure(
    basis: Basis, effort: SECASEffort??, decimal: DecimalReading, issues: inout [FieldIssue]
  ) -> CostFigure? {
    let lowText = self[.low].trimmingSpaces
    let highText = self[.high].trimmingSpaces
    guard let priced = PricedBasis(basis) else {
      for column in [LedgerColumn.low, .high, .likely, .days, .dayRate]
      where !self[column].trimmingSpaces.isEmpty {
        issues.append(FieldIssue(column, "must be empty on a \(basis.id) line"))
      }
      return basis == .tbc ? .tbc : .notApplicable
    }
    var low: Money?
    var high: Money?
    var amountsValid = true
    if lowText.isEmpty {
      if case .some(.some(let effort)) = effort {
        do { low = try effort.cost() } catch {
          issues.append(FieldIssue(.low, "days × day_rate: \(error.description)"))
          amountsValid = false
        }
      } else if effort != nil {
        issues.append(
          FieldIssue(.low, "is empty; a \(basis.id) line needs a figure (or days and day_rate)"))
        amountsValid = false
      } else {
        amountsValid = false
      }
    } else {
      do { low = try decimal.money(parsing: lowText) } catch {
        issues.append(FieldIssue(.low, error.description))
        amountsValid = false
      }
      if case .some(.some(let effort)) = effort, let low, let cost = try? effort.cost(), cost != low
      {
        issues.append(
          FieldIssue(
            .low,
            "\(low.formatted) disagrees with days × day_rate = \(effort.days.plainDecimal) × "
              + "\(effort.dayRate.formatted) = \(cost.formatted)"))
        amountsValid = false
      }
    }
    if !highText.isEmpty {
      do { high = try decimal.money(parsing: highText) } catch {
        issues.append(FieldIssue(.high, error.description))
        amountsValid = false
      }
    }
    guard amountsValid, let low else { return nil }
    do {
      return .priced(priced, try CostRange(low: low, high: high ?? low))
    } catch {
      issues.append(FieldIssue(.high, error.description))
      return nil
    }
  }

  /// The most likely amount of a range, if the row gives one; `nil` if it gives none or it is
  /// invalid (with the issue recorded).
  private func validatedLikely(
    figure: CostFigure, decimal: DecimalReading, issues: inout [FieldIssue]
  ) -> Money? {
    let text = self[.likely].trimmingSpaces
    guard !text.isEmpty, let range = figure.range else { return nil }
    let likely: Money
    do { likely = try decimal.money(parsing: text) } catch {
      issues.append(FieldIssue(.likely, error.description))
      return nil
    }
    guard !range.isPoint else {
      issues.append(
        FieldIssue(
          .likely,
          "is only for a range (low below high); this line has the single figure "
            + range.low.formatted))
      return nil
    }
    guard range.low <= likely, likely <= range.high else {
      issues.append(
        FieldIssue(.likely, "\(likely.formatted) is outside the range \(range.ridNotation)"))
      return nil
    }
    return likely
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
