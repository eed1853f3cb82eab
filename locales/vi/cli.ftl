### Ứng dụng dòng lệnh waymark. Dịch có máy hỗ trợ; cần người bản ngữ xem lại.

## Mã

cli-prompt-passcode = Mã:
cli-prompt-new-passcode = Mã mới:
cli-prompt-duress-passcode = Mã khẩn cấp:
cli-prompt-again = Nhập lại lần nữa:
cli-passcode-mismatch = Hai mã không giống nhau. Không có gì thay đổi.
cli-no-terminal = Không có cửa sổ dòng lệnh để hỏi mã. Hãy đặt WAYMARK_PASSCODE (và WAYMARK_NEW_PASSCODE hoặc WAYMARK_DURESS_PASSCODE khi được hỏi).

## waymark vault

cli-vault-created = Đã tạo két an toàn. Két đang khóa. Chỉ mã của bạn mở được.
cli-vault-unlocked = Mã đúng. Két đã mở, và đã khóa lại.
cli-vault-locked = Két an toàn đang khóa. Waymark không bao giờ để két mở sau một lệnh.
cli-vault-status-none = Trong thư mục này không có két an toàn.
cli-vault-status-wipe =
    Ở đây có một két an toàn. Két đang khóa.
    Số lần nhập sai mã từ lần mở cuối: { $failed }.
    Két sẽ bị xóa sau số lần nhập sai liên tiếp này: { $limit }.
cli-vault-status-no-wipe =
    Ở đây có một két an toàn. Két đang khóa.
    Số lần nhập sai mã từ lần mở cuối: { $failed }.
    Nhập sai mã không bao giờ xóa két.
cli-vault-passcode-changed = Đã đổi mã.
cli-vault-duress-removed = Đã bỏ mã khẩn cấp.
cli-vault-duress-set = Đã đặt mã khẩn cấp. Mở bằng mã này sẽ phá hủy két này và mở một két trống.
cli-vault-wipe-after-invalid = Hãy nhập số lần thử (từ 1 trở lên), hoặc "off".
cli-vault-wipe-after-set = Két sẽ bị xóa sau số lần nhập sai liên tiếp này: { $limit }.
cli-vault-wipe-after-off = Nhập sai mã sẽ không còn xóa két nữa.
cli-vault-nothing-wiped = Không có gì bị xóa.
cli-vault-wiped = Két an toàn đã bị phá hủy. Các tệp đã mất và không ai giải mã được.
cli-vault-confirm-needed = Thêm --yes để xóa mà không hỏi.
cli-vault-confirm-word = có
cli-vault-confirm-wipe = Phá hủy két này mãi mãi? Gõ { $word }:
cli-error-read-answer = Không đọc được câu trả lời.

## waymark journal

cli-journal-stdin-failed = Không đọc được ghi chú từ đầu vào chuẩn.
cli-journal-edited = (đã sửa)
cli-journal-saved = Đã lưu thành ghi chú số { $id }.
cli-journal-empty = Nhật ký đang trống.
cli-journal-changed = Đã sửa ghi chú số { $id }.
cli-journal-deleted = Đã xóa ghi chú số { $id }.

## waymark locales

cli-locales-lint-clean = Không có lỗi. Ngôn ngữ: { $locales }. Tệp: { $files }.
cli-locales-lint-failed = Số lỗi tìm thấy: { $count }.
cli-direction-ltr = trái sang phải
cli-direction-rtl = phải sang trái
cli-status-source = văn bản gốc
cli-status-machine-assisted = dịch có máy hỗ trợ, cần người bản ngữ xem lại
cli-status-native-reviewed = người bản ngữ đã xem lại

## waymark demo

cli-error-temp-folder = Không tạo được thư mục tạm.
cli-error-read-vault-file = Không đọc được một tệp của két.
cli-demo-step-1-title = 1. Tạo két an toàn
cli-demo-step-1 =
    Két an toàn là một nơi được mã hóa trong điện thoại. Chúng tôi tạo một két trong thư mục tạm.
    Két được bảo vệ bằng mã { $passcode }. Việc biến mã thành chìa khóa
    cố ý mất một chút thời gian: để việc đoán mã chậm lại.
