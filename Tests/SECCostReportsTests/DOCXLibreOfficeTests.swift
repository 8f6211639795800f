import Foundation
import SECCost
import SECCostCSV
import SECCostTestSupport
import Testing

@testable import SECCostReports

/// The proof with a real client: the `--style rid` DOCX of both RIDs opened by headless
/// LibreOffice Writer, converted to text and to PDF, the text compared with the seeds' section 5
/// sentence by sentence, and the first page rendered to an image by pdftoppm.
///
/// Runs when `soffice` (with Writer) and `pdftoppm` are installed (`.ci/run` installs them and
/// sets SECCOST_REQUIRE_LIBREOFFICE=1, so in CI a missing one fails instead of skipping).
@Suite(
  "DOCX through LibreOffice Writer",
  .enabled(if: Writer.isAvailable || Calc.isRequired), .tags(.endToEnd))
struct DOCXLibreOfficeTests {
  @Test("both RIDs open; their text is the seeds' section 5; the first page is drawn")
  func convert() throws {
    let soffice = try #require(Calc.path, "LibreOffice (soffice) is not installed")
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seccost-docx-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    var february = try CostReport(name: "2021-02-sec-release.csv", lines: SeedLedgers.february2021)
    february.note(
      scope: try ScopeRegister.load(
        SeedLedgers.root.appendingPathComponent("Ledgers/scope/scope-register.csv").path))
    var files: [String] = []
    for (name, report) in [("november", try SeedLedgers.novemberReport()), ("february", february)] {
      let path = directory.appendingPathComponent("\(name).docx").path
      try Data(try DOCXReport.render(report, style: .rid)).write(to: URL(fileURLWithPath: path))
      files.append(path)
    }
    let profile = directory.appendingPathComponent("profile")
    try Calc.run(
      soffice, ["--convert-to", "txt:Text", "--outdir", directory.path] + files,
      profile: profile)
    try Calc.run(
      soffice, ["--convert-to", "pdf", "--outdir", directory.path] + files,
      profile: profile)

    let pdf = directory.appendingPathComponent("november.pdf").path
    // The first page at 50 dpi, an A4 image and not blank (first: it is looked at whatever the
    // text says).
    let png = directory.appendingPathComponent("page").path
    _ = try Self.output("/usr/bin/pdftoppm", ["-png", "-r", "50", "-singlefile", pdf, png])
    let image = try Data(contentsOf: URL(fileURLWithPath: png + ".png"))
    let size = try #require(Self.pngSize(image))
    #expect((400...430).contains(size.width) && (570...600).contains(size.height), "\(size)")
    _ = try Self.output("/usr/bin/pdftoppm", ["-gray", "-r", "50", "-singlefile", pdf, png])
    let gray = try Data(contentsOf: URL(fileURLWithPath: png + ".pgm"))
    let pixels = gray.suffix(size.width * size.height)
    let dark = pixels.reduce(0) { $0 + ($1 < 128 ? 1 : 0) }
    // Text and table rules: a few per cent of the page, far from blank or black.
    #expect(dark > 2_000 && dark < pixels.count / 4, "\(dark) dark pixels of \(pixels.count)")

    // The text, sentence for sentence: the prose of the document (headings and table cells are
    // lines of their own) against the seed's.
    for (name, seed) in [
      ("november", RIDSeedText.november2022),
      (
        "february",
        RIDSeedText.february2021.replacing(
          RIDSeedText.spelledOut.short, with: RIDSeedText.spelledOut.long)
      ),
    ] {
      let text = try String(
        contentsOf: directory.appendingPathComponent("\(name).txt"), encoding: .utf8)
      let lines = text.split(whereSeparator: \.isNewline).map(String.init)
      #expect(
        lines.first?.hasSuffix("SEC Release: Costs (v\(name == "november" ? "0.4" : "0.1"))")
          == true)
      let prose = lines.dropFirst().joined(separator: "\n")
      let expected = RIDSeedText.sentences(seed)
      let table = Set(Self.tableCells(of: name == "november"))
      let actual = RIDSeedText.sentences(
        prose.split(separator: "\n").filter { !table.contains(String($0)) }
          .joined(separator: "\n"))
      #expect(actual == expected, "\(name)")
    }

