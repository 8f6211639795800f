import Foundation
import SECCost
import SECCostCSV
import SECCostTestSupport
import Testing

@testable import SECCostReports

/// The proof with the real client: the generated workbooks opened by headless LibreOffice Calc,
/// every sheet converted to CSV, and the figures read back.
///
/// Runs when `soffice` is installed (`.ci/run` installs it and sets SECCOST_REQUIRE_LIBREOFFICE=1,
/// so in CI a missing LibreOffice fails instead of skipping).
@Suite(
  "XLSX through LibreOffice", .enabled(if: Calc.isAvailable || Calc.isRequired))
struct XLSXLibreOfficeTests {
  /// CSV export of every sheet (token 12 = -1): comma, double quote, UTF-8, quote text cells;
  /// token 9 says whether cells are written as shown (`£1,335,568`) or as stored (`1335568`),
  /// token 10 whether formulas are written instead of their results.
  static func filter(asShown: Bool, formulas: Bool) -> String {
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,2057,true,true,\(asShown),\(formulas),false,-1"
  }

  @Test("each workbook opens; each sheet converts to CSV with the report's figures and formulas")
  func convert() throws {
    let soffice = try #require(Calc.path, "LibreOffice (soffice) is not installed")
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seccost-xlsx-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let reports: [String: CostReport] = [
      "november": try SeedLedgers.novemberReport(),
      "variance": try SeedLedgers.novemberReport(withBaseline: true),
      "february": try CostReport(name: "2021-02-sec-release.csv", lines: SeedLedgers.february2021),
    ]
    var files: [String] = []
    for (name, report) in reports.sorted(by: { $0.key < $1.key }) {
      let path = directory.appendingPathComponent("\(name).xlsx").path
      try Data(try XLSXReport.render(report)).write(to: URL(fileURLWithPath: path))
      files.append(path)
    }
    let profile = directory.appendingPathComponent("profile")
    for (folder, asShown, formulas) in [
      ("values", false, false), ("shown", true, false), ("formulas", false, true),
    ] {
      try Calc.run(
        soffice,
        [
          "--convert-to", Self.filter(asShown: asShown, formulas: formulas), "--outdir",
          directory.appendingPathComponent(folder).path,
        ] + files, profile: profile)
    }
    func rows(_ folder: String, _ name: String) throws -> [[String]] {
      let path = directory.appendingPathComponent(folder).appendingPathComponent(name).path
      var rows: [[String]] = []
      try CSVReader(path: path).forEachRow { record in
        rows.append((0..<record.count).map { record.text(at: $0) ?? "" })
      }
      return rows
    }
    func row(_ rows: [[String]], _ first: String) -> [String] {
      (rows.first { $0.first == first } ?? []).reversed().drop { $0.isEmpty }.reversed()
    }

    // Every sheet of every workbook came out.
    for name in ["november", "february"] {
      for sheet in ["Costs", "Notes", "Ledger"] {
        #expect(!(try rows("values", "\(name)-\(sheet).csv")).isEmpty, "\(name) \(sheet)")
      }
    }
    #expect(!(try rows("values", "variance-Variance.csv")).isEmpty)

    // The breakdown's figures, as stored and as shown.
    let costs = try rows("values", "november-Costs.csv")
    let title = "GPF timestamp for reading instantaneous Gas values"
    #expect(
      row(costs, "SECMP0015") == [
        "SECMP0015", title, "1335568", "1335568", "437032", "437032", "not provided",
        "not provided", "not provided", "not provided", "not provided", "not provided",
        "1772600", "1772600",
      ])
    #expect(
      row(costs, "MP140") == [
        "MP140", "CH Stock Transfer", "301000", "625000", "TBC", "TBC", "TBC", "TBC", "TBC", "TBC",
        "TBC", "TBC", "£301,000 + 4 TBC", "£625,000 + 4 TBC",
      ])
    #expect(
      row(costs, "Total") == [
        "Total", "", "5270792", "5744792", "£1,573,801 + 2 TBC", "£1,573,801 + 2 TBC", "TBC",
        "TBC", "£26,571 + 2 TBC", "£26,571 + 2 TBC", "£9,919 + 2 TBC", "£9,919 + 2 TBC",
        "£6,881,083 + 8 TBC", "£7,355,083 + 8 TBC",
      ])
    #expect(
      row(costs, "TBC (not in the sums)") == [
        "TBC (not in the sums)", "", "0", "", "2", "", "2", "", "2", "", "2", "", "8",
      ])
    #expect(row(costs, "DCC total") == ["DCC total", "", "6881083", "7355083", "+ 8 TBC"])
    #expect(row(costs, "SECAS total").suffix(2) == ["15000", "15000"])
    let shown = try rows("shown", "november-Costs.csv")
    #expect(
      row(shown, "MP078").prefix(4) == [
        "MP078", row(costs, "MP078")[1], "£1,886,716", "£1,886,716",
      ])
    #expect(row(shown, "Total").suffix(2) == ["£6,881,083 + 8 TBC", "£7,355,083 + 8 TBC"])
    #expect(row(shown, "MP078").suffix(3) == ["£2,635,546", "£2,635,546", "[2] Application Support"])
    let formulas = try rows("formulas", "november-Costs.csv")
    #expect(row(formulas, "Total")[2].hasPrefix("=IF(COUNT(C7:C13)"))
    #expect(row(formulas, "MP078")[12].hasPrefix("=IF(COUNT(C9,E9,G9,I9,K9)"))
    // The release's TBCs counted by formula; SECAS cost = days × rate.
    #expect(row(formulas, "DCC total").last?.hasPrefix("=IF((COUNTIF(C7:C13,\"TBC*\")") == true)
    let secas = try #require(formulas.first { $0.first == "SEC changes" })
    #expect(secas[4] == "=C\(try #require(formulas.firstIndex(of: secas)) + 1)*D\(try #require(formulas.firstIndex(of: secas)) + 1)")
    #expect(row(costs, "SEC changes").prefix(6).suffix(2) == ["3000", "3000"])

    // The ledger sheet reads back as the same ledger.
    for (name, report) in reports {
      let back = try Ledger.load([
        directory.appendingPathComponent("values").appendingPathComponent("\(name)-Ledger.csv")
          .path
      ])
      #expect(back.canonicalLines == report.lines, "\(name): the ledger sheet changed")
    }

    // February 2021: one figure for the whole release.
    let february = try rows("values", "february-Costs.csv")
    #expect(row(february, "MP122") == ["MP122", "Operational Metrics", "340000", "340000"])
    #expect(row(february, "Total").suffix(2) == ["340000", "340000"])
    #expect(february.last { $0.first == "Total" }?.prefix(4) == ["Total", "", "344200", "344200"])

    // The variance sheet's totals.
    let variance = try rows("values", "variance-Variance.csv")
    #expect(
      row(variance, "Total") == [
        "Total", "", "", "", "", "6346212", "6656212", "", "6896083", "7370083", "549871",
        "713871",
      ])
  }
}

/// Finding and running headless LibreOffice Calc.
enum Calc {
  static var path: String? {
    ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice"]
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  static var isAvailable: Bool { path != nil }

  static var isRequired: Bool {
    ProcessInfo.processInfo.environment["SECCOST_REQUIRE_LIBREOFFICE"] == "1"
  }

  /// Runs soffice headless with its own profile (so it never meets a running instance).
  static func run(_ soffice: String, _ arguments: [String], profile: URL) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: soffice)
    process.arguments =
      ["-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore"] + arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "soffice exited with \(process.terminationStatus)")
  }
}
