### Ang terminal app na waymark. Isinalin sa tulong ng makina; kailangang suriin ng katutubong nagsasalita.

## Mga passcode

cli-prompt-passcode = Passcode:
cli-prompt-new-passcode = Bagong passcode:
cli-prompt-duress-passcode = Emergency passcode:
cli-prompt-again = I-type ulit:
cli-passcode-mismatch = Magkaiba ang dalawang passcode. Walang binago.
cli-no-terminal = Walang terminal para itanong ang passcode. I-set ang WAYMARK_PASSCODE (at ang WAYMARK_NEW_PASSCODE o WAYMARK_DURESS_PASSCODE kapag hiningi).

## waymark vault

cli-vault-created = Nagawa na ang vault. Naka-lock ito. Ang passcode mo lang ang makakapagbukas nito.
cli-vault-unlocked = Tama ang passcode. Nabuksan ang vault, at naka-lock na ulit.
cli-vault-locked = Naka-lock ang vault. Hindi ito iniiwang bukas ng Waymark pagkatapos ng utos.
cli-vault-status-none = Walang vault sa folder na ito.
cli-vault-status-wipe =
    May vault dito. Naka-lock ito.
    Mga maling passcode mula sa huling pagbukas: { $failed }.
    Buburahin ito pagkatapos ng ganitong dami ng sunod-sunod na maling passcode: { $limit }.
cli-vault-status-no-wipe =
    May vault dito. Naka-lock ito.
    Mga maling passcode mula sa huling pagbukas: { $failed }.
    Hindi ito kailanman binubura ng maling passcode.
cli-vault-passcode-changed = Napalitan na ang passcode.
cli-vault-duress-removed = Tinanggal na ang emergency passcode.
cli-vault-duress-set = Naka-set na ang emergency passcode. Kapag binuksan gamit ito, masisira ang vault na ito at bubukas ang isang walang laman.
cli-vault-wipe-after-invalid = Maglagay ng bilang ng subok (1 o higit pa), o "off".
cli-vault-wipe-after-set = Buburahin ang vault pagkatapos ng ganitong dami ng sunod-sunod na maling passcode: { $limit }.
cli-vault-wipe-after-off = Hindi na buburahin ng maling passcode ang vault.
cli-vault-nothing-wiped = Walang binura.
cli-vault-wiped = Sira na ang vault. Wala na ang mga file nito at walang makakapag-decrypt sa mga ito.
cli-vault-confirm-needed = Idagdag ang --yes para magbura nang walang tanong.
cli-vault-confirm-word = oo
cli-vault-confirm-wipe = Sirain ang vault na ito magpakailanman? I-type ang { $word }:
cli-error-read-answer = Hindi mabasa ang sagot.

## waymark journal

cli-journal-stdin-failed = Hindi mabasa ang note mula sa standard input.
cli-journal-edited = (binago)
cli-journal-saved = Na-save bilang note #{ $id }.
cli-journal-empty = Walang laman ang journal.
cli-journal-changed = Binago ang note #{ $id }.
cli-journal-deleted = Binura ang note #{ $id }.

## waymark locales

cli-locales-lint-clean = Walang problema. Mga wika: { $locales }. Mga file: { $files }.
cli-locales-lint-failed = Mga problemang nakita: { $count }.
cli-direction-ltr = kaliwa pakanan
cli-direction-rtl = kanan pakaliwa
cli-status-source = orihinal na teksto
cli-status-machine-assisted = sa tulong ng makina, kailangang suriin ng katutubong nagsasalita
cli-status-native-reviewed = sinuri ng katutubong nagsasalita

## waymark demo

cli-error-temp-folder = Hindi makagawa ng pansamantalang folder.
cli-error-read-vault-file = Hindi mabasa ang isang file ng vault.
cli-demo-step-1-title = 1. Gumawa ng vault
cli-demo-step-1 =
    Ang vault ay isang naka-encrypt na lugar sa telepono. Gagawa tayo ng isa sa pansamantalang folder.
    Protektado ito ng passcode na { $passcode }. Sinadyang matagal nang kaunti
    ang paggawa ng key mula sa passcode: para mabagal ang panghuhula.
