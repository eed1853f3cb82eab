#if canImport(BackgroundTasks) && canImport(UIKit)
import BackgroundTasks
import Foundation

/// Background sync with BGTaskScheduler, calling the core's `sync_once`.
///
/// Add `org.waymark.sync` (or your identifier) to `BGTaskSchedulerPermittedIdentifiers`
/// in Info.plist and enable the "Background processing" mode. At launch set
/// `BackgroundSync.engine = vault.syncEngine(monitor: PathNetworkMonitor())`
/// and call `register()` before the app finishes launching; call
/// `schedule()` whenever the app goes to the background.
public enum BackgroundSync {
    public static var identifier = "org.waymark.sync"
    /// The vault's sync engine, used while the vault is unlocked.
    nonisolated(unsafe) public static var engine: SyncEngine?
    /// Opens the courier for runs while the vault is locked (ADR 0210):
    /// `BackgroundSync.courier = { Courier(dir: vaultDir, keyStore: store, monitor: PathNetworkMonitor()) }`.
    /// iOS may launch the app in the background with no passcode: this is
    /// all a run needs then. Both `nil`: runs do nothing.
    nonisolated(unsafe) public static var courier: (() -> Courier)?

    public static func register() {
        BGTaskScheduler.shared.register(forTaskWithIdentifier: identifier, using: nil) { task in
            handle(task)
        }
    }

    /// Asks iOS for a run after `after` seconds (the core's sooner time,
    /// never later than `interval`), or after a random delay over the
    /// interval; only with a network. The core's send policy still decides
    /// every send.
    public static func schedule(interval: TimeInterval = SyncTiming.defaultInterval, after: TimeInterval? = nil) {
        let request = BGProcessingTaskRequest(identifier: identifier)
        request.requiresNetworkConnectivity = true
        request.requiresExternalPower = false
        request.earliestBeginDate = Date(timeIntervalSinceNow: SyncTiming.nextDelay(after: after, interval: interval))
        try? BGTaskScheduler.shared.submit(request)
    }

    private static func handle(_ task: BGTask) {
        // Exactly one setTaskCompleted, and the next run always asked for
        // first, whether the run finishes or iOS expires the task.
        let completion = BackgroundTaskCompletion(
            schedule: { after in schedule(after: after) },
            complete: { success in task.setTaskCompleted(success: success) }
        )
        // uniffi calls cannot be cancelled: on expiration the run goes on,
        // and its own finish is then ignored.
        task.expirationHandler = { completion.expired() }
        let (engine, courier) = (engine, courier)
        // sync_once blocks: a thread of its own, never the main one. The
        // unlocked vault's engine when there is one, else the courier.
        Thread {
            if let engine, let run = SyncRun.runUnlessLocked(engine) {
                completion.finished(run)
            } else if let courier {
                completion.finished(SyncRun.run(courier()))
            } else {
                completion.finished(SyncRun(result: .done, runAgainAfter: nil))
            }
        }.start()
    }
}
#endif
