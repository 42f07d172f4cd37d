// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "docgen",
    platforms: [.macOS(.v15)],
    // No library product: Threading is built for docgen's scenarios (its release settings use unsafeFlags, which
    // SwiftPM refuses in a package used as a dependency); scenarios import it through docgen (README, "Threading").
    products: [
        .executable(name: "docgen", targets: ["docgen"]),
        .executable(name: "docgen-cell", targets: ["docgen-cell"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // cmark-gfm from Debian (libcmark-gfm-dev, libcmark-gfm-extensions-dev).
        .systemLibrary(name: "CCmarkGFM", pkgConfig: "libcmark-gfm"),
        // Python's threading/queue/time/logging/random in Swift, on a real and a simulated runtime.
        .target(
            name: "Threading",
            dependencies: ["CThreadingShims", .product(name: "DequeModule", package: "swift-collections")],
            // Release: let clients specialise the generic queues (cross-module optimisation) and skip dynamic
            // exclusivity checks on the primitives' hot paths (each primitive guards its state with its own lock).
            swiftSettings: [
                .unsafeFlags(
                    ["-cross-module-optimization", "-enforce-exclusivity=unchecked"], .when(configuration: .release))
            ]
        ),
        // gettid / sched_setaffinity / stdio for Threading (not exposed by Swift's Glibc module).
        .target(name: "CThreadingShims"),
        // renameat2 (atomic folder swap) for DocGen's SiteWriter (not exposed by Swift's Glibc module).
        .target(name: "CDocGenShims"),
        // The pipeline, one target per stage; each imports only the stages before it (docs/content/architecture.md,
        // Tests/DocGenTests/ModuleLayeringTests.swift).
        // Documents, cells, cell options, transcripts, explorations: the values every stage passes on.
        .target(
            name: "DocGenModel",
            dependencies: ["Threading", "CDocGenShims", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // Markdown pages into documents: the only importer of cmark-gfm.
        .target(name: "DocGenParse", dependencies: ["DocGenModel", "CCmarkGFM"]),
        // Cells to scenarios (map), scenarios to libraries (compile), libraries to transcripts (execute), the caches
        // and the child processes.
        .target(
            name: "DocGenRun",
            dependencies: [
                "DocGenModel", "DocGenParse", "Threading", "CDocGenShims",
                .product(name: "Subprocess", package: "swift-subprocess"),
            ]
        ),
        // A program under many schedules: sampled and exhaustive exploration, output tallies.
        .target(
            name: "DocGenExplore",
            dependencies: [
                "DocGenModel", "DocGenRun", "Threading",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        // Transcripts against snapshots, outputs against CPython (fidelity, model check).
        .target(
            name: "DocGenVerify",
            dependencies: [
                "DocGenModel", "DocGenParse", "DocGenRun", "DocGenExplore", "Threading",
                .product(name: "Subprocess", package: "swift-subprocess"),
            ]
        ),
        // The HTML site: pages, timelines, outcome tables, badges, notebooks, search index, the output folder.
        .target(
            name: "DocGenSite",
            dependencies: [
                "DocGenModel", "DocGenParse", "DocGenRun", "DocGenExplore", "DocGenVerify", "Threading", "CDocGenShims",
            ]
        ),
        // `docgen serve`: the preview server and live reload.
        .target(
            name: "DocGenServe",
            dependencies: [
                "DocGenModel", "DocGenSite", .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        // `docgen init` and `docgen new`: project and scenario skeletons.
        .target(name: "DocGenScaffold", dependencies: ["DocGenModel", "DocGenParse", "DocGenRun"]),
        // The facade the CLI uses: plan, build, check, record, shard, load a program.
        .target(
            name: "DocGen",
            dependencies: [
                "DocGenModel", "DocGenParse", "DocGenRun", "DocGenExplore", "DocGenVerify", "DocGenSite",
                "DocGenServe", "DocGenScaffold", "Threading",
            ]
        ),
        // Cells' scenarios are compiled by docgen into shared libraries that `docgen run` loads: they leave
        // Threading's symbols undefined, so the executable exports its own (one Threading copy per process).
        .executableTarget(
            name: "docgen",
            dependencies: [
                "DocGen", "DocGenModel", "DocGenParse", "DocGenRun", "DocGenExplore", "DocGenVerify", "DocGenSite",
                "DocGenServe", "DocGenScaffold", "Threading",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: [.unsafeFlags(["-Xlinker", "--export-dynamic"])]
        ),
        // What a build starts for each cell (CellChild): docgen's cell work alone, without ArgumentParser and without
        // what serve and the site link (FoundationNetworking and libcurl's thirty shared libraries), so it starts in
        // half the time. Exports Threading's symbols for the scenarios it loads, as docgen does.
        .executableTarget(
            name: "docgen-cell",
            dependencies: ["DocGenExplore", "DocGenRun"],
            linkerSettings: [.unsafeFlags(["-Xlinker", "--export-dynamic"])]
        ),
        // `make bench-explore`: 1,000 schedules of a 10-thread queue program explored in-process.
        .executableTarget(
            name: "ExploreBench",
            dependencies: ["DocGen", "DocGenModel", "DocGenParse", "DocGenRun", "DocGenExplore", "Threading"],
            linkerSettings: [.unsafeFlags(["-Xlinker", "--export-dynamic"])]
        ),
        // `make bench`: Threading's speed against baselines measured in the same run (build with -c release).
        .executableTarget(
            name: "ThreadingBench",
            dependencies: [
                "Threading", "CThreadingShims",
                .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "Subprocess", package: "swift-subprocess"),
            ],
            // The baselines get the same treatment as Threading: no dynamic exclusivity checks.
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]
        ),
        // `make fuzz`: libFuzzer targets for the cell-option parser, the transcript decoder and the Markdown loader
        // (built with -sanitize=fuzzer -DFUZZING in .build-fuzz; a plain build replays files given as arguments).
        .executableTarget(name: "DocGenFuzz", dependencies: ["DocGenModel", "DocGenParse"]),
        .testTarget(name: "ThreadingTests", dependencies: ["Threading"]),
        // The installed-docgen end-to-end test (scripts/test-installed.sh runs it with the checkout hidden).
        .executableTarget(
            name: "InstalledDocgenTest", dependencies: ["ProcessCapture"], path: "Tests/InstalledDocgenTest"),
        // The test programs' one child-process runner (Foundation only: the installed test runs outside the checkout).
        .target(name: "ProcessCapture", path: "Tests/ProcessCapture"),
        // Helpers the DocGen tests share: temporary folders, the built docgen binary, serve clients, fixtures.
        .target(
            name: "DocGenTestSupport",
            dependencies: ["DocGenModel", "DocGenVerify", "Threading", "ProcessCapture"],
            path: "Tests/DocGenTestSupport"
        ),
        .testTarget(
            name: "DocGenTests",
            dependencies: [
                "DocGenTestSupport", "DocGen", "DocGenModel", "DocGenParse", "DocGenRun", "DocGenExplore",
                "DocGenVerify", "DocGenSite", "DocGenServe", "DocGenScaffold", "Threading",
            ]),
    ]
)
