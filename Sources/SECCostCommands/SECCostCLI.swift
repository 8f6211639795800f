import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `seccost` command: totals, variance and round-tripping of SEC Release cost ledgers.
public struct SECCostCLI: ParsableCommand {
  /// The command name, help and subcommands.
  public static let configuration = CommandConfiguration(
    commandName: "seccost",
    abstract: "Model, total and compare the costs of Smart Energy Code releases.",
    discussion: """
      Exit codes: 0 success; 1 invalid data (every problem is listed as FILE:LINE: column: \
      message); 2 usage error; 3 an input could not be read or an output could not be written.
      """,
    subcommands: [
      TotalsCommand.self, ValidateCommand.self, ExportCommand.self, ImportCommand.self,
      RiskCommand.self, ScopeCommand.self, VarianceCommand.self, ReportCommand.self,
      ServeCommand.self,
    ]
  )

  /// Creates the command; ArgumentParser fills in the options.
  public init() {}

  /// Runs the command line and exits with a documented code: 0 success, 1 invalid data,
  /// 2 usage error, 3 input or output error. Messages go to standard error; help goes to
  /// standard output.
  public static func main() -> Never {
    // A file beyond the size limit (`ulimit -f`) is then a write error, reported with exit 3
    // and its temporary file removed, instead of a silent death by SIGXFSZ.
    signal(SIGXFSZ, SIG_IGN)
    Glibc.exit(run(Array(CommandLine.arguments.dropFirst())))
  }

  /// Parses and runs `arguments`, returning the exit code instead of exiting.
  public static func run(_ arguments: [String]) -> Int32 {
    run(arguments, streams: .standard())
  }

  /// Parses and runs `arguments` in this process with its output and messages kept in memory,
  /// as the binary would run them: what a test of a command calls. With `errorNumber`, every
  /// write to standard output fails with it (`ENOSPC`: a full disk).
  package static func runInMemory(
    _ arguments: [String], failingOutputWith errorNumber: Int32? = nil
  ) -> CommandRun {
    let streams = OutputStreams.memory(failingOutputWith: errorNumber)
    let status = run(arguments, streams: streams)
    return CommandRun(status: status, output: streams.output, errors: streams.errors)
  }

  /// Parses and runs `arguments` writing to `streams`; a failed write to the output makes the
  /// exit code 3, with the reason on standard error.
  private static func run(_ arguments: [String], streams: OutputStreams) -> Int32 {
    StandardStreams.$current.withValue(streams) {
      let status = runCommand(arguments)
      if let failure = streams.outputFailure {
        StandardStreams.printError(
          "standard output: cannot write: \(String(cString: strerror(failure)))")
        return ExitStatus.inputOutput.rawValue
      }
      return status
    }
  }

  private static func runCommand(_ arguments: [String]) -> Int32 {
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
      return 0
    } catch {
      let code = exitCode(for: error)
      let message = fullMessage(for: error)
      if code == .success {
        StandardStreams.print(message + "\n")
        return 0
      }
      if !message.isEmpty { StandardStreams.printError(message) }
      return code == .validationFailure ? ExitStatus.usage : code.rawValue
    }
  }
}
