import PropertyBased
import SECCostTestSupport
import Testing

@testable import SECCost

/// The shortcuts the hot path takes must give what the general code gives.
@Suite("Hot path shortcuts agree with the general code")
struct HotPathLawTests {
  /// Text from a small alphabet that amounts, identifiers and their mistakes are made of.
  static func text(_ random: inout UInt64, alphabet: [String], length: Int) -> String {
    var text = ""
    for _ in 0..<length {
      random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      text += alphabet[Int(random >> 33) % alphabet.count]
    }
    return text
  }

  @Test("law: a PlaceTable holds what a Dictionary of the same updates holds")
  func placeTableIsADictionary() async {
    await propertyCheck(count: 100, input: Gen.uint64(in: 0...UInt64.max)) { seed in
      var random = SplitMix64(seed: seed)
      // Few or many pairs, so that the table grows several times in some runs.
      let modifications = 1 + random.below(400)
      let editions = 1 + random.below(40)
      var table = PlaceTable(initial: UInt8(0))
      var dictionary: [[Int]: UInt8] = [:]
      for _ in 0..<random.below(3000) {
        let modification =
          random.below(2) == 0 ? random.below(modifications) : (1 << 31) - 1 - random.below(3)
        let edition = random.below(editions)
        let bit = UInt8(1) << random.below(8)
        table.update(modification, edition) { $0 |= bit }
        dictionary[[modification, edition], default: 0] |= bit
      }
      var seen: [[Int]: UInt8] = [:]
      table.forEach { modification, edition, bits in
        #expect(seen.updateValue(bits, forKey: [modification, edition]) == nil)
      }
      #expect(seen == dictionary)
      #expect(table.count == dictionary.count)
    }
  }

  @Test("parse(utf8:) with its shortcut = the full scanner, for amount-like text")
  func moneyShortcut() {
    var random: UInt64 = 20_221_104
    let alphabet = ["0", "1", "5", "9", "9", "0", ".", ".", ",", "£", "-", " ", "(", ")", "E"]
    for length in 0..<24 {
      for _ in 0..<400 {
        let text = Self.text(&random, alphabet: alphabet, length: length)
        var copy = text
        copy.withUTF8 { bytes in
          #expect(Money.parse(utf8: bytes) == Money.scan(utf8: bytes), "\(text)")
        }
      }
    }
  }

  @Test("parseCommon(utf8:) reads what the scanner reads, and knows the plain form")
  func commonNotations() {
    var random: UInt64 = 42
    let alphabet = ["0", "1", "5", "9", "0", ".", ",", ",", "£"]
    var taken = 0
    for length in 0..<20 {
      for _ in 0..<500 {
        var text = Self.text(&random, alphabet: alphabet, length: length)
        if length % 3 == 0 { text = "£" + text }
        var copy = text
        copy.withUTF8 { bytes in
          guard let common = Money.parseCommon(utf8: bytes) else { return }
          taken += 1
          #expect(Money.scan(utf8: bytes) == .success(common.money), "\(text)")
          #expect(common.isPlainDecimal == Money.isPlainDecimal(utf8: bytes), "\(text)")
        }
      }
    }
    #expect(taken > 500)
  }

  @Test("isPlainDecimal(utf8:) says whether the text is the plainDecimal of what it parses to")
  func plainDecimalForm() {
    var random: UInt64 = 7
    let alphabet = ["0", "0", "1", "9", ".", "-", "£", ","]
    for length in 0..<12 {
      for _ in 0..<400 {
        let text = Self.text(&random, alphabet: alphabet, length: length)
        let expected = (try? Money(parsing: text))?.plainDecimal == text
        var copy = text
        copy.withUTF8 { #expect(Money.isPlainDecimal(utf8: $0) == expected, "\(text)") }
      }
    }
    for text in ["0.00", "-0.00", "-0.01", "10.50", "010.50", "1.5", "1.500", "-12.30"] {
      var copy = text
      let expected = (try? Money(parsing: text))?.plainDecimal == text
      copy.withUTF8 { #expect(Money.isPlainDecimal(utf8: $0) == expected, "\(text)") }
    }
  }

  @Test("appendPlainDecimal writes plainDecimal's bytes")
  func appendPlainDecimal() async {
    await propertyCheck(count: 1000, input: Gen.int64(in: Int64.min...Int64.max)) { pence in
      var bytes: [UInt8] = [0x41]
      Money(pence: pence).appendPlainDecimal(to: &bytes)
      #expect(bytes == [0x41] + Array(Money(pence: pence).plainDecimal.utf8))
    }
  }

  @Test(
    "isCanonical (the fast path's test) only for text the general reading keeps as it is: case, punctuation, invisible and no-break characters"
  )
  func canonicalIdentities() {
    var random: UInt64 = 16
    func pick(_ choices: [String]) -> String {
      random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return choices[Int(random >> 33) % choices.count]
    }
    var taken = 0
    for _ in 0..<8000 {
      let release =
        pick(["November", "NOVEMBER", "november", "Novem\u{AD}ber", "\u{FEFF}November", "Release"])
        + pick([" ", "  ", "\u{A0}", "\u{200B} "]) + pick(["2022", "2022?", "202", "2022\u{200B}"])
      if ReleaseName.isCanonical(utf8: Array(release.utf8)) {
        taken += 1
        #expect(ReleaseName.read(release) == .valid(release), "\(release)")
        #expect(ReleaseName.key(release) == release, "\(release)")
      }
      let id =
        pick(["MP", "mp", "v", ""]) + pick(["", " ", "-", "\u{A0}", "\u{200B}"])
        + pick(["078", "78", "0078", "07\u{200B}8", "0.4"]) + pick(["", "A", "?", "\u{2060}"])
      let row = LedgerRow([
        .release: "November 2022", .version: id, .modification: id, .party: "DCC", .phase: "sit",
        .basis: "firm", .low: "1",
      ])
      let line = try? row.validated().get()
      if ModificationID.isCanonical(utf8: Array(id.utf8)) {
        taken += 1
        #expect(ModificationID.read(id) == .valid(id), "\(id)")
        #expect(line?.modification == id, "\(id)")
      }
      if VersionLabel.isCanonical(utf8: Array(id.utf8)), id.utf8.allSatisfy({ $0 < 0x80 }),
        id.trimmingSpaces == id, line != nil
      {
        #expect(line?.version == id, "\(id)")
      }
      if id.unicodeScalars.contains(where: InvisibleCharacter.isInvisible) { #expect(line == nil) }
    }
    #expect(taken > 100)
  }

  /// NaturalOrder as it was first written: over arrays of scalars.
  static func referenceCompare(_ lhs: String, _ rhs: String) -> Int {
    func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
    var left = Array(lhs.unicodeScalars)[...]
    var right = Array(rhs.unicodeScalars)[...]
    while let l = left.first, let r = right.first {
      if isDigit(l) && isDigit(r) {
        let leftRun = left.prefix(while: isDigit)
        let rightRun = right.prefix(while: isDigit)
        let leftValue = leftRun.drop(while: { $0 == "0" })
        let rightValue = rightRun.drop(while: { $0 == "0" })
        if leftValue.count != rightValue.count {
          return leftValue.count < rightValue.count ? -1 : 1
        }
        for (a, b) in zip(leftValue, rightValue) where a != b { return a < b ? -1 : 1 }
        if leftRun.count != rightRun.count { return leftRun.count < rightRun.count ? -1 : 1 }
        left = left.dropFirst(leftRun.count)
        right = right.dropFirst(rightRun.count)
      } else {
        if l != r { return l < r ? -1 : 1 }
        left = left.dropFirst()
        right = right.dropFirst()
      }
    }
    if left.isEmpty && right.isEmpty { return 0 }
    return left.isEmpty ? -1 : 1
  }

  @Test("NaturalOrder.compare = the scalar-array algorithm, ASCII and not")
  func naturalOrder() {
    var random: UInt64 = 99
    let ascii = ["0", "0", "1", "2", "9", "M", "P", ".", "a", "-"]
    let mixed = ascii + ["é", "e\u{301}", "٣", "✓"]
    for alphabet in [ascii, mixed] {
      for _ in 0..<3000 {
        let lhs = Self.text(&random, alphabet: alphabet, length: Int(random % 7))
        let rhs = Self.text(&random, alphabet: alphabet, length: Int(random % 6))
        #expect(NaturalOrder.compare(lhs, rhs) == Self.referenceCompare(lhs, rhs), "\(lhs) \(rhs)")
      }
    }
  }
}
