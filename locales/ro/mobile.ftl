### Waymark: messages of the mobile bindings. Machine-assisted; needs review by a native speaker.

ffi-error-internal = Ceva nu a mers bine în aplicație. Nimic din ce ați salvat nu s-a pierdut. Încercați din nou.
ffi-network-facts-unavailable = Aplicația nu poate verifica rețeaua acum, așa că nu s-a trimis nimic.
