import Foundation

/// The type of one network interface, as `NWInterface.InterfaceType` gives
/// it (mirrored here, so this file compiles and is tested without Apple's
/// Network framework).
public enum InterfaceKind: Sendable, Equatable {
    case wifi, cellular, wiredEthernet, loopback
    /// "Virtual networks or networks of unknown types" (Apple's words).
    case other
}

/// One entry of `NWPath.availableInterfaces`.
public struct PathInterface: Equatable, Sendable {
    public var kind: InterfaceKind
    /// The BSD interface name (`en0`, `pdp_ip0`, `utun3`…).
    public var name: String

    public init(_ kind: InterfaceKind, _ name: String) {
        self.kind = kind
        self.name = name
    }
}

/// What `PathNetworkMonitor` reads from an `NWPath`, as plain values, so the
/// mapping to the core's `NetworkFacts` is testable anywhere.
public struct PathSnapshot: Equatable, Sendable {
    public var satisfied: Bool
    /// `usesInterfaceType(.wifi)`, `.cellular`, `.wiredEthernet`: true also
    /// when a tunnel runs over that interface (Apple documents this).
    public var wifi: Bool
    public var cellular: Bool
    public var wiredEthernet: Bool
    /// `usesInterfaceType(.other)`: traffic may go over a virtual interface.
    public var usesVirtual: Bool
    /// `availableInterfaces`, in the path's order of preference.
    public var interfaces: [PathInterface]
    /// `NWPath.isExpensive`: cellular or a personal hotspot.
    public var isExpensive: Bool
    /// `NWPath.isConstrained`: Low Data Mode.
    public var isConstrained: Bool

    public init(satisfied: Bool, wifi: Bool, cellular: Bool, wiredEthernet: Bool, usesVirtual: Bool,
                interfaces: [PathInterface], isExpensive: Bool, isConstrained: Bool) {
        self.satisfied = satisfied
        self.wifi = wifi
        self.cellular = cellular
        self.wiredEthernet = wiredEthernet
        self.usesVirtual = usesVirtual
        self.interfaces = interfaces
        self.isExpensive = isExpensive
        self.isConstrained = isConstrained
    }

    /// Whether a VPN carries this path. `NWPath` has no VPN flag. What Apple
    /// documents: a path through a tunnel "uses" the virtual interface type
    /// (`.other`) as well as the physical one. What stays a heuristic: that a
    /// virtual interface named `utun…` (Network Extension tunnels, e.g.
    /// Orbot, WireGuard), `ipsec…` (IKEv2/IPsec) or `ppp…` is a VPN. Both
    /// must hold: a wrong "yes" would let a report leave without the VPN the
    /// person requires, while a wrong "no" only holds it.
    public var vpn: Bool {
        usesVirtual && interfaces.contains { $0.kind == .other && Self.tunnelPrefixes.contains(where: $0.name.hasPrefix) }
    }

    static let tunnelPrefixes = ["utun", "ipsec", "ppp"]
}

/// Maps the OS's view of the network to the facts the core's send policy
/// reads. iOS tells apps neither "captive portal" nor "roaming": a satisfied
/// path counts as validated (iOS shows its own captive-portal sheet and does
/// not report such a path as satisfied for general traffic), and roaming is
/// reported as false, so the "no roaming" rule only works on Android
/// (docs/mobile-integration.md says so). Low Data Mode and any cellular leg
/// count as metered; a VPN that may use cellular counts as cellular, so
/// "Wi-Fi only" never sends over cellular. The network's name is never read.
public func networkFacts(_ path: PathSnapshot?, charging: Bool) -> NetworkFacts {
    guard let path, path.satisfied else {
        return NetworkFacts(transport: .none, validated: false, captivePortal: false, metered: false,
                            roaming: false, vpn: false, charging: charging, networkIdentity: nil)
    }
    let vpn = path.vpn
    let transport: Transport
    if path.cellular && vpn {
        transport = .cellular
    } else if path.wifi {
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
        metered: path.isExpensive || path.isConstrained || path.cellular,
        roaming: false,
        vpn: vpn,
        charging: charging,
        networkIdentity: nil
    )
}
