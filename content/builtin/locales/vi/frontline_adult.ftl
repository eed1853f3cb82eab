# Phỏng vấn sàng lọc người lớn (questionnaires/frontline_adult.toml).
# Câu hỏi được đọc to; gợi ý (-hint) chỉ dành cho người phỏng vấn.

fl-title = Phỏng vấn sàng lọc: công việc và an toàn
fl-section-start = Trước khi bắt đầu
fl-section-recruitment = Bạn có công việc này như thế nào
fl-section-workplaces = Những nơi bạn làm việc
fl-section-conditions = Giờ làm, tiền lương và nợ
fl-section-freedom = Sự tự do của bạn
fl-section-threats = Đe dọa và gây hại
fl-section-sexual = Bóc lột tình dục
fl-section-safety = Hoàn cảnh và sự an toàn của bạn

fl-intro = Tôi muốn hỏi bạn vài câu về công việc và cuộc sống của bạn ở đây. Bạn không phải trả lời câu nào nếu không muốn, và có thể dừng bất cứ lúc nào. Những gì bạn kể sẽ không được chia sẻ nếu bạn không đồng ý, trừ khi có trẻ em gặp nguy hiểm.
fl-intro-hint = Trước hết hãy tìm chỗ riêng tư. Không để chủ, người môi giới hay người đi cùng nghe thấy. Dùng phiên dịch do chính người đó chọn, không bao giờ dùng người có liên quan đến chủ.
fl-consent = Tôi hiểu và đồng ý trả lời các câu hỏi này.
fl-age = Bạn bao nhiêu tuổi?
fl-age-hint = Nếu họ không biết, ghi "không chắc". Đừng hỏi ngày sinh hay giấy tờ.
fl-age-check = Hãy nhập tuổi từ 10 đến 110.
fl-working = Trong hai năm qua, bạn có làm công việc nào không, có lương hay không lương, ở đây hay ở nước khác?
fl-working-hint = Mọi công việc đều tính: trong nhà người khác, ở trang trại hay trên tàu, trong quán bar, ngoài đường, hoặc mại dâm.

fl-paid-fee = Bạn có trả tiền cho ai để có công việc này hoặc để đi đến nơi làm không?
fl-fee-owed = Bạn còn nợ khoản tiền đó với chủ, người môi giới hoặc người có liên quan đến họ không?
fl-promised-different = Công việc, tiền lương hay điều kiện có khác rất nhiều so với những gì người ta nói trước khi bạn bắt đầu không?
fl-pressured = Có ai ép buộc hay gây sức ép để bạn nhận công việc này hoặc đi đến đó không?

fl-wp-sector = Ở nơi này là loại công việc gì?
fl-sector-farm-fishing = Trang trại, đánh cá hoặc tàu thuyền
fl-sector-construction-factory = Công trường hoặc nhà máy
fl-sector-domestic = Làm việc trong nhà người khác
fl-sector-hospitality = Nhà hàng, khách sạn hoặc dọn dẹp
fl-sector-entertainment-sex = Quán bar, mát-xa, giải trí hoặc mại dâm
fl-sector-street = Bán hàng hoặc ăn xin ngoài đường
fl-sector-other = Công việc khác
fl-wp-place = Nơi làm việc này ở đâu?
fl-place-this-country = Ở nước này
fl-place-other-country = Ở nước khác
fl-place-at-sea = Trên biển
fl-wp-current = Bạn vẫn còn làm ở đó chứ?
fl-wp-ended = Công việc này kết thúc như thế nào?
fl-ended-left-freely = Tôi nghỉ khi tôi muốn
fl-ended-escaped = Tôi phải bỏ trốn
fl-ended-sent-away = Tôi bị đuổi đi
fl-wp-lived-there = Bạn có ở luôn tại đó, hoặc ở nơi do chủ chọn không?

fl-hours = Một ngày bình thường bạn làm bao nhiêu giờ?
fl-hours-hint = Tính cả thời gian trực chờ, đi lại giữa các việc và làm việc trong nhà chủ.
fl-hours-check = Hãy nhập số giờ từ 0 đến 24.
fl-day-off = Mỗi tuần bạn có ít nhất một ngày nghỉ trọn vẹn không?
fl-paid = Bạn có được trả đủ tiền như đã hứa không?
fl-debt = Bạn có nợ tiền chủ, người môi giới hoặc người có liên quan đến họ không?
fl-debt-grows = Khoản nợ này có cứ tăng lên, hay bạn cảm thấy sẽ không bao giờ trả hết không?
fl-conditions = Nơi bạn làm việc hoặc ngủ có nguy hiểm, bẩn thỉu hay quá chật chội không?
fl-conditions-hint = Ví dụ: không có bảo hộ khỏi hóa chất, không có nhà vệ sinh hay nước, nhiều người trong một phòng.

fl-documents = Bạn có giữ hộ chiếu hoặc giấy tờ tùy thân của mình, hoặc lấy được bất cứ khi nào bạn muốn không?
fl-documents-hint = Giữ giấy tờ "để bảo quản giúp" trái ý muốn của người đó cũng được tính.
fl-documents-holder = Bây giờ ai đang giữ giấy tờ của bạn?
fl-holder-employer = Chủ hoặc người môi giới
fl-holder-someone-else = Người khác
fl-holder-lost = Bị mất, hoặc tôi chưa bao giờ có
fl-can-leave = Nếu bạn muốn thôi làm cho chủ này, bạn có thể thôi không?
fl-leave-consequence = Bạn nghĩ điều gì sẽ xảy ra nếu bạn bỏ đi?
fl-consequence-threats = Tôi hoặc gia đình tôi sẽ bị đe dọa
fl-consequence-violence = Tôi sẽ bị đánh đập, làm hại
fl-consequence-debt = Nợ của tôi sẽ tăng hoặc tôi phải nộp phạt
fl-consequence-report = Tôi sẽ bị báo cho công an hoặc cơ quan xuất nhập cảnh
fl-consequence-lose-pay = Tôi sẽ mất số tiền lương còn được nợ
fl-go-out = Khi không làm việc, bạn có thể ra ngoài một mình không?
fl-contact = Bạn có thể nói chuyện với gia đình hoặc bạn bè khi muốn không?
fl-watched = Bạn có bị nhốt, hoặc bị canh chừng suốt, ở nơi làm hay nơi ở không?
fl-moved = Bạn có bị chuyển từ nơi làm này sang nơi làm khác mà không được hỏi ý không?

fl-threatened = Có ai đe dọa bạn hoặc gia đình bạn để bắt bạn làm việc hoặc không cho bạn rời đi không?
fl-hurt = Có ai ở nơi làm, hoặc liên quan đến công việc của bạn, đã đánh, làm hại hoặc đụng chạm tình dục bạn trái ý muốn không?
fl-hurt-hint = Nếu có, hãy đề nghị chăm sóc y tế trước. Đừng hỏi những chi tiết không cần thiết.

fl-sex-made = Có ai ép bạn làm việc tình dục, hoặc gặp người khác để quan hệ tình dục, khi bạn không muốn không?
fl-sex-made-hint = Chỉ hỏi khi riêng tư. Giữ giọng nói và nét mặt bình tĩnh. Một câu có là đủ: đừng hỏi chuyện gì đã xảy ra.
fl-sex-money = Có người khác lấy hết hoặc gần hết số tiền từ việc đó không?

fl-vulnerable = Điều nào dưới đây đúng với bạn? Chọn tất cả những điều phù hợp.
fl-vulnerable-no-papers = Tôi không có giấy tờ để ở hay làm việc tại đây
fl-vulnerable-language = Tôi không nói giỏi tiếng ở đây
fl-vulnerable-dependants = Gia đình tôi phụ thuộc vào tiền tôi gửi về
fl-vulnerable-no-home = Tôi không có chỗ ở nào ngoài nơi chủ chỉ định
fl-vulnerable-none = Không điều nào cả
fl-vulnerable-check = Không thể chọn "Không điều nào cả" cùng với câu trả lời khác.
fl-safe-tonight = Tối nay quay về nơi bạn ngủ có an toàn cho bạn không?
fl-safe-tonight-hint = Nếu không, đừng để người đó đi về một mình: hãy làm ngay các bước an toàn khẩn cấp.
fl-anything-else = Bạn còn điều gì muốn kể với tôi không?
fl-text-check = Hãy viết ngắn hơn (tối đa 2000 ký tự).
fl-end = Cảm ơn bạn đã nói chuyện với tôi. Dù bạn quyết định thế nào, bạn vẫn có thể quay lại với chúng tôi.
fl-end-hint = Cùng người đó xem lại các bước được đề xuất. Thống nhất cách liên lạc an toàn với họ.

fl-act-always = Đưa thông tin đường dây trợ giúp ở dạng mà người đó có thể giữ an toàn, và thống nhất cách liên lạc an toàn.
fl-act-rights = Giải thích cho người đó quyền lợi khi làm việc và nơi có thể xin tư vấn (thanh tra lao động, công đoàn hoặc nhóm người lao động).
fl-act-youth = Người này có thể dưới 18 tuổi: làm theo quy trình bảo vệ trẻ em của bạn và dùng bảng sàng lọc thanh thiếu niên.
fl-act-caseworker = Nếu người đó đồng ý, hãy chuyển họ đến cán bộ quản lý ca để đánh giá đầy đủ.
fl-act-forced-labour = Câu trả lời cho thấy dấu hiệu lao động cưỡng bức (không được tự do rời đi và bị đe dọa). Chuyển đến tổ chức chống mua bán người; chỉ báo công an khi người đó đồng ý, trừ khi có trẻ em gặp nguy hiểm.
fl-act-sexual = Đề nghị chăm sóc sức khỏe bảo mật và hỗ trợ chuyên biệt về bóc lột tình dục. Không bao giờ đối chất với kẻ bóc lột.
fl-act-child = Người chưa thành niên có dấu hiệu bị bóc lột: liên hệ cơ quan bảo vệ trẻ em ngay hôm nay.
fl-act-urgent = Nhiều dấu hiệu nghiêm trọng cùng lúc: lập ngay kế hoạch an toàn với người đó và liên hệ một tổ chức chuyên môn trong hôm nay.
fl-act-safety = Người này không an toàn tối nay: đừng để họ quay về. Tìm nơi tạm trú khẩn cấp, và gọi số khẩn cấp nếu họ đang gặp nguy hiểm tức thì.
