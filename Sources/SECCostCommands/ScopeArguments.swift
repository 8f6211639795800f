import ArgumentParser
import SECCost

extension CalendarDate: ExpressibleByArgument {
  /// Reads `2022-03-04` or `4 March 2022` from the command line.
  public init?(argument: String) {
    guard let date = try? CalendarDate(parsing: argument) else { return nil }
    self = date
  }
}

extension ScopeScenario: ExpressibleByArgument {}
