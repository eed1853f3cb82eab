import Foundation

/// Every error the core throws carries a sentence for the person using the
/// app, already in the language set with `setErrorLocale(requested:)`, with
/// no passcode, answer or note in it. This gives all of them one property,
/// so a screen can `catch let e as WaymarkError` and show `e.userMessage`.
public protocol WaymarkError: Error {
    var userMessage: String { get }
}

extension VaultError: WaymarkError {
    public var userMessage: String {
        switch self {
        case let .NotFound(m), let .AlreadyExists(m), let .Locked(m), let .InvalidInput(m),
             let .Damaged(m), let .KeyStore(m), let .Storage(m), let .Internal(m):
            return m
        case let .WrongPasscode(_, m):
            return m
        }
    }
}

extension JournalError: WaymarkError {
    public var userMessage: String {
        switch self {
        case let .Locked(m), let .NotFound(m), let .InvalidInput(m), let .Storage(m), let .Internal(m):
            return m
        }
    }
}

extension ContentError: WaymarkError {
    public var userMessage: String {
        switch self {
        case let .Locked(m), let .Untrusted(m), let .InvalidPack(m), let .InvalidKey(m),
             let .Storage(m), let .Internal(m):
            return m
        case let .Rollback(_, _, m):
            return m
        }
    }
}

extension QuestionnaireError: WaymarkError {
    public var userMessage: String {
        switch self {
        case let .Invalid(_, m), let .Required(_, m), let .NotAccepted(_, _, m):
            return m
        case let .NotAvailable(m), let .Closed(m), let .DraftNotFound(m), let .DraftMismatch(m),
             let .DraftDamaged(m), let .Locked(m), let .Storage(m), let .Internal(m):
            return m
        }
    }
}

extension AssistantError: WaymarkError {
    public var userMessage: String {
        switch self {
        case let .InvalidContent(_, m), let .TextTooLong(_, m):
            return m
        case let .UnknownFlow(m), let .NoSuchChoice(m), let .NotWaitingForThis(m), let .Ended(m),
             let .NotFound(m), let .Damaged(m), let .Locked(m), let .Storage(m), let .Internal(m):
            return m
        }
    }
}

extension SyncError: WaymarkError {
    public var userMessage: String {
        switch self {
        case let .Network(_, m):
            return m
        case let .NetworkFactsUnavailable(m), let .Locked(m), let .UnknownNgo(m), let .NoDirectory(m),
             let .InvalidInput(m), let .NothingToSend(m), let .AlreadyQueued(m), let .UnknownReport(m),
             let .TooLarge(m), let .BadAnswer(m), let .Damaged(m), let .Storage(m), let .Internal(m):
            return m
        }
    }
}
