import Foundation

/// The package's root directory (where `Package.swift`, `Ledgers/` and `Tests/` are).
package let packageRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
