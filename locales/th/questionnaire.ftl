### แบบสอบถาม: การตรวจไฟล์ และข้อผิดพลาดระหว่างการสัมภาษณ์

## ข้อผิดพลาดในนิพจน์

expr-error-unexpected-char = อักขระนี้ใช้ขึ้นต้นอะไรในนิพจน์ไม่ได้
expr-error-unterminated-string = ข้อความนี้ไม่มี { $quote } ปิดท้าย
expr-error-dollar = "$" ต้องใช้ขึ้นต้นการอ้างอิงแบบ ${"{"}name{"}"}
expr-error-bad-reference-name = การอ้างอิงต้องมีชื่อที่ขึ้นต้นด้วยตัวอักษรหรือ "_" และมีเพียงตัวอักษร ตัวเลข "_" "-" และ "."
expr-error-unclosed-reference = การอ้างอิงนี้ไม่มี "{"}"}" ปิดท้าย
expr-error-number-too-large = ตัวเลขนี้ใหญ่เกินไป
expr-error-unsupported-xpath = ไม่รองรับไวยากรณ์ XPath { $what } ให้อ้างถึงคำถามด้วย ${"{"}name{"}"}
expr-error-too-long = นิพจน์ยาวเกิน { $max } ไบต์
expr-error-empty = นิพจน์ว่างเปล่า
expr-error-trailing = { $found } ตามหลังนิพจน์ที่สมบูรณ์แล้วไม่ได้ อาจขาดตัวดำเนินการหรือ ","
expr-error-too-deep = นิพจน์ซ้อนกันเกิน { $max } ชั้น
expr-error-ends-early = นิพจน์จบตรงที่ต้องมีค่า
expr-error-expected = ตรงนี้ต้องเป็น { $expected } แต่พบ { $found }
expr-error-ends-before = นิพจน์จบตรงที่ต้องมี { $expected }
expr-error-value-before = ขาดค่าก่อน { $found }
expr-error-bare-name = { $name } ไม่ใช่การเรียกฟังก์ชัน เขียน ${"{"}{ $name }{"}"} สำหรับคำถาม หรือ '{ $name }' ในเครื่องหมายคำพูดสำหรับข้อความ
expr-error-not-a-value = ตรงนี้ต้องเป็นค่า แต่พบ { $found }
expr-error-unknown-function = { $name }() ไม่ใช่ฟังก์ชันที่รองรับ
expr-error-repeat-as-value = ตรงนี้มีคำตอบหนึ่งข้อต่อหนึ่งชุดที่ทำซ้ำ ให้ใช้ sum() หรือ count()
expr-error-unknown-reference = ${"{"}{ $name }{"}"} ไม่ใช่คำถามหรือการคำนวณของแบบฟอร์มนี้
expr-error-arity = { $function }() รับอาร์กิวเมนต์ { $expected } ตัว ไม่ใช่ { $got }
expr-error-text-not-number = ข้อความนี้ไม่ใช่ตัวเลข
expr-error-arithmetic-on-choices = คำนวณกับคำตอบแบบเลือกได้หลายข้อ ให้ใช้ count-selected()
expr-error-compare-number-text = มีการเปรียบเทียบตัวเลขกับข้อความที่ไม่ใช่ตัวเลข
expr-error-compare-date-text = มีการเปรียบเทียบวันที่กับข้อความที่ไม่ใช่วันที่ ให้เขียน 'YYYY-MM-DD'
expr-error-compare-choices = มีการเปรียบเทียบคำตอบแบบเลือกได้หลายข้อด้วย "=" ให้ใช้ selected()
expr-error-needs-choices = ตรงนี้ { $function }() ต้องการคำตอบแบบเลือกได้หลายข้อ
expr-error-sum-needs-numbers = ตรงนี้ sum() ต้องการตัวเลข
expr-error-needs-repeat = ตรงนี้ { $function }() ต้องการคำถามจากชุดที่ทำซ้ำ

## ผลของ `waymark questionnaire check`

