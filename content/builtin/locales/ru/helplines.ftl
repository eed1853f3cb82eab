# Helpline directory notes (content/builtin/helplines.json). Short and plain.

helpline-hours-24-7 = Работает круглосуточно, каждый день.
helpline-hours-check = Работает не всегда. Проверьте часы работы перед звонком.
helpline-conf-confidential = Служба говорит, что всё, что вы расскажете, останется в тайне.
helpline-conf-anonymous = Вам не нужно называть своё имя.
helpline-conf-emergency = Экстренный номер. Может приехать полиция или скорая.
helpline-conf-government = Это государственная служба. Ваши слова могут передать властям.
helpline-conf-unknown = Мы не знаем, кто видит то, что вы рассказываете.
helpline-uncertain = Мы не смогли проверить этот номер. Он может быть неверным.
helpline-uncertain-details = Мы не смогли подтвердить, кто ведёт эту службу и когда она работает. Проверьте, прежде чем на неё полагаться.
helpline-note-spoofing = Линия предупреждает, что мошенники подделывают этот номер, когда звонят. Доверяйте ему, только когда звоните вы сами.
helpline-note-from-mobile = Для звонков с мобильного телефона.
helpline-note-from-landline = Для звонков со стационарного телефона.
helpline-note-from-abroad = Для звонков из-за границы.
helpline-note-regional = Работает только в части страны.
helpline-note-operator-varies = В каждой стране её ведёт другая организация, в некоторых — полиция.
helpline-note-bill = Не появляется в счёте, но номер остаётся в списке звонков телефона.
helpline-note-tourists = Туристическая полиция. Говорят на нескольких языках.
helpline-note-may-call-emergency = Если сочтут, что ваша жизнь в непосредственной опасности, могут вызвать экстренные службы.
helpline-note-languages-limited = Другие языки доступны не круглосуточно.
