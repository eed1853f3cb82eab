### The waymark terminal app: every line it shows (except --help, which
### stays English). Keep every { $variable } and every WAYMARK_… name as is.

## Passcodes

# Prompts: the app adds one space after them.
cli-prompt-passcode = Passcode:
cli-prompt-new-passcode = New passcode:
cli-prompt-duress-passcode = Emergency (duress) passcode:
cli-prompt-again = Type it again:
cli-passcode-mismatch = The two passcodes are different. Nothing was changed.
cli-no-terminal = There is no terminal to ask for the passcode. Set WAYMARK_PASSCODE (and WAYMARK_NEW_PASSCODE or WAYMARK_DURESS_PASSCODE when asked).

## waymark vault

cli-vault-created = Vault created. It is locked. Only your passcode opens it.
cli-vault-unlocked = Passcode accepted. The vault opened, and it is locked again.
cli-vault-locked = The vault is locked. Waymark never leaves it open after a command.
cli-vault-status-none = There is no vault in this folder.
# $failed (number): wrong passcodes typed since the last good one.
# $limit (number): how many wrong passcodes in a row wipe the vault.
cli-vault-status-wipe =
    A vault is here. It is locked.
    Wrong passcodes since the last unlock: { $failed }.
    It is wiped after this many wrong passcodes in a row: { $limit }.
cli-vault-status-no-wipe =
    A vault is here. It is locked.
    Wrong passcodes since the last unlock: { $failed }.
    Wrong passcodes never wipe it.
cli-vault-passcode-changed = Passcode changed.
cli-vault-duress-removed = Emergency passcode removed.
cli-vault-duress-set = Emergency passcode set. Unlocking with it destroys this vault and opens an empty one.
cli-vault-wipe-after-invalid = Give a number of attempts (1 or more), or "off".
# $limit (number)
cli-vault-wipe-after-set = The vault will be wiped after this many wrong passcodes in a row: { $limit }.
cli-vault-wipe-after-off = Wrong passcodes will no longer wipe the vault.
cli-vault-nothing-wiped = Nothing was wiped.
cli-vault-wiped = The vault is destroyed. Its files are gone and nobody can decrypt them.
cli-vault-confirm-needed = Add --yes to wipe without a question.
# The word the person types to confirm. Short, easy to type.
cli-vault-confirm-word = yes
# $word: the word above.
cli-vault-confirm-wipe = Destroy this vault for ever? Type { $word }:
cli-error-read-answer = Could not read the answer.

## waymark journal

cli-journal-stdin-failed = Could not read the note from standard input.
# After the date of a note that was changed later.
cli-journal-edited = (edited)
# $id: the note's number.
cli-journal-saved = Saved as note #{ $id }.
cli-journal-empty = The journal is empty.
cli-journal-changed = Note #{ $id } changed.
cli-journal-deleted = Note #{ $id } deleted.

## waymark locales

# $locales, $files (numbers)
cli-locales-lint-clean = No problems found. Languages: { $locales }. Files: { $files }.
# $count (number)
cli-locales-lint-failed = Problems found: { $count }.
cli-direction-ltr = left to right
cli-direction-rtl = right to left
cli-status-source = source text
cli-status-machine-assisted = machine-assisted, needs native review
cli-status-native-reviewed = reviewed by a native speaker

## waymark demo

cli-error-temp-folder = Could not make a temporary folder.
cli-error-read-vault-file = Could not read a vault file.
cli-demo-step-1-title = 1. Make a vault
# $passcode: the demo passcode (digits).
cli-demo-step-1 =
    A vault is an encrypted place on the phone. We make one in a temporary folder.
    It is protected by the passcode { $passcode }. Turning a passcode into a key
    takes a moment on purpose: it makes guessing slow.
