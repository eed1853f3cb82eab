// swift-tools-version:5.10
// Waymark for iOS: the Rust core as a binary XCFramework (waymarkFFI), and a
// Swift target with the generated bindings plus the platform glue (Keychain /
// Secure Enclave key store, NWPathMonitor network facts, BGTaskScheduler
// sync, privacy screen). Build the XCFramework first: ./build-xcframework.sh
import PackageDescription

let package = Package(
    name: "Waymark",
    platforms: [.iOS(.v15)],
    products: [
        .library(name: "Waymark", targets: ["Waymark"]),
    ],
    targets: [
        // Static libwaymark.a per platform + waymarkFFI.h + module map,
        // produced by build-xcframework.sh (not committed: binary).
        .binaryTarget(name: "waymarkFFI", path: "build/waymarkFFI.xcframework"),
        .target(
            name: "Waymark",
            dependencies: ["waymarkFFI"],
            path: "Sources/Waymark",
            linkerSettings: [
                // SQLCipher uses CommonCrypto on Apple platforms.
                .linkedFramework("Security"),
                .linkedFramework("CoreFoundation"),
            ]
        ),
        .testTarget(name: "WaymarkTests", dependencies: ["Waymark"], path: "Tests/WaymarkTests"),
    ]
)
