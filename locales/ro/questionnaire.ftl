### Chestionare: verificarea unui fișier și erori în timpul unui interviu.

## Erori de expresie

expr-error-unexpected-char = Acest caracter nu poate începe nimic într-o expresie.
expr-error-unterminated-string = Acest text nu are { $quote } de închidere.
expr-error-dollar = „$” trebuie să înceapă o referință scrisă ${"{"}nume{"}"}.
expr-error-bad-reference-name = O referință are nevoie de un nume care începe cu o literă sau „_” și are doar litere, cifre, „_”, „-” și „.”.
expr-error-unclosed-reference = Această referință nu are „{"}"}” de închidere.
expr-error-number-too-large = Acest număr este prea mare.
expr-error-unsupported-xpath = Sintaxa XPath { $what } nu este acceptată. Numește întrebările cu ${"{"}nume{"}"}.
expr-error-too-long = Expresia are mai mult de { $max } octeți.
expr-error-empty = Expresia este goală.
expr-error-trailing = { $found } nu poate urma după o expresie completă. Poate lipsește un operator sau o „,”.
expr-error-too-deep = Expresia are mai mult de { $max } niveluri imbricate.
expr-error-ends-early = Expresia se termină unde se așteaptă o valoare.
expr-error-expected = Aici se aștepta { $expected }, dar este { $found }.
expr-error-ends-before = Expresia se termină unde se așteaptă { $expected }.
expr-error-value-before = Lipsește o valoare înainte de { $found }.
expr-error-bare-name = { $name } nu este un apel de funcție. Scrie ${"{"}{ $name }{"}"} pentru o întrebare sau '{ $name }' între ghilimele pentru text.
expr-error-not-a-value = Aici se aștepta o valoare, dar este { $found }.
expr-error-unknown-function = { $name }() nu este o funcție acceptată.
expr-error-repeat-as-value = Aici este câte un răspuns pentru fiecare bloc repetat. Folosește sum() sau count().
expr-error-unknown-reference = ${"{"}{ $name }{"}"} nu este o întrebare sau un calcul din acest formular.
expr-error-arity = { $function }() primește { $expected } argument(e), nu { $got }.
expr-error-text-not-number = Acest text nu este un număr.
expr-error-arithmetic-on-choices = Calcul cu o alegere multiplă. Folosește count-selected().
expr-error-compare-number-text = Un număr este comparat cu un text care nu este număr.
expr-error-compare-date-text = O dată este comparată cu un text care nu este dată. Scrie 'AAAA-LL-ZZ'.
expr-error-compare-choices = O alegere multiplă este comparată cu „=”. Folosește selected().
expr-error-needs-choices = { $function }() are nevoie aici de o alegere multiplă.
expr-error-sum-needs-numbers = sum() are nevoie aici de numere.
expr-error-needs-repeat = { $function }() are nevoie aici de o întrebare dintr-un bloc repetat.

## Rezultatele `waymark questionnaire check`

questionnaire-finding-too-large = Fișierul are mai mult de { $max } octeți.
questionnaire-finding-toml = Acesta nu este valid aici: { $detail }
questionnaire-finding-not-a-message-id = Câmpurile de text conțin un identificator de mesaj (litere, cifre, - și _) din fișierele .ftl, nu textul însuși.
questionnaire-finding-bad-id = Identificatorul chestionarului „{ $name }” nu este un nume valid.
questionnaire-finding-bad-choice-name = Opțiunea „{ $name }” nu este un nume valid.
questionnaire-finding-bad-section-id = Identificatorul de secțiune „{ $name }” nu este un nume valid.
questionnaire-finding-bad-question-name = Numele de întrebare „{ $name }” nu este un nume valid.
questionnaire-finding-bad-indicator-id = Identificatorul de indicator „{ $name }” nu este un nume valid.
questionnaire-finding-empty-list = Lista de opțiuni { $list } este goală.
questionnaire-finding-duplicate-choice = Opțiunea { $choice } apare de două ori în lista { $list }.
questionnaire-finding-duplicate-section = Secțiunea { $id } este declarată de două ori.
questionnaire-finding-unknown-section = Secțiunea { $id } nu există.
questionnaire-finding-duplicate-name = Numele { $name } este folosit de două ori.
questionnaire-finding-unknown-type = Tip de întrebare necunoscut „{ $type }”. Folosește yes_no, single_choice, multiple_choice, text, integer, decimal, date, region, note, acknowledgement sau calculate.
questionnaire-finding-no-label = Întrebarea { $name } nu are etichetă (label).
questionnaire-finding-needs-choices = Întrebarea { $name } are nevoie de o listă de opțiuni: choices = "listă".
questionnaire-finding-unknown-list = Lista de opțiuni { $list } nu există.
questionnaire-finding-choices-not-allowed = Întrebarea { $name } nu este cu opțiuni. Șterge `choices`.
questionnaire-finding-no-calculation = Calculul { $name } nu are `calculation`.
questionnaire-finding-calculation-in-repeat = Calculele într-un bloc repetat nu sunt acceptate. Calculează din afară cu sum() sau count().
questionnaire-finding-calculation-not-allowed = Doar întrebările calculate au `calculation`.
questionnaire-finding-bad-default = Răspunsul implicit al lui { $name } nu se potrivește tipului său (sau nu este una dintre opțiunile sale).
questionnaire-finding-required-no-answer = { $name } nu primește răspuns, deci nu poate fi obligatorie.
questionnaire-finding-constraint-no-answer = O întrebare fără răspuns nu poate avea o restricție.
questionnaire-finding-filter-not-allowed = Doar întrebările cu opțiuni au choice_filter.
questionnaire-finding-unknown-column = Nicio opțiune din listă nu are o coloană numită { $column }.
questionnaire-finding-cycle = Unele calcule depind unele de altele în cerc: { $names }.
questionnaire-finding-duplicate-indicator = Indicatorul { $id } este declarat de două ori.
questionnaire-finding-bad-strength = Tăria este weak, medium sau strong.
questionnaire-finding-bad-weight = Ponderea trebuie să fie un număr finit.
questionnaire-finding-unknown-indicator = Indicatorul { $id } nu este declarat în [[indicators]].
questionnaire-finding-bad-level = Nivelul este none, low, medium, high sau urgent.
questionnaire-finding-one-rule = Un rezultat are exact o regulă: any_of, at_least, all_of_sets sau weight.
questionnaire-finding-bad-at-least = at_least.n trebuie să fie între 1 și numărul de indicatori din `of`.
questionnaire-finding-empty-sets = all_of_sets are nevoie de mulțimi care numesc fiecare cel puțin un indicator.
questionnaire-finding-bad-threshold = Pragul trebuie să fie un număr finit.
questionnaire-finding-unreachable = Întrebarea { $name } nu poate fi afișată niciodată: `relevant` al ei nu poate fi niciodată adevărat.
questionnaire-finding-unreachable-section = Întrebarea { $name } nu poate fi afișată niciodată: `relevant` al secțiunii ei nu poate fi niciodată adevărat.
questionnaire-finding-missing-translation = Mesajul { $id } nu are traducere în { $locale }.

