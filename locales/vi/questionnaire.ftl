### Bảng hỏi: kiểm tra tệp và lỗi trong khi phỏng vấn.

## Lỗi biểu thức

expr-error-unexpected-char = Không có gì trong biểu thức có thể bắt đầu bằng ký tự này.
expr-error-unterminated-string = Đoạn chữ này không có dấu { $quote } đóng.
expr-error-dollar = "$" phải mở đầu một tham chiếu viết dạng ${"{"}tên{"}"}.
expr-error-bad-reference-name = Tham chiếu cần một tên bắt đầu bằng chữ cái hoặc "_" và chỉ gồm chữ, số, "_", "-" và ".".
expr-error-unclosed-reference = Tham chiếu này không có dấu "{"}"}" đóng.
expr-error-number-too-large = Số này quá lớn.
expr-error-unsupported-xpath = Cú pháp XPath { $what } không được hỗ trợ. Hãy gọi câu hỏi bằng ${"{"}tên{"}"}.
expr-error-too-long = Biểu thức dài hơn { $max } byte.
expr-error-empty = Biểu thức trống.
expr-error-trailing = { $found } không thể đứng sau một biểu thức đã hoàn chỉnh. Có thể thiếu một toán tử hoặc dấu ",".
expr-error-too-deep = Biểu thức lồng nhau quá { $max } cấp.
expr-error-ends-early = Biểu thức kết thúc ở chỗ cần một giá trị.
expr-error-expected = Ở đây cần { $expected }, nhưng lại là { $found }.
expr-error-ends-before = Biểu thức kết thúc ở chỗ cần { $expected }.
expr-error-value-before = Thiếu một giá trị trước { $found }.
expr-error-bare-name = { $name } không phải lời gọi hàm. Viết ${"{"}{ $name }{"}"} cho câu hỏi, hoặc '{ $name }' trong dấu nháy cho chữ.
expr-error-not-a-value = Ở đây cần một giá trị, nhưng lại là { $found }.
expr-error-unknown-function = { $name }() không phải hàm được hỗ trợ.
expr-error-repeat-as-value = Ở đây có một câu trả lời cho mỗi khối lặp. Hãy dùng sum() hoặc count().
expr-error-unknown-reference = ${"{"}{ $name }{"}"} không phải câu hỏi hay phép tính của biểu mẫu này.
expr-error-arity = { $function }() nhận { $expected } đối số, không phải { $got }.
expr-error-text-not-number = Đoạn chữ này không phải là số.
expr-error-arithmetic-on-choices = Tính toán trên lựa chọn nhiều đáp án. Hãy dùng count-selected().
expr-error-compare-number-text = Một số được so sánh với đoạn chữ không phải là số.
expr-error-compare-date-text = Một ngày được so sánh với đoạn chữ không phải là ngày. Hãy viết 'YYYY-MM-DD'.
expr-error-compare-choices = Lựa chọn nhiều đáp án được so sánh bằng "=". Hãy dùng selected().
expr-error-needs-choices = Ở đây { $function }() cần một lựa chọn nhiều đáp án.
expr-error-sum-needs-numbers = Ở đây sum() cần các số.
expr-error-needs-repeat = Ở đây { $function }() cần một câu hỏi trong khối lặp.

## Kết quả của `waymark questionnaire check`

questionnaire-finding-too-large = Tệp lớn hơn { $max } byte.
questionnaire-finding-toml = Điều này không hợp lệ ở đây: { $detail }
questionnaire-finding-not-a-message-id = Các trường chữ chứa mã thông điệp (chữ, số, - và _) từ các tệp .ftl, không phải bản thân đoạn chữ.
questionnaire-finding-bad-id = Mã bảng hỏi "{ $name }" không phải tên hợp lệ.
questionnaire-finding-bad-choice-name = Lựa chọn "{ $name }" không phải tên hợp lệ.
questionnaire-finding-bad-section-id = Mã phần "{ $name }" không phải tên hợp lệ.
questionnaire-finding-bad-question-name = Tên câu hỏi "{ $name }" không phải tên hợp lệ.
questionnaire-finding-bad-indicator-id = Mã chỉ báo "{ $name }" không phải tên hợp lệ.
questionnaire-finding-empty-list = Danh sách lựa chọn { $list } trống.
questionnaire-finding-duplicate-choice = Lựa chọn { $choice } xuất hiện hai lần trong danh sách { $list }.
questionnaire-finding-duplicate-section = Phần { $id } được khai báo hai lần.
questionnaire-finding-unknown-section = Phần { $id } không tồn tại.
questionnaire-finding-duplicate-name = Tên { $name } được dùng hai lần.
questionnaire-finding-unknown-type = Loại câu hỏi không rõ "{ $type }". Hãy dùng yes_no, single_choice, multiple_choice, text, integer, decimal, date, region, note, acknowledgement hoặc calculate.
questionnaire-finding-no-label = Câu hỏi { $name } không có nhãn (label).
questionnaire-finding-needs-choices = Câu hỏi { $name } cần một danh sách lựa chọn: choices = "danh_sách".
questionnaire-finding-unknown-list = Danh sách lựa chọn { $list } không tồn tại.
questionnaire-finding-choices-not-allowed = Câu hỏi { $name } không phải câu hỏi lựa chọn. Hãy bỏ `choices`.
questionnaire-finding-no-calculation = Phép tính { $name } không có `calculation`.
questionnaire-finding-calculation-in-repeat = Không hỗ trợ phép tính bên trong khối lặp. Hãy tính từ bên ngoài bằng sum() hoặc count().
questionnaire-finding-calculation-not-allowed = Chỉ câu hỏi calculate mới có `calculation`.
questionnaire-finding-bad-default = Câu trả lời mặc định của { $name } không hợp với loại của nó (hoặc không phải một lựa chọn của nó).
questionnaire-finding-required-no-answer = { $name } không nhận câu trả lời nên không thể bắt buộc.
questionnaire-finding-constraint-no-answer = Câu hỏi không nhận câu trả lời thì không thể có ràng buộc.
questionnaire-finding-filter-not-allowed = Chỉ câu hỏi lựa chọn mới có choice_filter.
questionnaire-finding-unknown-column = Không lựa chọn nào trong danh sách có cột tên { $column }.
questionnaire-finding-cycle = Các phép tính phụ thuộc lẫn nhau theo vòng tròn: { $names }.
questionnaire-finding-duplicate-indicator = Chỉ báo { $id } được khai báo hai lần.
questionnaire-finding-bad-strength = Mức độ là weak, medium hoặc strong.
questionnaire-finding-bad-weight = Trọng số phải là một số hữu hạn.
questionnaire-finding-unknown-indicator = Chỉ báo { $id } chưa được khai báo trong [[indicators]].
questionnaire-finding-bad-level = Mức là none, low, medium, high hoặc urgent.
questionnaire-finding-one-rule = Mỗi kết quả có đúng một quy tắc: any_of, at_least, all_of_sets hoặc weight.
questionnaire-finding-bad-at-least = at_least.n phải nằm giữa 1 và số chỉ báo trong `of`.
questionnaire-finding-empty-sets = all_of_sets cần các nhóm mà mỗi nhóm có ít nhất một chỉ báo.
questionnaire-finding-bad-threshold = Ngưỡng phải là một số hữu hạn.
questionnaire-finding-unreachable = Câu hỏi { $name } sẽ không bao giờ hiện ra: `relevant` của nó không bao giờ đúng.
questionnaire-finding-unreachable-section = Câu hỏi { $name } sẽ không bao giờ hiện ra: `relevant` của phần chứa nó không bao giờ đúng.
questionnaire-finding-missing-translation = Thông điệp { $id } chưa có bản dịch { $locale }.

