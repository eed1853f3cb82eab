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
