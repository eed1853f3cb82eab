### The NGO inbox (waymark-inbox, and waymark inbox serve): every line it
### shows. Keep every { $variable } and every WAYMARK_… name as is.

## Passphrase of the NGO key file

# Prompts: the program adds one space after them.
inbox-prompt-passphrase = Passphrase of the NGO key file:
inbox-prompt-again = Type it again:

## Results

# $keys, $config, $public: file paths. $keyid: 16 hex characters.
inbox-keygen-done =
    Keys made.
    Private keys (encrypted, keep them on the NGO's own computer and back them up): { $keys }
    Server configuration (copy it to the server): { $config }
    Public keys (give them to phones): { $public }
    Directory key id: { $keyid }
# $file: a file path. $expires: a date, YYYY-MM-DD.
inbox-directory-signed = Directory entry signed, valid until { $expires }: { $file }
# $new (number): envelopes downloaded now. $total (number): reports opened in the local store.
inbox-pull-done =
    { $new ->
        [one] { $new } new report downloaded.
       *[other] { $new } new reports downloaded.
    } Reports opened in the local store: { $total }.
# $count (number)
inbox-pull-unopened =
    { $count ->
        [one] { $count } envelope could not be opened with this key. It is kept unchanged.
       *[other] { $count } envelopes could not be opened with this key. They are kept unchanged.
    }
inbox-reply-sent = Reply sealed and sent. Only the reporter's phone can read it.
# $address: host and port.
inbox-serve-listening = The inbox is listening on { $address }. Stop it with Ctrl-C.
inbox-serve-stopped = The inbox has stopped.
inbox-desk-listening = The desk is open at { $url } on this computer only. Open it in your browser and log in with the key file's passphrase. Stop it with Ctrl-C.
# $dir: a folder. $url: the inbox's address.
inbox-serve-created = A new demo inbox was made in { $dir }. Phones send to { $url }.

## Errors

# $setting: the name of a setting in inbox.toml (English, as written in the file).
inbox-error-config = The inbox configuration is not valid: { $setting }.
# $file: which file (English word: config, directory, key file, store, export…).
inbox-error-file = Could not read or write a file ({ $file }).
inbox-error-already-exists = Keys are already in that folder. Nothing was overwritten.
inbox-error-wrong-passphrase = The passphrase is wrong, or the key file was changed.
inbox-error-weak-passphrase = The passphrase is too short. Use at least 10 characters; a few random words are best.
inbox-error-key-file = This is not a Waymark NGO key file, or it is damaged.
inbox-error-schema-too-new = The database was made by a newer version of the inbox. Update this program.
inbox-error-storage = The database cannot be used right now.
inbox-error-unreachable = The inbox server could not be reached.
# $status (number): the HTTP status. $code: the server's error code (English).
inbox-error-refused = The inbox server refused the request ({ $status }, { $code }).
inbox-error-bad-response = The inbox server's answer is not valid.
inbox-error-unknown-report = No report with that id has been downloaded yet. Run pull first.
inbox-error-reply-text = The reply is empty or too long.
# $max (number): bytes of text one reply holds.
inbox-error-reply-too-long = The reply is too long: one reply holds at most { $max } bytes. Send it as several shorter replies.
# $option: a command-line option, e.g. --server.
inbox-error-argument = This value is not valid: { $option }.
inbox-error-no-terminal = There is no terminal to ask for the passphrase. Set WAYMARK_INBOX_PASSPHRASE.
inbox-error-passphrase-mismatch = The two passphrases are different. Nothing was changed.
inbox-error-not-loopback = "waymark inbox serve" only listens on this computer (127.0.0.1). For a real server, use waymark-inbox serve.
