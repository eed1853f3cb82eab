import Foundation

/// What `PathNetworkMonitor` reads from an `NWPath`, as plain values, so the
/// mapping to the core's `NetworkFacts` is testable anywhere.
public struct PathSnapshot: Equatable, Sendable {
    public var satisfied: Bool
    public var wifi: Bool
    public var cellular: Bool
    public var wiredEthernet: Bool
    /// A tunnel interface (utun/ipsec) is up: a VPN.
    public var vpn: Bool
    /// `NWPath.isExpensive`: cellular or a personal hotspot.
    public var isExpensive: Bool
    /// `NWPath.isConstrained`: Low Data Mode.
    public var isConstrained: Bool

    public init(satisfied: Bool, wifi: Bool, cellular: Bool, wiredEthernet: Bool, vpn: Bool,
                isExpensive: Bool, isConstrained: Bool) {
        self.satisfied = satisfied
        self.wifi = wifi
        self.cellular = cellular
        self.wiredEthernet = wiredEthernet
        self.vpn = vpn
        self.isExpensive = isExpensive
        self.isConstrained = isConstrained
    }
}

/// Maps the OS's view of the network to the facts the core's send policy
/// reads. iOS tells apps neither "captive portal" nor "roaming": a satisfied
/// path counts as validated (iOS shows its own captive-portal sheet and does
/// not report such a path as satisfied for general traffic), and roaming is
/// reported as false, so the "no roaming" rule only works on Android
/// (docs/mobile-integration.md says so). Low Data Mode counts as metered.
/// The network's name is never read.
public func networkFacts(_ path: PathSnapshot?, charging: Bool) -> NetworkFacts {
    guard let path, path.satisfied else {
        return NetworkFacts(transport: .none, validated: false, captivePortal: false, metered: false,
                            roaming: false, vpn: false, charging: charging, networkIdentity: nil)
    }
    let transport: Transport
    if path.wifi {
        transport = .wifi
    } else if path.wiredEthernet {
        transport = .ethernet
    } else if path.cellular {
        transport = .cellular
    } else {
        transport = .other
    }
    return NetworkFacts(
        transport: transport,
        validated: true,
        captivePortal: false,
        metered: path.isExpensive || path.isConstrained,
        roaming: false,
        vpn: path.vpn,
        charging: charging,
        networkIdentity: nil
    )
}
