### Pagpapadala ng ulat sa NGO: outbox, mga patakaran sa pagpapadala, mga sagot. Makina ang nagsalin; kailangang suriin.

## Bakit walang ipinapadala ngayon

sync-held-waiting-for-user = Naghihintay na pindutin mo ang ipadala.
sync-held-no-network = Naghihintay ng koneksyon.
sync-held-captive-portal = Kailangan munang mag-sign in sa network na ito. Naghihintay.
sync-held-not-validated = Naghihintay ng gumaganang internet.
sync-held-transport = Naghihintay ng uri ng koneksyon na pinayagan mo.
sync-held-metered = Naghihintay ng koneksyong hindi binabayaran ayon sa data.
sync-held-roaming = Hindi nagpapadala habang naka-roaming.
sync-held-vpn = Naghihintay sa iyong VPN.
sync-held-untrusted-network = Naghihintay ng network na pinagkakatiwalaan mo.
sync-held-time-window = Naghihintay ng oras na pinayagan mo.
sync-held-not-charging = Naghihintay na ma-charge ang telepono.

## Bakit pumalya ang pagpapadala (itinatago ang ulat at susubukan ulit)

sync-failure-connect = Hindi maabot ang server ng NGO.
sync-failure-timeout = Masyadong natagalan sumagot ang server ng NGO.
sync-failure-tls = Hindi masuri ang ligtas na koneksyon.
sync-failure-pin-mismatch = Hindi sa NGO ang security key ng server. Walang naipadala.
sync-failure-interrupted = Naputol ang koneksyon.
sync-failure-server-error = Nagkaproblema ang server ng NGO.
sync-failure-rate-limited = Abala ang server ng NGO. Susubukan ulit mamaya.
sync-failure-too-large = Masyadong malaki ang ulat para sa NGO na ito.
sync-failure-refused = Tinanggihan ng server ng NGO ang ulat.
sync-failure-malformed = Walang saysay ang sagot ng server ng NGO.
sync-failure-no-endpoint = Hindi maaabot ang NGO na ito sa kasalukuyang setting.
sync-failure-setup = Hindi maihanda ang koneksyon. Suriin ang proxy.
sync-failure-bad-receipt = Hindi masuri ang resibo ng server, kaya itinatago ang ulat.

## Mga error

sync-error-unknown-ngo = Wala sa listahan mo ang NGO na ito.
sync-error-no-directory = Hindi pa nada-download ang detalye ng NGO na ito.
sync-error-directory-expired = Luma na ang detalye ng NGO na ito. I-update muna.
sync-error-invalid-key = Hindi ito wastong key ng NGO.
sync-error-unknown-report = Walang ganitong ulat sa outbox.
sync-error-nothing-to-send = Walang ipapadala.
sync-error-already-queued = Nasa outbox na ito.
sync-error-too-large = Masyadong malaki ang ulat para ipadala.
sync-error-seal = Hindi ma-seal ang ulat.
sync-error-signature = Hindi wasto ang pirma ng NGO.
sync-error-directory-rollback = Mas luma ang mga detalyeng ito ng NGO kaysa sa nasa teleponong ito na, kaya hindi ginamit.
sync-error-bad-answer = Walang saysay ang sagot ng server ng NGO.
sync-error-damaged = Sira ang naka-save na datos ng pagpapadala.
sync-error-invalid-setting = Hindi pinapayagan ang setting na ito: { $setting }.

## waymark ngo

cli-ngo-added = Pinagkakatiwalaan mo na ang { $name } (key { $key_id }). Naka-seal ang mga ulat para sila lang ang makabasa.
cli-ngo-refreshed = Bago na ang detalye ng { $name }.
cli-ngo-none = Wala ka pang pinagkakatiwalaang NGO.
cli-ngo-line-ready = { $key_id }  { $name }  (may bisa ang detalye hanggang { $expires })
cli-ngo-line-no-directory = { $key_id }  { $name }  (hindi pa nada-download ang detalye)

## waymark outbox

cli-outbox-queued =
    Na-seal at inilagay sa outbox: { $id }.
    Receipt code (ginagamit ito ng teleponong ito para humingi ng sagot; ang teleponong ito lang ang makakabasa): { $code }
    Ang parehong code bilang mga numero: { $digits }
cli-outbox-fingerprint = Fingerprint ng ulat (pareho ang nakikita ng caseworker ng NGO sa ulat mo; ito ang basahin sa kanila sa halip na ang code): { $fingerprint }
cli-outbox-empty = Walang laman ang outbox.
cli-outbox-kind-questionnaire = questionnaire
cli-outbox-kind-journal = mga tala sa journal
cli-outbox-kind-assistant = assistant
cli-outbox-kind-text = teksto
cli-outbox-line-queued = { $id }  { $kind }  naghihintay (mga subok: { $attempts })
cli-outbox-line-sent = { $id }  { $kind }  naihatid ({ $day })
cli-outbox-last-problem = Huling problema: { $reason }
cli-outbox-status = Naghihintay: { $queued }. Naihatid: { $sent }.
cli-outbox-policy-allows = Pinapayagan ng iyong mga patakaran ang pagpapadala ngayon.
cli-sync-held = Hindi muna nagpapadala. { $reason }
cli-sync-delayed = Ipapadala sa lalong madaling panahon, sa random na sandali.
cli-sync-idle = Walang ipapadala.
cli-sync-ran = Naihatid: { $sent }. Pumalya: { $failed }. Naghihintay pa: { $queued }. Bagong sagot: { $replies }.

## waymark policy

cli-yes = oo
cli-no = hindi
cli-policy-any-time = anumang oras
cli-policy-no-proxy = wala
cli-policy-bad-window = Isulat ang oras bilang HH:MM-HH:MM, halimbawa 22:00-06:00.
cli-policy-saved = Na-save ang iyong mga patakaran.
cli-policy-show =
    Kapag pinindot ko lang ang ipadala: { $manual }
    Wi-Fi: { $wifi }. Mobile data: { $cellular }. Network na binabayaran ayon sa data: { $metered }. Roaming: { $roaming }.
    Kailangan ng VPN: { $vpn }. Pinagkakatiwalaang network lang: { $trusted } (naka-save: { $trusted_count }).
    Oras: { $windows }. Habang nagcha-charge lang: { $charging }.
    Random na paghihintay bago magpadala, sa segundo: { $delay_min } hanggang { $delay_max }. Dummy na padala: { $dummy }.
    Tor o SOCKS proxy: { $proxy }

## waymark replies

cli-replies-none = Wala pang sagot.
cli-replies-line = Sagot noong { $day } sa ulat { $id }:
