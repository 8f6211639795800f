import SECCostCSV
import Testing
