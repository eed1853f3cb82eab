### Waymark: messages of the mobile bindings. Machine-assisted; needs review by a native speaker.

ffi-error-internal = Đã có lỗi bên trong ứng dụng. Không có gì bạn đã lưu bị mất. Vui lòng thử lại.
ffi-network-facts-unavailable = Ứng dụng hiện không kiểm tra được mạng, nên chưa có gì được gửi đi.
ffi-questionnaire-invalid = Bảng câu hỏi này có lỗi và không thể dùng được.
ffi-questionnaire-required = Vui lòng trả lời câu hỏi này để tiếp tục.
ffi-questionnaire-not-accepted = Câu trả lời này không phù hợp với câu hỏi.
ffi-questionnaire-too-long = Câu trả lời này quá dài.
ffi-questionnaire-not-available = Câu hỏi này hiện không có sẵn.
ffi-questionnaire-closed = Bảng câu hỏi này đã kết thúc. Không thể thêm câu trả lời nữa.
ffi-questionnaire-draft-not-found = Bản nháp hoặc báo cáo này không còn ở đây nữa.
ffi-questionnaire-draft-mismatch = Bản nháp này được bắt đầu với một phiên bản khác của bảng câu hỏi.
ffi-questionnaire-draft-damaged = Bản nháp đã lưu này bị hỏng và không mở được.
