import SECCostCommands

SECCostCLI.main()
