#if canImport(UIKit)
import UIKit

/// Hides the app's content when it leaves the foreground, so the app
/// switcher's snapshot shows a blank screen, not a journal note or an answer;
/// and runs `onBackground` (lock the vault there).
///
///     PrivacyScreen.shared.install { try? vault.lock() }
@MainActor
public final class PrivacyScreen {
    public static let shared = PrivacyScreen()
    private var cover: UIView?
    private var onBackground: (() -> Void)?

    public func install(onBackground: (() -> Void)? = nil) {
        self.onBackground = onBackground
        let center = NotificationCenter.default
        center.addObserver(forName: UIApplication.willResignActiveNotification, object: nil, queue: .main) { _ in
            MainActor.assumeIsolated { self.show() }
        }
        center.addObserver(forName: UIApplication.didEnterBackgroundNotification, object: nil, queue: .main) { _ in
            MainActor.assumeIsolated {
                self.show()
                self.onBackground?()
            }
        }
        center.addObserver(forName: UIApplication.didBecomeActiveNotification, object: nil, queue: .main) { _ in
            MainActor.assumeIsolated { self.hide() }
        }
    }

    private func show() {
        guard cover == nil,
              let window = UIApplication.shared.connectedScenes
                  .compactMap({ $0 as? UIWindowScene }).flatMap(\.windows).first(where: \.isKeyWindow)
        else { return }
        let view = UIView(frame: window.bounds)
        view.backgroundColor = .systemBackground
        view.autoresizingMask = [.flexibleWidth, .flexibleHeight]
        window.addSubview(view)
        cover = view
    }

    private func hide() {
        cover?.removeFromSuperview()
        cover = nil
    }
}
#endif
