### Waymark: thông báo của lõi. Dịch có máy hỗ trợ; cần người bản ngữ xem lại.

locale-name = Tiếng Việt
i18n-text-missing = Nội dung này chưa có.

## Lỗi của két an toàn

vault-error-not-found = Ở đây không có két an toàn.
vault-error-already-exists = Ở đây đã có một két an toàn.
vault-error-locked = Két an toàn đang khóa. Hãy mở bằng mã của bạn trước.
vault-error-wrong-passcode = Sai mã.
vault-error-wrong-passcode-remaining = Sai mã. Còn { $remaining } lần thử trước khi két an toàn bị xóa.
vault-error-invalid-passcode = Mã phải dài từ 1 đến { $max } byte.
vault-error-duress-same-as-passcode = Mã khẩn cấp phải khác mã của bạn.
vault-error-header-corrupt = Tệp khóa của két an toàn bị hỏng. Không mở được két.
vault-error-header-tampered = Tệp khóa của két an toàn đã bị thay đổi. Không mở được két.
vault-error-unsupported-version = Két này được tạo bằng phiên bản ứng dụng mới hơn. Hãy cập nhật ứng dụng để mở.
vault-error-database-corrupt = Dữ liệu của két an toàn bị hỏng.
vault-error-schema-too-new = Két này được lưu bằng phiên bản ứng dụng mới hơn. Hãy cập nhật ứng dụng để mở.
vault-error-key-missing = Khóa bảo mật của điện thoại cho két này không còn nữa. Không mở được két.
vault-error-key-unwrap-failed = Khóa bảo mật của điện thoại không mở được két.
vault-error-key-store-unavailable = Nơi giữ khóa an toàn của điện thoại chưa sẵn sàng. Hãy thử lại.
vault-error-io = Điện thoại không đọc hoặc lưu được các tệp của két. Hãy xem còn chỗ trống không rồi thử lại.
vault-error-database = Có lỗi bên trong két an toàn (mã { $code }).
vault-error-invalid-setting = Cài đặt này không hợp lệ.

## Lỗi của nhật ký

journal-error-not-found = Không có ghi chú nào với số đó.
journal-error-empty = Ghi chú đang trống. Hãy viết gì đó trước.
journal-error-too-long = Ghi chú quá dài. Tối đa { $max } byte.

## Lỗi của gói nội dung

pack-error-manifest-missing = Gói không có tệp manifest.json.
pack-error-manifest-invalid = Tệp manifest.json không hợp lệ. Chi tiết: { $reason }.
pack-error-signature-missing = Gói không có tệp manifest.sig.
pack-error-signature-invalid = Chữ ký không khớp. Gói đã bị thay đổi, hoặc do một khóa khác ký.
pack-error-unknown-publisher = Gói được ký bởi nhà phát hành { $key_id }. Nhà phát hành này không được tin cậy ở đây.
pack-error-invalid-public-key = Đây không phải khóa công khai hợp lệ. Khóa phải có 64 ký tự thập lục phân (Ed25519).
pack-error-development-key = Khóa phát triển chỉ ký gói có sẵn trong ứng dụng. Không thể tin cậy khóa này cho các gói khác.
pack-error-invalid-private-key = Đây không phải khóa riêng hợp lệ. Cần một tệp khóa Ed25519 dạng PKCS#8.
pack-error-hash-mismatch = { $file }: nội dung không khớp với manifest.
pack-error-size-mismatch = { $file }: kích thước không khớp với manifest.
pack-error-missing-file = { $file }: có trong manifest nhưng không có trong gói.
pack-error-extra-file = { $file }: có trong gói nhưng không có trong manifest.
pack-error-unsafe-path = { $file }: tên tệp này không được phép. Chi tiết: { $reason }.
pack-error-duplicate-path = { $file }: tệp này xuất hiện nhiều lần.
pack-error-file-too-large = { $file }: tệp quá lớn. Giới hạn tính bằng byte: { $max }.
pack-error-pack-too-large = Gói quá lớn. Giới hạn tính bằng byte: { $max }.
pack-error-too-many-files = Gói có quá nhiều tệp. Giới hạn là { $max }.
pack-error-rollback = Gói { $pack_id } phiên bản { $offered } không mới hơn phiên bản đã cài ({ $installed }).
pack-error-publisher-mismatch = Gói { $pack_id } đã được cài từ một nhà phát hành khác.
pack-error-reserved-pack-id = ID gói { $pack_id } được dành riêng cho gói có sẵn trong ứng dụng.
pack-error-invalid-content = { $file }: nội dung không hợp lệ. Chi tiết: { $reason }.
pack-error-io = Không đọc hoặc lưu được các tệp ({ $reason }). Hãy kiểm tra thư mục và chỗ trống rồi thử lại.

## Các từ trả lời dùng trong mọi bảng câu hỏi

answer-yes = Có
answer-no = Không
answer-not-sure = Không chắc
answer-prefer-not-to-say = Không muốn trả lời
answer-acknowledge = Tôi hiểu
