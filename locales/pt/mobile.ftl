### Waymark: messages of the mobile bindings. Machine-assisted; needs review by a native speaker.

ffi-error-internal = Algo deu errado dentro do aplicativo. Nada do que você salvou foi perdido. Tente de novo.
ffi-network-facts-unavailable = O aplicativo não consegue verificar a rede agora, por isso nada foi enviado.
