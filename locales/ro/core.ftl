### Waymark: mesajele nucleului. Traducere asistată de mașină; are nevoie de verificare nativă.

locale-name = Română
i18n-text-missing = Acest text nu este încă disponibil.

## Erori ale seifului

vault-error-not-found = Aici nu este niciun seif.
vault-error-already-exists = Aici există deja un seif.
vault-error-locked = Seiful este încuiat. Deschide-l mai întâi cu codul tău.
vault-error-wrong-passcode = Cod greșit.
vault-error-wrong-passcode-remaining =
    { $remaining ->
        [one] Cod greșit. Mai ai { $remaining } încercare până când seiful este șters.
        [few] Cod greșit. Mai ai { $remaining } încercări până când seiful este șters.
       *[other] Cod greșit. Mai ai { $remaining } de încercări până când seiful este șters.
    }
vault-error-invalid-passcode = Codul trebuie să aibă între 1 și { $max } octeți.
vault-error-duress-same-as-passcode = Codul de urgență trebuie să fie diferit de codul tău.
vault-error-header-corrupt = Fișierul cheii seifului este deteriorat. Seiful nu se poate deschide.
vault-error-header-tampered = Fișierul cheii seifului a fost schimbat. Seiful nu se poate deschide.
vault-error-unsupported-version = Acest seif a fost făcut de o versiune mai nouă a aplicației. Actualizează aplicația ca să-l deschizi.
vault-error-database-corrupt = Datele seifului sunt deteriorate.
vault-error-schema-too-new = Acest seif a fost salvat de o versiune mai nouă a aplicației. Actualizează aplicația ca să-l deschizi.
vault-error-key-missing = Cheia de securitate a telefonului pentru acest seif nu mai există. Seiful nu se poate deschide.
vault-error-key-unwrap-failed = Cheia de securitate a telefonului nu a putut deschide seiful.
vault-error-key-store-unavailable = Locul sigur pentru chei al telefonului nu este gata. Încearcă din nou.
vault-error-io = Telefonul nu a putut citi sau salva fișierele seifului. Verifică spațiul liber și încearcă din nou.
vault-error-database = Ceva nu a mers bine în seif (cod { $code }).
vault-error-invalid-setting = Această setare nu este validă.

## Erori ale jurnalului

journal-error-not-found = Nu există nicio notă cu acest număr.
journal-error-empty = Nota este goală. Scrie ceva mai întâi.
journal-error-too-long = Nota este prea lungă. Poate avea cel mult { $max } octeți.

## Erori ale pachetelor de conținut

pack-error-manifest-missing = Pachetul nu are fișierul manifest.json.
pack-error-manifest-invalid = Fișierul manifest.json nu este valid. Detalii: { $reason }.
pack-error-signature-missing = Pachetul nu are fișierul manifest.sig.
pack-error-signature-invalid = Semnătura nu se potrivește. Pachetul a fost schimbat sau l-a semnat altă cheie.
pack-error-unknown-publisher = Pachetul este semnat de editorul { $key_id }. Acest editor nu este de încredere aici.
pack-error-invalid-public-key = Aceasta nu este o cheie publică validă. Trebuie să aibă 64 de caractere hexazecimale (Ed25519).
pack-error-development-key = Cheia de dezvoltare semnează doar pachetul inclus în aplicație. Nu poate fi de încredere pentru alte pachete.
pack-error-invalid-private-key = Aceasta nu este o cheie privată validă. Este nevoie de un fișier de cheie Ed25519 în format PKCS#8.
pack-error-hash-mismatch = { $file }: conținutul nu se potrivește cu manifestul.
pack-error-size-mismatch = { $file }: mărimea nu se potrivește cu manifestul.
pack-error-missing-file = { $file }: apare în manifest, dar lipsește din pachet.
pack-error-extra-file = { $file }: este în pachet, dar nu apare în manifest.
pack-error-unsafe-path = { $file }: acest nume de fișier nu este permis. Detalii: { $reason }.
pack-error-duplicate-path = { $file }: acest fișier apare de mai multe ori.
pack-error-file-too-large = { $file }: fișierul este prea mare. Limita în octeți: { $max }.
pack-error-pack-too-large = Pachetul este prea mare. Limita în octeți: { $max }.
pack-error-too-many-files = Pachetul are prea multe fișiere. Limita este { $max }.
pack-error-rollback = Versiunea { $offered } a pachetului { $pack_id } nu este mai nouă decât versiunea instalată, { $installed }.
pack-error-publisher-mismatch = Pachetul { $pack_id } este deja instalat de la alt editor.
pack-error-reserved-pack-id = Id-ul de pachet { $pack_id } este rezervat pentru pachetul inclus în aplicație.
pack-error-invalid-content = { $file }: conținutul nu este valid. Detalii: { $reason }.
pack-error-io = Fișierele nu au putut fi citite sau salvate ({ $reason }). Verifică dosarul și spațiul liber, apoi încearcă din nou.

## Cuvinte de răspuns din toate chestionarele

answer-yes = Da
answer-no = Nu
answer-not-sure = Nu știu
answer-prefer-not-to-say = Prefer să nu spun
answer-acknowledge = Înțeleg
