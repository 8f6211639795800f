/// The result of a risk simulation: for each group and for everything counted, the simulated
/// mean and percentiles beside the deterministic interval sums, and the contingency.
public struct RiskReport: Hashable, Sendable {
  /// One group of the report, or the total.
  public struct Group: Hashable, Sendable {
    /// The canonical key (`MP140`, `design-build-pit`, `November 2022`; empty for the total).
    public let key: String
    /// The label for people.
    public let label: String
    /// The deterministic sums: every low end added, every high end added (the perfectly
    /// correlated extremes), TBC ranges included when TBC figures are given one.
    public let interval: CostRange
    /// The single-figure estimate: point figures, plus each range's likely amount (its midpoint
    /// when none is given), rounded once to the penny half-even.
    public let base: Money
    /// The simulated statistics.
    public let statistics: RiskStatistics
    /// `P80 − base`: what to hold back above the single-figure estimate.
    public let contingency: Money
    /// How many ranges were simulated (TBC ranges included).
    public let uncertain: Int
    /// How many TBC figures the group has (excluded or given a range, as the report says).
    public let tbc: Int
    /// How many N/A lines the group has.
    public let notApplicable: Int
    /// How many ledger lines the group has.
    public let lines: Int
  }

  /// What the groups are.
  public let grouping: RiskGrouping
  /// The groups, in report order.
  public let groups: [Group]
  /// Everything counted.
  public let total: Group
  /// The releases counted, in date order, each with the document version counted (if any).
  public let releases: [TotalsReport.CountedRelease]
  /// How the simulation was run.
  public let options: RiskOptions
  /// What was done with TBC figures.
  public let tbc: TBCTreatment
}

/// The simulated and analytic statistics of one total, each rounded to the penny half-even.
public struct RiskStatistics: Hashable, Sendable {
  /// The simulated mean.
  public let mean: Money
  /// A cost not exceeded in 10% of simulations.
  public let p10: Money
  /// The simulated median.
  public let p50: Money
  /// A cost not exceeded in 80% of simulations.
  public let p80: Money
  /// A cost not exceeded in 90% of simulations.
  public let p90: Money
  /// The standard deviation of the simulated totals.
  public let standardDeviation: Money
  /// The Monte Carlo standard error of the simulated mean: standard deviation / √simulations.
  public let standardError: Money
  /// The exact mean of the model (the same for any correlation).
  public let analyticMean: Money
  /// The exact standard deviation of the model if the ranges were independent.
  public let analyticStandardDeviation: Money
}
