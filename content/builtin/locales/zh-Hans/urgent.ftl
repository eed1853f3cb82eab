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

## Crisis path (thoughts of suicide or self-harm).
urgent-crisis-heard = 谢谢你告诉我。听起来你现在正在经历非常痛苦的事情。
urgent-crisis-not-alone = 你并不孤单。很多人都有过这样的感受，和别人谈谈会有帮助。你值得被支持。
urgent-crisis-talk-now = 你现在就可以找人谈谈。这些服务的工作人员会倾听你。你不需要把一切都解释清楚。
urgent-crisis-not-safe = 我现在可能不安全
urgent-crisis-emergency = 如果你觉得自己可能很快会按这些想法去做，请现在就拨打紧急电话，或者去医院急诊。如果可以，在帮助到来之前和别人待在一起。
urgent-crisis-cant-call = 我没法打电话说话
urgent-crisis-cant-call-info = 如果说话太难，有些服务可以回复短信。你也可以请一个信任的人和你一起打电话，或者替你打。
urgent-crisis-get-through = 现在什么能帮到我？
urgent-crisis-steps-intro = 现在可能有帮助的几件事：
urgent-crisis-tip-people = 如果可以，和别人待在一起，或者去有其他人的地方。
urgent-crisis-tip-distance = 如果可以，远离任何你可能用来伤害自己的东西。
urgent-crisis-tip-moment = 这么强烈的感受是可以缓和的。现在，只要熬过接下来的几分钟就够了。
urgent-crisis-plan-line = 把一个危机热线的号码存在你能很快找到的地方。
urgent-crisis-other-danger = 另外，还有人在伤害或控制我
urgent-crisis-show-numbers = 告诉我可以和谁谈谈
urgent-crisis-done = 我现在已经有需要的了
urgent-crisis-no-country = 我们不知道你在哪个国家，所以无法显示当地的危机热线。如果你的生命有危险，请拨打紧急电话：在很多国家，任何手机都可以拨打112。
urgent-crisis-end = 很高兴你写信给我。你随时都可以回到这里，无论白天黑夜。如果这些想法再出现，请找人谈谈：你不必独自面对这一切。
