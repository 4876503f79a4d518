// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "mspvet",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "MSPVet", targets: ["MSPVet"]),
        .executable(name: "mspvet", targets: ["mspvet"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(
            name: "MSPVet",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "mspvet",
            dependencies: [
                "MSPVet",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "MSPVetTests",
            dependencies: ["MSPVet", "mspvet"]
        ),
    ]
)
