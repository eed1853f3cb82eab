### "I need help now" (flows/urgent.toml). Machine-assisted; needs review by a native speaker.

urgent-title = 我现在需要帮助
urgent-heard-you = 你写的内容让我担心。你的安全最重要。
urgent-start = 你现在有危险吗？
urgent-danger-now = 是的，我现在有危险
urgent-not-right-now = 现在没有
urgent-leave-app = 快速离开这个应用
urgent-emergency-first = 如果可以，现在就拨打紧急电话。不用解释所有事情：说出你在哪里，以及你需要帮助。
urgent-no-country = 我们不知道你在哪个国家，所以无法显示当地号码。在许多国家，你可以用任何手机拨打 112。
urgent-cant-speak = 我不能安全地说话
urgent-cant-speak-info = 如果你不能说话，有些服务可以接收短信。只在安全时发送；如果有人检查你的手机，发完后把它删掉。
urgent-safety-steps = 我现在能做什么？
urgent-steps-intro = 现在可能有帮助的几件事：
urgent-tip-public-place = 如果可以，去有其他人在的地方，比如商店、医院或汽车站。
urgent-tip-trusted-person = 告诉你信任的人你在哪里。
urgent-tip-hide-app = 如果有人来了，你可以用退出按钮立即离开这个应用。
urgent-show-numbers = 再给我看一次号码
urgent-done = 我已经得到需要的了
urgent-not-now = 很高兴你现在没有危险。等你准备好了，这些服务可以帮助你。很多是免费的，你也不需要说出自己的名字。
urgent-be-ready = 帮我做好准备
urgent-steps-later = 这三个步骤可以帮你做好准备。我们已把它们加入你的安全计划。
urgent-plan-number = 记住一个紧急电话号码。
urgent-plan-documents = 如果可以，把护照或身份证的照片存放在安全的地方，或交给你信任的人保管。
urgent-plan-code-word = 和你信任的人约定一个暗号，这样你可以在别人不知道的情况下求助。
urgent-end = 你随时可以回到这里。这段对话锁在这部手机上，你想删除时随时可以删除。