questionnaire-finding-too-large = ไฟล์ใหญ่เกิน { $max } ไบต์
questionnaire-finding-toml = ตรงนี้ไม่ถูกต้อง: { $detail }
questionnaire-finding-not-a-message-id = ช่องข้อความต้องเป็นรหัสข้อความ (ตัวอักษร ตัวเลข - และ _) จากไฟล์ .ftl ไม่ใช่ตัวข้อความเอง
questionnaire-finding-bad-id = รหัสแบบสอบถาม "{ $name }" ไม่ใช่ชื่อที่ถูกต้อง
questionnaire-finding-bad-choice-name = ตัวเลือก "{ $name }" ไม่ใช่ชื่อที่ถูกต้อง
questionnaire-finding-bad-section-id = รหัสส่วน "{ $name }" ไม่ใช่ชื่อที่ถูกต้อง
questionnaire-finding-bad-question-name = ชื่อคำถาม "{ $name }" ไม่ใช่ชื่อที่ถูกต้อง
questionnaire-finding-bad-indicator-id = รหัสตัวชี้วัด "{ $name }" ไม่ใช่ชื่อที่ถูกต้อง
questionnaire-finding-empty-list = รายการตัวเลือก { $list } ว่างเปล่า
questionnaire-finding-duplicate-choice = ตัวเลือก { $choice } ปรากฏสองครั้งในรายการ { $list }
questionnaire-finding-duplicate-section = ส่วน { $id } ถูกประกาศสองครั้ง
questionnaire-finding-unknown-section = ไม่มีส่วน { $id }
questionnaire-finding-duplicate-name = ชื่อ { $name } ถูกใช้สองครั้ง
questionnaire-finding-unknown-type = ไม่รู้จักประเภทคำถาม "{ $type }" ให้ใช้ yes_no, single_choice, multiple_choice, text, integer, decimal, date, region, note, acknowledgement หรือ calculate
questionnaire-finding-no-label = คำถาม { $name } ไม่มีป้ายข้อความ (label)
questionnaire-finding-needs-choices = คำถาม { $name } ต้องมีรายการตัวเลือก: choices = "list"
questionnaire-finding-unknown-list = ไม่มีรายการตัวเลือก { $list }
questionnaire-finding-choices-not-allowed = คำถาม { $name } ไม่ใช่คำถามแบบเลือก ให้ลบ `choices` ออก
questionnaire-finding-no-calculation = การคำนวณ { $name } ไม่มี `calculation`
questionnaire-finding-calculation-in-repeat = ไม่รองรับการคำนวณภายในชุดที่ทำซ้ำ ให้คำนวณจากภายนอกด้วย sum() หรือ count()
questionnaire-finding-calculation-not-allowed = เฉพาะคำถามแบบ calculate เท่านั้นที่มี `calculation`
questionnaire-finding-bad-default = คำตอบเริ่มต้นของ { $name } ไม่ตรงกับชนิดของมัน (หรือไม่ใช่ตัวเลือกของมัน)
questionnaire-finding-required-no-answer = { $name } ไม่รับคำตอบ จึงบังคับตอบไม่ได้
questionnaire-finding-constraint-no-answer = คำถามที่ไม่รับคำตอบมีเงื่อนไขไม่ได้
questionnaire-finding-filter-not-allowed = เฉพาะคำถามแบบเลือกเท่านั้นที่มี choice_filter
questionnaire-finding-unknown-column = ไม่มีตัวเลือกใดในรายการที่มีคอลัมน์ชื่อ { $column }
questionnaire-finding-cycle = การคำนวณพึ่งพากันเป็นวงกลม: { $names }
questionnaire-finding-duplicate-indicator = ตัวชี้วัด { $id } ถูกประกาศสองครั้ง
questionnaire-finding-bad-strength = ความหนักแน่นต้องเป็น weak, medium หรือ strong
questionnaire-finding-bad-weight = น้ำหนักต้องเป็นตัวเลขที่มีขอบเขต
questionnaire-finding-unknown-indicator = ตัวชี้วัด { $id } ไม่ได้ประกาศไว้ใน [[indicators]]
questionnaire-finding-bad-level = ระดับต้องเป็น none, low, medium, high หรือ urgent
questionnaire-finding-one-rule = ผลลัพธ์แต่ละข้อมีกฎเดียวเท่านั้น: any_of, at_least, all_of_sets หรือ weight
questionnaire-finding-bad-at-least = at_least.n ต้องอยู่ระหว่าง 1 กับจำนวนตัวชี้วัดใน `of`
questionnaire-finding-empty-sets = all_of_sets ต้องมีชุดที่แต่ละชุดระบุตัวชี้วัดอย่างน้อยหนึ่งตัว
questionnaire-finding-bad-threshold = เกณฑ์ต้องเป็นตัวเลขที่มีขอบเขต
questionnaire-finding-unreachable = คำถาม { $name } จะไม่แสดงเลย เพราะ `relevant` ของคำถามไม่มีทางเป็นจริง
questionnaire-finding-unreachable-section = คำถาม { $name } จะไม่แสดงเลย เพราะ `relevant` ของส่วนนั้นไม่มีทางเป็นจริง
questionnaire-finding-missing-translation = ข้อความ { $id } ไม่มีคำแปลใน { $locale }

