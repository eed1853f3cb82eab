### Waymark: messages of the mobile bindings. Machine-assisted; needs review by a native speaker.

ffi-error-internal = У застосунку щось пішло не так. Нічого зі збереженого не втрачено. Спробуйте ще раз.
ffi-network-facts-unavailable = Застосунок зараз не може перевірити мережу, тому нічого не надіслано.
