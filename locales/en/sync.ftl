### Sending reports to an NGO: the outbox, the send policy, replies.

## Why nothing is being sent right now (calm, neutral lines)

sync-held-waiting-for-user = Waiting for you to press send.
sync-held-no-network = Waiting for a connection.
sync-held-captive-portal = This network wants a sign-in first. Waiting.
sync-held-not-validated = Waiting for a working internet connection.
sync-held-transport = Waiting for a kind of connection you allowed.
sync-held-metered = Waiting for a connection that is not paid by the amount of data.
sync-held-roaming = Not sending while roaming.
sync-held-vpn = Waiting for your VPN.
sync-held-untrusted-network = Waiting for a network you trust.
sync-held-time-window = Waiting for a time of day you allowed.
sync-held-not-charging = Waiting for the phone to charge.

## Why a send failed (the report is kept and tried again)

sync-failure-connect = The NGO's server could not be reached.
sync-failure-timeout = The NGO's server took too long to answer.
sync-failure-tls = The secure connection could not be checked.
sync-failure-pin-mismatch = The server's security key is not the NGO's. Nothing was sent.
sync-failure-interrupted = The connection broke off.
sync-failure-server-error = The NGO's server had a problem.
sync-failure-rate-limited = The NGO's server is busy. Trying again later.
sync-failure-too-large = The report is too large for this NGO.
sync-failure-refused = The NGO's server refused the report.
sync-failure-malformed = The NGO's server gave an answer that makes no sense.
sync-failure-no-endpoint = No way to reach this NGO with the current settings.
sync-failure-setup = The connection could not be set up. Check the proxy settings.
sync-failure-bad-receipt = The server's receipt could not be checked, so the report is kept.

## Errors

sync-error-unknown-ngo = This NGO is not in your list.
sync-error-no-directory = This NGO's details have not been downloaded yet.
sync-error-directory-expired = This NGO's details are out of date. Update them first.
sync-error-invalid-key = This is not a valid NGO key.
sync-error-unknown-report = There is no such report in the outbox.
sync-error-nothing-to-send = There is nothing to send.
sync-error-already-queued = This is already in the outbox.
sync-error-too-large = The report is too large to send.
sync-error-seal = The report could not be sealed.
sync-error-signature = The NGO's signature is not valid.
sync-error-directory-rollback = These NGO details are older than the ones already on this phone, so they were not used.
sync-error-bad-answer = The NGO's server gave an answer that makes no sense.
sync-error-damaged = The saved sending data is damaged.
sync-error-invalid-setting = This setting is not allowed: { $setting }.

## waymark ngo

cli-ngo-added = You now trust { $name } (key { $key_id }). Reports to it are sealed so that only it can read them.
cli-ngo-refreshed = The details of { $name } are up to date.
cli-ngo-none = You do not trust any NGO yet.
cli-ngo-line-ready = { $key_id }  { $name }  (details valid until { $expires })
cli-ngo-line-no-directory = { $key_id }  { $name }  (details not downloaded yet)

## waymark outbox

cli-outbox-queued =
    Sealed and put in the outbox: { $id }.
    Receipt code (this phone asks for replies with it; only this phone can read them): { $code }
    The same code as digits: { $digits }
cli-outbox-fingerprint = Report fingerprint (an NGO caseworker sees the same on your report; read it to them instead of the code): { $fingerprint }
cli-outbox-empty = The outbox is empty.
cli-outbox-kind-questionnaire = questionnaire
cli-outbox-kind-journal = journal notes
cli-outbox-kind-assistant = assistant
cli-outbox-kind-text = text
cli-outbox-line-queued = { $id }  { $kind }  waiting (tries: { $attempts })
cli-outbox-line-sent = { $id }  { $kind }  delivered ({ $day })
cli-outbox-last-problem = Last problem: { $reason }
cli-outbox-status = Waiting: { $queued }. Delivered: { $sent }.
cli-outbox-policy-allows = Your rules allow sending now.
cli-sync-held = Not sending now. { $reason }
cli-sync-delayed = Sending soon, at a random moment.
cli-sync-idle = Nothing to send.
cli-sync-ran = Delivered: { $sent }. Failed: { $failed }. Still waiting: { $queued }. New replies: { $replies }.

## waymark policy

cli-yes = yes
cli-no = no
cli-policy-any-time = any time
cli-policy-no-proxy = none
cli-policy-bad-window = Give time windows as HH:MM-HH:MM, for example 22:00-06:00.
cli-policy-saved = Your rules are saved.
cli-policy-show =
    Only when I press send: { $manual }
    Wi-Fi: { $wifi }. Mobile data: { $cellular }. Paid-by-data networks: { $metered }. Roaming: { $roaming }.
    VPN needed: { $vpn }. Trusted networks only: { $trusted } (saved: { $trusted_count }).
    Times: { $windows }. Only while charging: { $charging }.
    Random wait before sending, in seconds: { $delay_min } to { $delay_max }. Dummy sends: { $dummy }.
    Tor or SOCKS proxy: { $proxy }

## waymark replies

cli-replies-none = No replies yet.
cli-replies-line = Answer from { $day } to report { $id }:
