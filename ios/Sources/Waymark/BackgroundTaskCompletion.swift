import Foundation

/// Ends one background task exactly once, whichever comes first: the sync
/// run finishing, or iOS's expiration handler. Either way the next run is
/// asked for *before* the task is completed (once completed, the app may be
/// suspended at once).
///
/// `BGTask.setTaskCompleted` must be called once; the uniffi call that does
/// the sync cannot be cancelled, so after an expiration it still returns
/// later, and must then do nothing. Platform-free (no BackgroundTasks
/// import), so it is tested in Swift on Linux (tests/bindings/swift).
public final class BackgroundTaskCompletion: @unchecked Sendable {
    private let lock = NSLock()
    private var ended = false
    private let schedule: @Sendable (TimeInterval?) -> Void
    private let complete: @Sendable (Bool) -> Void

    /// - schedule: submits the next request; its argument is the core's
    ///   sooner time in seconds, or nil for the regular jittered one.
    /// - complete: `task.setTaskCompleted(success:)`.
    public init(schedule: @escaping @Sendable (TimeInterval?) -> Void,
                complete: @escaping @Sendable (Bool) -> Void) {
        self.schedule = schedule
        self.complete = complete
    }

    /// The run returned. Returns false (and does nothing) when the task had
    /// already ended.
    @discardableResult
    public func finished(_ run: SyncRun) -> Bool {
        end(next: run.runAgainAfter, success: run.result != .retry)
    }

    /// iOS is ending the task: the next run is scheduled and the task
    /// completes, unsuccessfully. Returns false when it had already ended.
    @discardableResult
    public func expired() -> Bool {
        end(next: nil, success: false)
    }

    private func end(next: TimeInterval?, success: Bool) -> Bool {
        lock.lock()
        let first = !ended
        ended = true
        lock.unlock()
        guard first else { return false }
        schedule(next)
        complete(success)
        return true
    }
}
