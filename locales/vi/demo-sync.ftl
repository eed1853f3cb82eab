# `waymark demo`, part 5: a report's anonymous round trip to an NGO inbox
# started on this computer (cli/src/demo/round_trip.rs).

cli-demo-sync-inbox-title = 5.1 Khởi động hộp thư của một tổ chức trên máy tính này
cli-demo-sync-inbox = Máy chủ hộp thư của một tổ chức đang chạy tại { $url } (chỉ máy tính này), với khóa riêng trong thư mục minh họa. Nó lưu những báo cáo mà chính nó không đọc được: chỉ khóa bí mật của tổ chức mới mở được.
cli-demo-sync-trust-title = 5.2 Tin cậy tổ chức
cli-demo-sync-trust = Điện thoại tin cậy tổ chức chỉ bằng khóa ký của tổ chức. Nó đã tải mục danh bạ có chữ ký của tổ chức và kiểm tra chữ ký: { $name } (khóa { $key_id }), hiệu lực đến { $expires }.
cli-demo-sync-interview-title = 5.3 Một cuộc phỏng vấn sàng lọc
cli-demo-sync-interview = Một nhân viên cùng một người làm bảng sàng lọc nhanh có sẵn và hoàn tất nó ({ $answered } câu trả lời). Các dấu hiệu tìm thấy:
cli-demo-sync-queued-title = 5.4 Niêm phong và đưa vào hộp thư đi
cli-demo-sync-queued = Báo cáo được niêm phong ngay bằng khóa của tổ chức. Mã biên nhận (điện thoại dùng một mã tạo từ nó để hỏi thư trả lời; chỉ khóa trả lời của điện thoại này đọc được): { $code }
cli-demo-sync-policy-title = 5.5 Chờ theo quy tắc gửi
cli-demo-sync-policy = Ở đây việc gửi chờ ngẫu nhiên từ { $min } đến { $max } giây (trên điện thoại: vài phút), để thời điểm gửi không cho biết báo cáo được viết lúc nào. Lần này: { $waited } giây. Sau đó báo cáo được gửi đi.
cli-demo-sync-receipt-title = 5.6 Biên nhận có chữ ký
cli-demo-sync-receipt = Hộp thư đã ký biên nhận cho đúng những byte này vào { $day }. Điện thoại kiểm tra nó bằng khóa biên nhận của tổ chức, rồi mới xóa bản niêm phong của mình. Mã biên nhận: { $code }
cli-demo-sync-ngo-title = 5.7 Tổ chức mở báo cáo
cli-demo-sync-ngo = Tổ chức đã tải về { $count } báo cáo mới (nhận ngày { $day }) và mở bằng khóa bí mật của mình. Các dấu hiệu tổ chức thấy:
cli-demo-sync-reply-title = 5.8 Tổ chức trả lời
cli-demo-sync-reply = Tổ chức niêm phong một câu trả lời mà chỉ điện thoại của báo cáo này mở được, và gửi nó vào hộp thư: { $text }
cli-demo-sync-reply-text = Chúng tôi đã nhận được báo cáo của bạn. Bạn có thể gọi cho chúng tôi mọi ngày từ 9:00 đến 17:00. Bạn không đơn độc.
cli-demo-sync-read-title = 5.9 Người báo cáo đọc câu trả lời
cli-demo-sync-read = Người báo cáo đã đọc câu trả lời của tổ chức ({ $day }):
cli-demo-sync-failed = Hành trình khứ hồi của báo cáo đến hộp thư minh họa chưa hoàn tất.
