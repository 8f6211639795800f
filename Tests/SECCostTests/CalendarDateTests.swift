import SECCost
import Testing
