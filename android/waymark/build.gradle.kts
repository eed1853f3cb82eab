// The Waymark library module (AAR): Rust core + generated bindings + glue.
//
// `buildRust` runs ../build-rust.sh before every build: cargo-ndk builds the
// release library for each ABI (16 KB pages), uniffi-bindgen generates the
// Kotlin from the *unstripped* arm64 library, then the copies packed into
// the AAR are stripped. Needs: rustup targets, cargo-ndk, the NDK
// (ANDROID_NDK_HOME or the SDK's ndk/ folder). See docs/mobile-integration.md.
//
// Every path here starts from this module's own folder (android/waymark),
// never from `rootDir`: included into an app (`include(":waymark")`), the
// root project is the app's, and the Waymark repository is wherever the app
// put it.
plugins {
    id("com.android.library")
    id("org.jetbrains.kotlin.android")
}

val rustOut = layout.buildDirectory.dir("rust")
// android/waymark -> android -> the repository's root.
val androidDir = layout.projectDirectory.dir("..")
val repoRoot = layout.projectDirectory.dir("../..")

android {
    namespace = "org.waymark.android"
    compileSdk = 35
    ndkVersion = "27.2.12479018"

    defaultConfig {
        minSdk = 26
        consumerProguardFiles("consumer-rules.pro")
        testInstrumentationRunner = "androidx.test.runner.AndroidJUnitRunner"
        ndk { abiFilters += listOf("arm64-v8a", "armeabi-v7a", "x86_64") }
    }

    buildTypes {
        release { isMinifyEnabled = false }
    }

    sourceSets["main"].apply {
        jniLibs.srcDir(rustOut.map { it.dir("jniLibs") })
        kotlin.srcDir(rustOut.map { it.dir("kotlin") })
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
    kotlinOptions { jvmTarget = "17" }

    packaging {
        // The .so files are already stripped by build-rust.sh; keep them as is
        // (and uncompressed, page aligned: extractNativeLibs=false default).
        jniLibs.keepDebugSymbols += "**/libwaymark.so"
    }
}

val buildRust by tasks.registering(Exec::class) {
    description = "Builds libwaymark.so for every ABI and generates the Kotlin bindings"
    group = "build"
    onlyIf { providers.gradleProperty("waymark.skipRust").orNull != "true" }
    val script = androidDir.file("build-rust.sh").asFile
    workingDir = androidDir.asFile
    commandLine("bash", script.absolutePath, rustOut.get().asFile.absolutePath)
    inputs.file(script)
    inputs.files(repoRoot.file("Cargo.toml"), repoRoot.file("Cargo.lock"), repoRoot.file("bindings/uniffi.toml"))
    inputs.files(repoRoot.files("core/Cargo.toml", "core/build.rs", "bindings/Cargo.toml"))
    for (dir in listOf("core/src", "bindings/src", "locales", "content")) inputs.dir(repoRoot.dir(dir))
    outputs.dir(rustOut)
}

tasks.named("preBuild") { dependsOn(buildRust) }

dependencies {
    // uniffi's Kotlin calls the library through JNA (the AAR flavour bundles
    // libjnidispatch for every ABI).
    implementation("net.java.dev.jna:jna:5.15.0@aar")
    implementation("org.jetbrains.kotlinx:kotlinx-coroutines-android:1.9.0")
    implementation("androidx.annotation:annotation:1.9.1")
    implementation("androidx.core:core-ktx:1.15.0")
    implementation("androidx.work:work-runtime-ktx:2.10.0")
    implementation("androidx.lifecycle:lifecycle-process:2.8.7")

    testImplementation("junit:junit:4.13.2")
}
