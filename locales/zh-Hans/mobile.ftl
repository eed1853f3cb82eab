### Waymark: messages of the mobile bindings. Machine-assisted; needs review by a native speaker.

ffi-error-internal = 应用内部出了问题。您保存的内容都没有丢失。请再试一次。
ffi-network-facts-unavailable = 应用现在无法检查网络，所以没有发送任何内容。
