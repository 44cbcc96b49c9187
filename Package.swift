// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "godstart",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "godstart", targets: ["godstart"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        // Already built for Vapor: hashes, HMAC, AES-GCM for the sealed texts.
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        // Checks a sign-in's ID token: the provider's key set, algorithm pinning, signature, audience.
        .package(url: "https://github.com/vapor/jwt-kit.git", from: "5.7.1"),
        // Already built for Vapor; the entrypoint runs Swift's tasks on its event loops.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.3"),
        // /metrics: Vapor counts and times every request through swift-metrics once a backend is
        // bootstrapped; swift-prometheus is that backend and writes Prometheus' text format.
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        // Already built for SwiftNIO; Core keeps its time zones' tables behind an atomic reference.
        .package(url: "https://github.com/apple/swift-atomics.git", from: "1.3.0"),
    ],
    targets: [
        .target(name: "GodstartCore", dependencies: [.product(name: "Atomics", package: "swift-atomics")]),
        // The texts' catalogues (Sources/App/Catalogues/*.po): reading them, checking them against
        // the Danish source, and writing the app's typed texts from them at build time.
        .target(name: "TextCatalogue"),
        .executableTarget(name: "TextCatalogueGenerator", dependencies: ["TextCatalogue"]),
        .plugin(name: "TextCataloguePlugin", capability: .buildTool(), dependencies: ["TextCatalogueGenerator"]),
        // A setting of SQLiteNIO's SQLite that Swift cannot reach (SQLiteReaders).
        .target(name: "CSQLiteSettings"),
        .target(
            name: "App",
            dependencies: [
                "GodstartCore",
                "CSQLiteSettings",
                "TextCatalogue",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            exclude: ["Catalogues"],
            plugins: ["TextCataloguePlugin"]
        ),
        .executableTarget(name: "godstart", dependencies: ["App", .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio")]),
        .testTarget(name: "GodstartCoreTests", dependencies: ["GodstartCore"]),
        .testTarget(
            name: "AppTests",
            dependencies: [
                "App",
                "TextCatalogue",
                .product(name: "XCTVapor", package: "vapor"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ],
            // The render fingerprints (RenderSnapshotTests) are read from the source folder.
            exclude: ["Snapshots"]
        ),
    ]
)
