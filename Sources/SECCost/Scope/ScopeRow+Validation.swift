extension ScopeRow {
  /// Validates the row into a scope entry, or lists every problem it has.
  ///
  /// Checks: required cells (release, modification, status, as_of), the modification id has no
  /// spaces, kind, status, dates (and that a cut-off is not after the go-live date), the DCC
  /// Systems impact, and the `;`-separated participants and documents (known participants, no
  /// empty items, no repeats). The cells that name a key or a label (release, modification,
  /// kind, status, DCC Systems impact, participants) must not hold an invisible character
  /// (`InvisibleCharacter`); a no-break space in them is read as a space.
  public func validated() -> Result<ScopeEntry, ScopeRowError> {
    var issues: [ScopeFieldIssue] = []
    /// The trimmed text of a key or label cell, with plain spaces; `nil` (an issue recorded) if
    /// it holds an invisible character.
    func identity(_ column: ScopeColumn) -> Substring? {
      let text = self[column]
      if let invisible = InvisibleCharacter.first(in: text) {
        issues.append(
          ScopeFieldIssue(column, InvisibleCharacter.message(text.trimmingSpaces, invisible)))
        return nil
      }
      return text.plainSpaced.trimmingSpaces
    }
    func required(_ column: ScopeColumn) -> Substring? {
      guard let text = identity(column) else { return nil }
      if text.isEmpty { issues.append(ScopeFieldIssue(column, "is empty; a value is required")) }
      return text.isEmpty ? nil : text
    }
    func date(_ column: ScopeColumn) -> ScheduledDate?? {
      let text = self[column].trimmingSpaces
      guard !text.isEmpty else { return .some(nil) }
      do { return .some(try ScheduledDate(parsing: text)) } catch {
        issues.append(ScopeFieldIssue(column, error.description))
        return nil
      }
    }

    let release = required(.release).map { $0.split(separator: " ").joined(separator: " ") }
    let modification = required(.modification)
    if let modification, modification.contains(where: { $0 == " " || $0 == "\t" || $0 == ";" }) {
      issues.append(
        ScopeFieldIssue(
          .modification,
          "\"\(modification)\" is not one id (write one modification per row: MP078, SECMP0015, "
            + "CR4427)"))
    }
    let goLive = date(.goLiveDate)
    let kind = identity(.kind).flatMap { text -> ScopeKind? in
      if text.isEmpty { return .modification }
      guard let kind = ScopeKind(parsing: text) else {
        issues.append(
          ScopeFieldIssue(
            .kind, "unknown kind \"\(text)\" (expected modification or dcc-change-request)"))
        return nil
      }
      return kind
    }
    let status = required(.status).flatMap { text in
      ScopeStatus(parsing: text)
        ?? {
          let known = ScopeStatus.allCases.map(\.id).joined(separator: ", ")
          issues.append(
            ScopeFieldIssue(.status, "unknown status \"\(text)\" (expected one of \(known))"))
          return nil
        }()
    }
    let cutOff = date(.cutOffDate)
    if case .some(.some(let cutOff)) = cutOff, case .some(.some(let goLive)) = goLive,
      goLive.date < cutOff.date
    {
      issues.append(
        ScopeFieldIssue(
          .cutOffDate, "\(cutOff.date.iso) is after the go-live date \(goLive.date.iso)"))
    }
    let impact = identity(.impactsDCCSystems).flatMap { text -> DCCSystemsImpact?? in
      if text.isEmpty { return .some(nil) }
      guard let impact = DCCSystemsImpact(parsing: text) else {
        issues.append(
          ScopeFieldIssue(
            .impactsDCCSystems,
            "unknown value \"\(text)\" (expected yes, no or tbc; empty if not stated)"))
        return nil
      }
      return .some(impact)
    }
    let parties = list(.impactedParties, issues: &issues) { text in
      Participant(parsing: text).map { Result.success($0) }
        ?? .failure(
          ListItemError(
            message: "unknown participant \"\(text)\" (expected "
              + Participant.allCases.map(\.name).joined(separator: ", ") + ")"))
    }
    let documents = list(.impactedDocuments, issues: &issues) { text in
      SECDocument(parsing: text).map { Result.success($0) }
        ?? .failure(ListItemError(message: "empty document name"))
    }
    let asOf = required(.asOf).flatMap { text -> CalendarDate? in
      do throws(CalendarDateParseError) { return try CalendarDate(parsing: text) } catch {
        issues.append(ScopeFieldIssue(.asOf, error.description))
        return nil
      }
    }

    guard issues.isEmpty, let release, let modification, let goLive, let kind, let status,
      let cutOff, let impact, let parties, let documents, let asOf
    else { return .failure(ScopeRowError(issues: issues)) }
    return .success(
      ScopeEntry(
        release: release, goLive: goLive, modification: String(modification),
        title: String(self[.title].trimmingSpaces), kind: kind, status: status, cutOff: cutOff,
        dccSystems: impact, parties: parties, documents: documents, asOf: asOf,
        note: String(self[.note].trimmingSpaces)))
  }

  /// The items of a `;`-separated cell (the cell's text as libcsv delivered it, split on `;`),
  /// each read by `parse`; `nil` after reporting a problem. An empty cell is an empty list.
  private func list<Item: Hashable>(
    _ column: ScopeColumn, issues: inout [ScopeFieldIssue],
    _ parse: (Substring) -> Result<Item, ListItemError>
  ) -> [Item]? {
    let text = self[column].trimmingSpaces
    guard !text.isEmpty else { return [] }
    var items: [Item] = []
    var valid = true
    for part in text.split(separator: ";", omittingEmptySubsequences: false) {
      let item = part.trimmingSpaces
      guard !item.isEmpty else {
        issues.append(ScopeFieldIssue(column, "has an empty item (items are separated by ;)"))
        valid = false
        continue
      }
      switch parse(item) {
      case .failure(let error):
        issues.append(ScopeFieldIssue(column, error.message))
        valid = false
      case .success(let parsed):
        if items.contains(parsed) {
          issues.append(ScopeFieldIssue(column, "\"\(item)\" is listed twice"))
          valid = false
        }
        items.append(parsed)
      }
    }
    return valid ? items : nil
  }
}

/// Why one item of a `;`-separated cell is not valid.
struct ListItemError: Error {
  let message: String
}
