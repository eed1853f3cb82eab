### คำสั่งแบบสอบถามและการสัมภาษณ์ในเทอร์มินัล

## waymark questionnaire

cli-questionnaire-check-clean = { $file }: ไม่พบปัญหา
cli-questionnaire-check-failed = ไฟล์ที่มีปัญหา: { $count } จาก { $total }
cli-questionnaire-source-builtin = ในตัว
cli-questionnaire-source-pack = แพ็ก { $pack_id }
cli-questionnaire-list-none = ไม่มีแบบสอบถามให้ใช้

## waymark interview

cli-interview-started = { $title } ทุกคำตอบจะถูกเข้ารหัสและบันทึกทันทีที่ตอบ (ฉบับร่าง { $draft })
cli-interview-resumed = { $title }: ทำต่อจากตรงที่คุณหยุดไว้
cli-interview-need-source = ระบุรหัสแบบสอบถามหรือ --file
cli-interview-cmd-back = ย้อน
cli-interview-cmd-review = ทบทวน
cli-interview-cmd-stop = หยุด
cli-interview-cmd-quit = ออก
cli-interview-cmd-help = ช่วย
cli-interview-cmd-go = ไป
cli-interview-commands = ตอบด้วยหมายเลขหรือคำของคำตอบ พิมพ์คำเหล่านี้ได้ด้วย: { $back } (คำถามก่อนหน้า) { $review } (ดูคำตอบ) { $stop } (หยุดตรงนี้) { $quit } (ออกตอนนี้แล้วทำต่อภายหลัง) { $help }
cli-interview-section = — { $title } —
cli-interview-section-instance = — { $title } ({ $number }) —
cli-interview-hint = สำหรับผู้สัมภาษณ์: { $hint }
cli-interview-kind-integer = (จำนวนเต็ม)
cli-interview-kind-decimal = (ตัวเลข)
cli-interview-kind-date = (วันที่ เขียนแบบ YYYY-MM-DD)
cli-interview-kind-text = (พิมพ์คำตอบ แล้วกด Enter)
cli-interview-kind-multiple = (หมายเลขเดียวหรือหลายหมายเลข คั่นด้วยจุลภาค)
cli-interview-kind-note = (กด Enter เพื่อไปต่อ)
cli-interview-kind-optional = (กด Enter โดยไม่ตอบเพื่อข้ามคำถามนี้)
cli-interview-current-answer = คำตอบตอนนี้: { $answer }
cli-interview-not-understood = ขออภัย ไม่เข้าใจคำตอบนั้น โปรดลองอีกครั้ง
cli-interview-repeat-offer = เพิ่ม { $title } ({ $number }) ไหม 1 = { $yes }, 2 = { $no }
cli-interview-review-title = คำตอบของคุณ:
cli-interview-review-item = { $number }. { $question }: { $answer }
cli-interview-review-unanswered = (ไม่มีคำตอบ)
cli-interview-review-go = หากจะเปลี่ยนคำตอบ พิมพ์ { $go } ตามด้วยหมายเลข เช่น { $go } 2
cli-interview-review-hidden = คำตอบเป็นความลับ เพราะเจ้าตัวไม่ยินยอมให้แสดง
cli-interview-stopped = หยุดตรงนี้ จะไม่มีคำถามอีก
cli-interview-end = นั่นคือคำถามสุดท้าย
cli-interview-left = บันทึกคำตอบแล้ว หากจะทำต่อภายหลัง: waymark interview resume { $draft } --dir { $dir }
cli-interview-consent = คุณต้องการให้เจ้าหน้าที่เห็นคำตอบของคุณไหม 1 = { $yes }, 2 = { $no }
cli-interview-hand-back = ขอบคุณ โปรดส่งโทรศัพท์คืนตอนนี้
cli-interview-finalize-ask = จบตอนนี้และบันทึกรายงานไหม 1 = { $yes }, 2 = { $no }
cli-interview-finalized = บันทึกรายงาน { $report } ในตู้เซฟแล้ว มีเฉพาะคำตอบของคำถามที่ถามไป
cli-interview-answer-saved = บันทึกคำตอบแล้ว
cli-interview-answers-file = อ่านไฟล์คำตอบไม่ได้ รายละเอียด: { $reason }
cli-interview-answers-unknown = ไฟล์คำตอบระบุ { $name } ซึ่งไม่ใช่คำถามหรือส่วนที่ทำซ้ำของแบบสอบถามนี้ (หรือไม่ได้ถามที่นี่)
cli-interview-answers-not-list = { $name } เป็นส่วนที่ทำซ้ำ ให้ใส่เป็นรายการของชุด ([[{ $name }]] ใน TOML)

## สรุป

cli-interview-summary-title = สรุป: { $title }
cli-interview-summary-risk = ผล: { $risk }
cli-interview-summary-indicators = สัญญาณที่พบ:
cli-interview-summary-indicator = - { $name } ({ $strength })
cli-interview-summary-no-indicators = ไม่พบสัญญาณในคำตอบเหล่านี้
cli-interview-summary-actions = ขั้นตอนถัดไปที่แนะนำ:
cli-interview-summary-options = สิ่งที่คุณทำได้:
cli-interview-summary-action = - { $text }
cli-interview-summary-helplines = - ติดต่อสายด่วนช่วยเหลือ:
cli-interview-summary-helplines-country = - ติดต่อสายด่วนช่วยเหลือ ใส่ประเทศของเจ้าตัว (เช่น --country TH) เพื่อดูหมายเลขที่ถูกต้อง
cli-interview-summary-helplines-none = - ติดต่อสายด่วนช่วยเหลือ รายชื่อยังไม่มีสายด่วนของประเทศนี้
cli-interview-summary-progress = ตอบแล้ว: { $answered } จาก { $relevant } ข้อ
cli-interview-summary-stopped = แบบสอบถามถูกหยุดก่อนจบ
cli-interview-summary-answers-hidden = คำตอบเป็นความลับ เพราะเจ้าตัวไม่ยินยอมให้แสดง

## waymark interview list

cli-interview-draft-line = { $draft }  { $questionnaire } v{ $version }  { $mode }  { $updated }
cli-interview-no-drafts = ไม่มีฉบับร่าง
cli-interview-mode-interviewer = สัมภาษณ์
cli-interview-mode-self = ตรวจด้วยตนเอง
cli-interview-mode-handover = ส่งโทรศัพท์ให้
