# Helpline directory notes (content/builtin/helplines.json). Short and plain.

helpline-hours-24-7 = 全天开放，每天都开。
helpline-hours-check = 不是一直开放。打电话前请先看开放时间。
helpline-conf-confidential = 这个服务说，你说的话会保密。
helpline-conf-anonymous = 你不用说出自己的名字。
helpline-conf-emergency = 紧急电话。警察或救护车可能会来。
helpline-conf-government = 这是政府的服务。你说的话可能会告诉有关部门。
helpline-conf-unknown = 我们不知道谁能看到你说的话。
helpline-uncertain = 我们无法核实这个号码。它可能有误。
