import Foundation

/// What one background sync run came to, as the scheduler needs to know it.
public enum SyncRunResult: Sendable, Equatable {
    /// Everything that could be sent was sent (or there was nothing).
    case done
    /// A transient failure (network, server, network facts): try again.
    case retry
    /// The user's send rules said no, the random delay is not over, or the
    /// vault is locked: wait for the next run.
    case notNow
}

/// A run's result and, when the core named one, how soon to run again
/// (the end of the random delay, the next allowed moment, a retry time).
public struct SyncRun: Sendable, Equatable {
    public var result: SyncRunResult
    /// Seconds from now; `nil`: at the next regular run.
    public var runAgainAfter: TimeInterval?

    /// The phone's current offset from UTC, for the send rules' time windows.
    public static func utcOffsetMinutes(_ zone: TimeZone = .current, at date: Date = Date()) -> Int32 {
        Int32(zone.secondsFromGMT(for: date) / 60)
    }

    /// Calls the core's `sync_once` (blocking: network, disk) as a
    /// background scheduler does, and maps what happened. Never throws.
    public static func run(_ engine: SyncEngine, now: Date = Date()) -> SyncRun {
        do {
            let report = try engine.syncOnce(userRequested: false, utcOffsetMinutes: utcOffsetMinutes(at: now))
            return of(report, now: now)
        } catch let e as SyncError {
            return of(e)
        } catch {
            return SyncRun(result: .retry, runAgainAfter: nil)
        }
    }

    /// `run` on the courier (the vault locked, ADR 0210). Never throws.
    public static func run(_ courier: Courier, now: Date = Date()) -> SyncRun {
        do {
            let report = try courier.syncOnce(userRequested: false, utcOffsetMinutes: utcOffsetMinutes(at: now))
            return of(report, now: now)
        } catch let e as SyncError {
            return of(e)
        } catch {
            return SyncRun(result: .retry, runAgainAfter: nil)
        }
    }

    /// `run` on the vault's engine, or `nil` when the vault is locked (then
    /// the courier sends).
    public static func runUnlessLocked(_ engine: SyncEngine, now: Date = Date()) -> SyncRun? {
        do {
            let report = try engine.syncOnce(userRequested: false, utcOffsetMinutes: utcOffsetMinutes(at: now))
            return of(report, now: now)
        } catch SyncError.Locked {
            return nil
        } catch let e as SyncError {
            return of(e)
        } catch {
            return SyncRun(result: .retry, runAgainAfter: nil)
        }
    }

    public static func of(_ report: SyncReport, now: Date = Date()) -> SyncRun {
        let again = report.nextCheck.map { max(60, $0.timeIntervalSince(now)) }
        switch report.outcome {
        case .held, .delayed:
            return SyncRun(result: .notNow, runAgainAfter: again)
        case .idle:
            return SyncRun(result: .done, runAgainAfter: nil)
        case .ran:
            return SyncRun(result: report.failed > 0 ? .retry : .done,
                           runAgainAfter: report.queued > 0 ? again : nil)
        }
    }

    public static func of(_ error: SyncError) -> SyncRun {
        switch error {
        case .NetworkFactsUnavailable, .Network, .BadAnswer:
            return SyncRun(result: .retry, runAgainAfter: nil)
        default:
            // Locked (wait for the next unlock), or nothing a retry fixes.
            return SyncRun(result: .notNow, runAgainAfter: nil)
        }
    }
}