cli-demo-step-2-title = 2. Sumulat sa pribadong journal
cli-demo-step-2 = May taong nagsusulat ng nangyayari sa kanya, kasama ang petsa:
cli-demo-note-1 = Kinuha na naman ng amo ang pasaporte ko ngayon
cli-demo-note-2 = Walang sahod sa loob ng 3 linggo. Sabi niya may utang ako na 900 para sa kuwarto
cli-demo-note-3 = Ikinulong kami sa dormitoryo pagkatapos ng shift
cli-demo-step-3-title = 3. Tingnan ang mga file
cli-demo-step-3 = Naka-lock ang vault. Ito ang lahat ng file nito sa disk:
cli-demo-search-clean = Hinanap namin ang mga salita ng mga note sa bawat byte ng mga file na ito. Wala roon.
cli-demo-search-found = Hinanap namin ang mga salita ng mga note sa bawat byte ng mga file na ito. NAKITA. Hindi ito dapat mangyari kailanman.
cli-demo-step-4-title = 4. May nanghuhula ng passcode
cli-demo-step-4 =
    Sinusubukan ang { $guess }: "{ $answer }"
    Binubura ng vault na ito ang sarili pagkatapos ng ganitong dami ng sunod-sunod na maling hula: { $limit }.
    Nananatili ang bilang kahit mag-restart ang telepono.
cli-demo-step-5-title = 5. Palitan ang passcode
cli-demo-step-5 =
    Ang passcode ngayon ay { $passcode }. Ang maliit na key file lang ang nagbago.
    Hindi na-encrypt ulit ang data. Mga note na nasa journal pa: { $count }.
cli-demo-step-6-title = 6. Mag-set ng emergency passcode
cli-demo-step-6 =
    Kung may pumilit sa tao na buksan ang app, puwede niyang i-type ang { $duress } sa halip.
    Mukha itong karaniwang pagbukas.
cli-demo-step-7-title = 7. Magbukas habang pinipilit
cli-demo-step-7 =
    Gumana ang pagbukas gamit ang { $duress }. Mukhang walang laman ang journal (mga note: { $count }).
    Sa ilalim, sinira muna ang totoong vault. Ito na ngayon ang sagot sa lumang passcode:
    "{ $answer }"
cli-demo-step-8-title = 8. Pang-emergency na pagbura
cli-demo-step-8 = Isang hakbang lang ang sumisira sa vault, kahit naka-lock. Mga file na natira sa folder:
cli-demo-no-files = (wala)
cli-demo-file-size = { $size } byte
cli-demo-end = Gumamit ang demo ng pansamantalang folder. Tinanggal na ito.
cli-demo-keep-inbox-exists = Mayroon nang folder na iyan. Magbigay ng bagong folder para sa --keep-inbox; walang binago.
cli-demo-desk = Ang panig ng organisasyon sa browser: patakbuhin ang `waymark demo --keep-inbox ngo-inbox` para itago ang inbox ng demo; sa dulo, ipapakita ng demo kung paano ito buksan sa mesa ng organisasyon (docs/ngo-desk.md).
cli-demo-desk-kept = Nakatago ang inbox ng demo sa { $dir }. Para makita ang ulat nito gaya ng nakikita ng staff, simulan ulit ang inbox gamit ang `waymark inbox serve --dir { $dir }`, at sa ikalawang terminal ang mesa gamit ang `waymark-inbox desk --keys { $dir }/ngo-keys.json --server { $url } --store { $dir }/desk`. Buksan sa browser ang address na ipinapakita nito at mag-log in gamit ang iyong pangalan at ang passphrase ng demo: { $passphrase }
cli-demo-failed-found = May nakitang note na hindi naka-encrypt sa disk.
cli-demo-failed-duress = Hindi sinira ng emergency passcode ang vault.

## waymark content (mga tool para sa mga publisher, at mga pack sa vault)

cli-content-key-exists = May ganyang key file na. Hindi ito pinalitan.
cli-content-error-write-key = Hindi maisulat ang key file.
cli-content-error-read-key = Hindi mabasa ang key file.
cli-content-error-write-manifest = Hindi maisulat ang manifest.
cli-content-refused = Tinanggihan ang pack: { $reason }
cli-content-keygen-done =
    Naisulat na ang private key. Itago ito nang lihim at offline.
    Public key: { $public_key }
    Key id: { $key_id }
