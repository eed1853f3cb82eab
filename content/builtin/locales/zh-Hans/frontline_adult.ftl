# 成人筛查访谈 (questionnaires/frontline_adult.toml).
# 问题要大声读出；提示 (-hint) 仅供访谈者看。

fl-title = 筛查访谈：工作与安全
fl-section-start = 开始之前
fl-section-recruitment = 您是怎样得到这份工作的
fl-section-workplaces = 您的工作地点
fl-section-conditions = 工时、工资和欠款
fl-section-freedom = 您的自由
fl-section-threats = 威胁与伤害
fl-section-sexual = 性剥削
fl-section-safety = 您的处境与安全

fl-intro = 我想问您一些关于您的工作和在这里生活的问题。任何问题您都可以不回答，也可以随时停下。未经您同意，您说的话不会告诉别人，除非有儿童处于危险中。
fl-intro-hint = 先找一个私密的地方。不能让雇主、中介或陪同的人听到。请使用本人选择的翻译，绝不要用与雇主有关的人。
fl-consent = 我明白，并同意回答这些问题。
fl-age = 您多大年纪？
fl-age-hint = 如果本人不知道，记录“不确定”。不要询问出生日期，也不要索要证件。
fl-age-check = 请输入 10 到 110 之间的年龄。
fl-working = 过去两年里，您在这里或其他国家做过任何工作吗？有报酬或没有报酬的都算。
fl-working-hint = 任何工作都算：在别人家里、农场或船上、酒吧、街头，或性工作。

fl-paid-fee = 为了得到这份工作或前往工作地点，您付过钱给任何人吗？
fl-fee-owed = 这笔钱您现在还欠雇主、中介或与他们有关的人吗？
fl-promised-different = 工作内容、工资或条件和您开始前被告知的很不一样吗？
fl-pressured = 有人强迫或逼迫您接受这份工作或为此出行吗？

fl-wp-sector = 在这个地方做的是什么工作？
fl-sector-farm-fishing = 农场、捕鱼或船上
fl-sector-construction-factory = 工地或工厂
fl-sector-domestic = 在别人家里工作
fl-sector-hospitality = 餐馆、酒店或清洁
fl-sector-entertainment-sex = 酒吧、按摩、娱乐场所或性工作
fl-sector-street = 街头摆卖或乞讨
fl-sector-other = 其他工作
fl-wp-place = 这个工作地点在哪里？
fl-place-this-country = 在这个国家
fl-place-other-country = 在其他国家
fl-place-at-sea = 在海上
fl-wp-current = 您现在还在那里工作吗？
fl-wp-ended = 这份工作是怎么结束的？
fl-ended-left-freely = 我想走的时候就走了
fl-ended-escaped = 我不得不逃出来
fl-ended-sent-away = 我被赶走了
fl-wp-lived-there = 您也住在那里，或住在雇主指定的地方吗？

fl-hours = 平常一天您工作多少小时？
fl-hours-hint = 包括随叫随到的待命时间、不同工作之间的路程，以及在雇主家里干的活。
fl-hours-check = 请输入 0 到 24 之间的小时数。
fl-day-off = 您每周至少有一整天休息吗？
fl-paid = 您拿到的工资和当初承诺的一样多吗？
fl-debt = 您欠雇主、中介或与他们有关的人钱吗？
fl-debt-grows = 这笔债是不是越来越多，或者您觉得永远也还不清？
fl-conditions = 您工作或睡觉的地方危险、肮脏或非常拥挤吗？
fl-conditions-hint = 例如：没有防护化学品的措施，没有厕所或水，很多人挤在一个房间。

fl-documents = 您的护照或身份证在您自己手里吗？或者您想要时随时能拿到吗？
fl-documents-hint = 违背本人意愿、以“代为保管”为名扣留证件，也算在内。
fl-documents-holder = 您的证件现在在谁手里？
fl-holder-employer = 雇主或中介
fl-holder-someone-else = 其他人
fl-holder-lost = 丢了，或者我从来没有过
fl-can-leave = 如果您不想再为这个雇主工作，您能离开吗？
fl-leave-consequence = 您觉得如果您离开，会发生什么？
fl-consequence-threats = 我或我的家人会受到威胁
fl-consequence-violence = 我会被伤害
fl-consequence-debt = 我的债会增加，或者要交罚款
fl-consequence-report = 我会被举报给警察或移民部门
fl-consequence-lose-pay = 我会拿不到欠我的工资
fl-go-out = 不工作的时候，您能自己一个人出门吗？
fl-contact = 您想和家人或朋友说话时就能说吗？
fl-watched = 在工作的地方或住的地方，您被锁起来或一直被人看着吗？
fl-moved = 有人没问过您，就把您从一个工作地点转到另一个吗？

fl-threatened = 有人威胁过您或您的家人，逼您工作或不让您离开吗？
fl-hurt = 工作中的人或与您工作有关的人，打过您、伤害过您，或违背您的意愿对您有性方面的触碰吗？
fl-hurt-hint = 如果回答是，先提供医疗帮助。不要追问不需要的细节。

fl-sex-made = 有人在您不愿意的时候，逼您进行性行为，或去见人发生性关系吗？
fl-sex-made-hint = 只在私下询问。保持语气和表情平静。一个“是”就足够：不要问发生了什么。
fl-sex-money = 这样得来的钱，全部或大部分被别人拿走吗？

fl-vulnerable = 下面有符合您情况的吗？符合的都选上。
fl-vulnerable-no-papers = 我没有在这里居留或工作的证件
fl-vulnerable-language = 我不太会说这里的语言
fl-vulnerable-dependants = 我的家人靠我寄回去的钱生活
fl-vulnerable-no-home = 除了雇主指定的地方，我没有地方住
fl-vulnerable-none = 以上都没有
fl-vulnerable-check = “以上都没有”不能和其他答案一起选。
fl-safe-tonight = 今晚回到您睡觉的地方，对您来说安全吗？
fl-safe-tonight-hint = 如果不安全，不要让本人独自离开：立即按紧急安全步骤处理。
fl-anything-else = 您还有别的想告诉我的吗？
fl-text-check = 请写短一些（最多 2000 个字符）。
fl-end = 谢谢您和我谈话。无论您怎么决定，都可以再来找我们。
fl-end-hint = 和本人一起过一遍建议的步骤。商定以后怎样安全地联系他。

fl-act-always = 以本人可以安全保存的方式提供求助热线信息，并商定安全的联系方式。
fl-act-rights = 向本人解释其劳动权利，以及可以去哪里咨询（劳动监察部门、工会或工人团体）。
fl-act-youth = 此人可能未满 18 岁：按照您的儿童保护程序处理，并使用青少年筛查。
fl-act-caseworker = 在本人同意后，转介给个案工作者做全面评估。
fl-act-forced-labour = 回答显示有强迫劳动的迹象（不能自由离开，并受到威胁）。转介给反人口贩运机构；只有在本人同意时才让警方介入，除非有儿童处于危险中。
fl-act-sexual = 提供保密的医疗服务和针对性剥削的专门支持。绝不要与剥削者当面对质。
fl-act-child = 未成年人有被剥削的迹象：今天就联系儿童保护服务。
fl-act-urgent = 多个严重迹象同时出现：现在就和本人一起制定安全计划，并在今天联系专业机构。
fl-act-safety = 本人今晚不安全：不要让其回去。寻找紧急庇护所；如有即时危险，拨打紧急电话。
