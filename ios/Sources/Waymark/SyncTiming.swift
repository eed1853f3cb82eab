import Foundation

/// When background sync asks to run. Reports leave the phone at random
/// moments, so a network observer cannot tie a send to a routine ("full
/// jitter", the rule the core's backoff uses).
public enum SyncTiming {
    /// The period of the background sync request.
    public static let defaultInterval: TimeInterval = 3 * 60 * 60
    /// iOS decides the real time anyway; asking for less than this is pointless.
    public static let minimumInterval: TimeInterval = 15 * 60

    /// A delay uniform in [0, interval) before the next earliest start.
    public static func jitteredDelay<G: RandomNumberGenerator>(
        interval: TimeInterval = defaultInterval, using generator: inout G
    ) -> TimeInterval {
        let interval = max(interval, minimumInterval)
        return Double.random(in: 0..<interval, using: &generator)
    }

    public static func jitteredDelay(interval: TimeInterval = defaultInterval) -> TimeInterval {
        var g = SystemRandomNumberGenerator()
        return jitteredDelay(interval: interval, using: &g)
    }

    /// Seconds until the next run's earliest start: the core's sooner time
    /// when it named one (never later than the interval), otherwise a
    /// jittered delay over the whole interval.
    public static func nextDelay(after hint: TimeInterval?, interval: TimeInterval = defaultInterval) -> TimeInterval {
        let interval = max(interval, minimumInterval)
        guard let hint else { return jitteredDelay(interval: interval) }
        return min(max(hint, 0), interval)
    }
}
