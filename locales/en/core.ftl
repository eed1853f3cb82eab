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

## Content pack errors: why a pack or a key was refused.
## $file is a file name inside the pack and $reason a technical detail in
## English: keep both as they are.

pack-error-manifest-missing = The pack has no manifest.json file.
# $reason: a technical detail, in English.
pack-error-manifest-invalid = The file manifest.json is not valid. Details: { $reason }.
pack-error-signature-missing = The pack has no manifest.sig file.
pack-error-signature-invalid = The signature does not match. The pack was changed, or another key signed it.
# $key_id: the publisher's key id (16 hex characters).
pack-error-unknown-publisher = The pack is signed by publisher { $key_id }. This publisher is not trusted here.
pack-error-invalid-public-key = This is not a valid public key. It must be 64 hex characters (Ed25519).
pack-error-development-key = The development key signs only the built-in pack. It cannot be trusted for other packs.
pack-error-invalid-private-key = This is not a valid private key. A PKCS#8 Ed25519 key file is needed.
# $file: a file name inside the pack.
pack-error-hash-mismatch = { $file }: the contents do not match the manifest.
pack-error-size-mismatch = { $file }: the size does not match the manifest.
pack-error-missing-file = { $file }: listed in the manifest, but missing from the pack.
pack-error-extra-file = { $file }: in the pack, but not listed in the manifest.
# $file: a file name. $reason: a technical detail, in English.
pack-error-unsafe-path = { $file }: this file name is not allowed. Details: { $reason }.
pack-error-duplicate-path = { $file }: this file appears more than once.
# $file: a file name. $max (a number): the size limit, in bytes.
pack-error-file-too-large = { $file }: the file is too large. Limit in bytes: { $max }.
# $max (a number): the size limit, in bytes.
pack-error-pack-too-large = The pack is too large. Limit in bytes: { $max }.
# $max (a number): the most files a pack may have.
pack-error-too-many-files = The pack has too many files. The limit is { $max }.
# $pack_id: the pack's id. $offered, $installed: version numbers.
pack-error-rollback = Pack { $pack_id } version { $offered } is not newer than the installed version { $installed }.
# $pack_id: the pack's id.
pack-error-publisher-mismatch = Pack { $pack_id } is already installed from another publisher.
pack-error-reserved-pack-id = The pack id { $pack_id } is reserved for the built-in pack.
# $file: a file name. $reason: a technical detail, in English.
pack-error-invalid-content = { $file }: the content is not valid. Details: { $reason }.
# $reason: a technical code for support staff, in English.
pack-error-io = The files could not be read or saved ({ $reason }). Check the folder and the free space, then try again.

## Answer words that every questionnaire uses (on buttons). Short.

answer-yes = Yes
answer-no = No
answer-not-sure = Not sure
answer-prefer-not-to-say = Prefer not to say
answer-acknowledge = I understand