## ข้อผิดพลาดขณะตอบ

questionnaire-error-invalid = แบบสอบถามนี้มีปัญหา ({ $count })
questionnaire-error-unknown-question = ไม่มีคำถามชื่อ { $name }
questionnaire-error-unknown-section = ไม่มีส่วนชื่อ { $id }
questionnaire-error-not-answerable = { $name } ไม่รับคำตอบ
questionnaire-error-not-relevant = ตอนนี้ไม่ได้ถามคำถาม { $name }
questionnaire-error-wrong-type = คำตอบแบบนี้ไม่เหมาะกับคำถาม { $name }
questionnaire-error-not-a-choice = นั่นไม่ใช่ตัวเลือกของ { $name }
questionnaire-error-too-long = คำตอบของ { $name } ยาวเกินไป
questionnaire-error-constraint = ไม่รับคำตอบนี้สำหรับ { $name } โปรดตรวจดูอีกครั้ง
questionnaire-error-required = คำถาม { $name } ต้องมีคำตอบ "ไม่แน่ใจ" และ "ไม่อยากตอบ" ก็นับเป็นคำตอบ
questionnaire-error-no-such-instance = { $name } ไม่มีชุดที่ { $number }
questionnaire-error-at = { $name }: { $message }
questionnaire-error-at-block = { $name } ชุดที่ { $number }: { $message }
questionnaire-error-no-current-question = ไม่มีคำถามแล้ว
questionnaire-error-stopped = แบบสอบถามนี้หยุดแล้ว คุณยังดูสรุปและจบแบบสอบถามได้
questionnaire-error-finalized = แบบสอบถามนี้เสร็จสิ้นแล้ว
questionnaire-error-draft-not-found = ไม่มีฉบับร่างนี้
questionnaire-error-report-not-found = ไม่มีรายงานนี้
questionnaire-error-draft-mismatch = ฉบับร่างนี้เป็นของแบบสอบถาม { $id } รุ่น { $version } ซึ่งไม่มีอยู่ที่นี่
questionnaire-error-draft-damaged = ฉบับร่างที่บันทึกไว้เสียหายและทำต่อไม่ได้

## การค้นหาแบบสอบถาม

catalog-error-not-found = ไม่มีแบบสอบถามรหัส { $id }
catalog-error-invalid = แบบสอบถาม { $id } มีปัญหา ({ $count })
catalog-error-id-mismatch = { $file } ประกาศรหัส { $id } แต่ชื่อไฟล์บอกรหัสอื่น
catalog-error-texts = อ่านคำแปลใน { $file } ไม่ได้ รายละเอียด: { $reason }
catalog-error-not-utf8 = { $file } ไม่ใช่ข้อความ UTF-8
catalog-error-too-large = { $file } ใหญ่เกิน { $max } ไบต์
catalog-error-io = อ่าน { $file } ไม่ได้ ({ $reason })

## ผลลัพธ์

risk-level-none = ไม่พบสัญญาณ
risk-level-low = ต่ำ
risk-level-medium = ปานกลาง
risk-level-high = สูง
risk-level-urgent = เร่งด่วน
strength-weak = อ่อน
strength-medium = ปานกลาง
strength-strong = ชัดเจน

## ตัวชี้วัด

indicator-abuse_of_vulnerability = การฉวยประโยชน์จากความเปราะบาง
indicator-deception = การหลอกลวง
indicator-restriction_of_movement = การจำกัดการเดินทาง
indicator-isolation = การแยกให้โดดเดี่ยว
indicator-physical_and_sexual_violence = ความรุนแรงทางร่างกายและทางเพศ
indicator-intimidation_and_threats = การข่มขู่และคุกคาม
indicator-retention_of_identity_documents = เอกสารประจำตัวถูกคนอื่นยึดไว้
indicator-withholding_of_wages = การกักค่าจ้าง
indicator-debt_bondage = การเป็นหนี้ผูกมัด
indicator-abusive_working_and_living_conditions = สภาพการทำงานและความเป็นอยู่ที่เลวร้าย
indicator-excessive_overtime = ทำงานล่วงเวลามากเกินไป
indicator-deceptive_recruitment = การจัดหางานโดยหลอกลวง
indicator-coercive_recruitment = การจัดหางานโดยบังคับ
indicator-sexual_exploitation = การแสวงประโยชน์ทางเพศ
indicator-child = มีเด็กเกี่ยวข้อง
