### การส่งรายงานถึงองค์กร: กล่องขาออก กฎการส่ง และคำตอบ แปลด้วยเครื่อง ต้องให้เจ้าของภาษาตรวจ

## ทำไมตอนนี้ยังไม่ส่งอะไร

sync-held-waiting-for-user = รอให้คุณกดส่ง
sync-held-no-network = รอการเชื่อมต่อ
sync-held-captive-portal = เครือข่ายนี้ต้องลงชื่อเข้าใช้ก่อน กำลังรอ
sync-held-not-validated = รออินเทอร์เน็ตที่ใช้งานได้
sync-held-transport = รอการเชื่อมต่อแบบที่คุณอนุญาต
sync-held-metered = รอการเชื่อมต่อที่ไม่คิดเงินตามปริมาณข้อมูล
sync-held-roaming = ไม่ส่งขณะโรมมิ่ง
sync-held-vpn = รอ VPN ของคุณ
sync-held-untrusted-network = รอเครือข่ายที่คุณไว้ใจ
sync-held-time-window = รอช่วงเวลาที่คุณอนุญาต
sync-held-not-charging = รอให้โทรศัพท์ชาร์จไฟ

## ทำไมส่งไม่สำเร็จ (รายงานยังเก็บไว้และจะส่งใหม่)

sync-failure-connect = ติดต่อเซิร์ฟเวอร์ขององค์กรไม่ได้
sync-failure-timeout = เซิร์ฟเวอร์ขององค์กรตอบช้าเกินไป
sync-failure-tls = ตรวจสอบการเชื่อมต่อที่ปลอดภัยไม่ได้
sync-failure-pin-mismatch = กุญแจความปลอดภัยของเซิร์ฟเวอร์ไม่ใช่ขององค์กร ยังไม่ได้ส่งอะไร
sync-failure-interrupted = การเชื่อมต่อขาด
sync-failure-server-error = เซิร์ฟเวอร์ขององค์กรมีปัญหา
sync-failure-rate-limited = เซิร์ฟเวอร์ขององค์กรไม่ว่าง จะลองใหม่ภายหลัง
sync-failure-too-large = รายงานใหญ่เกินไปสำหรับองค์กรนี้
sync-failure-refused = เซิร์ฟเวอร์ขององค์กรไม่รับรายงาน
sync-failure-malformed = เซิร์ฟเวอร์ขององค์กรตอบกลับมาไม่สมเหตุสมผล
sync-failure-no-endpoint = ด้วยการตั้งค่าตอนนี้ ติดต่อองค์กรนี้ไม่ได้
sync-failure-setup = เตรียมการเชื่อมต่อไม่ได้ โปรดตรวจการตั้งค่าพร็อกซี
sync-failure-bad-receipt = ตรวจใบรับของเซิร์ฟเวอร์ไม่ได้ จึงยังเก็บรายงานไว้

## ข้อผิดพลาด

sync-error-unknown-ngo = องค์กรนี้ไม่อยู่ในรายชื่อของคุณ
sync-error-no-directory = ยังไม่ได้ดาวน์โหลดข้อมูลขององค์กรนี้
sync-error-directory-expired = ข้อมูลขององค์กรนี้เก่าแล้ว โปรดอัปเดตก่อน
sync-error-invalid-key = นี่ไม่ใช่กุญแจขององค์กรที่ถูกต้อง
sync-error-unknown-report = ไม่มีรายงานนี้ในกล่องขาออก
sync-error-nothing-to-send = ไม่มีอะไรให้ส่ง
sync-error-already-queued = รายการนี้อยู่ในกล่องขาออกแล้ว
sync-error-too-large = รายงานใหญ่เกินกว่าจะส่งได้
sync-error-seal = ปิดผนึกรายงานไม่ได้
sync-error-signature = ลายเซ็นขององค์กรไม่ถูกต้อง
sync-error-directory-rollback = ข้อมูลองค์กรนี้เก่ากว่าข้อมูลที่มีอยู่ในโทรศัพท์นี้ จึงไม่ได้นำมาใช้
sync-error-bad-answer = เซิร์ฟเวอร์ขององค์กรตอบกลับมาไม่สมเหตุสมผล
sync-error-damaged = ข้อมูลการส่งที่บันทึกไว้เสียหาย
sync-error-invalid-setting = ไม่อนุญาตการตั้งค่านี้: { $setting }

