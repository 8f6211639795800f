import PropertyBased
import Testing

@testable import SECCost

@Suite("Identifier normalisation")
struct IdentifierNormalisationTests {
  /// The definition: lower-cased letters and digits, every other run turned into one `-`.
  static func reference(_ text: String) -> String {
    var result = ""
    var pendingDash = false
    for scalar in text.unicodeScalars {
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

  @Test("hand-checked labels")
  func labels() {
    #expect("Design, Build & PIT".normalisedIdentifier == "design-build-pit")
    #expect("N/A".normalisedIdentifier == "n-a")
    #expect("  Day Rate ".normalisedIdentifier == "day-rate")
    #expect("day_rate".normalisedIdentifier == "day-rate")
    #expect("#N/A".normalisedIdentifier == "n-a")
    #expect("Ümlaut Äpfel".normalisedIdentifier == "ümlaut-äpfel")
    #expect("".normalisedIdentifier == "")
    #expect("--".normalisedIdentifier == "")
  }

  @Test("the ASCII fast path agrees with the definition on every ASCII text")
  func asciiAgrees() async {
    let ascii = Gen<UInt8>.value(in: 0...127).map { Character(Unicode.Scalar($0)) }
    await propertyCheck(count: 2_000, input: ascii.string(of: 0...24)) { text in
      #expect(text.normalisedIdentifier == Self.reference(text))
    }
  }

  @Test("and on Latin-1 text, which takes the Unicode path")
  func latin1Agrees() async {
    await propertyCheck(count: 1_000, input: Gen.latin1.string(of: 0...24)) { text in
      #expect(text.normalisedIdentifier == Self.reference(text))
    }
  }

  @Test("a spreadsheet error value is no basis, though #N/A normalises like N/A")
  func errorValueIsNoBasis() {
    #expect(Basis(parsing: "#N/A") == nil)
    #expect(Basis(parsing: " #N/A") == nil)
    #expect(Basis(parsing: "N/A") == .notApplicable)
    #expect(Basis(parsing: "n.a.") == .notApplicable)
  }
}
