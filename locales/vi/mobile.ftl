### Waymark: messages of the mobile bindings. Machine-assisted; needs review by a native speaker.

ffi-error-internal = Đã có lỗi bên trong ứng dụng. Không có gì bạn đã lưu bị mất. Vui lòng thử lại.
ffi-network-facts-unavailable = Ứng dụng hiện không kiểm tra được mạng, nên chưa có gì được gửi đi.
