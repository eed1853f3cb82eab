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
