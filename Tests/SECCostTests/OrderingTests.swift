import Testing

@testable import SECCost

@Suite("Ordering of releases, versions and modifications")
struct OrderingTests {
  @Test("natural order reads digit runs as numbers")
  func natural() {
    let sorted = ["SECMP0015", "MP140", "MP99", "MP085A", "MP078", "CR4427"].sorted(
      by: NaturalOrder.precedes)
    #expect(sorted == ["CR4427", "MP078", "MP085A", "MP99", "MP140", "SECMP0015"])
    #expect(NaturalOrder.precedes("0.4", "0.10"))
    #expect(NaturalOrder.precedes("0.9", "1.0"))
    #expect(NaturalOrder.compare("MP078", "MP078") == 0)
    #expect(NaturalOrder.precedes("MP78", "MP078"))
  }

  @Test("releases sort by date; other names after")
  func releases() {
    let sorted = ["November 2022", "June 2020", "February 2021", "Someday", "June 2022"].sorted(
      by: ReleaseOrder.precedes)
    #expect(sorted == ["June 2020", "February 2021", "June 2022", "November 2022", "Someday"])
  }
}
