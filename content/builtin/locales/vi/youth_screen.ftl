# Sàng lọc nhanh thanh thiếu niên (questionnaires/youth_screen.toml).

ys-title = Sàng lọc nhanh thanh thiếu niên
ys-section-about = Về em
ys-section-work = Công việc
ys-section-safety = Cảm thấy an toàn
ys-intro = Anh chị sẽ hỏi em vài câu. Không có câu trả lời nào sai, và em có thể nói "em không muốn trả lời" bất cứ lúc nào.
ys-intro-hint = Ngồi ngang tầm với em, ở nơi riêng tư. Nếu người lớn đi cùng nhất quyết ở lại, hãy ghi lại và chỉ hỏi những câu chung chung.
ys-age = Em bao nhiêu tuổi?
ys-age-check = Hãy nhập tuổi từ 5 đến 30.
ys-looks-young = Em có vẻ dưới 18 tuổi không?
ys-looks-young-hint = Đây là nhận định của riêng bạn; đừng nói ra. Nếu nghi ngờ, hãy chọn có.
ys-family = Em có sống cùng bố mẹ hoặc gia đình đang chăm sóc em không?
ys-works = Em có làm việc cho ai ngoài gia đình, để lấy tiền hay thứ gì khác không?
ys-school = Công việc này có khiến em không đi học được không?
ys-money-taken = Có người khác lấy tiền em kiếm được không?
ys-long-hours = Em có làm việc ban đêm, hoặc nhiều giờ liền không được nghỉ không?
ys-brought = Có ai đưa em đến đây từ thành phố hoặc nước khác, và giờ bảo em phải làm gì không?
ys-forced = Có ai bắt em làm những việc em không muốn, hoặc làm em hay gia đình em sợ hãi không?
ys-sexual = Có ai từng đề nghị hoặc ép em làm điều gì đó liên quan đến tình dục để đổi lấy tiền, đồ ăn, chỗ ngủ hay thứ khác không?
ys-sexual-hint = Giữ bình tĩnh dù câu trả lời là gì. Đừng hỏi chi tiết: việc đó dành cho chuyên gia.
ys-safe-tonight = Tối nay em có chỗ ngủ an toàn không?
ys-act-follow-up = Em không sống cùng gia đình: tìm hiểu ai đang chăm sóc em và tiếp tục theo dõi.
ys-act-refer = Có dấu hiệu bị bóc lột: cùng với em, hãy liên hệ một dịch vụ chuyên biệt.
ys-act-specialist = Nhiều dấu hiệu cùng lúc: chuyển ngay hôm nay đến dịch vụ chuyên biệt cho trẻ em và thanh thiếu niên.
ys-act-child-protection = Trẻ em có dấu hiệu bị bóc lột: liên hệ cơ quan bảo vệ trẻ em trong hôm nay, theo quy trình của bạn.
ys-act-urgent-child = Trẻ em có thể đang bị bóc lột tình dục: liên hệ bảo vệ trẻ em ngay bây giờ. Đừng để em đi cùng kẻ bị nghi ngờ.
ys-act-safe-place = Tối nay không có chỗ an toàn: tìm ngay nơi tạm trú khẩn cấp, và gọi số khẩn cấp nếu em đang gặp nguy hiểm.
