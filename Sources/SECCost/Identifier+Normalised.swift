extension StringProtocol {
  /// Lower-cased, with every run of characters other than letters and digits turned into one `-`.
  ///
  /// `Design, Build & PIT` → `design-build-pit`; `N/A` → `n-a`; `Implement to Live` →
  /// `implement-to-live`. Used to accept RID labels and ids alike, case-insensitively.
  var normalisedIdentifier: String {
    var result = ""
    var pendingDash = false
    for scalar in unicodeScalars {
      if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        if pendingDash && !result.isEmpty { result.append("-") }
        pendingDash = false
        result.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      } else {
        pendingDash = true
      }
    }
    return result
  }
}