cli-demo-step-2-title = 2. Viết vào nhật ký riêng
cli-demo-step-2 = Một người ghi lại những gì xảy ra với họ, kèm ngày tháng:
cli-demo-note-1 = Hôm nay ông chủ lại giữ hộ chiếu của tôi
cli-demo-note-2 = 3 tuần không được trả lương. Ông ấy nói tôi nợ 900 tiền phòng
cli-demo-note-3 = Bị nhốt trong ký túc xá sau ca làm
cli-demo-step-3-title = 3. Xem các tệp
cli-demo-step-3 = Két đang khóa. Đây là tất cả các tệp của két trên ổ đĩa:
cli-demo-search-clean = Chúng tôi đã tìm chữ của các ghi chú trong từng byte của các tệp này. Không có.
cli-demo-search-found = Chúng tôi đã tìm chữ của các ghi chú trong từng byte của các tệp này. TÌM THẤY. Điều này không bao giờ được xảy ra.
cli-demo-step-4-title = 4. Có người đoán mã
cli-demo-step-4 =
    Thử { $guess }: "{ $answer }"
    Két này tự xóa sau số lần đoán sai liên tiếp này: { $limit }.
    Số lần đếm vẫn giữ dù điện thoại khởi động lại.
cli-demo-step-5-title = 5. Đổi mã
cli-demo-step-5 =
    Bây giờ mã là { $passcode }. Chỉ tệp chìa khóa nhỏ thay đổi.
    Dữ liệu không phải mã hóa lại. Số ghi chú vẫn còn trong nhật ký: { $count }.
cli-demo-step-6-title = 6. Đặt mã khẩn cấp
cli-demo-step-6 =
    Nếu có người ép mở ứng dụng, người dùng có thể gõ { $duress } thay vào đó.
    Trông giống hệt một lần mở bình thường.
cli-demo-step-7-title = 7. Mở khi bị ép buộc
cli-demo-step-7 =
    Mở bằng { $duress } thành công. Nhật ký trông trống (ghi chú: { $count }).
    Bên dưới, két thật đã bị phá hủy trước. Mã cũ bây giờ nhận được:
    "{ $answer }"
cli-demo-step-8-title = 8. Xóa khẩn cấp
cli-demo-step-8 = Chỉ một bước là phá hủy két, kể cả khi đang khóa. Các tệp còn lại trong thư mục:
cli-demo-no-files = (không có)
cli-demo-file-size = { $size } byte
cli-demo-end = Bản trình diễn đã dùng một thư mục tạm. Thư mục đó đã bị xóa.
cli-demo-keep-inbox-exists = Thư mục đó đã tồn tại. Hãy đặt một thư mục mới cho --keep-inbox; chưa có gì thay đổi.
cli-demo-desk = Phía tổ chức trong trình duyệt: chạy `waymark demo --keep-inbox ngo-inbox` để giữ lại hộp thư của phần trình diễn; cuối phần trình diễn sẽ chỉ cách mở nó trong bàn làm việc của tổ chức (docs/ngo-desk.md).
cli-demo-desk-kept = Hộp thư của phần trình diễn được giữ trong { $dir }. Để xem báo cáo như nhân viên, hãy khởi động lại hộp thư bằng `waymark inbox serve --dir { $dir }`, và trong cửa sổ dòng lệnh thứ hai, khởi động bàn làm việc bằng `waymark-inbox desk --keys { $dir }/ngo-keys.json --server { $url } --store { $dir }/desk`. Mở địa chỉ nó hiện ra trong trình duyệt và đăng nhập bằng tên của bạn và cụm mật khẩu của phần trình diễn: { $passphrase }
cli-demo-failed-found = Tìm thấy một ghi chú không mã hóa trên ổ đĩa.
cli-demo-failed-duress = Mã khẩn cấp đã không phá hủy két.

## waymark content (công cụ cho nhà phát hành, và các gói trong két)

cli-content-key-exists = Tệp khóa đó đã có rồi. Tệp không bị ghi đè.
cli-content-error-write-key = Không ghi được tệp khóa.
cli-content-error-read-key = Không đọc được tệp khóa.
cli-content-error-write-manifest = Không ghi được tệp manifest.
cli-content-refused = Gói bị từ chối: { $reason }
cli-content-keygen-done =
    Đã ghi khóa riêng. Hãy giữ bí mật và cất ở nơi không nối mạng.
    Khóa công khai: { $public_key }
    ID khóa: { $key_id }
