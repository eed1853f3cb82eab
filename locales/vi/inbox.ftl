### The NGO inbox (waymark-inbox, waymark inbox serve). Machine-assisted translation.
### Keep every { $variable } and every WAYMARK_… name as is.

inbox-prompt-passphrase = Cụm mật khẩu của tệp khóa tổ chức:
inbox-prompt-again = Nhập lại:
inbox-keygen-done =
    Đã tạo khóa.
    Khóa riêng (đã mã hóa; giữ trên máy tính của tổ chức và sao lưu): { $keys }
    Cấu hình máy chủ (chép lên máy chủ): { $config }
    Khóa công khai (cho điện thoại): { $public }
    Mã khóa danh bạ: { $keyid }
inbox-directory-signed = Đã ký mục danh bạ, có hiệu lực đến { $expires }: { $file }
inbox-pull-done = Báo cáo mới đã tải về: { $new }. Báo cáo đã mở trong kho trên máy: { $total }.
inbox-pull-unopened = Phong bì khóa này không mở được (giữ nguyên): { $count }.
inbox-reply-sent = Đã niêm phong và gửi trả lời. Chỉ điện thoại của người báo cáo đọc được.
inbox-serve-listening = Hộp thư đang nghe tại { $address }. Dừng bằng Ctrl-C.
inbox-serve-stopped = Hộp thư đã dừng.
inbox-desk-listening = Bàn làm việc đang mở tại { $url }, chỉ trên máy tính này. Mở nó trong trình duyệt và đăng nhập bằng cụm mật khẩu của tệp khóa. Dừng bằng Ctrl-C.
inbox-serve-created = Đã tạo hộp thư thử trong { $dir }. Điện thoại gửi đến { $url }.
inbox-error-config = Cấu hình hộp thư không hợp lệ: { $setting }.
inbox-error-file = Không đọc hoặc ghi được tệp ({ $file }).
inbox-error-already-exists = Thư mục đó đã có khóa. Không có gì bị ghi đè.
inbox-error-wrong-passphrase = Cụm mật khẩu sai, hoặc tệp khóa đã bị thay đổi.
inbox-error-weak-passphrase = Cụm mật khẩu quá ngắn. Dùng ít nhất 10 ký tự; vài từ ngẫu nhiên là tốt nhất.
inbox-error-key-file = Đây không phải tệp khóa tổ chức của Waymark, hoặc tệp bị hỏng.
inbox-error-schema-too-new = Cơ sở dữ liệu do phiên bản hộp thư mới hơn tạo ra. Hãy cập nhật chương trình này.
inbox-error-storage = Hiện không dùng được cơ sở dữ liệu.
inbox-error-unreachable = Không kết nối được máy chủ hộp thư.
inbox-error-refused = Máy chủ hộp thư từ chối yêu cầu ({ $status }, { $code }).
inbox-error-bad-response = Câu trả lời của máy chủ hộp thư không hợp lệ.
inbox-error-unknown-report = Chưa tải về báo cáo nào có mã này. Hãy chạy pull trước.
inbox-error-reply-text = Câu trả lời trống hoặc quá dài.
# $max (number): bytes of text one reply holds.
inbox-error-reply-too-long = Câu trả lời quá dài: mỗi câu trả lời chứa tối đa { $max } byte. Hãy gửi thành nhiều câu trả lời ngắn hơn.
inbox-error-argument = Giá trị này không hợp lệ: { $option }.
inbox-error-no-terminal = Không có terminal để hỏi cụm mật khẩu. Đặt WAYMARK_INBOX_PASSPHRASE.
inbox-error-passphrase-mismatch = Hai cụm mật khẩu khác nhau. Không có gì thay đổi.
inbox-error-not-loopback = waymark inbox serve chỉ nghe trên máy tính này (127.0.0.1). Với máy chủ thật, hãy dùng waymark-inbox serve.