cli-demo-step-2-title = 2. Write in the private journal
cli-demo-step-2 = Someone writes down what happens to them, with the date:
# Three example notes from a person at risk. Keep them short and realistic.
cli-demo-note-1 = The boss kept my passport again today
cli-demo-note-2 = No pay for 3 weeks. He says I owe 900 for the room
cli-demo-note-3 = Locked in the dormitory after the shift
cli-demo-step-3-title = 3. Look at the files
cli-demo-step-3 = The vault is locked. These are all its files on the disk:
cli-demo-search-clean = We searched every byte of these files for the words of the notes. They are not there.
cli-demo-search-found = We searched every byte of these files for the words of the notes. FOUND. This should never happen.
cli-demo-step-4-title = 4. Someone guesses the passcode
# $guess: the wrong passcode tried. $answer: what the app said. $limit (number).
cli-demo-step-4 =
    Trying { $guess }: "{ $answer }"
    This vault wipes itself after this many wrong guesses in a row: { $limit }.
    The count stays even when the phone restarts.
cli-demo-step-5-title = 5. Change the passcode
# $passcode: the new passcode. $count (number): notes still in the journal.
cli-demo-step-5 =
    The passcode is now { $passcode }. Only the small key file changed.
    The data was not encrypted again. Notes still in the journal: { $count }.
cli-demo-step-6-title = 6. Set an emergency (duress) passcode
# $duress: the emergency passcode.
cli-demo-step-6 =
    If someone forces the person to open the app, they can type { $duress } instead.
    It looks exactly like a normal unlock.
cli-demo-step-7-title = 7. Unlock under pressure
# $duress: the emergency passcode. $count (number): notes shown. $answer: what the app said to the old passcode.
cli-demo-step-7 =
    Unlocking with { $duress } worked. The journal looks empty (notes: { $count }).
    Underneath, the real vault was destroyed first. The old passcode now gets:
    "{ $answer }"
cli-demo-step-8-title = 8. Panic wipe
cli-demo-step-8 = One step destroys the vault, even while it is locked. Files left in the folder:
cli-demo-no-files = (none)
# $size (number): a file's size.
cli-demo-file-size =
    { $size ->
        [one] { $size } byte
       *[other] { $size } bytes
    }
cli-demo-end = The demo used a temporary folder. It is now removed.
cli-demo-keep-inbox-exists = That folder already exists. Name a new folder for --keep-inbox; nothing was changed.
cli-demo-desk = The NGO's side in a browser: run `waymark demo --keep-inbox ngo-inbox` to keep the demo's inbox; the demo then ends by showing how to open it in the NGO desk (docs/ngo-desk.md).
cli-demo-desk-kept = The demo's inbox is kept in { $dir }. To see its report as a caseworker would, start the inbox again with `waymark inbox serve --dir { $dir }`, and in a second terminal the NGO desk with `waymark-inbox desk --keys { $dir }/ngo-keys.json --server { $url } --store { $dir }/desk`. Open the address it prints in your browser and log in with your name and the demo passphrase: { $passphrase }
cli-demo-failed-found = A note was found in plain text on the disk.
cli-demo-failed-duress = The emergency passcode did not destroy the vault.

## waymark content (tools for publishers, and packs in a vault)

cli-content-key-exists = That key file already exists. It was not overwritten.
cli-content-error-write-key = Could not write the key file.
cli-content-error-read-key = Could not read the key file.
cli-content-error-write-manifest = Could not write the manifest.
# $reason: why the pack was refused, a full sentence from core.ftl (pack-error-…).
cli-content-refused = Pack refused: { $reason }
# $public_key: the public key (64 hex characters). $key_id: its short id (16 hex characters).
cli-content-keygen-done =
    Private key written. Keep it offline and secret.
    Public key: { $public_key }
    Key id:     { $key_id }
