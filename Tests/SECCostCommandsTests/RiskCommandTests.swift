import Foundation
import SECCostTestSupport
import Testing

/// Tests of `seccost risk`, run in process; the memory bound runs the built binary.
@Suite("seccost risk")
struct RiskCommandTests {
  private static let november2022 = packageRoot.appendingPathComponent(
    "Ledgers/2022-11-sec-release.csv"
  ).path

  /// The `seccost` built beside the test bundle, or in `.build/debug`.
  private static let binary: String = {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("seccost").path
    if FileManager.default.isExecutableFile(atPath: beside) { return beside }
    return packageRoot.appendingPathComponent(".build/debug/seccost").path
  }()

  private struct Run {
    let status: Int32
    let output: String
    let error: String
  }

  /// Runs `seccost ARGUMENTS` in process.
  private func run(_ arguments: [String]) throws -> Run {
    let result = Seccost.run(arguments)
    return Run(status: result.status, output: result.stdout, error: result.stderr)
  }

  /// Runs `executable ARGUMENTS` as a process of its own.
  private func runProcess(_ arguments: [String], executable: String) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
      error: String(decoding: errorData, as: UTF8.self))
  }

  private func temporaryLedger(_ text: String) throws -> String {
    let path = NSTemporaryDirectory() + "seccost-risk-\(UUID().uuidString).csv"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func theSameSeedGivesTheSameBytesInEveryFormat() throws {
    for format in ["table", "csv", "json", "markdown"] {
      let arguments = [
        "risk", Self.november2022, "--simulations", "5000", "--seed", "77", "--format", format,
      ]
      let first = try run(arguments)
      let second = try run(arguments)
      #expect(first.status == 0)
      #expect(first.output == second.output, "\(format)")
      let other = try run(arguments.map { $0 == "77" ? "78" : $0 })
      #expect(first.output != other.output, "\(format)")
    }
  }

  @Test func theTableStatesTheSeedTheTBCsAndTheAdditivityCaveat() throws {
    let result = try run(["risk", Self.november2022, "--simulations", "2000", "--seed", "123"])
    #expect(result.status == 0)
    let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0] == "Risk by modification: November 2022 (v0.4)")
    #expect(lines[1] == "2,000 simulations, seed 123, PERT ranges, correlation 0 (independent)")
    #expect(
      lines[2]
        == "TBC: 14 figures excluded and counted: every amount leaves them out, so the true cost is higher."
    )
    // Firm-only modifications are exact constants: £1,886,716 + £727,257 + £20,000 + £1,573.
    let mp078 = try #require(lines.first { $0.hasPrefix("MP078") })
    #expect(mp078.split(separator: " ").filter { $0 == "£2,635,546" }.count == 8)
    #expect(mp078.hasSuffix("£0       0    0"))
    #expect(result.output.contains("The modification P80s do not add up to the total P80"))
    #expect(
      result.output.contains(
        "Analytic check (total): mean £7,133,083, standard deviation £67,473.80; simulated mean "))
  }

  @Test func jsonHasTwoPlaceAmountsAndTheRunSettings() throws {
    let result = try run([
      "risk", Self.november2022, "--simulations", "3000", "--seed", "18446744073709551615",
      "--format", "json", "--tbc", "£0 to £250,000", "--by", "phase",
    ])
    #expect(result.status == 0)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    #expect(document["seed"] as? String == "18446744073709551615")
    #expect(document["simulations"] as? Int == 3000)
    #expect(document["distribution"] as? String == "pert")
    #expect(document["correlation"] as? String == "0")
    #expect(document["by"] as? String == "phase")
    let tbc = try #require(document["tbc"] as? [String: Any])
    #expect(tbc["treatment"] as? String == "range")
    // 8 TBC and 6 DCC phases not provided, each taken as a TBC.
    #expect(tbc["count"] as? Int == 14)
    #expect((tbc["range"] as? [String: String]) == ["low": "0.00", "high": "250000.00"])
    let total = try #require(document["total"] as? [String: Any])
    #expect(total["low"] as? String == "6896083.00")
    #expect(total["high"] as? String == "10870083.00")
    #expect(total["base"] as? String == "8883083.00")
    #expect(total["analytic_mean"] as? String == "8883083.00")
    #expect(total["ranges"] as? Int == 16)
    let amount = try Regex(#"^-?[0-9]+\.[0-9]{2}$"#)
    for key in ["mean", "p10", "p50", "p80", "p90", "contingency", "sd", "analytic_sd"] {
      let value = try #require(total[key] as? String)
      #expect(value.wholeMatch(of: amount) != nil, "\(key): \(value)")
    }
  }

  @Test func csvHasOneRowPerGroupAndTheTotal() throws {
    let result = try run([
      "risk", Self.november2022, "--simulations", "1000", "--format", "csv", "--by", "phase",
    ])
    #expect(result.status == 0)
    let rows = result.output.split(separator: "\n")
    #expect(
      rows[0]
        == "scope,key,label,low,high,base,mean,p10,p50,p80,p90,contingency,sd,standard_error,"
        + "analytic_mean,analytic_sd,ranges,tbc,na,lines,simulations,seed,distribution,correlation,"
        + "tbc_treatment")
    #expect(rows.count == 1 + 7 + 1)
    #expect(
      rows[1].hasPrefix("phase,design-build-pit,\"Design, Build & PIT\",5270792.00,5744792.00,"))
    #expect(rows[8].hasPrefix("total,,Total,6896083.00,7370083.00,7133083.00,"))
    #expect(rows[8].hasSuffix(",2,14,5,37,1000,1,pert,0,exclude"))
  }

  @Test func markdownIsATable() throws {
    let result = try run([
      "risk", Self.november2022, "--simulations", "1000", "--format", "markdown",
    ])
    #expect(result.status == 0)
    #expect(result.output.hasPrefix("**Risk by modification: November 2022 (v0.4)**\n\n"))
    #expect(
      result.output.contains(
        "| Modification | Low | High | Base | Mean | P10 | P50 | P80 | P90 | Contingency | Ranges | TBC |"
      ))
  }

  @Test func correlationOneMakesThePhaseP80sAddUp() throws {
    let result = try run([
      "risk", Self.november2022, "--simulations", "4000", "--correlation", "1", "--format", "json",
      "--by", "phase", "--tbc", "£0 to £100,000",
    ])
    #expect(result.status == 0)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    let groups = try #require(document["groups"] as? [[String: Any]])
    let total = try #require(document["total"] as? [String: Any])
    func pence(_ text: Any?) -> Int {
      Int(((text as? String) ?? "").replacing(".", with: "")) ?? -1
    }
    let sum = groups.map { pence($0["p80"]) }.reduce(0, +)
    #expect(abs(sum - pence(total["p80"])) <= groups.count)
    #expect(result.output.contains("the phase percentiles add up to the total's"))
  }

  @Test func theLikelyColumnMovesTheMode() throws {
    let ledger = try temporaryLedger(
      """
      release,version,party,modification,phase,basis,low,high,likely
      November 2022,0.4,DCC,MP140,design-build-pit,estimate,301000,625000,325000

      """)
    defer { try? FileManager.default.removeItem(atPath: ledger) }
    let result = try run(["risk", ledger, "--simulations", "20000", "--format", "json"])
    #expect(result.status == 0)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    let total = try #require(document["total"] as? [String: Any])
    // Base is the likely amount; the PERT mean is (301,000 + 4 × 325,000 + 625,000) / 6 = 371,000.
    #expect(total["base"] as? String == "325000.00")
    #expect(total["analytic_mean"] as? String == "371000.00")
  }

  /// ArgumentParser's usage errors: not 0 (success) and not 1 (invalid data).
  @Test func badOptionsAreUsageErrors() throws {
    for arguments in [
      ["--correlation", "1.5"], ["--correlation", "nan"], ["--simulations", "0"],
      ["--simulations", "10000001"], ["--tbc", "soon"], ["--tbc", "TBC"],
      ["--distribution", "normal"], ["--by", "party"],
    ] {
      let result = try run(["risk", Self.november2022] + arguments)
      #expect(result.status == 2, "\(arguments)")
      #expect(result.output.isEmpty)
      #expect(result.error.contains("Error:"), "\(arguments)")
    }
  }

  /// The cap on simulations is stated before any work, with the memory it bounds.
  @Test func tooManySimulationsAreRefusedBeforeTheLedgerIsRead() throws {
    let result = try run(["risk", "--simulations", "10000001", "/nonexistent/ledger.csv"])
    #expect(result.status == 2)
    #expect(result.output.isEmpty)
    #expect(
      result.error.hasPrefix(
        "Error: the number of simulations must be from 1 to 10000000, not 10000001\n"))
    let help = try run(["risk", "--help"]).output.split(whereSeparator: \.isWhitespace)
      .joined(separator: " ")
    #expect(help.contains("memory: 16 bytes each for the simulated totals, whatever the number"))
    #expect(help.contains("(at most 160 MB)"))
  }

  #if os(Linux)
    /// 200 ranged modifications × 50,000 simulations: one array of simulated totals per group
    /// (the old way) needs 80 MB more than the command itself and is killed under a 170 MB limit
    /// of address space (the debug binary, with the server linked in, maps about 130 MB before it
    /// reads anything); two arrays in all (16 bytes a simulation) fit. `ulimit -v` is Linux's.
    @Test(.tags(.endToEnd)) func memoryDoesNotGrowWithTheNumberOfGroups() throws {
      var text = "release,version,party,modification,title,phase,basis,low,high\n"
      for index in 0..<200 {
        text += "November 2022,0.4,DCC,MP\(100 + index),,sit,estimate,0,\(1_000 + index)\n"
      }
      let ledger = try temporaryLedger(text)
      defer { try? FileManager.default.removeItem(atPath: ledger) }
      func limited(_ simulations: Int) throws -> Run {
        let command = [
          Self.binary, "risk", "--simulations", "\(simulations)", "--distribution", "uniform",
          "--format", "csv", ledger,
        ]
        let limit = "ulimit -v 170000 && exec \"$0\" \"$@\""
        return try runProcess(["-c", limit] + command, executable: "/bin/sh")
      }
      // The command alone fits in the limit (else the limit proves nothing here).
      #expect(try limited(1).status == 0)
      let result = try limited(50_000)
      #expect(result.status == 0, "\(result.error.suffix(500))")
      #expect(result.output.split(separator: "\n").count == 202)
    }
  #endif

  @Test func anInvalidLedgerIsReportedAndNothingPrinted() throws {
    let ledger = try temporaryLedger(
      """
      release,party,phase,basis,low,high,likely
      November 2022,DCC,sit,estimate,100,200,300

      """)
    defer { try? FileManager.default.removeItem(atPath: ledger) }
    let result = try run(["risk", ledger])
    #expect(result.status == 1)
    #expect(result.output.isEmpty)
    #expect(result.error == "\(ledger):2: likely: £300 is outside the range £100 to £200\n")
  }

  @Test func anUnknownReleaseIsAnError() throws {
    let result = try run(["risk", Self.november2022, "--release", "June 2030"])
    #expect(result.status == 1)
    #expect(result.error.contains("no lines for release \"June 2030\""))
  }
}
