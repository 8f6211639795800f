/// Why an amount could not be allocated.
public enum AllocationError: Error, Equatable, Sendable, CustomStringConvertible {
  /// No weights were given.
  case noWeights
  /// A weight was below zero.
  case negativeWeight(index: Int)
  /// The weights add up to zero.
  case zeroTotalWeight

  /// A description of the problem for the user.
  public var description: String {
    switch self {
    case .noWeights: "no weights to allocate over"
    case .negativeWeight(let index): "weight \(index + 1) is negative"
    case .zeroTotalWeight: "the weights add up to zero"
    }
  }
}

extension Money {
  /// Splits the amount over `weights` by the largest-remainder method.
  ///
  /// Each part is its exact share rounded toward zero, and the pence left over go one each to
  /// the parts with the largest remainders (ties to the earlier part). The parts always add up to
  /// the whole, each is within one penny of its exact share, and the result is deterministic:
  /// 5p over [70, 30] gives [4p, 1p]; 800p over [1, 1, 1] gives [267p, 267p, 266p].
  public func allocated(over weights: [Int64]) throws(AllocationError) -> [Money] {
    guard !weights.isEmpty else { throw .noWeights }
    if let index = weights.firstIndex(where: { $0 < 0 }) { throw .negativeWeight(index: index) }
    let totalWeight = weights.reduce(Int128(0)) { $0 + Int128($1) }
    guard totalWeight > 0 else { throw .zeroTotalWeight }

    let whole = Int128(pence).magnitude
    var parts: [UInt128] = []
    var remainders: [(index: Int, remainder: UInt128)] = []
    parts.reserveCapacity(weights.count)
    for (index, weight) in weights.enumerated() {
      let exact = whole * UInt128(weight)
      parts.append(exact / UInt128(totalWeight))
      remainders.append((index, exact % UInt128(totalWeight)))
    }
    var leftover = whole - parts.reduce(0, +)
    remainders.sort {
      $0.remainder != $1.remainder ? $0.remainder > $1.remainder : $0.index < $1.index
    }
    for entry in remainders where leftover > 0 {
      parts[entry.index] += 1
      leftover -= 1
    }
    let sign: Int128 = pence < 0 ? -1 : 1
    // Every part is at most |pence|, so it fits back in Int64 with the original sign.
    return parts.map { Money(pence: Int64(truncatingIfNeeded: sign * Int128($0))) }
  }
}
