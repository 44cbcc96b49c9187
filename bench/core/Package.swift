// swift-tools-version:6.0
import PackageDescription

// The Core functions under benchmark (bench/run.py runs this in release). A package of its own,
// so the app's build and CI never build the benchmark library; Sources/GodstartCore is a link to
// the app's own Core, built here as it is.
let package = Package(
    name: "CoreBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/google/swift-benchmark", from: "0.1.2"),
    ],
    targets: [
        .target(name: "GodstartCore"),
        .executableTarget(
            name: "CoreBenchmarks",
            dependencies: [
                "GodstartCore",
                .product(name: "Benchmark", package: "swift-benchmark"),
            ]
        ),
    ]
)
