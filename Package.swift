// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "seccost",
  products: [
    .library(name: "SECCost", targets: ["SECCost"]),
    .library(name: "SECCostCSV", targets: ["SECCostCSV"]),
    .executable(name: "seccost", targets: ["seccost"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    // `seccost serve`: the HTTP server (SECCostServe is the only module that imports it).
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    // `swift package generate-documentation` (the DocC catalogs; .ci/run builds them).
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
  ],
  targets: [
    // libcsv from Debian's libcsv-dev (no pkg-config file ships with it).
    .systemLibrary(name: "CLibCSV", providers: [.apt(["libcsv-dev"])]),
    // The domain: money, figures, phases, ledger lines, totals. No IO, no C.
    .target(name: "SECCost"),
    // A second thread for the reading and writing pipelines: checked pthread calls, package-only.
    .target(name: "SECCostThreads"),
    // Ledger CSV reading and writing, every byte through libcsv.
    .target(name: "SECCostCSV", dependencies: ["SECCost", "CLibCSV", "SECCostThreads"]),
    // Office Open XML (XLSX, DOCX) on ZIPFoundation and Foundation's XML parser: the package
    // writer, worksheets, the editable ledger workbook and the workbook reader. The only module
    // that uses ZIPFoundation.
    .target(
      name: "SECCostOOXML",
      dependencies: [
        "SECCost", "SECCostCSV", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    // Every renderer, computing nothing: the commands' reports as text, JSON and CSV (CSV written
    // through libcsv, by SECCostCSV), and the RID cost section as Markdown, HTML with SVG charts,
    // XLSX and DOCX (packed by SECCostOOXML).
    .target(name: "SECCostReports", dependencies: ["SECCost", "SECCostCSV", "SECCostOOXML"]),
    // The cost workbench in a browser (`seccost serve`): the workbench state, the JSON API, the
    // edits and the page routes. The only module that imports Hummingbird.
    .target(
      name: "SECCostServe",
      dependencies: [
        "SECCost", "SECCostCSV", "SECCostOOXML", "SECCostReports",
        .product(name: "Hummingbird", package: "hummingbird"),
      ]
    ),
    // The command-line interface as a library, so tests can import it.
    .target(
      name: "SECCostCommands",
      dependencies: [
        "SECCost", "SECCostCSV", "SECCostOOXML", "SECCostReports", "SECCostServe", "SECCostThreads",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "seccost", dependencies: ["SECCostCommands"]),
    // What the test targets share (as swift-argument-parser's ArgumentParserTestHelpers): running
    // seccost in process and as a process, temporary files, the seed ledgers, failingOnError.
    .target(
      name: "SECCostTestSupport",
      dependencies: ["SECCost", "SECCostCSV", "SECCostCommands"],
      path: "Tests/SECCostTestSupport"
    ),
    .testTarget(
      name: "SECCostTests",
      dependencies: [
        "SECCost", "SECCostTestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    .testTarget(
      name: "SECCostCSVTests",
      dependencies: [
        "SECCostCSV", "SECCost", "SECCostTestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    .testTarget(
      name: "SECCostCommandsTests",
      dependencies: [
        "SECCostCommands", "SECCostReports", "SECCostCSV", "SECCost", "SECCostTestSupport",
      ],
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "SECCostServeTests",
      dependencies: [
        "SECCostServe", "SECCostCommands", "SECCost", "SECCostReports", "SECCostTestSupport",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ],
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "SECCostReportsTests",
      dependencies: [
        "SECCostReports", "SECCostOOXML", "SECCostCSV", "SECCost", "SECCostTestSupport",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
  ]
)