    // Every cell of the November table, in order, as LibreOffice reads it (a cell a line,
    // footnote marks after their figures).
    let november = try String(
      contentsOf: directory.appendingPathComponent("november.txt"), encoding: .utf8)
    let lines = november.split(separator: "\n").map(String.init)
    let start = try #require(lines.firstIndex(of: "Modification"))
    let end = try #require(lines.firstIndex(of: CostSection.operationalCostsSentence))
    #expect(Array(lines[start..<end]) == Self.tableCells(of: true))

    // The footnotes at the foot of the page, as the seed prints them (its OCR capital I aside).
    let pdfText = try Self.output("/usr/bin/pdftotext", [pdf, "-"])
    let printed = RIDSeedText.sentences(pdfText).joined(separator: " ").lowercased()
    for footnote in RIDSeedText.sentences(RIDSeedText.november2022Footnotes) {
      // "2 This is …": the number is the mark, printed before the text.
      let text = footnote.drop { $0.isNumber || $0 == " " }.lowercased()
      #expect(printed.contains(text), "\(footnote)")
    }
    #expect(RIDSeedText.sentences(RIDSeedText.november2022Footnotes).count == 2)
    #expect(pdfText.contains("£1,5732"))
    #expect(pdfText.contains("£8,3463"))

  }

  /// The cells of the November 2022 breakdown in `--style rid`, row by row (figures in RID
  /// notation, footnote marks 2 and 3 after their figures, blank cells empty).
  static func tableCells(of november: Bool) -> [String] {
    guard november else { return [] }
    return [
      "Modification", "Design, Build & PIT", "SIT", "UIT", "Implement to live",
      "Application Support",
      "SECMP0015", "GPF timestamp for reading instantaneous Gas values", "£1,335,568", "£437,032",
      "SECMP0056", "IHD / PPMID Zigbee Attributes Available on the HAN", "£1,434,761", "£251,307",
      "N/A",
      "MP078", "Incorporation of multiple Issue Resolution Proposals into the SEC - Part 2",
      "£1,886,716", "£727,257", "N/A", "£20,000", "£1,5732",
      "MP099", "Incorporation of multiple Issue Resolution Proposals into the SEC - Batch 4",
      "£188,446", "£89,238", "N/A", "N/A", "N/A",
      "MP140", "CH Stock Transfer", "£301,000 to £625,000", "TBC", "TBC", "TBC", "TBC",
      "MP141", "SRV Visibility for Devices on SSI", "£124,301", "£68,967", "£6,571", "£8,3463",
      "MP143", "Incorporating IRPs into GBCS v3 series", "£0 to £150,000", "TBC", "TBC", "TBC",
      "TBC",
    ]
  }

  /// The width and height a PNG's header gives.
  static func pngSize(_ data: Data) -> (width: Int, height: Int)? {
    let bytes = [UInt8](data.prefix(24))
    guard bytes.count == 24, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    else { return nil }
    let number = { (at: Int) in bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
    return (number(16), number(20))
  }

  /// Runs `executable` and returns its standard output.
  static func output(_ executable: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(
      process.terminationStatus == 0, "\(executable) exited with \(process.terminationStatus)")
    return String(decoding: data, as: UTF8.self)
  }
}

/// LibreOffice with Writer (its library: the -nogui package has no swriter launcher), and
/// pdftoppm.
enum Writer {
  static var isAvailable: Bool {
    Calc.isAvailable
      && FileManager.default.fileExists(atPath: "/usr/lib/libreoffice/program/libswlo.so")
      && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftoppm")
  }
}