# $pack_id: the pack's id (e.g. org.example.pl). $version: its version number.
# $key_id: the signing key's id. $count (number): files in the pack.
cli-content-signed = Signed { $pack_id } version { $version } with key { $key_id }. Files: { $count }.
# Same variables as above. "Hashes" are the fingerprints that show a file was not changed.
cli-content-verified = Valid: { $pack_id } version { $version }, signed by key { $key_id }. Files that match their hashes: { $count }.
# $files, $locales (numbers). Keep "waymark content verify": it is a command.
cli-content-checked = Well formed: { $pack_id } version { $version }. Files: { $files }. Languages: { $locales }. The signature was not checked (use waymark content verify).
# $key_id: a publisher key's id (16 hex characters).
cli-content-trusted = Packs signed by key { $key_id } will now be accepted in this vault.
cli-content-untrusted = Key { $key_id } is no longer trusted. Its packs were removed.
cli-content-not-trusted = Key { $key_id } was not trusted here.
# $pack_id: the pack's id.
cli-content-removed = Pack { $pack_id } removed.
cli-content-not-installed = Pack { $pack_id } was not installed.
# $pack_id, $version, $count (number): files.
cli-content-installed = Installed { $pack_id } version { $version }. Files: { $count }.
# $count (number)
cli-content-list-publishers = Trusted publishers: { $count }
cli-content-list-packs = Installed packs: { $count }
# One installed pack in the list. $pack_id, $version, $key_id: the publisher key's id.
cli-content-list-pack = { $pack_id } version { $version } (key { $key_id })

## waymark helplines

# $choices: the words the option accepts, as they must be typed. Keep them as they are.
cli-helplines-unknown-audience = Unknown audience. Use one of: { $choices }.
cli-helplines-unknown-channel = Unknown channel. Use one of: { $choices }.
# --audience and --channel are options of the command: keep them as they are.
cli-helplines-none = No helpline matches. Try without --audience or --channel, or try another country.
# One way to reach a helpline. $address: a phone number, a code to dial, or a
# web address. It is printed exactly as it is: never change it.
cli-helplines-call = Call: { $address }
cli-helplines-sms = Text message (SMS): { $address }
# $keyword: the word to send, exactly as it must be typed. Do not translate it.
cli-helplines-sms-keyword = Text message (SMS): { $address } (send the word { $keyword })
cli-helplines-chat = Chat: { $address }
cli-helplines-web = Website: { $address }
cli-helplines-ussd = Dial the code: { $address }
cli-helplines-whatsapp = WhatsApp: { $address }
# --today is an option of the command: keep it as it is.
cli-helplines-bad-date = --today must be a date written YYYY-MM-DD.
## waymark helplines audit (for maintainers)
# $countries (number): countries the directory covers. $entries (number): its entries.
cli-helplines-audit-summary = Countries covered: { $countries }. Entries: { $entries }.
cli-helplines-audit-unconfirmed = Fields no source confirms:
# $fields: field names as written in helplines.json (never translated).
cli-helplines-audit-key-fields = key fields, so shown as uncertain: { $fields }
cli-helplines-audit-other-fields = other fields: { $fields }
# $days (number): the limit given with --older-than.
cli-helplines-audit-stale = Sources checked too long ago (limit in days: { $days }):
cli-helplines-audit-secondary = Key fields confirmed only by news or third parties:
cli-helplines-audit-marked = Shown as uncertain, with the maintainers' note:
cli-helplines-audit-no-sources = Entries with no source at all:
# $countries: country codes (never translated).
cli-helplines-audit-no-emergency = Countries without an emergency number: { $countries }
cli-helplines-audit-no-trafficking = Countries without a trafficking line: { $countries }
cli-helplines-audit-no-crisis = Countries without a crisis line: { $countries }
cli-helplines-audit-none = none
cli-helplines-audit-failed = Some countries have no emergency number. Add one, with its source, before this directory ships.

# After an invalid-questionnaire error: the command that lists its problems.
questionnaire-check-hint = Check it with: waymark questionnaire check

# waymark questionnaire import FORM [--out DIR]
# $file: the questionnaire file written; $count: how many language files.
cli-import-wrote = Wrote { $file } and { $count } language file(s).
cli-import-summary = { $converted } converted, { $changed } changed, { $dropped } left out, { $refused } refused.
cli-import-checked = The questionnaire passes every check of "waymark questionnaire check".
cli-import-action-converted = converted
cli-import-action-changed = changed
cli-import-action-dropped = left out
cli-import-action-refused = refused
cli-import-exists = { $file } already exists: choose another --out folder.
