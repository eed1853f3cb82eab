### "I need help now" (flows/urgent.toml). Machine-assisted; needs review by a native speaker.

urgent-title = Tôi cần giúp đỡ ngay
urgent-heard-you = Điều bạn viết làm tôi lo lắng. An toàn của bạn là trên hết.
urgent-start = Bạn có đang gặp nguy hiểm ngay lúc này không?
urgent-danger-now = Có, tôi đang gặp nguy hiểm
urgent-not-right-now = Lúc này thì không
urgent-leave-app = Thoát nhanh khỏi ứng dụng này
urgent-emergency-first = Nếu có thể, hãy gọi số khẩn cấp ngay bây giờ. Bạn không cần giải thích mọi thứ: hãy nói bạn đang ở đâu và bạn cần giúp đỡ.
urgent-no-country = Chúng tôi không biết bạn đang ở nước nào, nên không thể hiện số điện thoại địa phương. Ở nhiều nước, bạn có thể gọi 112 từ bất kỳ điện thoại di động nào.
urgent-cant-speak = Tôi không thể nói chuyện an toàn
urgent-cant-speak-info = Nếu bạn không thể nói, một số dịch vụ nhận tin nhắn. Chỉ gửi khi an toàn, và xóa tin nhắn sau đó nếu có người kiểm tra điện thoại của bạn.
urgent-safety-steps = Tôi có thể làm gì ngay bây giờ?
urgent-steps-intro = Một vài điều có thể giúp ngay bây giờ:
urgent-tip-public-place = Nếu có thể, hãy đến nơi có người khác xung quanh, như cửa hàng, bệnh viện hay bến xe.
urgent-tip-trusted-person = Hãy cho một người bạn tin tưởng biết bạn đang ở đâu.
urgent-tip-hide-app = Nếu có ai đến, bạn có thể thoát ngay khỏi ứng dụng bằng nút thoát.
urgent-show-numbers = Cho tôi xem lại các số điện thoại
urgent-done = Tôi đã có điều mình cần
urgent-not-now = Thật mừng là lúc này bạn không gặp nguy hiểm. Các dịch vụ này có thể giúp khi bạn sẵn sàng. Nhiều nơi miễn phí, và bạn không cần nói tên mình.
urgent-be-ready = Giúp tôi chuẩn bị sẵn sàng
urgent-steps-later = Đây là ba bước giúp bạn sẵn sàng. Chúng tôi đã thêm chúng vào kế hoạch an toàn của bạn.
urgent-plan-number = Học thuộc lòng một số điện thoại khẩn cấp.
urgent-plan-documents = Nếu có thể, hãy giữ một tấm ảnh hộ chiếu hoặc giấy tờ tùy thân ở nơi an toàn, hoặc gửi người bạn tin tưởng.
urgent-plan-code-word = Thống nhất một từ mật mã với người bạn tin tưởng, để có thể xin giúp đỡ mà người khác không biết.
urgent-end = Bạn có thể quay lại đây bất cứ lúc nào. Cuộc trò chuyện này được khóa trên điện thoại này, và bạn có thể xóa nó bất cứ khi nào bạn muốn.

## Crisis path (thoughts of suicide or self-harm).
urgent-crisis-heard = Cảm ơn bạn đã kể với tôi. Có vẻ như lúc này bạn đang trải qua một điều rất đau đớn.
urgent-crisis-not-alone = Bạn không đơn độc. Nhiều người đã từng cảm thấy như vậy, và nói chuyện với ai đó có thể giúp ích. Bạn xứng đáng được hỗ trợ.
urgent-crisis-talk-now = Bạn có thể nói chuyện với ai đó ngay bây giờ. Những người ở các dịch vụ này sẵn sàng lắng nghe bạn. Bạn không cần phải giải thích mọi thứ.
urgent-crisis-not-safe = Có thể lúc này tôi không an toàn
urgent-crisis-emergency = Nếu bạn cảm thấy mình có thể sớm làm theo những suy nghĩ này, hãy gọi ngay một số khẩn cấp hoặc đến khoa cấp cứu của bệnh viện. Nếu có thể, hãy ở cùng một người khác cho đến khi có người đến giúp.
urgent-crisis-cant-call = Tôi không thể nói chuyện qua điện thoại
urgent-crisis-cant-call-info = Nếu nói chuyện quá khó, một số dịch vụ có trả lời tin nhắn. Bạn cũng có thể nhờ một người bạn tin tưởng gọi cùng bạn, hoặc gọi thay bạn.
urgent-crisis-get-through = Điều gì có thể giúp tôi ngay bây giờ?
urgent-crisis-steps-intro = Một vài điều có thể giúp ngay bây giờ:
urgent-crisis-tip-people = Nếu có thể, hãy ở cùng ai đó, hoặc đến nơi có những người khác.
urgent-crisis-tip-distance = Nếu có thể, hãy tránh xa bất cứ thứ gì bạn có thể dùng để làm hại bản thân.
urgent-crisis-tip-moment = Những cảm xúc mạnh như vậy có thể dịu đi. Lúc này, chỉ cần vượt qua vài phút tới là đủ.
urgent-crisis-plan-line = Hãy lưu số của một đường dây hỗ trợ khủng hoảng ở nơi bạn tìm thấy nhanh.
urgent-crisis-other-danger = Ngoài ra, có người đang làm hại hoặc kiểm soát tôi
urgent-crisis-show-numbers = Cho tôi biết tôi có thể nói chuyện với ai
urgent-crisis-done = Lúc này tôi đã có điều mình cần
urgent-crisis-no-country = Chúng tôi không biết bạn đang ở nước nào nên không thể hiển thị đường dây khủng hoảng tại địa phương. Nếu tính mạng bạn gặp nguy hiểm, hãy gọi một số khẩn cấp: ở nhiều nước, số 112 gọi được từ mọi điện thoại di động.
urgent-crisis-end = Tôi mừng vì bạn đã viết cho tôi. Bạn có thể quay lại đây bất cứ lúc nào, ngày hay đêm. Nếu những suy nghĩ này quay lại, xin hãy nói chuyện với ai đó: bạn không phải trải qua điều này một mình.
