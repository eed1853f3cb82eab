### แอปเทอร์มินัล waymark แปลโดยใช้เครื่องช่วย ต้องให้เจ้าของภาษาตรวจ

## รหัส

cli-prompt-passcode = รหัส:
cli-prompt-new-passcode = รหัสใหม่:
cli-prompt-duress-passcode = รหัสฉุกเฉิน:
cli-prompt-again = พิมพ์อีกครั้ง:
cli-passcode-mismatch = รหัสสองครั้งไม่ตรงกัน ไม่มีอะไรเปลี่ยน
cli-no-terminal = ไม่มีเทอร์มินัลสำหรับถามรหัส ตั้งค่า WAYMARK_PASSCODE (และ WAYMARK_NEW_PASSCODE หรือ WAYMARK_DURESS_PASSCODE เมื่อต้องใช้)

## waymark vault

cli-vault-created = สร้างตู้เซฟแล้ว ตู้เซฟล็อกอยู่ มีแค่รหัสของคุณที่เปิดได้
cli-vault-unlocked = รหัสถูกต้อง ตู้เซฟเปิดแล้ว และล็อกอีกครั้งแล้ว
cli-vault-locked = ตู้เซฟล็อกอยู่ Waymark ไม่เคยเปิดทิ้งไว้หลังคำสั่ง
cli-vault-status-none = ไม่มีตู้เซฟในโฟลเดอร์นี้
cli-vault-status-wipe =
    มีตู้เซฟอยู่ที่นี่ ตู้เซฟล็อกอยู่
    จำนวนรหัสผิดตั้งแต่เปิดครั้งล่าสุด: { $failed }
    ตู้เซฟจะถูกลบเมื่อใส่รหัสผิดติดกันครบจำนวนนี้: { $limit }
cli-vault-status-no-wipe =
    มีตู้เซฟอยู่ที่นี่ ตู้เซฟล็อกอยู่
    จำนวนรหัสผิดตั้งแต่เปิดครั้งล่าสุด: { $failed }
    รหัสผิดจะไม่ลบตู้เซฟนี้
cli-vault-passcode-changed = เปลี่ยนรหัสแล้ว
cli-vault-duress-removed = ลบรหัสฉุกเฉินแล้ว
cli-vault-duress-set = ตั้งรหัสฉุกเฉินแล้ว ถ้าเปิดด้วยรหัสนี้ ตู้เซฟนี้จะถูกทำลายและจะเปิดตู้เซฟว่างแทน
cli-vault-wipe-after-invalid = ใส่จำนวนครั้ง (1 ขึ้นไป) หรือ "off"
cli-vault-wipe-after-set = ตู้เซฟจะถูกลบเมื่อใส่รหัสผิดติดกันครบจำนวนนี้: { $limit }
cli-vault-wipe-after-off = รหัสผิดจะไม่ลบตู้เซฟอีกต่อไป
cli-vault-nothing-wiped = ไม่ได้ลบอะไร
cli-vault-wiped = ตู้เซฟถูกทำลายแล้ว ไฟล์หายไปแล้ว และไม่มีใครถอดรหัสได้
cli-vault-confirm-needed = เพิ่ม --yes เพื่อลบโดยไม่ถาม
cli-vault-confirm-word = ใช่
cli-vault-confirm-wipe = ทำลายตู้เซฟนี้ตลอดไปไหม พิมพ์ { $word }:
cli-error-read-answer = อ่านคำตอบไม่ได้

## waymark journal

cli-journal-stdin-failed = อ่านบันทึกจากอินพุตมาตรฐานไม่ได้
cli-journal-edited = (แก้ไขแล้ว)
cli-journal-saved = บันทึกเป็นบันทึกหมายเลข { $id } แล้ว
cli-journal-empty = สมุดบันทึกว่างอยู่
cli-journal-changed = แก้บันทึกหมายเลข { $id } แล้ว
cli-journal-deleted = ลบบันทึกหมายเลข { $id } แล้ว

## waymark locales