## waymark ngo

cli-ngo-added = ตอนนี้คุณไว้ใจ { $name } แล้ว (กุญแจ { $key_id }) รายงานถึงองค์กรนี้จะถูกปิดผนึกให้มีแต่องค์กรนี้อ่านได้
cli-ngo-refreshed = ข้อมูลของ { $name } เป็นปัจจุบันแล้ว
cli-ngo-none = คุณยังไม่ได้ไว้ใจองค์กรใด
cli-ngo-line-ready = { $key_id }  { $name }  (ข้อมูลใช้ได้ถึง { $expires })
cli-ngo-line-no-directory = { $key_id }  { $name }  (ยังไม่ได้ดาวน์โหลดข้อมูล)

## waymark outbox

cli-outbox-queued =
    ปิดผนึกและใส่ในกล่องขาออกแล้ว: { $id }
    รหัสใบรับ (โทรศัพท์นี้ใช้ขอคำตอบ และมีเพียงโทรศัพท์นี้ที่อ่านคำตอบได้): { $code }
    รหัสเดียวกันแบบตัวเลข: { $digits }
cli-outbox-fingerprint = ลายนิ้วมือของรายงาน (เจ้าหน้าที่องค์กรเห็นค่าเดียวกันในรายงานของคุณ อ่านค่านี้ให้เขาฟังแทนรหัส): { $fingerprint }
cli-outbox-empty = กล่องขาออกว่าง
cli-outbox-kind-questionnaire = แบบสอบถาม
cli-outbox-kind-journal = บันทึกในสมุด
cli-outbox-kind-assistant = ผู้ช่วย
cli-outbox-kind-text = ข้อความ
cli-outbox-line-queued = { $id }  { $kind }  กำลังรอ (จำนวนครั้งที่ลอง: { $attempts })
cli-outbox-line-sent = { $id }  { $kind }  ส่งถึงแล้ว ({ $day })
cli-outbox-last-problem = ปัญหาล่าสุด: { $reason }
cli-outbox-status = กำลังรอ: { $queued } ส่งถึงแล้ว: { $sent }
cli-outbox-policy-allows = กฎของคุณอนุญาตให้ส่งได้ตอนนี้
cli-sync-held = ยังไม่ส่งตอนนี้ { $reason }
cli-sync-delayed = จะส่งเร็ว ๆ นี้ ในเวลาที่สุ่มเลือก
cli-sync-idle = ไม่มีอะไรให้ส่ง
cli-sync-ran = ส่งถึงแล้ว: { $sent } ไม่สำเร็จ: { $failed } ยังรออยู่: { $queued } คำตอบใหม่: { $replies }

## waymark policy

cli-yes = ใช่
cli-no = ไม่
cli-policy-any-time = ได้ทุกเวลา
cli-policy-no-proxy = ไม่มี
cli-policy-bad-window = ใส่ช่วงเวลาแบบ HH:MM-HH:MM เช่น 22:00-06:00
cli-policy-saved = บันทึกกฎของคุณแล้ว
cli-policy-show =
    ส่งเฉพาะเมื่อฉันกดส่ง: { $manual }
    Wi-Fi: { $wifi } ข้อมูลมือถือ: { $cellular } เครือข่ายที่คิดเงินตามข้อมูล: { $metered } โรมมิ่ง: { $roaming }
    ต้องใช้ VPN: { $vpn } เฉพาะเครือข่ายที่ไว้ใจ: { $trusted } (บันทึกไว้: { $trusted_count })
    ช่วงเวลา: { $windows } เฉพาะขณะชาร์จ: { $charging }
    รอแบบสุ่มก่อนส่ง เป็นวินาที: { $delay_min } ถึง { $delay_max } การส่งหลอก: { $dummy }
    พร็อกซี Tor หรือ SOCKS: { $proxy }

## waymark replies

cli-replies-none = ยังไม่มีคำตอบ
cli-replies-line = คำตอบวันที่ { $day } ถึงรายงาน { $id }:
