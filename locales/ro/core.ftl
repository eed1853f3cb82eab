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
