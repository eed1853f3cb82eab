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
