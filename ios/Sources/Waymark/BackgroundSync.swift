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
    /// The vault's sync engine. `nil`: runs do nothing.
    nonisolated(unsafe) public static var engine: SyncEngine?

    public static func register() {
        BGTaskScheduler.shared.register(forTaskWithIdentifier: identifier, using: nil) { task in
            handle(task as! BGProcessingTask)
        }
    }

    /// Asks iOS for a run after `after` seconds, or after a random delay
    /// over the interval; only with a network. The core's send policy still
    /// decides every send.
    public static func schedule(interval: TimeInterval = SyncTiming.defaultInterval, after: TimeInterval? = nil) {
        let request = BGProcessingTaskRequest(identifier: identifier)
        request.requiresNetworkConnectivity = true
        request.requiresExternalPower = false
        let delay = after.map { min($0, interval) } ?? SyncTiming.jitteredDelay(interval: interval)
        request.earliestBeginDate = Date(timeIntervalSinceNow: delay)
        try? BGTaskScheduler.shared.submit(request)
    }

    private static func handle(_ task: BGProcessingTask) {
        guard let engine else {
            schedule()
            task.setTaskCompleted(success: true)
            return
        }
        // sync_once blocks: a thread of its own, never the main one.
        let work = Thread {
            let run = SyncRun.run(engine)
            // Sooner when the core said when (the random delay's end, a retry).
            schedule(after: run.runAgainAfter)
            task.setTaskCompleted(success: run.result != .retry)
        }
        // uniffi calls cannot be cancelled; iOS's expiration just ends the task.
        task.expirationHandler = { task.setTaskCompleted(success: false) }
        work.start()
    }
}
#endif
