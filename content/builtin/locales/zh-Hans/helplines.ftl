# Helpline directory notes (content/builtin/helplines.json). Short and plain.

helpline-hours-24-7 = 全天开放，每天都开。
helpline-hours-check = 不是一直开放。打电话前请先看开放时间。
helpline-conf-confidential = 这个服务说，你说的话会保密。
helpline-conf-anonymous = 你不用说出自己的名字。
helpline-conf-emergency = 紧急电话。警察或救护车可能会来。
helpline-conf-government = 这是政府的服务。你说的话可能会告诉有关部门。
helpline-conf-unknown = 我们不知道谁能看到你说的话。
helpline-uncertain = 我们无法核实这个号码。它可能有误。
helpline-uncertain-details = 我们无法确认这项服务由谁运营或何时开放。依靠它之前请先确认。
helpline-note-spoofing = 该热线提醒：骗子会在来电中伪造这个号码。只有在你主动拨打时才能相信它。
helpline-note-from-mobile = 用手机拨打。
helpline-note-from-landline = 用固定电话拨打。
helpline-note-from-abroad = 从国外拨打。
helpline-note-regional = 只在国内部分地区可用。
helpline-note-operator-varies = 每个国家由不同机构运营，有些国家由警方运营。
helpline-note-bill = 不会出现在电话账单上，但号码会留在手机的通话记录里。
helpline-note-tourists = 旅游警察。会说多种语言。
helpline-note-may-call-emergency = 如果他们认为你的生命有紧迫危险，可能会呼叫紧急服务。
helpline-note-languages-limited = 其他语言并非随时都有。
