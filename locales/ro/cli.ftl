### Aplicația de terminal waymark. Traducere asistată de mașină; are nevoie de verificare nativă.

## Coduri

cli-prompt-passcode = Cod:
cli-prompt-new-passcode = Cod nou:
cli-prompt-duress-passcode = Cod de urgență:
cli-prompt-again = Scrie-l încă o dată:
cli-passcode-mismatch = Cele două coduri sunt diferite. Nu s-a schimbat nimic.
cli-no-terminal = Nu există un terminal pentru a cere codul. Setează WAYMARK_PASSCODE (și WAYMARK_NEW_PASSCODE sau WAYMARK_DURESS_PASSCODE când se cer).

## waymark vault

cli-vault-created = Seiful a fost creat. Este încuiat. Doar codul tău îl deschide.
cli-vault-unlocked = Cod acceptat. Seiful s-a deschis și este din nou încuiat.
cli-vault-locked = Seiful este încuiat. Waymark nu îl lasă niciodată deschis după o comandă.
cli-vault-status-none = Nu există niciun seif în acest dosar.
cli-vault-status-wipe =
    Aici este un seif. Este încuiat.
    Coduri greșite de la ultima deschidere: { $failed }.
    Este șters după atâtea coduri greșite la rând: { $limit }.
cli-vault-status-no-wipe =
    Aici este un seif. Este încuiat.
    Coduri greșite de la ultima deschidere: { $failed }.
    Codurile greșite nu îl șterg niciodată.
cli-vault-passcode-changed = Codul a fost schimbat.
cli-vault-duress-removed = Codul de urgență a fost scos.
cli-vault-duress-set = Codul de urgență a fost setat. Deschiderea cu el distruge acest seif și deschide unul gol.
cli-vault-wipe-after-invalid = Scrie un număr de încercări (1 sau mai mult) sau "off".
cli-vault-wipe-after-set = Seiful va fi șters după atâtea coduri greșite la rând: { $limit }.
cli-vault-wipe-after-off = Codurile greșite nu vor mai șterge seiful.
cli-vault-nothing-wiped = Nu s-a șters nimic.
cli-vault-wiped = Seiful este distrus. Fișierele lui au dispărut și nimeni nu le poate decripta.
cli-vault-confirm-needed = Adaugă --yes ca să ștergi fără întrebare.
cli-vault-confirm-word = da
cli-vault-confirm-wipe = Distrugi acest seif pentru totdeauna? Scrie { $word }:
cli-error-read-answer = Nu s-a putut citi răspunsul.

## waymark journal

cli-journal-stdin-failed = Nu s-a putut citi nota de la intrarea standard.
cli-journal-edited = (modificată)
cli-journal-saved = Salvată ca nota nr. { $id }.
cli-journal-empty = Jurnalul este gol.
cli-journal-changed = Nota nr. { $id } a fost schimbată.
cli-journal-deleted = Nota nr. { $id } a fost ștearsă.

## waymark locales

cli-locales-lint-clean = Nicio problemă. Limbi: { $locales }. Fișiere: { $files }.
cli-locales-lint-failed = Probleme găsite: { $count }.
cli-direction-ltr = de la stânga la dreapta
cli-direction-rtl = de la dreapta la stânga
cli-status-source = text sursă
cli-status-machine-assisted = asistată de mașină, are nevoie de verificare nativă
cli-status-native-reviewed = verificată de un vorbitor nativ

## waymark demo

cli-error-temp-folder = Nu s-a putut crea un dosar temporar.
cli-error-read-vault-file = Nu s-a putut citi un fișier al seifului.
cli-demo-step-1-title = 1. Creează un seif
cli-demo-step-1 =
    Un seif este un loc criptat în telefon. Creăm unul într-un dosar temporar.
    Este protejat de codul { $passcode }. Transformarea unui cod într-o cheie durează
    puțin, intenționat: așa ghicitul este lent.
