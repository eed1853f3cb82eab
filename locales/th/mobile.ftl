### Waymark: messages of the mobile bindings. Machine-assisted; needs review by a native speaker.

ffi-error-internal = เกิดข้อผิดพลาดภายในแอป สิ่งที่คุณบันทึกไว้ไม่ได้หายไป โปรดลองอีกครั้ง
ffi-network-facts-unavailable = ตอนนี้แอปตรวจสอบเครือข่ายไม่ได้ จึงยังไม่ได้ส่งอะไรออกไป
ffi-questionnaire-invalid = แบบสอบถามนี้มีข้อผิดพลาดและใช้งานไม่ได้
ffi-questionnaire-required = โปรดตอบคำถามนี้เพื่อไปต่อ
ffi-questionnaire-not-accepted = คำตอบนี้ไม่ตรงกับคำถามนี้
ffi-questionnaire-too-long = คำตอบนี้ยาวเกินไป
ffi-questionnaire-not-available = คำถามนี้ยังไม่พร้อมใช้งานในตอนนี้
ffi-questionnaire-closed = แบบสอบถามนี้จบแล้ว เพิ่มคำตอบไม่ได้อีก
ffi-questionnaire-draft-not-found = ฉบับร่างหรือรายงานนี้ไม่อยู่ที่นี่แล้ว
ffi-questionnaire-draft-mismatch = ฉบับร่างนี้เริ่มด้วยแบบสอบถามคนละเวอร์ชัน
ffi-questionnaire-draft-damaged = ฉบับร่างที่บันทึกไว้นี้เสียหายและเปิดไม่ได้