cli-locales-lint-clean = ไม่พบปัญหา ภาษา: { $locales } ไฟล์: { $files }
cli-locales-lint-failed = พบปัญหา: { $count }
cli-direction-ltr = ซ้ายไปขวา
cli-direction-rtl = ขวาไปซ้าย
cli-status-source = ข้อความต้นฉบับ
cli-status-machine-assisted = แปลโดยใช้เครื่องช่วย ต้องให้เจ้าของภาษาตรวจ
cli-status-native-reviewed = เจ้าของภาษาตรวจแล้ว

## waymark demo

cli-error-temp-folder = สร้างโฟลเดอร์ชั่วคราวไม่ได้
cli-error-read-vault-file = อ่านไฟล์ของตู้เซฟไม่ได้
cli-demo-step-1-title = 1. สร้างตู้เซฟ
cli-demo-step-1 =
    ตู้เซฟคือที่เก็บที่เข้ารหัสไว้ในโทรศัพท์ เราสร้างตู้เซฟในโฟลเดอร์ชั่วคราว
    ป้องกันด้วยรหัส { $passcode } การเปลี่ยนรหัสเป็นกุญแจ
    ตั้งใจให้ใช้เวลาสักครู่ เพื่อให้การเดารหัสช้า
cli-demo-step-2-title = 2. เขียนในสมุดบันทึกส่วนตัว
cli-demo-step-2 = มีคนเขียนสิ่งที่เกิดขึ้นกับตัวเอง พร้อมวันที่:
cli-demo-note-1 = วันนี้เจ้านายยึดพาสปอร์ตของฉันไว้อีกแล้ว
cli-demo-note-2 = ไม่ได้ค่าจ้างมา 3 สัปดาห์ เขาบอกว่าฉันติดค่าห้อง 900
cli-demo-note-3 = ถูกขังในหอพักหลังเลิกกะ
cli-demo-step-3-title = 3. ดูไฟล์
cli-demo-step-3 = ตู้เซฟล็อกอยู่ นี่คือไฟล์ทั้งหมดของตู้เซฟบนดิสก์:
cli-demo-search-clean = เราค้นหาคำในบันทึกทุกไบต์ของไฟล์เหล่านี้ ไม่พบคำเหล่านั้น
cli-demo-search-found = เราค้นหาคำในบันทึกทุกไบต์ของไฟล์เหล่านี้ พบแล้ว ซึ่งไม่ควรเกิดขึ้นเลย
cli-demo-step-4-title = 4. มีคนเดารหัส
cli-demo-step-4 =
    ลอง { $guess }: "{ $answer }"
    ตู้เซฟนี้จะลบตัวเองเมื่อเดาผิดติดกันครบจำนวนนี้: { $limit }
    การนับยังอยู่แม้โทรศัพท์จะเปิดใหม่
cli-demo-step-5-title = 5. เปลี่ยนรหัส
cli-demo-step-5 =
    ตอนนี้รหัสคือ { $passcode } เปลี่ยนแค่ไฟล์กุญแจเล็ก ๆ
    ข้อมูลไม่ได้ถูกเข้ารหัสใหม่ จำนวนบันทึกที่ยังอยู่ในสมุด: { $count }
cli-demo-step-6-title = 6. ตั้งรหัสฉุกเฉิน
cli-demo-step-6 =
    ถ้ามีคนบังคับให้เปิดแอป ผู้ใช้พิมพ์ { $duress } แทนได้
    ดูเหมือนการเปิดปกติทุกอย่าง
cli-demo-step-7-title = 7. เปิดภายใต้การบังคับ
cli-demo-step-7 =
    เปิดด้วย { $duress } ได้ สมุดบันทึกดูว่างเปล่า (บันทึก: { $count })
    เบื้องหลัง ตู้เซฟจริงถูกทำลายไปก่อนแล้ว รหัสเดิมตอนนี้ได้คำตอบว่า:
    "{ $answer }"
