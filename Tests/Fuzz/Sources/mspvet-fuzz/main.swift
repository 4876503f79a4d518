import Foundation
@testable import MSPVet

// One executable, one libFuzzer target per `FuzzTarget` case:
//   mspvet-fuzz TARGET [libFuzzer options] [corpus…]
// A target returns for every input; a crash, a hang past -timeout or memory past -rss_limit_mb is
// a finding, saved by libFuzzer as crash-*/timeout-*/oom-*, which becomes a file under
// Tests/Fuzz/Regressions/TARGET/ that the test suite replays.

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

typealias Callback = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

func data(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> Data {
    bytes.map { Data(bytes: $0, count: size) } ?? Data()
}

// libFuzzer calls back through a C function pointer, which cannot capture the target: one
// non-capturing closure per target.
let callbacks: [FuzzTarget: Callback] = [
    .text: { FuzzTarget.text.run(data($0, $1)); return 0 },
    .pattern: { FuzzTarget.pattern.run(data($0, $1)); return 0 },
    .yaml: { FuzzTarget.yaml.run(data($0, $1)); return 0 },
    .document: { FuzzTarget.document.run(data($0, $1)); return 0 },
]

var arguments = CommandLine.arguments
guard arguments.count >= 2, let target = FuzzTarget(rawValue: arguments[1]), let callback = callbacks[target] else {
    let names = FuzzTarget.allCases.map { $0.rawValue }.joined(separator: "|")
    FileHandle.standardError.write(Data("usage: mspvet-fuzz \(names) [libFuzzer options] [corpus…]\n".utf8))
    exit(2)
}
arguments.remove(at: 1)
var argc = Int32(arguments.count)
var cArguments: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
cArguments.withUnsafeMutableBufferPointer { buffer in
    var argv = buffer.baseAddress
    exit(LLVMFuzzerRunDriver(&argc, &argv, callback))
}
