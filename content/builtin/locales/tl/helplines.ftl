# Helpline directory notes (content/builtin/helplines.json). Short and plain.

helpline-hours-24-7 = Bukas araw at gabi, araw-araw.
helpline-hours-check = Hindi laging bukas. Tingnan muna ang oras bago tumawag.
helpline-conf-confidential = Sabi ng serbisyo, mananatiling lihim ang sasabihin mo.
helpline-conf-anonymous = Hindi mo kailangang sabihin ang pangalan mo.
helpline-conf-emergency = Numero para sa emergency. Maaaring dumating ang pulis o ambulansya.
helpline-conf-government = Serbisyo ito ng gobyerno. Maaaring ibahagi sa mga awtoridad ang sasabihin mo.
helpline-conf-unknown = Hindi namin alam kung sino ang nakakakita ng sasabihin mo.
helpline-uncertain = Hindi namin makumpirma ang numerong ito. Maaaring mali ito.
helpline-uncertain-details = Hindi namin makumpirma kung sino ang nagpapatakbo ng serbisyong ito o kung kailan ito bukas. Tiyakin muna bago umasa rito.
helpline-note-spoofing = Nagbababala ang hotline na may mga manloloko na nagpapanggap na tumatawag mula sa numerong ito. Pagkatiwalaan lang ito kapag ikaw ang tumatawag.
helpline-note-from-mobile = Para sa tawag mula sa mobile phone.
helpline-note-from-landline = Para sa tawag mula sa landline.
helpline-note-from-abroad = Para sa tawag mula sa labas ng bansa.
helpline-note-regional = Gumagana lang sa ilang bahagi ng bansa.
helpline-note-operator-varies = Iba-iba ang nagpapatakbo sa bawat bansa; sa ilan, ang pulis.
helpline-note-bill = Hindi ito lumalabas sa bill ng telepono, pero nananatili ang numero sa listahan ng mga tawag sa telepono.
helpline-note-tourists = Tourist police. Nagsasalita sila ng ilang wika.
helpline-note-may-call-emergency = Kung sa tingin nila ay nasa agarang panganib ang buhay mo, puwede silang tumawag ng emergency services.
helpline-note-languages-limited = Hindi available ang ibang wika sa lahat ng oras.
