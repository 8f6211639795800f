import Synchronization
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Testing

@testable import SECCostCSV

@Suite("BackgroundRelease: large values freed off the caller's thread")
struct BackgroundReleaseTests {
  /// Counts its deinitialisations, and notes whether one ran on the thread that made it.
  private final class Probe: Sendable {
    static let freed = Atomic<Int>(0)
    static let freedOnMaker = Atomic<Int>(0)
    let maker = pthread_self()

    deinit {
      Self.freed.add(1, ordering: .sequentiallyConsistent)
      if pthread_equal(maker, pthread_self()) != 0 {
        Self.freedOnMaker.add(1, ordering: .sequentiallyConsistent)
      }
    }
  }

  @Test("every value handed over is freed, on another thread")
  func freesEverything() async throws {
    let before = Probe.freed.load(ordering: .sequentiallyConsistent)
    for _ in 0..<20 {
      BackgroundRelease.free(([Probe(), Probe()], Probe()))
    }
    var waited = 0
    while Probe.freed.load(ordering: .sequentiallyConsistent) - before < 60 && waited < 500 {
      try await Task.sleep(for: .milliseconds(10))
      waited += 1
    }
    #expect(Probe.freed.load(ordering: .sequentiallyConsistent) - before == 60)
    #expect(Probe.freedOnMaker.load(ordering: .sequentiallyConsistent) == 0)
  }
}
