### Waymark: ข้อความของแกนหลัก แปลโดยใช้เครื่องช่วย ต้องให้เจ้าของภาษาตรวจ

locale-name = ไทย
i18n-text-missing = ข้อความนี้ยังไม่มีให้ใช้

## ข้อผิดพลาดของตู้เซฟ

vault-error-not-found = ไม่มีตู้เซฟอยู่ที่นี่
vault-error-already-exists = มีตู้เซฟอยู่ที่นี่แล้ว
vault-error-locked = ตู้เซฟล็อกอยู่ ใส่รหัสของคุณเพื่อเปิดก่อน
vault-error-wrong-passcode = รหัสไม่ถูกต้อง
vault-error-wrong-passcode-remaining = รหัสไม่ถูกต้อง เหลืออีก { $remaining } ครั้ง แล้วตู้เซฟจะถูกลบ
vault-error-invalid-passcode = รหัสต้องยาว 1 ถึง { $max } ไบต์
vault-error-duress-same-as-passcode = รหัสฉุกเฉินต้องไม่เหมือนรหัสของคุณ
vault-error-header-corrupt = ไฟล์กุญแจของตู้เซฟเสียหาย เปิดตู้เซฟไม่ได้
vault-error-header-tampered = ไฟล์กุญแจของตู้เซฟถูกเปลี่ยน เปิดตู้เซฟไม่ได้
vault-error-unsupported-version = ตู้เซฟนี้สร้างด้วยแอปรุ่นที่ใหม่กว่า อัปเดตแอปก่อนจึงจะเปิดได้
vault-error-database-corrupt = ข้อมูลในตู้เซฟเสียหาย
vault-error-schema-too-new = ตู้เซฟนี้บันทึกด้วยแอปรุ่นที่ใหม่กว่า อัปเดตแอปก่อนจึงจะเปิดได้
vault-error-key-missing = กุญแจความปลอดภัยของโทรศัพท์สำหรับตู้เซฟนี้หายไป เปิดตู้เซฟไม่ได้
vault-error-key-unwrap-failed = กุญแจความปลอดภัยของโทรศัพท์เปิดตู้เซฟไม่ได้
vault-error-key-store-unavailable = ที่เก็บกุญแจที่ปลอดภัยของโทรศัพท์ยังไม่พร้อม ลองอีกครั้ง
vault-error-io = โทรศัพท์อ่านหรือบันทึกไฟล์ของตู้เซฟไม่ได้ ตรวจดูพื้นที่ว่างแล้วลองอีกครั้ง
vault-error-database = เกิดปัญหาข้างในตู้เซฟ (รหัส { $code })
vault-error-invalid-setting = การตั้งค่านี้ไม่ถูกต้อง

## ข้อผิดพลาดของสมุดบันทึก

journal-error-not-found = ไม่มีบันทึกหมายเลขนี้
journal-error-empty = บันทึกว่างอยู่ เขียนอะไรก่อน
journal-error-too-long = บันทึกยาวเกินไป ยาวได้ไม่เกิน { $max } ไบต์

## ข้อผิดพลาดของแพ็กเนื้อหา

pack-error-manifest-missing = แพ็กนี้ไม่มีไฟล์ manifest.json
pack-error-manifest-invalid = ไฟล์ manifest.json ไม่ถูกต้อง รายละเอียด: { $reason }
pack-error-signature-missing = แพ็กนี้ไม่มีไฟล์ manifest.sig
pack-error-signature-invalid = ลายเซ็นไม่ตรงกัน แพ็กถูกเปลี่ยน หรือเซ็นด้วยกุญแจอื่น
pack-error-unknown-publisher = แพ็กนี้เซ็นโดยผู้เผยแพร่ { $key_id } ที่นี่ไม่ได้เชื่อถือผู้เผยแพร่นี้
pack-error-invalid-public-key = นี่ไม่ใช่กุญแจสาธารณะที่ถูกต้อง ต้องเป็นอักขระเลขฐานสิบหก 64 ตัว (Ed25519)
pack-error-development-key = กุญแจสำหรับนักพัฒนาใช้เซ็นได้แค่แพ็กที่มากับแอป เชื่อถือกุญแจนี้สำหรับแพ็กอื่นไม่ได้
pack-error-invalid-private-key = นี่ไม่ใช่กุญแจส่วนตัวที่ถูกต้อง ต้องใช้ไฟล์กุญแจ Ed25519 แบบ PKCS#8
pack-error-hash-mismatch = { $file }: เนื้อหาไม่ตรงกับ manifest
pack-error-size-mismatch = { $file }: ขนาดไม่ตรงกับ manifest
pack-error-missing-file = { $file }: มีอยู่ใน manifest แต่ไม่มีในแพ็ก
pack-error-extra-file = { $file }: มีอยู่ในแพ็ก แต่ไม่มีใน manifest
pack-error-unsafe-path = { $file }: ใช้ชื่อไฟล์นี้ไม่ได้ รายละเอียด: { $reason }
pack-error-duplicate-path = { $file }: ไฟล์นี้มีซ้ำกันมากกว่าหนึ่งครั้ง
pack-error-file-too-large = { $file }: ไฟล์ใหญ่เกินไป ขนาดสูงสุด (ไบต์): { $max }
pack-error-pack-too-large = แพ็กใหญ่เกินไป ขนาดสูงสุด (ไบต์): { $max }
pack-error-too-many-files = แพ็กมีไฟล์มากเกินไป มีได้ไม่เกิน { $max } ไฟล์
pack-error-rollback = แพ็ก { $pack_id } เวอร์ชัน { $offered } ไม่ใหม่กว่าเวอร์ชันที่ติดตั้งไว้ ({ $installed })
pack-error-publisher-mismatch = ติดตั้งแพ็ก { $pack_id } จากผู้เผยแพร่อื่นไว้แล้ว
pack-error-reserved-pack-id = ไอดีแพ็ก { $pack_id } สงวนไว้สำหรับแพ็กที่มากับแอป
pack-error-invalid-content = { $file }: เนื้อหาไม่ถูกต้อง รายละเอียด: { $reason }
pack-error-io = อ่านหรือบันทึกไฟล์ไม่ได้ ({ $reason }) ตรวจดูโฟลเดอร์และพื้นที่ว่าง แล้วลองอีกครั้ง

## คำตอบที่ใช้ในแบบสอบถามทุกชุด

answer-yes = ใช่
answer-no = ไม่ใช่
answer-not-sure = ไม่แน่ใจ
answer-prefer-not-to-say = ไม่อยากตอบ
answer-acknowledge = ฉันเข้าใจ
