import Foundation
import Hummingbird
import HummingbirdTesting
import SECCostServe
import SECCostTestSupport

/// A workbench over copies of the seed ledgers in a fresh directory, and its application, for
/// tests that drive the router in process.
struct WorkbenchFixture {
  /// The directory holding the copies.
  let directory: URL
  /// The ledger paths the workbench was given (absolute).
  let ledgers: [String]
  /// The workbench.
  let workbench: Workbench

  /// Copies `seeds` (paths under the package root) into a fresh directory and opens them; edits
  /// are allowed only with `allowsEdits`.
  init(
    seeds: [String] = ["Ledgers/2022-11-sec-release.csv"], allowsEdits: Bool = true,
    changeWait: Duration = .milliseconds(300)
  ) throws {
    directory = try TemporaryDirectory.make(prefix: "seccost-serve")
    var ledgers: [String] = []
    for seed in seeds {
      let target = directory.appendingPathComponent((seed as NSString).lastPathComponent)
      try FileManager.default.copyItem(at: packageRoot.appendingPathComponent(seed), to: target)
      ledgers.append(target.path)
    }
    self.ledgers = ledgers
    workbench = Workbench(
      configuration: WorkbenchConfiguration(
        ledgers: ledgers, port: 8080, allowsEdits: allowsEdits, changeWait: changeWait))
  }

  /// The application serving the workbench.
  var application: some ApplicationProtocol {
    Application(router: WorkbenchServer.router(workbench))
  }

  /// The bytes of ledger `index` now.
  func bytes(_ index: Int = 0) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: ledgers[index])))
  }

  /// The bytes of every ledger now.
  func allBytes() throws -> [[UInt8]] {
    try ledgers.indices.map { try bytes($0) }
  }

  /// Removes the directory.
  func remove() {
    try? FileManager.default.removeItem(at: directory)
  }
}

/// Headers of a JSON post from the server's own page.
let jsonHeaders: HTTPFields = [.contentType: "application/json", .origin: "http://127.0.0.1:8080"]

/// `value` as a JSON request body.
func jsonBody(_ value: [String: String]) throws -> ByteBuffer {
  ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]))
}

/// The body of a response as text.
func text(_ response: TestResponse) -> String {
  String(buffer: response.body)
}

/// The body of a response as a JSON object.
func object(_ response: TestResponse) throws -> [String: Any] {
  try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
    ?? [:]
}

/// An edit of MP078's SIT figure in the November 2022 ledger (0.4), firm £727,257 on disk.
func sitEdit(base: String, low: String = "800000.00", high: String = "800000.00")
  -> [String: String]
{
  [
    "release": "November 2022", "version": "0.4", "party": "DCC", "modification": "MP078",
    "phase": "sit", "basis": "firm", "low": low, "high": high, "note": "revised", "base": base,
  ]
}
