#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TapSandbox

CommandLineTool.run(
    arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