cli-content-signed = Đã ký gói { $pack_id } phiên bản { $version } bằng khóa { $key_id }. Số tệp: { $count }.
cli-content-verified = Hợp lệ: { $pack_id } phiên bản { $version }, ký bằng khóa { $key_id }. Số tệp khớp với mã băm: { $count }.
cli-content-checked = Đúng cấu trúc: { $pack_id } phiên bản { $version }. Số tệp: { $files }. Số ngôn ngữ: { $locales }. Chữ ký chưa được kiểm tra (hãy dùng waymark content verify).
cli-content-trusted = Từ giờ két này sẽ nhận các gói được ký bằng khóa { $key_id }.
cli-content-untrusted = Khóa { $key_id } không còn được tin cậy. Các gói của khóa này đã bị gỡ.
cli-content-not-trusted = Khóa { $key_id } vốn không được tin cậy ở đây.
cli-content-removed = Đã gỡ gói { $pack_id }.
cli-content-not-installed = Gói { $pack_id } chưa được cài.
cli-content-installed = Đã cài { $pack_id } phiên bản { $version }. Số tệp: { $count }.
cli-content-list-publishers = Nhà phát hành tin cậy: { $count }
cli-content-list-packs = Gói đã cài: { $count }
cli-content-list-pack = { $pack_id } phiên bản { $version } (khóa { $key_id })

## waymark helplines

cli-helplines-unknown-audience = Không rõ nhóm người này. Hãy dùng một trong các từ sau: { $choices }.
cli-helplines-unknown-channel = Không rõ cách liên lạc này. Hãy dùng một trong các từ sau: { $choices }.
cli-helplines-none = Không có đường dây hỗ trợ nào phù hợp. Hãy thử bỏ --audience hoặc --channel, hoặc thử nước khác.
cli-helplines-call = Gọi: { $address }
cli-helplines-sms = Nhắn tin (SMS): { $address }
cli-helplines-sms-keyword = Nhắn tin (SMS): { $address } (gửi chữ { $keyword })
cli-helplines-chat = Trò chuyện trực tuyến: { $address }
cli-helplines-web = Trang web: { $address }
cli-helplines-ussd = Bấm mã: { $address }
cli-helplines-whatsapp = WhatsApp: { $address }
cli-helplines-bad-date = --today phải là ngày viết theo dạng YYYY-MM-DD.
cli-helplines-audit-summary = Số quốc gia: { $countries }. Số mục: { $entries }.
cli-helplines-audit-unconfirmed = Các trường không có nguồn nào xác nhận:
cli-helplines-audit-key-fields = trường chính, nên hiển thị là chưa chắc chắn: { $fields }
cli-helplines-audit-other-fields = trường khác: { $fields }
cli-helplines-audit-stale = Nguồn được kiểm tra đã quá lâu (giới hạn tính theo ngày: { $days }):
cli-helplines-audit-secondary = Trường chính chỉ được báo chí hoặc bên thứ ba xác nhận:
cli-helplines-audit-marked = Hiển thị là chưa chắc chắn, kèm ghi chú của người duy trì:
cli-helplines-audit-no-sources = Các mục không có nguồn nào:
cli-helplines-audit-no-emergency = Quốc gia không có số khẩn cấp: { $countries }
cli-helplines-audit-no-trafficking = Quốc gia không có đường dây chống mua bán người: { $countries }
cli-helplines-audit-no-crisis = Quốc gia không có đường dây khủng hoảng: { $countries }
cli-helplines-audit-none = không có
cli-helplines-audit-failed = Một số quốc gia không có số khẩn cấp. Hãy thêm một số, kèm nguồn, trước khi phát hành danh bạ này.

# After an invalid-questionnaire error: the command that lists its problems.
questionnaire-check-hint = Hãy kiểm tra bằng: waymark questionnaire check

# waymark questionnaire import FORM [--out DIR]
cli-import-wrote = Đã ghi { $file } và { $count } tệp ngôn ngữ.
cli-import-summary = { $converted } đã chuyển, { $changed } đã đổi, { $dropped } bỏ qua, { $refused } từ chối.
cli-import-checked = Bảng hỏi vượt qua mọi kiểm tra của "waymark questionnaire check".
cli-import-action-converted = đã chuyển
cli-import-action-changed = đã đổi
cli-import-action-dropped = bỏ qua
cli-import-action-refused = từ chối
cli-import-exists = { $file } đã tồn tại: hãy chọn thư mục --out khác.
