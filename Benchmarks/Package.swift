// swift-tools-version: 6.1
// Micro-benchmarks for seccost's hot path, with ordo-one/benchmark. A package of its own, so
// that they never slow the main package's `swift build` or `swift test`.
//
//     cd Benchmarks && swift package benchmark
import Foundation
import PackageDescription

/// The root package is `../`; SwiftPM names a path dependency after its directory (`seccost`,
/// or a worktree's name), so the products are looked up under that name.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
  name: "SECCostBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(path: "../"),
    .package(
      url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "SECCostBenchmarks",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "SECCost", package: root),
        .product(name: "SECCostCSV", package: root),
      ],
      path: "Benchmarks/SECCostBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
  ]
)
