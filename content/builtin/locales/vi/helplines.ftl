# Helpline directory notes (content/builtin/helplines.json). Short and plain.

helpline-hours-24-7 = Mở cả ngày lẫn đêm, mọi ngày.
helpline-hours-check = Không phải lúc nào cũng mở. Hãy xem giờ làm việc trước khi gọi.
helpline-conf-confidential = Dịch vụ nói rằng những gì bạn kể sẽ được giữ kín.
helpline-conf-anonymous = Bạn không cần nói tên mình.
helpline-conf-emergency = Số khẩn cấp. Công an hoặc xe cứu thương có thể đến.
helpline-conf-government = Đây là dịch vụ của nhà nước. Những gì bạn nói có thể được chuyển cho cơ quan chức năng.
helpline-conf-unknown = Chúng tôi không biết ai xem được những gì bạn kể.
helpline-uncertain = Chúng tôi chưa xác nhận được số này. Số này có thể sai.
helpline-uncertain-details = Chúng tôi không xác nhận được ai vận hành dịch vụ này hoặc giờ mở cửa. Hãy kiểm tra trước khi dựa vào nó.
helpline-note-spoofing = Đường dây cảnh báo kẻ lừa đảo giả mạo số này khi gọi điện. Chỉ tin số này khi chính bạn là người gọi.
helpline-note-from-mobile = Dùng khi gọi từ điện thoại di động.
helpline-note-from-landline = Dùng khi gọi từ điện thoại cố định.
helpline-note-from-abroad = Dùng khi gọi từ nước ngoài.
helpline-note-regional = Chỉ hoạt động ở một phần của đất nước.
helpline-note-operator-varies = Mỗi nước do một tổ chức khác vận hành, có nước là cảnh sát.
helpline-note-bill = Không hiện trên hóa đơn điện thoại, nhưng số vẫn nằm trong danh sách cuộc gọi của máy.
helpline-note-tourists = Cảnh sát du lịch. Họ nói nhiều thứ tiếng.
helpline-note-may-call-emergency = Nếu họ thấy tính mạng bạn đang gặp nguy hiểm ngay lập tức, họ có thể gọi dịch vụ cấp cứu.
helpline-note-languages-limited = Các ngôn ngữ khác không có vào mọi giờ.
