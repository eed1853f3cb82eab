// Waymark's Android library: the Rust core (libwaymark.so for arm64-v8a,
// armeabi-v7a, x86_64), its generated Kotlin bindings, and the platform glue
// (Android Keystore, ConnectivityManager, WorkManager, panic trigger,
// FLAG_SECURE). Open this folder in Android Studio, or include the module
// `:waymark` from an app's settings.gradle.kts (docs/mobile-integration.md).
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}

dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
    }
}

rootProject.name = "waymark-android"
include(":waymark")
