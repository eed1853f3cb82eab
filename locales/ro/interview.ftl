### Comenzile de chestionar și interviu din terminal.

## waymark questionnaire

cli-questionnaire-check-clean = { $file }: nicio problemă găsită.
cli-questionnaire-check-failed = Fișiere cu probleme: { $count } din { $total }.
cli-questionnaire-source-builtin = inclus
cli-questionnaire-source-pack = pachetul { $pack_id }
cli-questionnaire-list-none = Nu este disponibil niciun chestionar.

## waymark interview

cli-interview-started = { $title }. Fiecare răspuns este salvat, criptat, imediat ce este dat (ciorna { $draft }).
cli-interview-resumed = { $title }: continuăm de unde ai rămas.
cli-interview-need-source = Dă un identificator de chestionar sau --file.
cli-interview-cmd-back = înapoi
cli-interview-cmd-review = revezi
cli-interview-cmd-stop = oprește
cli-interview-cmd-quit = ieși
cli-interview-cmd-help = ajutor
cli-interview-cmd-go = mergi
cli-interview-commands = Răspunde cu numărul sau cuvintele răspunsului tău. Poți scrie și: { $back } (întrebarea anterioară), { $review } (vezi răspunsurile), { $stop } (oprește aici), { $quit } (ieși acum și continuă mai târziu), { $help }.
cli-interview-section = — { $title } —
cli-interview-section-instance = — { $title } ({ $number }) —
cli-interview-hint = Pentru cel care intervievează: { $hint }
cli-interview-kind-integer = (un număr întreg)
cli-interview-kind-decimal = (un număr)
cli-interview-kind-date = (o dată, scrisă AAAA-LL-ZZ)
cli-interview-kind-text = (scrie răspunsul, apoi apasă Enter)
cli-interview-kind-multiple = (unul sau mai multe numere, separate prin virgule)
cli-interview-kind-note = (apasă Enter ca să continui)
cli-interview-kind-optional = (apasă Enter fără răspuns ca să sari peste această întrebare)
cli-interview-current-answer = Răspunsul de până acum: { $answer }
cli-interview-not-understood = Scuze, răspunsul nu a fost înțeles. Te rog să încerci din nou.
cli-interview-repeat-offer = Adaugi { $title } ({ $number })? 1 = { $yes }, 2 = { $no }
cli-interview-review-title = Răspunsurile tale:
cli-interview-review-item = { $number }. { $question }: { $answer }
cli-interview-review-unanswered = (fără răspuns)
cli-interview-review-go = Ca să schimbi un răspuns, scrie { $go } și numărul lui, de exemplu: { $go } 2
cli-interview-review-hidden = Răspunsurile sunt private: persoana nu a fost de acord să le arate.
cli-interview-stopped = Ne oprim aici. Nu se mai pun întrebări.
cli-interview-end = Aceasta a fost ultima întrebare.
cli-interview-left = Răspunsurile sunt salvate. Ca să continui mai târziu: waymark interview resume { $draft } --dir { $dir }
cli-interview-consent = Vrei ca persoana care te ajută să-ți vadă răspunsurile? 1 = { $yes }, 2 = { $no }
cli-interview-hand-back = Mulțumim. Te rog să dai telefonul înapoi acum.
cli-interview-finalize-ask = Închei acum și salvezi raportul? 1 = { $yes }, 2 = { $no }
cli-interview-finalized = Raportul { $report } este salvat în seif. Conține doar răspunsurile la întrebările care au fost puse.
cli-interview-answer-saved = Răspuns salvat.
cli-interview-answers-file = Fișierul de răspunsuri nu a putut fi citit. Detalii: { $reason }
cli-interview-answers-unknown = Fișierul de răspunsuri numește { $name }, care nu este o întrebare sau o secțiune repetată a acestui chestionar (sau nu una care se pune aici).
cli-interview-answers-not-list = { $name } este o secțiune repetată: dă-i o listă de blocuri ([[{ $name }]] în TOML).

## Rezumat

cli-interview-summary-title = Rezumat: { $title }
cli-interview-summary-risk = Rezultat: { $risk }
cli-interview-summary-indicators = Semne găsite:
cli-interview-summary-indicator = - { $name } ({ $strength })
cli-interview-summary-no-indicators = Nu s-a găsit niciun semn în aceste răspunsuri.
cli-interview-summary-actions = Pașii următori recomandați:
cli-interview-summary-options = Lucruri pe care le-ai putea face:
cli-interview-summary-action = - { $text }
cli-interview-summary-helplines = - Contactează o linie de ajutor:
cli-interview-summary-helplines-country = - Contactează o linie de ajutor. Adaugă țara persoanei (de exemplu --country TH) ca să vezi numerele potrivite.
cli-interview-summary-helplines-none = - Contactează o linie de ajutor. Lista nu are încă o linie pentru această țară.
cli-interview-summary-progress = Răspunsuri: { $answered } din { $relevant } întrebări.
cli-interview-summary-stopped = Chestionarul a fost oprit înainte de final.
cli-interview-summary-answers-hidden = Răspunsurile sunt private: persoana nu a fost de acord să le arate.

## waymark interview list

cli-interview-draft-line = { $draft }  { $questionnaire } v{ $version }  { $mode }  { $updated }
cli-interview-no-drafts = Nu există ciorne.
cli-interview-mode-interviewer = interviu
cli-interview-mode-self = autoevaluare
cli-interview-mode-handover = predarea telefonului
