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
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        // poppler-glib's functions, opened the first time a PDF is read (see its header).
        .target(
            name: "CPopplerRuntime",
            linkerSettings: [.linkedLibrary("dl")]
        ),
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"]), .brew(["libxlsxwriter"])]
        ),
        .target(
            name: "MSPVet",
            dependencies: [
                "CPopplerRuntime",
                "CXLSXWriter",
                "CLibXML2",
                "CLibYAML",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
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
            dependencies: ["MSPVet", "mspvet", "CPoppler", "CPopplerRuntime", .product(name: "CSV", package: "CSV.swift")],
            exclude: ["Golden", "Fixtures"]
        ),
    ]
)
