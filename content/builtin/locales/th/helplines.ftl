# Helpline directory notes (content/builtin/helplines.json). Short and plain.

helpline-hours-24-7 = เปิดตลอด 24 ชั่วโมง ทุกวัน
helpline-hours-check = ไม่ได้เปิดตลอดเวลา ดูเวลาทำการก่อนโทร
helpline-conf-confidential = หน่วยงานนี้บอกว่าสิ่งที่คุณเล่าจะถูกเก็บเป็นความลับ
helpline-conf-anonymous = คุณไม่ต้องบอกชื่อของคุณ
helpline-conf-emergency = เบอร์ฉุกเฉิน ตำรวจหรือรถพยาบาลอาจมาหาคุณ
helpline-conf-government = เป็นหน่วยงานของรัฐ สิ่งที่คุณพูดอาจถูกส่งต่อให้เจ้าหน้าที่
helpline-conf-unknown = เราไม่รู้ว่าใครเห็นสิ่งที่คุณเล่า
helpline-uncertain = เรายืนยันเบอร์นี้ไม่ได้ เบอร์อาจผิด