cli-content-signed = Na-sign ang { $pack_id } version { $version } gamit ang key { $key_id }. Mga file: { $count }.
cli-content-verified = Valid: { $pack_id } version { $version }, naka-sign gamit ang key { $key_id }. Mga file na tugma sa hash nila: { $count }.
cli-content-checked = Tama ang pagkakaayos: { $pack_id } version { $version }. Mga file: { $files }. Mga wika: { $locales }. Hindi pa sinuri ang signature (gamitin ang waymark content verify).
cli-content-trusted = Mula ngayon, tatanggapin ng vault na ito ang mga pack na naka-sign gamit ang key { $key_id }.
cli-content-untrusted = Hindi na pinagkakatiwalaan ang key { $key_id }. Inalis ang mga pack nito.
cli-content-not-trusted = Hindi pinagkakatiwalaan dito ang key { $key_id }.
cli-content-removed = Inalis ang pack { $pack_id }.
cli-content-not-installed = Hindi naka-install ang pack { $pack_id }.
cli-content-installed = Na-install ang { $pack_id } version { $version }. Mga file: { $count }.
cli-content-list-publishers = Mga pinagkakatiwalaang publisher: { $count }
cli-content-list-packs = Mga naka-install na pack: { $count }
cli-content-list-pack = { $pack_id } version { $version } (key { $key_id })

## waymark helplines

cli-helplines-unknown-audience = Hindi kilala ang grupong ito. Gamitin ang isa sa mga salitang ito: { $choices }.
cli-helplines-unknown-channel = Hindi kilala ang paraan ng pag-contact na ito. Gamitin ang isa sa mga salitang ito: { $choices }.
cli-helplines-none = Walang helpline na tugma. Subukan nang walang --audience o --channel, o subukan ang ibang bansa.
cli-helplines-call = Tumawag: { $address }
cli-helplines-sms = Mag-text (SMS): { $address }
cli-helplines-sms-keyword = Mag-text (SMS): { $address } (i-text ang salitang { $keyword })
cli-helplines-chat = Chat: { $address }
cli-helplines-web = Website: { $address }
cli-helplines-ussd = I-dial ang code: { $address }
cli-helplines-whatsapp = WhatsApp: { $address }
cli-helplines-bad-date = Ang --today ay dapat petsang nakasulat na YYYY-MM-DD.
cli-helplines-audit-summary = Mga bansang sakop: { $countries }. Mga entry: { $entries }.
cli-helplines-audit-unconfirmed = Mga field na walang source na nagpapatunay:
cli-helplines-audit-key-fields = mga pangunahing field, kaya ipinapakitang hindi tiyak: { $fields }
cli-helplines-audit-other-fields = iba pang field: { $fields }
cli-helplines-audit-stale = Mga source na matagal nang hindi nasusuri (limitasyon sa araw: { $days }):
cli-helplines-audit-secondary = Mga pangunahing field na balita o ibang tao lang ang nagpatunay:
cli-helplines-audit-marked = Ipinapakitang hindi tiyak, kasama ang tala ng mga nag-aalaga nito:
cli-helplines-audit-no-sources = Mga entry na walang kahit isang source:
cli-helplines-audit-no-emergency = Mga bansang walang emergency number: { $countries }
cli-helplines-audit-no-trafficking = Mga bansang walang linya laban sa human trafficking: { $countries }
cli-helplines-audit-no-crisis = Mga bansang walang crisis line: { $countries }
cli-helplines-audit-none = wala
cli-helplines-audit-failed = May mga bansang walang emergency number. Magdagdag ng isa, kasama ang source nito, bago ilabas ang direktoryong ito.

# After an invalid-questionnaire error: the command that lists its problems.
questionnaire-check-hint = I-check gamit ang: waymark questionnaire check

# waymark questionnaire import FORM [--out DIR]
cli-import-wrote = Naisulat ang { $file } at { $count } file ng wika.
cli-import-summary = { $converted } na-convert, { $changed } binago, { $dropped } inalis, { $refused } tinanggihan.
cli-import-checked = Pumapasa ang questionnaire sa lahat ng tsek ng "waymark questionnaire check".
cli-import-action-converted = na-convert
cli-import-action-changed = binago
cli-import-action-dropped = inalis
cli-import-action-refused = tinanggihan
cli-import-exists = Mayroon nang { $file }: pumili ng ibang --out na folder.
