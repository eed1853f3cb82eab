# Sàng lọc nhanh (questionnaires/quick_screen.toml). Bất kỳ câu có = chuyển tiếp.

qs-title = Sàng lọc nhanh: năm câu hỏi
qs-intro = Tôi sẽ hỏi bạn năm câu ngắn. Bạn có thể trả lời có hoặc không, hoặc chọn không trả lời.
qs-intro-hint = Chỉ hỏi khi không có chủ, người môi giới hay người đi cùng nghe thấy.
qs-cannot-leave = Có ai ngăn bạn rời bỏ công việc hoặc nơi bạn đang ở không?
qs-documents = Có người khác giữ hộ chiếu hoặc giấy tờ tùy thân của bạn, khiến bạn không lấy được khi muốn không?
qs-debt = Bạn có nợ chủ hoặc người môi giới khoản tiền mà bạn cảm thấy sẽ không bao giờ trả hết không?
qs-threats = Có ai đe dọa hoặc làm hại bạn hay gia đình bạn để bắt bạn làm việc hoặc không cho bạn rời đi không?
qs-deceived = Công việc hoặc tiền lương của bạn có khác rất nhiều so với lời hứa không?
qs-act-always = Đưa thông tin đường dây trợ giúp ở dạng mà người đó có thể giữ an toàn.
qs-act-refer = Có ít nhất một câu trả lời là có: nếu người đó đồng ý, hãy làm phỏng vấn đầy đủ hoặc chuyển họ đến cán bộ quản lý ca.
