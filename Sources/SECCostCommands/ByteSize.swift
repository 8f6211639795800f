import ArgumentParser

/// A size in bytes given on the command line: `1048576`, `512K`, `1M`, `1MiB`, `2G`.
struct ByteSize: ExpressibleByArgument, Hashable {
  /// The number of bytes.
  let bytes: Int

  init(bytes: Int) {
    self.bytes = bytes
  }

  /// Reads a whole number of bytes, optionally followed by `K`, `M` or `G` (binary multiples,
  /// with or without `iB`); refuses zero and anything over 1 TiB.
  init?(argument: String) {
    var text = Substring(argument)
    if text.hasSuffix("iB") || text.hasSuffix("ib") { text = text.dropLast(2) }
    var shift = 0
    switch text.last {
    case "K", "k": shift = 10
    case "M", "m": shift = 20
    case "G", "g": shift = 30
    default: break
    }
    if shift > 0 { text = text.dropLast() }
    guard !text.isEmpty, text.allSatisfy(\.isASCII), let number = Int(text), number > 0,
      number <= (1 << 40) >> shift
    else { return nil }
    bytes = number << shift
  }

  /// The size as the help shows a default: `1M`, `512K` or a plain number of bytes.
  var defaultValueDescription: String {
    if bytes % (1 << 20) == 0 { return "\(bytes >> 20)M" }
    if bytes % (1 << 10) == 0 { return "\(bytes >> 10)K" }
    return "\(bytes)"
  }
}
