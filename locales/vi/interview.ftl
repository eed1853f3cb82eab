### Lệnh bảng hỏi và phỏng vấn trên terminal.

## waymark questionnaire

cli-questionnaire-check-clean = { $file }: không thấy vấn đề nào.
cli-questionnaire-check-failed = Tệp có vấn đề: { $count } trên { $total }.
cli-questionnaire-source-builtin = có sẵn
cli-questionnaire-source-pack = gói { $pack_id }
cli-questionnaire-list-none = Không có bảng hỏi nào.

## waymark interview

cli-interview-started = { $title }. Mỗi câu trả lời được mã hóa và lưu ngay khi nhập (bản nháp { $draft }).
cli-interview-resumed = { $title }: tiếp tục từ chỗ bạn đã dừng.
cli-interview-need-source = Hãy cho mã bảng hỏi hoặc --file.
cli-interview-cmd-back = lùi
cli-interview-cmd-review = xem
cli-interview-cmd-stop = dừng
cli-interview-cmd-quit = thoát
cli-interview-cmd-help = giúp
cli-interview-cmd-go = đến
cli-interview-commands = Trả lời bằng số hoặc chữ của câu trả lời. Bạn cũng có thể gõ: { $back } (câu trước), { $review } (xem các câu trả lời), { $stop } (dừng ở đây), { $quit } (thoát bây giờ và tiếp tục sau), { $help }.
cli-interview-section = — { $title } —
cli-interview-section-instance = — { $title } ({ $number }) —
cli-interview-hint = Dành cho người phỏng vấn: { $hint }
cli-interview-kind-integer = (một số nguyên)
cli-interview-kind-decimal = (một số)
cli-interview-kind-date = (ngày, viết dạng YYYY-MM-DD)
cli-interview-kind-text = (gõ câu trả lời rồi nhấn Enter)
cli-interview-kind-multiple = (một hoặc nhiều số, cách nhau bằng dấu phẩy)
cli-interview-kind-note = (nhấn Enter để tiếp tục)
cli-interview-kind-optional = (nhấn Enter mà không trả lời để bỏ qua câu này)
cli-interview-current-answer = Câu trả lời hiện tại: { $answer }
cli-interview-not-understood = Xin lỗi, không hiểu câu trả lời đó. Vui lòng thử lại.
cli-interview-repeat-offer = Thêm { $title } ({ $number })? 1 = { $yes }, 2 = { $no }
cli-interview-review-title = Các câu trả lời của bạn:
cli-interview-review-item = { $number }. { $question }: { $answer }
cli-interview-review-unanswered = (chưa trả lời)
cli-interview-review-go = Để đổi một câu trả lời, gõ { $go } và số của nó, ví dụ: { $go } 2
cli-interview-review-hidden = Các câu trả lời là riêng tư: người đó không đồng ý cho xem.
cli-interview-stopped = Dừng ở đây. Sẽ không hỏi thêm câu nào.
cli-interview-end = Đó là câu hỏi cuối cùng.
cli-interview-left = Các câu trả lời đã được lưu. Để tiếp tục sau: waymark interview resume { $draft } --dir { $dir }
cli-interview-consent = Bạn có muốn nhân viên xem các câu trả lời của bạn không? 1 = { $yes }, 2 = { $no }
cli-interview-hand-back = Cảm ơn bạn. Vui lòng trả lại điện thoại bây giờ.
cli-interview-finalize-ask = Hoàn tất bây giờ và lưu báo cáo? 1 = { $yes }, 2 = { $no }
cli-interview-finalized = Báo cáo { $report } đã được lưu trong két an toàn. Nó chỉ chứa câu trả lời cho những câu đã được hỏi.
cli-interview-answer-saved = Đã lưu câu trả lời.
cli-interview-answers-file = Không đọc được tệp câu trả lời. Chi tiết: { $reason }
cli-interview-answers-unknown = Tệp câu trả lời nhắc đến { $name }, không phải câu hỏi hay phần lặp của bảng hỏi này (hoặc không được hỏi ở đây).
cli-interview-answers-not-list = { $name } là phần lặp: hãy cho nó một danh sách khối ([[{ $name }]] trong TOML).

## Tóm tắt

cli-interview-summary-title = Tóm tắt: { $title }
cli-interview-summary-risk = Kết quả: { $risk }
cli-interview-summary-indicators = Dấu hiệu tìm thấy:
cli-interview-summary-indicator = - { $name } ({ $strength })
cli-interview-summary-no-indicators = Không thấy dấu hiệu nào trong các câu trả lời này.
cli-interview-summary-actions = Các bước tiếp theo nên làm:
cli-interview-summary-options = Những điều bạn có thể làm:
cli-interview-summary-action = - { $text }
cli-interview-summary-helplines = - Liên hệ một đường dây hỗ trợ:
cli-interview-summary-helplines-country = - Liên hệ một đường dây hỗ trợ. Thêm quốc gia của người đó (ví dụ --country VN) để xem đúng số.
cli-interview-summary-helplines-none = - Liên hệ một đường dây hỗ trợ. Danh bạ chưa có đường dây cho quốc gia này.
cli-interview-summary-progress = Đã trả lời: { $answered } trên { $relevant } câu.
cli-interview-summary-stopped = Bảng hỏi đã dừng trước khi kết thúc.
cli-interview-summary-answers-hidden = Các câu trả lời là riêng tư: người đó không đồng ý cho xem.

## waymark interview list

cli-interview-draft-line = { $draft }  { $questionnaire } v{ $version }  { $mode }  { $updated }
cli-interview-no-drafts = Không có bản nháp nào.
cli-interview-mode-interviewer = phỏng vấn
cli-interview-mode-self = tự kiểm tra
cli-interview-mode-handover = trao điện thoại
