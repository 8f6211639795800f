import Testing

@testable import SECCostCommands