cli-demo-step-2-title = 2. Scrie în jurnalul privat
cli-demo-step-2 = O persoană scrie ce i se întâmplă, cu data:
cli-demo-note-1 = Șeful mi-a luat iar pașaportul azi
cli-demo-note-2 = Fără plată de 3 săptămâni. Zice că îi datorez 900 pentru cameră
cli-demo-note-3 = Încuiați în dormitor după tură
cli-demo-step-3-title = 3. Privește fișierele
cli-demo-step-3 = Seiful este încuiat. Acestea sunt toate fișierele lui de pe disc:
cli-demo-search-clean = Am căutat cuvintele notelor în fiecare octet al acestor fișiere. Nu sunt acolo.
cli-demo-search-found = Am căutat cuvintele notelor în fiecare octet al acestor fișiere. GĂSITE. Asta nu ar trebui să se întâmple niciodată.
cli-demo-step-4-title = 4. Cineva ghicește codul
cli-demo-step-4 =
    Încercăm { $guess }: "{ $answer }"
    Acest seif se șterge singur după atâtea încercări greșite la rând: { $limit }.
    Numărătoarea rămâne chiar dacă telefonul repornește.
cli-demo-step-5-title = 5. Schimbă codul
cli-demo-step-5 =
    Acum codul este { $passcode }. S-a schimbat doar micul fișier al cheii.
    Datele nu au fost criptate din nou. Note rămase în jurnal: { $count }.
cli-demo-step-6-title = 6. Setează un cod de urgență
cli-demo-step-6 =
    Dacă cineva obligă persoana să deschidă aplicația, ea poate scrie { $duress } în loc.
    Arată exact ca o deschidere normală.
cli-demo-step-7-title = 7. Deschidere sub presiune
cli-demo-step-7 =
    Deschiderea cu { $duress } a mers. Jurnalul pare gol (note: { $count }).
    Pe ascuns, seiful adevărat a fost distrus mai întâi. Codul vechi primește acum:
    "{ $answer }"
cli-demo-step-8-title = 8. Ștergere de urgență
cli-demo-step-8 = Un singur pas distruge seiful, chiar și încuiat. Fișiere rămase în dosar:
cli-demo-no-files = (niciunul)
cli-demo-file-size =
    { $size ->
        [one] { $size } octet
        [few] { $size } octeți
       *[other] { $size } de octeți
    }
cli-demo-end = Demonstrația a folosit un dosar temporar. Acum este șters.
cli-demo-keep-inbox-exists = Dosarul există deja. Alege un dosar nou pentru --keep-inbox; nu s-a schimbat nimic.
cli-demo-desk = Partea organizației într-un browser: rulează `waymark demo --keep-inbox ngo-inbox` ca să păstrezi căsuța demonstrației; la final, demonstrația arată cum o deschizi în biroul organizației (docs/ngo-desk.md).
cli-demo-desk-kept = Căsuța demonstrației este păstrată în { $dir }. Ca să vezi sesizarea așa cum o vede echipa, pornește din nou căsuța cu `waymark inbox serve --dir { $dir }`, iar într-un al doilea terminal biroul organizației cu `waymark-inbox desk --keys { $dir }/ngo-keys.json --server { $url } --store { $dir }/desk`. Deschide în browser adresa afișată și autentifică-te cu numele tău și fraza demonstrației: { $passphrase }
cli-demo-failed-found = O notă a fost găsită necriptată pe disc.
cli-demo-failed-duress = Codul de urgență nu a distrus seiful.

## waymark content (unelte pentru editori și pachete într-un seif)

cli-content-key-exists = Acest fișier de cheie există deja. Nu a fost suprascris.
cli-content-error-write-key = Nu s-a putut scrie fișierul de cheie.
cli-content-error-read-key = Nu s-a putut citi fișierul de cheie.
cli-content-error-write-manifest = Nu s-a putut scrie manifestul.
cli-content-refused = Pachet refuzat: { $reason }
cli-content-keygen-done =
    Cheia privată a fost scrisă. Păstreaz-o secretă, departe de internet.
    Cheia publică: { $public_key }
    Id-ul cheii: { $key_id }