cli-demo-step-8-title = 8. ลบฉุกเฉิน
cli-demo-step-8 = ขั้นตอนเดียวทำลายตู้เซฟได้ แม้จะล็อกอยู่ ไฟล์ที่เหลือในโฟลเดอร์:
cli-demo-no-files = (ไม่มี)
cli-demo-file-size = { $size } ไบต์
cli-demo-end = การสาธิตใช้โฟลเดอร์ชั่วคราว ตอนนี้ลบโฟลเดอร์นั้นแล้ว
cli-demo-keep-inbox-exists = มีโฟลเดอร์นี้อยู่แล้ว ตั้งชื่อโฟลเดอร์ใหม่ให้ --keep-inbox ยังไม่มีอะไรเปลี่ยน
cli-demo-desk = ฝั่งองค์กรในเบราว์เซอร์: รัน `waymark demo --keep-inbox ngo-inbox` เพื่อเก็บกล่องรับของการสาธิตไว้ แล้วตอนจบการสาธิตจะบอกวิธีเปิดในโต๊ะทำงานขององค์กร (docs/ngo-desk.md)
cli-demo-desk-kept = กล่องรับของการสาธิตเก็บไว้ที่ { $dir } หากต้องการดูรายงานแบบที่เจ้าหน้าที่เห็น ให้เริ่มกล่องรับอีกครั้งด้วย `waymark inbox serve --dir { $dir }` และในเทอร์มินัลที่สองให้เริ่มโต๊ะทำงานด้วย `waymark-inbox desk --keys { $dir }/ngo-keys.json --server { $url } --store { $dir }/desk` เปิดที่อยู่ที่แสดงในเบราว์เซอร์ แล้วเข้าสู่ระบบด้วยชื่อของคุณและวลีรหัสผ่านของการสาธิต: { $passphrase }
cli-demo-failed-found = พบบันทึกที่ไม่ได้เข้ารหัสบนดิสก์
cli-demo-failed-duress = รหัสฉุกเฉินไม่ได้ทำลายตู้เซฟ

## waymark content (เครื่องมือสำหรับผู้เผยแพร่ และแพ็กในตู้เซฟ)

cli-content-key-exists = มีไฟล์กุญแจนี้อยู่แล้ว ไม่ได้เขียนทับ
cli-content-error-write-key = เขียนไฟล์กุญแจไม่ได้
cli-content-error-read-key = อ่านไฟล์กุญแจไม่ได้
cli-content-error-write-manifest = เขียนไฟล์ manifest ไม่ได้
cli-content-refused = ไม่รับแพ็กนี้: { $reason }
cli-content-keygen-done =
    เขียนกุญแจส่วนตัวแล้ว เก็บเป็นความลับ และเก็บไว้ในที่ที่ไม่ต่ออินเทอร์เน็ต
    กุญแจสาธารณะ: { $public_key }
    ไอดีกุญแจ: { $key_id }
cli-content-signed = เซ็นแพ็ก { $pack_id } เวอร์ชัน { $version } ด้วยกุญแจ { $key_id } แล้ว จำนวนไฟล์: { $count }
cli-content-verified = ถูกต้อง: { $pack_id } เวอร์ชัน { $version } เซ็นด้วยกุญแจ { $key_id } ไฟล์ที่ตรงกับค่าแฮช: { $count }
cli-content-checked = โครงสร้างถูกต้อง: { $pack_id } เวอร์ชัน { $version } จำนวนไฟล์: { $files } จำนวนภาษา: { $locales } ยังไม่ได้ตรวจลายเซ็น (ใช้ waymark content verify)
cli-content-trusted = จากนี้ไป ตู้เซฟนี้จะรับแพ็กที่เซ็นด้วยกุญแจ { $key_id }
cli-content-untrusted = เลิกเชื่อถือกุญแจ { $key_id } แล้ว ลบแพ็กของกุญแจนี้แล้ว
cli-content-not-trusted = ที่นี่ไม่ได้เชื่อถือกุญแจ { $key_id } อยู่แล้ว
cli-content-removed = ลบแพ็ก { $pack_id } แล้ว
cli-content-not-installed = ไม่ได้ติดตั้งแพ็ก { $pack_id } ไว้
cli-content-installed = ติดตั้ง { $pack_id } เวอร์ชัน { $version } แล้ว จำนวนไฟล์: { $count }
cli-content-list-publishers = ผู้เผยแพร่ที่เชื่อถือ: { $count }
cli-content-list-packs = แพ็กที่ติดตั้งแล้ว: { $count }
cli-content-list-pack = { $pack_id } เวอร์ชัน { $version } (กุญแจ { $key_id })

