### Waymark: messages of the mobile bindings. Machine-assisted; needs review by a native speaker.

ffi-error-internal = เกิดข้อผิดพลาดภายในแอป สิ่งที่คุณบันทึกไว้ไม่ได้หายไป โปรดลองอีกครั้ง
ffi-network-facts-unavailable = ตอนนี้แอปตรวจสอบเครือข่ายไม่ได้ จึงยังไม่ได้ส่งอะไรออกไป
