### The NGO inbox (waymark-inbox, waymark inbox serve). Machine-assisted translation.
### Keep every { $variable } and every WAYMARK_… name as is.

inbox-prompt-passphrase = วลีรหัสผ่านของไฟล์กุญแจองค์กร:
inbox-prompt-again = พิมพ์อีกครั้ง:
inbox-keygen-done =
    สร้างกุญแจแล้ว
    กุญแจส่วนตัว (เข้ารหัสแล้ว เก็บไว้ในคอมพิวเตอร์ขององค์กรและสำรองไว้): { $keys }
    การตั้งค่าเซิร์ฟเวอร์ (คัดลอกไปที่เซิร์ฟเวอร์): { $config }
    กุญแจสาธารณะ (สำหรับโทรศัพท์): { $public }
    รหัสกุญแจไดเรกทอรี: { $keyid }
inbox-directory-signed = ลงนามรายการไดเรกทอรีแล้ว ใช้ได้ถึง { $expires }: { $file }
inbox-pull-done = รายงานใหม่ที่ดาวน์โหลด: { $new } รายงานที่เปิดในที่เก็บในเครื่อง: { $total }
inbox-pull-unopened = ซองที่กุญแจนี้เปิดไม่ได้ (เก็บไว้โดยไม่เปลี่ยนแปลง): { $count }
inbox-reply-sent = ปิดผนึกและส่งคำตอบแล้ว มีเพียงโทรศัพท์ของผู้รายงานที่อ่านได้
inbox-serve-listening = กล่องรับกำลังฟังที่ { $address } หยุดด้วย Ctrl-C
inbox-serve-stopped = กล่องรับหยุดแล้ว
inbox-desk-listening = โต๊ะทำงานเปิดอยู่ที่ { $url } บนคอมพิวเตอร์เครื่องนี้เท่านั้น เปิดในเบราว์เซอร์แล้วเข้าสู่ระบบด้วยวลีรหัสผ่านของไฟล์กุญแจ หยุดด้วย Ctrl-C
inbox-serve-created = สร้างกล่องรับสาธิตไว้ที่ { $dir } โทรศัพท์จะส่งไปที่ { $url }
inbox-error-config = การตั้งค่ากล่องรับไม่ถูกต้อง: { $setting }
inbox-error-file = อ่านหรือเขียนไฟล์ไม่ได้ ({ $file })
inbox-error-already-exists = มีกุญแจอยู่ในโฟลเดอร์นั้นแล้ว ไม่มีอะไรถูกเขียนทับ
inbox-error-wrong-passphrase = วลีรหัสผ่านไม่ถูกต้อง หรือไฟล์กุญแจถูกแก้ไข
inbox-error-weak-passphrase = วลีรหัสผ่านสั้นเกินไป ใช้อย่างน้อย 10 ตัวอักษร คำสุ่มสองสามคำดีที่สุด
inbox-error-key-file = นี่ไม่ใช่ไฟล์กุญแจองค์กรของ Waymark หรือไฟล์เสียหาย
inbox-error-schema-too-new = ฐานข้อมูลถูกสร้างโดยกล่องรับรุ่นใหม่กว่า โปรดอัปเดตโปรแกรมนี้
inbox-error-storage = ใช้ฐานข้อมูลไม่ได้ในตอนนี้
inbox-error-unreachable = ติดต่อเซิร์ฟเวอร์กล่องรับไม่ได้
inbox-error-refused = เซิร์ฟเวอร์กล่องรับปฏิเสธคำขอ ({ $status }, { $code })
inbox-error-bad-response = คำตอบของเซิร์ฟเวอร์กล่องรับไม่ถูกต้อง
inbox-error-unknown-report = ยังไม่ได้ดาวน์โหลดรายงานที่มีรหัสนี้ ให้รัน pull ก่อน
inbox-error-reply-text = คำตอบว่างหรือยาวเกินไป
# $max (number): bytes of text one reply holds.
inbox-error-reply-too-long = คำตอบยาวเกินไป: คำตอบหนึ่งรายการรองรับได้สูงสุด { $max } ไบต์ โปรดส่งเป็นคำตอบที่สั้นกว่าหลายรายการ
inbox-error-argument = ค่านี้ไม่ถูกต้อง: { $option }
inbox-error-no-terminal = ไม่มีเทอร์มินัลสำหรับถามวลีรหัสผ่าน ตั้งค่า WAYMARK_INBOX_PASSPHRASE
inbox-error-passphrase-mismatch = วลีรหัสผ่านทั้งสองไม่ตรงกัน ไม่มีอะไรเปลี่ยน
inbox-error-not-loopback = waymark inbox serve ฟังเฉพาะบนคอมพิวเตอร์เครื่องนี้ (127.0.0.1) สำหรับเซิร์ฟเวอร์จริง ให้ใช้ waymark-inbox serve
