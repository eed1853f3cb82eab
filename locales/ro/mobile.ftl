### Waymark: messages of the mobile bindings. Machine-assisted; needs review by a native speaker.

ffi-error-internal = Ceva nu a mers bine în aplicație. Nimic din ce ați salvat nu s-a pierdut. Încercați din nou.
ffi-network-facts-unavailable = Aplicația nu poate verifica rețeaua acum, așa că nu s-a trimis nimic.
ffi-questionnaire-invalid = Acest chestionar are greșeli și nu poate fi folosit.
ffi-questionnaire-required = Răspundeți la această întrebare ca să continuați.
ffi-questionnaire-not-accepted = Acest răspuns nu se potrivește cu întrebarea.
ffi-questionnaire-too-long = Acest răspuns este prea lung.
ffi-questionnaire-not-available = Această întrebare nu este disponibilă acum.
ffi-questionnaire-closed = Acest chestionar s-a încheiat. Nu se mai pot adăuga răspunsuri.
ffi-questionnaire-draft-not-found = Această ciornă sau acest raport nu mai este aici.
ffi-questionnaire-draft-mismatch = Această ciornă a fost începută cu o altă versiune a chestionarului.
ffi-questionnaire-draft-damaged = Această ciornă salvată este deteriorată și nu poate fi deschisă.
