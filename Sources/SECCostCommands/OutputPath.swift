import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Checks on where a command writes.
enum OutputPath {
  /// Refuses an output path that names one of the inputs (also through another spelling of the
  /// same file), so an input is never overwritten.
  static func refuseInput(_ output: String?, inputs: [String]) throws {
    guard let output else { return }
    var target = stat()
    let outputExists = stat(output, &target) == 0
    for input in inputs {
      var source = stat()
      let same =
        input == output
        || (outputExists && stat(input, &source) == 0 && source.st_dev == target.st_dev
          && source.st_ino == target.st_ino)
      if same {
        throw ValidationError("the output file \(output) is also an input; write elsewhere")
      }
    }
  }
}
