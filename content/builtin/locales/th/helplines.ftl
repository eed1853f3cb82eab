# Helpline directory notes (content/builtin/helplines.json). Short and plain.

helpline-hours-24-7 = เปิดตลอด 24 ชั่วโมง ทุกวัน
helpline-hours-check = ไม่ได้เปิดตลอดเวลา ดูเวลาทำการก่อนโทร
helpline-conf-confidential = หน่วยงานนี้บอกว่าสิ่งที่คุณเล่าจะถูกเก็บเป็นความลับ
helpline-conf-anonymous = คุณไม่ต้องบอกชื่อของคุณ
helpline-conf-emergency = เบอร์ฉุกเฉิน ตำรวจหรือรถพยาบาลอาจมาหาคุณ
helpline-conf-government = เป็นหน่วยงานของรัฐ สิ่งที่คุณพูดอาจถูกส่งต่อให้เจ้าหน้าที่
helpline-conf-unknown = เราไม่รู้ว่าใครเห็นสิ่งที่คุณเล่า
helpline-uncertain = เรายืนยันเบอร์นี้ไม่ได้ เบอร์อาจผิด
helpline-uncertain-details = เรายืนยันไม่ได้ว่าใครดำเนินบริการนี้หรือเปิดเวลาใด ตรวจสอบก่อนพึ่งพา
helpline-note-spoofing = สายด่วนเตือนว่ามิจฉาชีพปลอมหมายเลขนี้เวลาโทรออก เชื่อได้เฉพาะเมื่อคุณเป็นคนโทรเอง
helpline-note-from-mobile = สำหรับโทรจากโทรศัพท์มือถือ
helpline-note-from-landline = สำหรับโทรจากโทรศัพท์บ้าน
helpline-note-from-abroad = สำหรับโทรจากต่างประเทศ
helpline-note-regional = ใช้ได้เฉพาะบางพื้นที่ของประเทศ
helpline-note-operator-varies = แต่ละประเทศมีหน่วยงานดำเนินการต่างกัน บางประเทศเป็นตำรวจ
helpline-note-bill = ไม่แสดงในใบแจ้งค่าโทรศัพท์ แต่หมายเลขจะยังอยู่ในรายการโทรของเครื่อง
helpline-note-tourists = ตำรวจท่องเที่ยว พูดได้หลายภาษา
helpline-note-may-call-emergency = ถ้าเขาเห็นว่าชีวิตคุณอยู่ในอันตรายเร่งด่วน เขาอาจโทรเรียกหน่วยฉุกเฉิน
helpline-note-languages-limited = ภาษาอื่นไม่ได้มีให้บริการทุกเวลา
