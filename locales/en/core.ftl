### Waymark core: the messages the core itself shows to people.
### Translators: keep every { $variable } exactly as it is. Keep the
### plural forms ([one], [few], [many], *[other]…) that your language needs.
### Short, plain sentences. Never blame the reader.

# The language's own name, as shown in a language picker.
locale-name = English

# Shown instead of a text that could not be found in any language.
i18n-text-missing = This text is not available yet.

## Vault errors: one message per kind of problem.

vault-error-not-found = There is no vault here.
vault-error-already-exists = A vault is already here.
vault-error-locked = The vault is locked. Open it with your passcode first.
# Must stay exactly "Wrong passcode." in English (tests and scripts rely on it).
vault-error-wrong-passcode = Wrong passcode.
# $remaining (number, 1 or more): tries left before the vault deletes itself.
vault-error-wrong-passcode-remaining =
    { $remaining ->
        [one] Wrong passcode. { $remaining } attempt left before the vault is wiped.
       *[other] Wrong passcode. { $remaining } attempts left before the vault is wiped.
    }
# $max (number): the longest passcode allowed, in bytes.
vault-error-invalid-passcode = The passcode must be 1 to { $max } bytes long.
vault-error-duress-same-as-passcode = The emergency passcode must be different from your passcode.
vault-error-header-corrupt = The vault's key file is damaged. The vault cannot be opened.
vault-error-header-tampered = The vault's key file was changed. The vault cannot be opened.
vault-error-unsupported-version = This vault was made by a newer version of the app. Update the app to open it.
vault-error-database-corrupt = The vault's data is damaged.
vault-error-schema-too-new = This vault was saved by a newer version of the app. Update the app to open it.
vault-error-key-missing = The phone's security key for this vault is gone. The vault cannot be opened.
vault-error-key-unwrap-failed = The phone's security key could not open the vault.
vault-error-key-store-unavailable = The phone's secure key storage is not ready. Please try again.
vault-error-io = The phone could not read or save the vault's files. Check the free space and try again.
# $code (number): a technical code for support staff.
vault-error-database = Something went wrong inside the vault (code { $code }).
vault-error-invalid-setting = This setting is not valid.

## Journal errors.

journal-error-not-found = There is no note with that number.
journal-error-empty = The note is empty. Write something first.
# $max (number): the longest note allowed, in bytes.
journal-error-too-long = The note is too long. It can be at most { $max } bytes.
