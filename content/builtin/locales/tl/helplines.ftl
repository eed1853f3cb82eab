# Helpline directory notes (content/builtin/helplines.json). Short and plain.

helpline-hours-24-7 = Bukas araw at gabi, araw-araw.
helpline-hours-check = Hindi laging bukas. Tingnan muna ang oras bago tumawag.
helpline-conf-confidential = Sabi ng serbisyo, mananatiling lihim ang sasabihin mo.
helpline-conf-anonymous = Hindi mo kailangang sabihin ang pangalan mo.
helpline-conf-emergency = Numero para sa emergency. Maaaring dumating ang pulis o ambulansya.
helpline-conf-government = Serbisyo ito ng gobyerno. Maaaring ibahagi sa mga awtoridad ang sasabihin mo.
helpline-conf-unknown = Hindi namin alam kung sino ang nakakakita ng sasabihin mo.
helpline-uncertain = Hindi namin makumpirma ang numerong ito. Maaaring mali ito.
