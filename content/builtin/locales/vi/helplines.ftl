# Helpline directory notes (content/builtin/helplines.json). Short and plain.

helpline-hours-24-7 = Mở cả ngày lẫn đêm, mọi ngày.
helpline-hours-check = Không phải lúc nào cũng mở. Hãy xem giờ làm việc trước khi gọi.
helpline-conf-confidential = Dịch vụ nói rằng những gì bạn kể sẽ được giữ kín.
helpline-conf-anonymous = Bạn không cần nói tên mình.
helpline-conf-emergency = Số khẩn cấp. Công an hoặc xe cứu thương có thể đến.
helpline-conf-government = Đây là dịch vụ của nhà nước. Những gì bạn nói có thể được chuyển cho cơ quan chức năng.
helpline-conf-unknown = Chúng tôi không biết ai xem được những gì bạn kể.
helpline-uncertain = Chúng tôi chưa xác nhận được số này. Số này có thể sai.
