import SECCost

extension LedgerReader {
  /// Settles the suspects of file `file`: reads the files read so far again (those that can
  /// be) for the suspects' keys in full. A suspect whose key was seen earlier is a duplicate; the
  /// rest were fingerprint collisions and go to `deliver`. Returns the duplicates' issues.
  func confirm(
    _ suspects: [DuplicateKeys.Suspect], in file: Int, keys: inout DuplicateKeys,
    deliver: (DuplicateKeys.Suspect) -> Void
  ) -> [LedgerIssue] {
    let wanted = Set(suspects.map(\.fingerprint))
    var first: [LedgerKey: DuplicateKeys.Place] = [:]
    for index in 0...file where keys.rereadable[index] {
      rereadQuietly(keys.paths[index]) { line, number, fingerprint in
        guard wanted.contains(fingerprint) else { return }
        let key = line.key
        if first[key] == nil { first[key] = DuplicateKeys.Place(file: index, line: number) }
      }
    }
    var found: [LedgerIssue] = []
    for suspect in suspects {
      let key = suspect.line.key
      let here = DuplicateKeys.Place(file: file, line: suspect.number)
      var earliest = first[key]
      if let place = keys.exact[key], earliest.map({ place < $0 }) ?? true { earliest = place }
      if let earliest, earliest < here {
        found.append(
          duplicateIssue(path: keys.paths[file], line: suspect.number, first: earliest, keys: keys))
      } else {
        keys.settleAsFirst(key, at: here)
        deliver(suspect)
      }
    }
    return found
  }

  /// The issue for a line of `path` whose key was first seen at `first`.
  func duplicateIssue(
    path: String, line: Int, first: DuplicateKeys.Place, keys: DuplicateKeys
  ) -> LedgerIssue {
    var place = keys.describe(first, from: path)
    let firstPath = keys.paths[first.file]
    if let map = sheetMaps[firstPath] {
      let row = map.row(ofLine: first.line)
      place =
        firstPath == path
        ? "row \(row)"
        : LineOrigin(file: map.workbook, line: row, sheet: SheetPlace(sheet: map.sheet)).description
    }
    return LedgerIssue(
      file: path, line: line,
      message:
        "duplicate key: the same release, version, party, modification and phase as " + place)
  }
}
