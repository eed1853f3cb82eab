# 快速筛查 (questionnaires/quick_screen.toml)。任何一个“是”= 转介。

qs-title = 快速筛查：五个问题
qs-intro = 我会问您五个简短的问题。您可以回答是或不是，也可以选择不回答。
qs-intro-hint = 只在雇主、中介或陪同的人听不到时询问。
qs-cannot-leave = 有人阻止您离开工作或住的地方吗？
qs-documents = 您的护照或身份证被别人拿着，您想要时拿不到吗？
qs-debt = 您欠雇主或中介的钱，觉得永远也还不清吗？
qs-threats = 有人威胁或伤害过您或您的家人，逼您工作或不让您离开吗？
qs-deceived = 您的工作或工资和当初承诺的很不一样吗？
qs-act-always = 以本人可以安全保存的方式提供求助热线信息。
qs-act-refer = 至少有一个回答是“是”：在本人同意后，进行完整访谈或转介给个案工作者。
