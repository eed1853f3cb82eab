# 青少年快速筛查 (questionnaires/youth_screen.toml)。

ys-title = 青少年快速筛查
ys-section-about = 关于你
ys-section-work = 工作
ys-section-safety = 感到安全
ys-intro = 我会问你几个问题。没有错误的答案，你随时可以说“我不想回答”。
ys-intro-hint = 在私密的地方，坐到和孩子一样的高度。如果陪同的大人坚持留下，记录下来，只问一般性的问题。
ys-age = 你多大了？
ys-age-check = 请输入 5 到 30 之间的年龄。
ys-looks-young = 这名青少年看起来不满 18 岁吗？
ys-looks-young-hint = 这是您自己的判断；不要说出来。拿不准时，选“是”。
ys-family = 你和父母或照顾你的家人住在一起吗？
ys-works = 你在为家人以外的人干活吗？为了钱或别的东西都算。
ys-school = 这份活让你没法去上学吗？
ys-money-taken = 你挣的钱被别人拿走吗？
ys-long-hours = 你晚上干活，或者连续很多小时不休息吗？
ys-brought = 有人把你从别的城市或国家带到这里，现在告诉你该做什么吗？
ys-forced = 有人逼你做你不想做的事，或者吓唬你或你的家人吗？
ys-sexual = 有人要你或逼你做和性有关的事，来换钱、食物、睡觉的地方或别的东西吗？
ys-sexual-hint = 无论回答是什么都要保持平静。不要追问细节：那是专业人员的工作。
ys-safe-tonight = 你今晚有安全的地方睡觉吗？
ys-act-follow-up = 这名青少年不和家人住在一起：了解谁在照顾他，并持续跟进。
ys-act-refer = 有被剥削的迹象：和青少年一起联系专门服务机构。
ys-act-specialist = 多个迹象同时出现：今天就转介给儿童和青少年专门服务机构。
ys-act-child-protection = 儿童有被剥削的迹象：今天就按您的程序联系儿童保护服务。
ys-act-urgent-child = 儿童可能遭受性剥削：立即联系儿童保护服务。不要让孩子和可疑的剥削者一起离开。
ys-act-safe-place = 今晚没有安全的地方：立即寻找紧急庇护所；如果青少年有危险，拨打紧急电话。
