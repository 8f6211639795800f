/// The statistics of one group's simulated totals: mean, standard deviation and percentiles.
struct SampleSummary: Sendable {
  /// The mean.
  let mean: Double
  /// The sample standard deviation (divisor n − 1; 0 for one sample).
  let standardDeviation: Double
  /// The percentiles asked for, in the order asked.
  let percentiles: [Double]

  /// Summarises `values`, reordering them in place to find the percentiles.
  ///
  /// The mean is a compensated (Neumaier) sum in simulation order; the standard deviation is a
  /// second pass over the deviations from it. Percentile `p` is the nearest-rank value: the
  /// `⌈p·n/100⌉`-th smallest, a value not exceeded by at least `p`% of the totals. It is found
  /// by selection (Hoare's quickselect with a median-of-three pivot, falling back to sorting the
  /// part left if it does not shrink fast), not a full sort.
  init(_ values: UnsafeMutableBufferPointer<Double>, percentiles: [Int]) {
    let count = values.count
    var sum = 0.0
    var compensation = 0.0
    for value in values {
      let next = sum + value
      compensation += abs(sum) >= abs(value) ? (sum - next) + value : (value - next) + sum
      sum = next
    }
    let mean = (sum + compensation) / Double(count)
    var squares = 0.0
    for value in values { squares += (value - mean) * (value - mean) }
    self.mean = mean
    standardDeviation = count > 1 ? (squares / Double(count - 1)).squareRoot() : 0

    let ranks = percentiles.map { Self.rankIndex(percentile: $0, count: count) }
    var start = 0
    for rank in ranks.sorted() where rank >= start {
      Self.select(values, rank, from: start, through: count - 1)
      start = rank + 1
    }
    self.percentiles = ranks.map { values[$0] }
  }

  /// The zero-based index of the nearest-rank `percentile` of `count` sorted values.
  static func rankIndex(percentile: Int, count: Int) -> Int {
    max((percentile * count + 99) / 100 - 1, 0)
  }

  /// Puts the `k`-th smallest of `values[low...high]` at index `k`, smaller ones before it and
  /// larger ones after.
  static func select(
    _ values: UnsafeMutableBufferPointer<Double>, _ k: Int, from low: Int, through high: Int
  ) {
    var low = low
    var high = high
    var rounds = 2 * (Int.bitWidth - max(high - low, 1).leadingZeroBitCount) + 8
    while high > low {
      if rounds == 0 {
        var rest = UnsafeMutableBufferPointer(rebasing: values[low...high])
        rest.sort()
        return
      }
      rounds -= 1
      let middle = low + (high - low) / 2
      if values[middle] < values[low] { values.swapAt(middle, low) }
      if values[high] < values[low] { values.swapAt(high, low) }
      if values[high] < values[middle] { values.swapAt(high, middle) }
      let pivot = values[middle]
      var i = low
      var j = high
      while i <= j {
        while values[i] < pivot { i += 1 }
        while values[j] > pivot { j -= 1 }
        if i <= j {
          values.swapAt(i, j)
          i += 1
          j -= 1
        }
      }
      if k <= j {
        high = j
      } else if k >= i {
        low = i
      } else {
        return
      }
    }
  }
}
