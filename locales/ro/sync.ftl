### Trimiterea rapoartelor către un ONG: căsuța de ieșire, regulile de trimitere, răspunsurile. Traducere automată; necesită verificare.

## De ce nu se trimite nimic acum

sync-held-waiting-for-user = Se așteaptă să apăsați pe trimite.
sync-held-no-network = Se așteaptă o conexiune.
sync-held-captive-portal = Această rețea cere mai întâi autentificare. Se așteaptă.
sync-held-not-validated = Se așteaptă o conexiune la internet care funcționează.
sync-held-transport = Se așteaptă un tip de conexiune pe care l-ați permis.
sync-held-metered = Se așteaptă o conexiune care nu se plătește după date.
sync-held-roaming = Nu se trimite în roaming.
sync-held-vpn = Se așteaptă VPN-ul dumneavoastră.
sync-held-untrusted-network = Se așteaptă o rețea de încredere.
sync-held-time-window = Se așteaptă o oră pe care ați permis-o.
sync-held-not-charging = Se așteaptă ca telefonul să se încarce.

## De ce a eșuat o trimitere (raportul este păstrat și retrimis)

sync-failure-connect = Serverul ONG-ului nu a putut fi contactat.
sync-failure-timeout = Serverul ONG-ului a răspuns prea încet.
sync-failure-tls = Conexiunea securizată nu a putut fi verificată.
sync-failure-pin-mismatch = Cheia de securitate a serverului nu este a ONG-ului. Nu s-a trimis nimic.
sync-failure-interrupted = Conexiunea s-a întrerupt.
sync-failure-server-error = Serverul ONG-ului a avut o problemă.
sync-failure-rate-limited = Serverul ONG-ului este ocupat. Se încearcă mai târziu.
sync-failure-too-large = Raportul este prea mare pentru acest ONG.
sync-failure-refused = Serverul ONG-ului a refuzat raportul.
sync-failure-malformed = Serverul ONG-ului a dat un răspuns fără sens.
sync-failure-no-endpoint = Acest ONG nu poate fi contactat cu setările actuale.
sync-failure-setup = Conexiunea nu a putut fi pregătită. Verificați proxy-ul.
sync-failure-bad-receipt = Chitanța serverului nu a putut fi verificată, așa că raportul este păstrat.

## Erori

sync-error-unknown-ngo = Acest ONG nu este în lista dumneavoastră.
sync-error-no-directory = Datele acestui ONG nu au fost încă descărcate.
sync-error-directory-expired = Datele acestui ONG sunt expirate. Actualizați-le mai întâi.
sync-error-invalid-key = Aceasta nu este o cheie de ONG validă.
sync-error-unknown-report = Nu există un astfel de raport în căsuța de ieșire.
sync-error-nothing-to-send = Nu este nimic de trimis.
sync-error-already-queued = Acesta este deja în căsuța de ieșire.
sync-error-too-large = Raportul este prea mare pentru a fi trimis.
sync-error-seal = Raportul nu a putut fi sigilat.
sync-error-signature = Semnătura ONG-ului nu este validă.
sync-error-directory-rollback = Aceste date ale ONG-ului sunt mai vechi decât cele de pe acest telefon, așa că nu au fost folosite.
sync-error-bad-answer = Serverul ONG-ului a dat un răspuns fără sens.
sync-error-damaged = Datele de trimitere salvate sunt deteriorate.
sync-error-invalid-setting = Această setare nu este permisă: { $setting }.

## waymark ngo

cli-ngo-added = Acum aveți încredere în { $name } (cheia { $key_id }). Rapoartele către el sunt sigilate ca doar el să le poată citi.
cli-ngo-refreshed = Datele pentru { $name } sunt la zi.
cli-ngo-none = Nu aveți încă încredere în niciun ONG.
cli-ngo-line-ready = { $key_id }  { $name }  (date valabile până la { $expires })
cli-ngo-line-no-directory = { $key_id }  { $name }  (date încă nedescărcate)

## waymark outbox

cli-outbox-queued =
    Sigilat și pus în căsuța de ieșire: { $id }.
    Codul de chitanță (acest telefon cere răspunsurile cu el; doar acest telefon le poate citi): { $code }
    Același cod în cifre: { $digits }
cli-outbox-fingerprint = Amprenta raportului (organizația vede aceeași amprentă la raportul tău; spune-o pe aceasta în loc de cod): { $fingerprint }
cli-outbox-empty = Căsuța de ieșire este goală.
cli-outbox-kind-questionnaire = chestionar
cli-outbox-kind-journal = note din jurnal
cli-outbox-kind-assistant = asistent
cli-outbox-kind-text = text
cli-outbox-line-queued = { $id }  { $kind }  în așteptare (încercări: { $attempts })
cli-outbox-line-sent = { $id }  { $kind }  livrat ({ $day })
cli-outbox-last-problem = Ultima problemă: { $reason }
cli-outbox-status = În așteptare: { $queued }. Livrate: { $sent }.
cli-outbox-policy-allows = Regulile dumneavoastră permit trimiterea acum.
cli-sync-held = Nu se trimite acum. { $reason }
cli-sync-delayed = Se trimite în curând, la un moment ales la întâmplare.
cli-sync-idle = Nimic de trimis.
cli-sync-ran = Livrate: { $sent }. Eșuate: { $failed }. Încă în așteptare: { $queued }. Răspunsuri noi: { $replies }.

## waymark policy

cli-yes = da
cli-no = nu
cli-policy-any-time = oricând
cli-policy-no-proxy = niciunul
cli-policy-bad-window = Scrieți intervalele orare ca HH:MM-HH:MM, de exemplu 22:00-06:00.
cli-policy-saved = Regulile dumneavoastră au fost salvate.
cli-policy-show =
    Doar când apăs pe trimite: { $manual }
    Wi-Fi: { $wifi }. Date mobile: { $cellular }. Rețele plătite după date: { $metered }. Roaming: { $roaming }.
    VPN necesar: { $vpn }. Doar rețele de încredere: { $trusted } (salvate: { $trusted_count }).
    Ore: { $windows }. Doar în timpul încărcării: { $charging }.
    Așteptare la întâmplare înainte de trimitere, în secunde: de la { $delay_min } la { $delay_max }. Trimiteri de umplutură: { $dummy }.
    Proxy Tor sau SOCKS: { $proxy }

## waymark replies

cli-replies-none = Încă nu există răspunsuri.
cli-replies-line = Răspuns din { $day } la raportul { $id }:
