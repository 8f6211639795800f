import ArgumentParser

/// What `seccost variance` compares.
enum VarianceMode: String, CaseIterable, ExpressibleByArgument {
  /// Baseline figures against current figures: two ledgers, or two versions in one.
  case versions
  /// Budget figures against actual spend.
  case budget
}
