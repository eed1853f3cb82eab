# `waymark demo`, part 5: a report's anonymous round trip to an NGO inbox
# started on this computer (cli/src/demo/round_trip.rs).

cli-demo-sync-inbox-title = 5.1 Start an NGO inbox on this computer
cli-demo-sync-inbox = An NGO's inbox server now runs at { $url } (this computer only), with its own keys in the demo folder. It stores reports it cannot read: only the NGO's private key opens them.
cli-demo-sync-trust-title = 5.2 Trust the NGO
cli-demo-sync-trust = The phone trusts the NGO by its signing key alone. It fetched the NGO's signed directory entry and checked the signature: { $name } (key { $key_id }), valid until { $expires }.
cli-demo-sync-interview-title = 5.3 A screening interview
cli-demo-sync-interview = A worker goes through the built-in quick screen with someone and finalizes it ({ $answered } answers). Signs found:
cli-demo-sync-queued-title = 5.4 Seal it and put it in the outbox
cli-demo-sync-queued = The report is sealed to the NGO's key at once. Receipt code (the phone asks for replies with an id made from it; only this phone's reply key can read them): { $code }
cli-demo-sync-policy-title = 5.5 Wait for the sending rules
cli-demo-sync-policy = Sending waits a random { $min } to { $max } seconds here (on a phone: minutes), so the moment of sending does not show when the report was written. This time: { $waited } seconds. Then the report went out.
cli-demo-sync-receipt-title = 5.6 A signed receipt
cli-demo-sync-receipt = The inbox signed a receipt for exactly these bytes on { $day }. The phone checked it with the NGO's receipt key, and only then deleted its sealed copy. Receipt code: { $code }
cli-demo-sync-ngo-title = 5.7 The NGO opens the report
cli-demo-sync-ngo = The NGO downloaded { $count } new report(s) (received { $day }) and opened them with its private key. The signs it sees:
cli-demo-sync-reply-title = 5.8 The NGO answers
cli-demo-sync-reply = The NGO sealed a reply that only this report's phone can open, and posted it to the inbox: { $text }
cli-demo-sync-reply-text = We received your report. You can call us any day from 9:00 to 17:00. You are not alone.
cli-demo-sync-read-title = 5.9 The reporter reads the reply
cli-demo-sync-read = The reporter read the reply from the NGO ({ $day }):
cli-demo-sync-failed = The report's round trip to the demo inbox did not finish.
