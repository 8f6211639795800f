import Foundation
import SECCostServe
import SECCostTestSupport
import Testing

@Suite("serve: SHA-256")
struct SHA256Tests {
  @Test("the FIPS 180-4 examples and a file against sha256sum")
  func knownAnswers() throws {
    #expect(
      SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(
      SHA256.hex(Array("abc".utf8))
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(
      SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    let path = packageRoot.appendingPathComponent("Ledgers/2022-11-sec-release.csv").path
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(SHA256.hex(bytes) == (try sha256sum(path)))
    // Every length around a block boundary.
    for length in 54...66 {
      let data = [UInt8](repeating: 0x61, count: length)
      let file = try TemporaryFile(named: "block.bin", bytes: data)
      #expect(SHA256.hex(data) == (try sha256sum(file.path)), "length \(length)")
    }
  }
}
