# Helpline directory notes (content/builtin/helplines.json). Short and plain.

helpline-hours-24-7 = Работает круглосуточно, каждый день.
helpline-hours-check = Работает не всегда. Проверьте часы работы перед звонком.
helpline-conf-confidential = Служба говорит, что всё, что вы расскажете, останется в тайне.
helpline-conf-anonymous = Вам не нужно называть своё имя.
helpline-conf-emergency = Экстренный номер. Может приехать полиция или скорая.
helpline-conf-government = Это государственная служба. Ваши слова могут передать властям.
helpline-conf-unknown = Мы не знаем, кто видит то, что вы рассказываете.
helpline-uncertain = Мы не смогли проверить этот номер. Он может быть неверным.
