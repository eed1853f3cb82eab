### Gửi báo cáo cho tổ chức hỗ trợ: hộp thư đi, quy tắc gửi, thư trả lời. Dịch máy; cần người bản ngữ xem lại.

## Vì sao lúc này chưa gửi gì

sync-held-waiting-for-user = Đang chờ bạn bấm gửi.
sync-held-no-network = Đang chờ kết nối.
sync-held-captive-portal = Mạng này cần đăng nhập trước. Đang chờ.
sync-held-not-validated = Đang chờ kết nối internet hoạt động được.
sync-held-transport = Đang chờ loại kết nối bạn đã cho phép.
sync-held-metered = Đang chờ kết nối không tính tiền theo dung lượng.
sync-held-roaming = Không gửi khi đang chuyển vùng.
sync-held-vpn = Đang chờ VPN của bạn.
sync-held-untrusted-network = Đang chờ mạng bạn tin cậy.
sync-held-time-window = Đang chờ khung giờ bạn đã cho phép.
sync-held-not-charging = Đang chờ điện thoại được sạc.

## Vì sao gửi không được (báo cáo vẫn được giữ và sẽ gửi lại)

sync-failure-connect = Không kết nối được máy chủ của tổ chức.
sync-failure-timeout = Máy chủ của tổ chức trả lời quá lâu.
sync-failure-tls = Không kiểm tra được kết nối bảo mật.
sync-failure-pin-mismatch = Khóa bảo mật của máy chủ không phải của tổ chức. Chưa gửi gì cả.
sync-failure-interrupted = Kết nối bị ngắt.
sync-failure-server-error = Máy chủ của tổ chức gặp sự cố.
sync-failure-rate-limited = Máy chủ của tổ chức đang bận. Sẽ thử lại sau.
sync-failure-too-large = Báo cáo quá lớn đối với tổ chức này.
sync-failure-refused = Máy chủ của tổ chức từ chối báo cáo.
sync-failure-malformed = Máy chủ của tổ chức trả lời không hợp lý.
sync-failure-no-endpoint = Với cài đặt hiện tại thì không liên lạc được tổ chức này.
sync-failure-setup = Không thiết lập được kết nối. Hãy kiểm tra proxy.
sync-failure-bad-receipt = Không kiểm tra được biên nhận của máy chủ, nên báo cáo vẫn được giữ.

## Lỗi

sync-error-unknown-ngo = Tổ chức này không có trong danh sách của bạn.
sync-error-no-directory = Thông tin của tổ chức này chưa được tải về.
sync-error-directory-expired = Thông tin của tổ chức này đã cũ. Hãy cập nhật trước.
sync-error-invalid-key = Đây không phải khóa hợp lệ của tổ chức.
sync-error-unknown-report = Không có báo cáo này trong hộp thư đi.
sync-error-nothing-to-send = Không có gì để gửi.
sync-error-already-queued = Mục này đã có trong hộp thư đi.
sync-error-too-large = Báo cáo quá lớn để gửi.
sync-error-seal = Không niêm phong được báo cáo.
sync-error-signature = Chữ ký của tổ chức không hợp lệ.
sync-error-directory-rollback = Thông tin tổ chức này cũ hơn thông tin đã có trên điện thoại, nên không được dùng.
sync-error-bad-answer = Máy chủ của tổ chức trả lời không hợp lý.
sync-error-damaged = Dữ liệu gửi đã lưu bị hỏng.
sync-error-invalid-setting = Cài đặt này không được phép: { $setting }.

## waymark ngo

cli-ngo-added = Bạn đã tin cậy { $name } (khóa { $key_id }). Báo cáo gửi cho tổ chức này được niêm phong để chỉ họ đọc được.
cli-ngo-refreshed = Thông tin của { $name } đã được cập nhật.
cli-ngo-none = Bạn chưa tin cậy tổ chức nào.
cli-ngo-line-ready = { $key_id }  { $name }  (thông tin có hiệu lực đến { $expires })
cli-ngo-line-no-directory = { $key_id }  { $name }  (thông tin chưa được tải về)

## waymark outbox

cli-outbox-queued =
    Đã niêm phong và đưa vào hộp thư đi: { $id }.
    Mã biên nhận (điện thoại này dùng nó để hỏi thư trả lời; chỉ điện thoại này đọc được): { $code }
    Cùng mã đó dưới dạng chữ số: { $digits }
cli-outbox-fingerprint = Dấu vân tay của báo cáo (nhân viên tổ chức thấy cùng dấu này trên báo cáo của bạn; hãy đọc nó thay cho mã): { $fingerprint }
cli-outbox-empty = Hộp thư đi trống.
cli-outbox-kind-questionnaire = bảng hỏi
cli-outbox-kind-journal = ghi chép nhật ký
cli-outbox-kind-assistant = trợ lý
cli-outbox-kind-text = văn bản
cli-outbox-line-queued = { $id }  { $kind }  đang chờ (số lần thử: { $attempts })
cli-outbox-line-sent = { $id }  { $kind }  đã gửi đến ({ $day })
cli-outbox-last-problem = Sự cố gần nhất: { $reason }
cli-outbox-status = Đang chờ: { $queued }. Đã gửi đến: { $sent }.
cli-outbox-policy-allows = Quy tắc của bạn cho phép gửi ngay bây giờ.
cli-sync-held = Chưa gửi lúc này. { $reason }
cli-sync-delayed = Sẽ gửi sớm, vào một lúc ngẫu nhiên.
cli-sync-idle = Không có gì để gửi.
cli-sync-ran = Đã gửi đến: { $sent }. Thất bại: { $failed }. Còn chờ: { $queued }. Thư trả lời mới: { $replies }.

## waymark policy

cli-yes = có
cli-no = không
cli-policy-any-time = bất cứ lúc nào
cli-policy-no-proxy = không có
cli-policy-bad-window = Ghi khung giờ theo dạng HH:MM-HH:MM, ví dụ 22:00-06:00.
cli-policy-saved = Đã lưu quy tắc của bạn.
cli-policy-show =
    Chỉ khi tôi bấm gửi: { $manual }
    Wi-Fi: { $wifi }. Dữ liệu di động: { $cellular }. Mạng tính tiền theo dung lượng: { $metered }. Chuyển vùng: { $roaming }.
    Cần VPN: { $vpn }. Chỉ mạng tin cậy: { $trusted } (đã lưu: { $trusted_count }).
    Giờ: { $windows }. Chỉ khi đang sạc: { $charging }.
    Chờ ngẫu nhiên trước khi gửi, tính bằng giây: từ { $delay_min } đến { $delay_max }. Gửi giả: { $dummy }.
    Proxy Tor hoặc SOCKS: { $proxy }

## waymark replies

cli-replies-none = Chưa có thư trả lời.
cli-replies-line = Thư trả lời ngày { $day } cho báo cáo { $id }:
