### The NGO inbox (waymark-inbox, waymark inbox serve). Machine-assisted translation.
### Keep every { $variable } and every WAYMARK_… name as is.

inbox-prompt-passphrase = Passphrase ng key file ng NGO:
inbox-prompt-again = I-type ulit:
inbox-keygen-done =
    Nagawa na ang mga key.
    Mga private key (naka-encrypt; itago sa computer ng NGO at mag-backup): { $keys }
    Config ng server (kopyahin sa server): { $config }
    Mga public key (para sa mga telepono): { $public }
    Id ng directory key: { $keyid }
inbox-directory-signed = Napirmahan ang directory entry, valid hanggang { $expires }: { $file }
inbox-pull-done = Mga bagong ulat na na-download: { $new }. Mga ulat na nabuksan sa lokal na imbakan: { $total }.
inbox-pull-unopened = Mga sobreng hindi nabuksan ng key na ito (iniwang hindi binago): { $count }.
inbox-reply-sent = Naselyuhan at naipadala ang sagot. Ang telepono lang ng nag-ulat ang makakabasa nito.
inbox-serve-listening = Nakikinig ang inbox sa { $address }. Ihinto gamit ang Ctrl-C.
inbox-serve-stopped = Huminto na ang inbox.
inbox-desk-listening = Bukas ang mesa sa { $url }, sa computer na ito lang. Buksan ito sa browser at mag-log in gamit ang passphrase ng key file. Ihinto gamit ang Ctrl-C.
inbox-serve-created = May bagong demo inbox sa { $dir }. Nagpapadala ang mga telepono sa { $url }.
inbox-error-config = Hindi valid ang config ng inbox: { $setting }.
inbox-error-file = Hindi mabasa o maisulat ang isang file ({ $file }).
inbox-error-already-exists = May mga key na sa folder na iyon. Walang na-overwrite.
inbox-error-wrong-passphrase = Mali ang passphrase, o binago ang key file.
inbox-error-weak-passphrase = Masyadong maikli ang passphrase. Gumamit ng hindi bababa sa 10 character; pinakamainam ang ilang random na salita.
inbox-error-key-file = Hindi ito key file ng NGO ng Waymark, o sira ito.
inbox-error-schema-too-new = Ginawa ang database ng mas bagong bersyon ng inbox. I-update ang program na ito.
inbox-error-storage = Hindi magamit ang database ngayon.
inbox-error-unreachable = Hindi maabot ang server ng inbox.
inbox-error-refused = Tinanggihan ng server ng inbox ang request ({ $status }, { $code }).
inbox-error-bad-response = Hindi valid ang sagot ng server ng inbox.
inbox-error-unknown-report = Wala pang na-download na ulat na may ganitong id. Patakbuhin muna ang pull.
inbox-error-reply-text = Walang laman o masyadong mahaba ang sagot.
# $max (number): bytes of text one reply holds.
inbox-error-reply-too-long = Masyadong mahaba ang sagot: hanggang { $max } byte lang ang kasya sa isang sagot. Ipadala ito bilang ilang mas maiikling sagot.
inbox-error-argument = Hindi valid ang value na ito: { $option }.
inbox-error-no-terminal = Walang terminal para itanong ang passphrase. I-set ang WAYMARK_INBOX_PASSPHRASE.
inbox-error-passphrase-mismatch = Magkaiba ang dalawang passphrase. Walang binago.
inbox-error-not-loopback = Sa computer lang na ito (127.0.0.1) nakikinig ang waymark inbox serve. Para sa tunay na server, gamitin ang waymark-inbox serve.