## Lỗi khi trả lời

questionnaire-error-invalid = Bảng hỏi này có vấn đề ({ $count }).
questionnaire-error-unknown-question = Không có câu hỏi nào tên { $name }.
questionnaire-error-unknown-section = Không có phần nào tên { $id }.
questionnaire-error-not-answerable = { $name } không nhận câu trả lời.
questionnaire-error-not-relevant = Câu hỏi { $name } hiện không được hỏi.
questionnaire-error-wrong-type = Kiểu câu trả lời này không hợp với câu hỏi { $name }.
questionnaire-error-not-a-choice = Đó không phải là một lựa chọn của { $name }.
questionnaire-error-too-long = Câu trả lời cho { $name } quá dài.
questionnaire-error-constraint = Câu trả lời này cho { $name } không được chấp nhận. Vui lòng kiểm tra lại.
questionnaire-error-required = Câu hỏi { $name } cần được trả lời. "Không chắc" và "Không muốn trả lời" cũng là câu trả lời.
questionnaire-error-no-such-instance = { $name } không có khối số { $number }.
questionnaire-error-at = { $name }: { $message }
questionnaire-error-at-block = { $name }, khối { $number }: { $message }
questionnaire-error-no-current-question = Không còn câu hỏi nào.
questionnaire-error-stopped = Bảng hỏi này đã dừng. Bạn vẫn có thể xem tóm tắt và hoàn tất nó.
questionnaire-error-finalized = Bảng hỏi này đã hoàn tất.
questionnaire-error-draft-not-found = Không có bản nháp đó.
questionnaire-error-report-not-found = Không có báo cáo đó.
questionnaire-error-draft-mismatch = Bản nháp này thuộc bảng hỏi { $id } phiên bản { $version }, không có ở đây.
questionnaire-error-draft-damaged = Bản nháp đã lưu bị hỏng và không thể tiếp tục.

## Tìm bảng hỏi

catalog-error-not-found = Không có bảng hỏi nào với mã { $id }.
catalog-error-invalid = Bảng hỏi { $id } có vấn đề ({ $count }).
catalog-error-id-mismatch = { $file } khai báo mã { $id }, nhưng tên tệp lại cho mã khác.
catalog-error-texts = Không đọc được bản dịch trong { $file }. Chi tiết: { $reason }
catalog-error-not-utf8 = { $file } không phải văn bản UTF-8.
catalog-error-too-large = { $file } lớn hơn { $max } byte.
catalog-error-io = Không đọc được { $file } ({ $reason }).

## Kết quả

risk-level-none = Không thấy dấu hiệu nào
risk-level-low = Thấp
risk-level-medium = Trung bình
risk-level-high = Cao
risk-level-urgent = Khẩn cấp
strength-weak = yếu
strength-medium = vừa
strength-strong = mạnh

## Chỉ báo

indicator-abuse_of_vulnerability = Lợi dụng hoàn cảnh khó khăn
indicator-deception = Lừa dối
indicator-restriction_of_movement = Hạn chế đi lại
indicator-isolation = Cô lập
indicator-physical_and_sexual_violence = Bạo lực thể xác và tình dục
indicator-intimidation_and_threats = Đe dọa và uy hiếp
indicator-retention_of_identity_documents = Giấy tờ tùy thân bị người khác giữ
indicator-withholding_of_wages = Bị giữ lương
indicator-debt_bondage = Lệ thuộc vì nợ
indicator-abusive_working_and_living_conditions = Điều kiện làm việc và sinh hoạt tồi tệ
indicator-excessive_overtime = Làm thêm giờ quá mức
indicator-deceptive_recruitment = Tuyển dụng lừa dối
indicator-coercive_recruitment = Tuyển dụng ép buộc
indicator-sexual_exploitation = Bóc lột tình dục
indicator-child = Có trẻ em liên quan
