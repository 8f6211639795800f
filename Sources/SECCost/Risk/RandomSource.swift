/// SplitMix64 (Steele, Lea & Flood, 2014): a 64-bit generator used here only to expand a seed.
///
/// Each call adds the golden-ratio increment `0x9E3779B97F4A7C15` to the state and returns the
/// state passed through a fixed mixing function, exactly as in Vigna's reference `splitmix64.c`.
public struct SplitMix64: Sendable {
  /// The current state.
  public private(set) var state: UInt64

  /// Starts from `seed`.
  public init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// xoshiro256** 1.0 (Blackman & Vigna, 2018): the generator behind every simulation.
///
/// The same seed gives the same sequence on every machine: the algorithm is implemented here
/// with wrapping 64-bit integer arithmetic only, never the system's random source. The 256-bit
/// state is filled with four outputs of ``SplitMix64`` started at the seed, as the authors
/// recommend.
public struct Xoshiro256StarStar: Sendable {
  private var s0: UInt64
  private var s1: UInt64
  private var s2: UInt64
  private var s3: UInt64

  /// Seeds the state from `seed` through ``SplitMix64``.
  public init(seed: UInt64) {
    var expander = SplitMix64(seed: seed)
    self.init(state: (expander.next(), expander.next(), expander.next(), expander.next()))
  }

  /// Starts from an explicit state (it must not be all zeros).
  public init(state: (UInt64, UInt64, UInt64, UInt64)) {
    (s0, s1, s2, s3) = state
  }

  /// The next 64 random bits.
  @inline(__always)
  public mutating func next() -> UInt64 {
    let result = Self.rotateLeft(s1 &* 5, by: 7) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = Self.rotateLeft(s3, by: 45)
    return result
  }

  /// Moves the state forward by 2¹²⁸ outputs, as the authors' `jump()` does: applied `i` times to
  /// one generator, it gives the start of the `i`-th of 2¹²⁸ streams that never overlap.
  public mutating func jump() {
    let polynomial: [UInt64] = [
      0x180E_C6D3_3CFD_0ABA, 0xD5A6_1266_F0C9_392C, 0xA958_2618_E03F_C9AA, 0x39AB_DC45_29B1_661C,
    ]
    var (j0, j1, j2, j3): (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    for word in polynomial {
      for bit in 0..<64 {
        if word & (1 << UInt64(bit)) != 0 {
          j0 ^= s0
          j1 ^= s1
          j2 ^= s2
          j3 ^= s3
        }
        _ = next()
      }
    }
    (s0, s1, s2, s3) = (j0, j1, j2, j3)
  }

  /// A uniform number strictly between 0 and 1: `(k + ½) / 2⁵³` for the top 53 bits `k` of
  /// ``next()``.
  ///
  /// Never exactly 0 or 1, so a normal quantile of it is always finite; every value is an exact
  /// `Double`, and `1 − u` is exact for `u ≥ ½`.
  @inline(__always)
  public mutating func nextOpenUnit() -> Double {
    (Double(next() >> 11) + 0.5) * 0x1p-53
  }

  @inline(__always)
  private static func rotateLeft(_ value: UInt64, by shift: UInt64) -> UInt64 {
    (value << shift) | (value >> (64 - shift))
  }
}