## Erori la răspuns

questionnaire-error-invalid = Acest chestionar are probleme ({ $count }).
questionnaire-error-unknown-question = Nu există nicio întrebare numită { $name }.
questionnaire-error-unknown-section = Nu există nicio secțiune numită { $id }.
questionnaire-error-not-answerable = { $name } nu primește răspuns.
questionnaire-error-not-relevant = Întrebarea { $name } nu se pune acum.
questionnaire-error-wrong-type = Acest fel de răspuns nu se potrivește la întrebarea { $name }.
questionnaire-error-not-a-choice = Aceasta nu este una dintre opțiunile pentru { $name }.
questionnaire-error-too-long = Răspunsul la { $name } este prea lung.
questionnaire-error-constraint = Acest răspuns la { $name } nu este acceptat. Te rog să-l verifici.
questionnaire-error-required = Întrebarea { $name } are nevoie de un răspuns. „Nu știu” și „Prefer să nu spun” sunt tot răspunsuri.
questionnaire-error-no-such-instance = { $name } nu are blocul numărul { $number }.
questionnaire-error-at = { $name }: { $message }
questionnaire-error-at-block = { $name }, blocul { $number }: { $message }
questionnaire-error-no-current-question = Nu mai sunt întrebări.
questionnaire-error-stopped = Acest chestionar a fost oprit. Poți vedea încă rezumatul și îl poți încheia.
questionnaire-error-finalized = Acest chestionar este deja încheiat.
questionnaire-error-draft-not-found = Această ciornă nu există.
questionnaire-error-report-not-found = Acest raport nu există.
questionnaire-error-draft-mismatch = Această ciornă aparține chestionarului { $id } versiunea { $version }, care nu este disponibil aici.
questionnaire-error-draft-damaged = Ciorna salvată este deteriorată și nu poate fi continuată.

## Găsirea chestionarelor

catalog-error-not-found = Nu există niciun chestionar cu identificatorul { $id }.
catalog-error-invalid = Chestionarul { $id } are probleme ({ $count }).
catalog-error-id-mismatch = { $file } declară identificatorul { $id }, dar numele fișierului arată altul.
catalog-error-texts = Traducerile din { $file } nu au putut fi citite. Detalii: { $reason }
catalog-error-not-utf8 = { $file } nu este text UTF-8.
catalog-error-too-large = { $file } are mai mult de { $max } octeți.
catalog-error-io = { $file } nu a putut fi citit ({ $reason }).

## Rezultate

risk-level-none = Niciun semn găsit
risk-level-low = Scăzut
risk-level-medium = Mediu
risk-level-high = Ridicat
risk-level-urgent = Urgent
strength-weak = slab
strength-medium = mediu
strength-strong = puternic

## Indicatori

indicator-abuse_of_vulnerability = Abuz de vulnerabilitate
indicator-deception = Înșelăciune
indicator-restriction_of_movement = Libertate de mișcare îngrădită
indicator-isolation = Izolare
indicator-physical_and_sexual_violence = Violență fizică și sexuală
indicator-intimidation_and_threats = Intimidare și amenințări
indicator-retention_of_identity_documents = Acte de identitate ținute de alții
indicator-withholding_of_wages = Salariu reținut
indicator-debt_bondage = Servitute pentru datorii
indicator-abusive_working_and_living_conditions = Condiții abuzive de muncă și de trai
indicator-excessive_overtime = Ore suplimentare excesive
indicator-deceptive_recruitment = Recrutare prin înșelăciune
indicator-coercive_recruitment = Recrutare prin constrângere
indicator-sexual_exploitation = Exploatare sexuală
indicator-child = Este implicat un copil