## waymark helplines

cli-helplines-unknown-audience = ไม่รู้จักกลุ่มคนนี้ ใช้คำใดคำหนึ่งต่อไปนี้: { $choices }
cli-helplines-unknown-channel = ไม่รู้จักช่องทางนี้ ใช้คำใดคำหนึ่งต่อไปนี้: { $choices }
cli-helplines-none = ไม่พบสายด่วนที่ตรงกัน ลองใหม่โดยไม่ใส่ --audience หรือ --channel หรือลองประเทศอื่น
cli-helplines-call = โทร: { $address }
cli-helplines-sms = ส่ง SMS: { $address }
cli-helplines-sms-keyword = ส่ง SMS: { $address } (พิมพ์คำว่า { $keyword })
cli-helplines-chat = แชท: { $address }
cli-helplines-web = เว็บไซต์: { $address }
cli-helplines-ussd = กดรหัส: { $address }
cli-helplines-whatsapp = WhatsApp: { $address }
cli-helplines-bad-date = --today ต้องเป็นวันที่แบบ YYYY-MM-DD
cli-helplines-audit-summary = ประเทศที่ครอบคลุม: { $countries } รายการ: { $entries }
cli-helplines-audit-unconfirmed = ช่องข้อมูลที่ไม่มีแหล่งใดยืนยัน:
cli-helplines-audit-key-fields = ช่องข้อมูลหลัก จึงแสดงว่าไม่แน่นอน: { $fields }
cli-helplines-audit-other-fields = ช่องข้อมูลอื่น: { $fields }
cli-helplines-audit-stale = แหล่งข้อมูลที่ตรวจนานเกินไปแล้ว (จำกัดเป็นวัน: { $days }):
cli-helplines-audit-secondary = ช่องข้อมูลหลักที่ยืนยันโดยข่าวหรือบุคคลที่สามเท่านั้น:
cli-helplines-audit-marked = แสดงว่าไม่แน่นอน พร้อมหมายเหตุของผู้ดูแล:
cli-helplines-audit-no-sources = รายการที่ไม่มีแหล่งข้อมูลเลย:
cli-helplines-audit-no-emergency = ประเทศที่ไม่มีหมายเลขฉุกเฉิน: { $countries }
cli-helplines-audit-no-trafficking = ประเทศที่ไม่มีสายด่วนต่อต้านการค้ามนุษย์: { $countries }
cli-helplines-audit-no-crisis = ประเทศที่ไม่มีสายด่วนวิกฤต: { $countries }
cli-helplines-audit-none = ไม่มี
cli-helplines-audit-failed = บางประเทศไม่มีหมายเลขฉุกเฉิน เพิ่มหมายเลขพร้อมแหล่งที่มาก่อนเผยแพร่สมุดรายชื่อนี้

# After an invalid-questionnaire error: the command that lists its problems.
questionnaire-check-hint = ตรวจด้วยคำสั่ง: waymark questionnaire check

# waymark questionnaire import FORM [--out DIR]
cli-import-wrote = เขียน { $file } และไฟล์ภาษา { $count } ไฟล์แล้ว
cli-import-summary = แปลง { $converted } เปลี่ยน { $changed } ตัดออก { $dropped } ปฏิเสธ { $refused }
cli-import-checked = แบบสอบถามผ่านการตรวจทั้งหมดของ "waymark questionnaire check"
cli-import-action-converted = แปลงแล้ว
cli-import-action-changed = เปลี่ยนแล้ว
cli-import-action-dropped = ตัดออก
cli-import-action-refused = ปฏิเสธ
cli-import-exists = มี { $file } อยู่แล้ว: เลือกโฟลเดอร์ --out อื่น
