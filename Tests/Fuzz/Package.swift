// swift-tools-version:6.1
// libFuzzer targets for mspvet, kept in their own package so that building mspvet never needs
// libFuzzer. Built by `make fuzz` with the sanitizer flags; see the README's "Fuzzing" section.
import PackageDescription

let package = Package(
    name: "mspvet-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "mspvet", path: "../..")],
    targets: [
        .executableTarget(
            name: "mspvet-fuzz",
            dependencies: [.product(name: "MSPVet", package: "mspvet")]
        ),
    ]
)