cli-content-signed = Pachetul { $pack_id } versiunea { $version } a fost semnat cu cheia { $key_id }. Fișiere: { $count }.
cli-content-verified = Valid: { $pack_id } versiunea { $version }, semnat cu cheia { $key_id }. Fișiere care se potrivesc cu hash-ul lor: { $count }.
cli-content-checked = Structură corectă: { $pack_id } versiunea { $version }. Fișiere: { $files }. Limbi: { $locales }. Semnătura nu a fost verificată (folosește waymark content verify).
cli-content-trusted = De acum, acest seif acceptă pachetele semnate cu cheia { $key_id }.
cli-content-untrusted = Cheia { $key_id } nu mai este de încredere. Pachetele ei au fost șterse.
cli-content-not-trusted = Cheia { $key_id } nu era de încredere aici.
cli-content-removed = Pachetul { $pack_id } a fost șters.
cli-content-not-installed = Pachetul { $pack_id } nu era instalat.
cli-content-installed = Pachetul { $pack_id } versiunea { $version } a fost instalat. Fișiere: { $count }.
cli-content-list-publishers = Editori de încredere: { $count }
cli-content-list-packs = Pachete instalate: { $count }
cli-content-list-pack = { $pack_id } versiunea { $version } (cheia { $key_id })

## waymark helplines

cli-helplines-unknown-audience = Grup necunoscut. Folosește unul dintre aceste cuvinte: { $choices }.
cli-helplines-unknown-channel = Mod de contact necunoscut. Folosește unul dintre aceste cuvinte: { $choices }.
cli-helplines-none = Nicio linie de ajutor nu se potrivește. Încearcă fără --audience sau --channel, sau încearcă altă țară.
cli-helplines-call = Sună: { $address }
cli-helplines-sms = SMS: { $address }
cli-helplines-sms-keyword = SMS: { $address } (trimite cuvântul { $keyword })
cli-helplines-chat = Chat: { $address }
cli-helplines-web = Site: { $address }
cli-helplines-ussd = Formează codul: { $address }
cli-helplines-whatsapp = WhatsApp: { $address }
cli-helplines-bad-date = --today trebuie să fie o dată scrisă AAAA-LL-ZZ.
cli-helplines-audit-summary = Țări acoperite: { $countries }. Intrări: { $entries }.
cli-helplines-audit-unconfirmed = Câmpuri pe care nu le confirmă nicio sursă:
cli-helplines-audit-key-fields = câmpuri-cheie, deci afișate ca nesigure: { $fields }
cli-helplines-audit-other-fields = alte câmpuri: { $fields }
cli-helplines-audit-stale = Surse verificate prea demult (limita în zile: { $days }):
cli-helplines-audit-secondary = Câmpuri-cheie confirmate doar de presă sau de terți:
cli-helplines-audit-marked = Afișate ca nesigure, cu nota celor care le întrețin:
cli-helplines-audit-no-sources = Intrări fără nicio sursă:
cli-helplines-audit-no-emergency = Țări fără număr de urgență: { $countries }
cli-helplines-audit-no-trafficking = Țări fără linie împotriva traficului de persoane: { $countries }
cli-helplines-audit-no-crisis = Țări fără linie de criză: { $countries }
cli-helplines-audit-none = niciuna
cli-helplines-audit-failed = Unele țări nu au număr de urgență. Adaugă unul, cu sursa lui, înainte ca acest director să fie publicat.

# After an invalid-questionnaire error: the command that lists its problems.
questionnaire-check-hint = Verifică-l cu: waymark questionnaire check

# waymark questionnaire import FORM [--out DIR]
cli-import-wrote = S-au scris { $file } și { $count } fișier(e) de limbă.
cli-import-summary = { $converted } convertite, { $changed } schimbate, { $dropped } omise, { $refused } refuzate.
cli-import-checked = Chestionarul trece toate verificările „waymark questionnaire check”.
cli-import-action-converted = convertit
cli-import-action-changed = schimbat
cli-import-action-dropped = omis
cli-import-action-refused = refuzat
cli-import-exists = { $file } există deja: alegeți alt dosar --out.
