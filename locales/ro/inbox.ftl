### The NGO inbox (waymark-inbox, waymark inbox serve). Machine-assisted translation.
### Keep every { $variable } and every WAYMARK_… name as is.

inbox-prompt-passphrase = Fraza secretă a fișierului de chei al ONG-ului:
inbox-prompt-again = Scrieți-o din nou:
inbox-keygen-done =
    Cheile au fost create.
    Chei private (criptate; păstrați-le pe calculatorul ONG-ului și faceți copii): { $keys }
    Configurația serverului (copiați-o pe server): { $config }
    Chei publice (pentru telefoane): { $public }
    Id-ul cheii de director: { $keyid }
inbox-directory-signed = Intrarea din director a fost semnată, valabilă până la { $expires }: { $file }
inbox-pull-done = Rapoarte noi descărcate: { $new }. Rapoarte deschise în arhiva locală: { $total }.
inbox-pull-unopened = Plicuri pe care această cheie nu le-a putut deschide (păstrate neschimbate): { $count }.
inbox-reply-sent = Răspunsul a fost sigilat și trimis. Doar telefonul celui care a raportat îl poate citi.
inbox-serve-listening = Căsuța ascultă pe { $address }. Opriți-o cu Ctrl-C.
inbox-serve-stopped = Căsuța s-a oprit.
inbox-desk-listening = Biroul este deschis la { $url }, doar pe acest calculator. Deschide-l în browser și autentifică-te cu fraza de acces a fișierului de chei. Oprește-l cu Ctrl-C.
inbox-serve-created = A fost creată o căsuță demonstrativă în { $dir }. Telefoanele trimit la { $url }.
inbox-error-config = Configurația căsuței nu este validă: { $setting }.
inbox-error-file = Nu s-a putut citi sau scrie un fișier ({ $file }).
inbox-error-already-exists = În acel dosar există deja chei. Nu a fost suprascris nimic.
inbox-error-wrong-passphrase = Fraza secretă este greșită sau fișierul de chei a fost modificat.
inbox-error-weak-passphrase = Fraza secretă este prea scurtă. Folosiți cel puțin 10 caractere; câteva cuvinte la întâmplare sunt cel mai bine.
inbox-error-key-file = Acesta nu este un fișier de chei ONG Waymark sau este deteriorat.
inbox-error-schema-too-new = Baza de date a fost creată de o versiune mai nouă a căsuței. Actualizați acest program.
inbox-error-storage = Baza de date nu poate fi folosită acum.
inbox-error-unreachable = Serverul căsuței nu a putut fi contactat.
inbox-error-refused = Serverul căsuței a refuzat cererea ({ $status }, { $code }).
inbox-error-bad-response = Răspunsul serverului nu este valid.
inbox-error-unknown-report = Niciun raport cu acest id nu a fost descărcat încă. Rulați întâi pull.
inbox-error-reply-text = Răspunsul este gol sau prea lung.
# $max (number): bytes of text one reply holds.
inbox-error-reply-too-long = Răspunsul este prea lung: un răspuns cuprinde cel mult { $max } octeți. Trimiteți-l în mai multe răspunsuri mai scurte.
inbox-error-argument = Această valoare nu este validă: { $option }.
inbox-error-no-terminal = Nu există terminal pentru a cere fraza secretă. Setați WAYMARK_INBOX_PASSPHRASE.
inbox-error-passphrase-mismatch = Cele două fraze secrete diferă. Nu s-a schimbat nimic.
inbox-error-not-loopback = „waymark inbox serve” ascultă doar pe acest calculator (127.0.0.1). Pentru un server real, folosiți waymark-inbox serve.
