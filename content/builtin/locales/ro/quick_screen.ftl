# Evaluare rapidă (questionnaires/quick_screen.toml). Orice da = îndrumare.

qs-title = Evaluare rapidă: cinci întrebări
qs-intro = Vă voi pune cinci întrebări scurte. Puteți răspunde da sau nu, sau puteți alege să nu răspundeți.
qs-intro-hint = Întrebați doar când niciun angajator, agent sau însoțitor nu poate auzi.
qs-cannot-leave = Vă oprește cineva să plecați de la muncă sau din locul unde stați?
qs-documents = Vă ține altcineva pașaportul sau actul de identitate, așa încât nu le puteți lua când vreți?
qs-debt = Datorați unui angajator sau agent bani pe care simțiți că nu-i veți putea plăti niciodată?
qs-threats = V-a amenințat sau v-a rănit cineva, pe dumneavoastră sau familia, ca să vă facă să munciți sau să nu plecați?
qs-deceived = Munca sau plata sunt foarte diferite de ce vi s-a promis?
qs-act-always = Oferiți datele liniilor de ajutor într-o formă pe care persoana o poate păstra fără pericol.
qs-act-refer = Cel puțin un răspuns a fost da: cu acordul persoanei, faceți interviul complet sau îndrumați-o către un asistent social.
