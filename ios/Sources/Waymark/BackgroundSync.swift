#if canImport(BackgroundTasks) && canImport(UIKit)
import BackgroundTasks
import Foundation

/// What one sync attempt came to.
public enum SyncRunResult: Sendable {
    /// Everything that could be sent was sent (or there was nothing).
    case done
    /// A transient failure: ask again at the next opportunity.
    case retry
    /// The user's send rules said no, or the vault is locked.
    case notNow
}

/// The core's sync entry point as the scheduler calls it. Issue 6 adds
/// `syncOnce()` to the bindings (outbox → inbox, receipts, replies); the app
/// then sets `BackgroundSync.runner = { mapResult(try syncOnce(...)) }`.
/// Until then this closure is the seam: nothing here sends anything itself.
public typealias SyncRunner = @Sendable () -> SyncRunResult

/// Background sync with BGTaskScheduler.
///
/// Add `org.waymark.sync` (or your identifier) to `BGTaskSchedulerPermittedIdentifiers`
/// in Info.plist and enable the "Background processing" mode. Call
/// `register()` before the app finishes launching, `schedule()` whenever it
/// goes to the background.
public enum BackgroundSync {
    public static var identifier = "org.waymark.sync"
    nonisolated(unsafe) public static var runner: SyncRunner?

    public static func register() {
        BGTaskScheduler.shared.register(forTaskWithIdentifier: identifier, using: nil) { task in
            handle(task as! BGProcessingTask)
        }
    }

    /// Asks iOS for a run after a random delay, only with a network. The
    /// core's send policy still decides every send.
    public static func schedule(interval: TimeInterval = SyncTiming.defaultInterval) {
        let request = BGProcessingTaskRequest(identifier: identifier)
        request.requiresNetworkConnectivity = true
        request.requiresExternalPower = false
        request.earliestBeginDate = Date(timeIntervalSinceNow: SyncTiming.jitteredDelay(interval: interval))
        try? BGTaskScheduler.shared.submit(request)
    }

    private static func handle(_ task: BGProcessingTask) {
        schedule()
        guard let runner else {
            task.setTaskCompleted(success: true)
            return
        }
        let work = Thread {
            let result = runner()
            task.setTaskCompleted(success: result != .retry)
        }
        // uniffi calls cannot be cancelled; iOS's expiration just ends the task.
        task.expirationHandler = { task.setTaskCompleted(success: false) }
        work.start()
    }
}
#endif
