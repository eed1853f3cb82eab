#if canImport(Network) && canImport(UIKit)
import Foundation
import Network
import UIKit

/// The core's `NetworkMonitor` from `NWPathMonitor`: keeps the latest path
/// (and the charging state) and answers `currentFacts()` at once, from any
/// thread (the core calls it from background threads and must not wait).
public final class PathNetworkMonitor: NetworkMonitor, @unchecked Sendable {
    private let monitor = NWPathMonitor()
    private let queue = DispatchQueue(label: "org.waymark.network-monitor")
    private let lock = NSLock()
    private var latest: PathSnapshot?
    private var charging = false

    public init() {
        monitor.pathUpdateHandler = { [weak self] path in
            let snapshot = PathSnapshot(
                satisfied: path.status == .satisfied,
                wifi: path.usesInterfaceType(.wifi),
                cellular: path.usesInterfaceType(.cellular),
                wiredEthernet: path.usesInterfaceType(.wiredEthernet),
                // iOS has no VPN flag: see PathSnapshot.vpn for what is documented
                // and what is a heuristic.
                usesVirtual: path.usesInterfaceType(.other),
                interfaces: path.availableInterfaces.map { PathInterface(PathNetworkMonitor.kind($0.type), $0.name) },
                isExpensive: path.isExpensive,
                isConstrained: path.isConstrained
            )
            self?.lock.lock()
            self?.latest = snapshot
            self?.lock.unlock()
        }
        monitor.start(queue: queue)
        DispatchQueue.main.async { [weak self] in
            UIDevice.current.isBatteryMonitoringEnabled = true
            self?.updateCharging()
            NotificationCenter.default.addObserver(
                forName: UIDevice.batteryStateDidChangeNotification, object: nil, queue: .main
            ) { _ in self?.updateCharging() }
        }
    }

    deinit { monitor.cancel() }

    private static func kind(_ type: NWInterface.InterfaceType) -> InterfaceKind {
        switch type {
        case .wifi: return .wifi
        case .cellular: return .cellular
        case .wiredEthernet: return .wiredEthernet
        case .loopback: return .loopback
        case .other: return .other
        @unknown default: return .other
        }
    }

    private func updateCharging() {
        let state = UIDevice.current.batteryState
        lock.lock()
        charging = state == .charging || state == .full
        lock.unlock()
    }

    public func currentFacts() throws -> NetworkFacts {
        lock.lock()
        defer { lock.unlock() }
        return networkFacts(latest, charging: charging)
    }
}
#endif
