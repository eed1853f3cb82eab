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

/// The core's scheduling hint (`NextRun`) in the scheduler's words: the
/// result and, when the core named one, how soon to run again (the end of
/// the random delay, the next allowed moment, a retry time), and the send
/// rule that held the run. The rules are the core's (`sync::next_run`);
/// this file only translates.
public struct SyncRun: Sendable, Equatable {
    public var result: SyncRunResult
    /// Seconds from now; `nil`: at the next regular run.
    public var runAgainAfter: TimeInterval?
    /// The send rule that held the run (wait for what is missing).
    public var heldFor: DenyReason?
    /// The vault was locked: the courier sends instead.
    public var vaultLocked: Bool

    public init(result: SyncRunResult, runAgainAfter: TimeInterval? = nil,
                heldFor: DenyReason? = nil, vaultLocked: Bool = false) {
        self.result = result
        self.runAgainAfter = runAgainAfter
        self.heldFor = heldFor
        self.vaultLocked = vaultLocked
    }

    /// The phone's current offset from UTC, for the send rules' time windows.
    public static func utcOffsetMinutes(_ zone: TimeZone = .current, at date: Date = Date()) -> Int32 {
        Int32(zone.secondsFromGMT(for: date) / 60)
    }

    /// Calls the core's `runInBackground` (its `sync_once` as a background
    /// scheduler needs it; blocking: network, disk) and follows the core's
    /// hint. Never throws.
    public static func run(_ engine: SyncEngine, now: Date = Date()) -> SyncRun {
        hinted { try engine.runInBackground(utcOffsetMinutes: utcOffsetMinutes(at: now)) }
    }

    /// `run` on the courier (the vault locked, ADR 0210). Never throws.
    public static func run(_ courier: Courier, now: Date = Date()) -> SyncRun {
        hinted { try courier.runInBackground(utcOffsetMinutes: utcOffsetMinutes(at: now)) }
    }

    /// `run` on the vault's engine, or `nil` when the vault is locked (then
    /// the courier sends).
    public static func runUnlessLocked(_ engine: SyncEngine, now: Date = Date()) -> SyncRun? {
        let run = run(engine, now: now)
        return run.vaultLocked ? nil : run
    }

    /// The core's hint in the scheduler's words; no rule of its own.
    public static func of(_ hint: NextRun) -> SyncRun {
        let result: SyncRunResult
        switch hint.verdict {
        case .done: result = .done
        case .retry: result = .retry
        case .notNow, .vaultLocked: result = .notNow
        }
        return SyncRun(result: result,
                       runAgainAfter: hint.runAgainAfterSeconds.map { TimeInterval($0) },
                       heldFor: hint.heldFor,
                       vaultLocked: hint.verdict == .vaultLocked)
    }

    // The core answers every failure in the hint; an error here is an
    // internal one (a bug), and a retry is the calm answer to it.
    private static func hinted(_ call: () throws -> NextRun) -> SyncRun {
        do {
            return of(try call())
        } catch {
            return SyncRun(result: .retry)
        }
    }
}
