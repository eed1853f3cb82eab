### 向机构发送报告：发件箱、发送规则和回复。机器翻译，需要母语者审校。

## 现在为什么没有发送

sync-held-waiting-for-user = 正在等你按下发送。
sync-held-no-network = 正在等待连接。
sync-held-captive-portal = 这个网络要求先登录。正在等待。
sync-held-not-validated = 正在等待可用的互联网连接。
sync-held-transport = 正在等待你允许的连接类型。
sync-held-metered = 正在等待不按流量计费的连接。
sync-held-roaming = 漫游时不发送。
sync-held-vpn = 正在等待你的 VPN。
sync-held-untrusted-network = 正在等待你信任的网络。
sync-held-time-window = 正在等待你允许的时间段。
sync-held-not-charging = 正在等待手机充电。

## 为什么发送失败（报告会保留并再次发送）

sync-failure-connect = 无法连接到机构的服务器。
sync-failure-timeout = 机构的服务器回应太慢。
sync-failure-tls = 无法验证安全连接。
sync-failure-pin-mismatch = 服务器的安全密钥不是该机构的。什么都没有发送。
sync-failure-interrupted = 连接中断了。
sync-failure-server-error = 机构的服务器出了问题。
sync-failure-rate-limited = 机构的服务器繁忙。稍后再试。
sync-failure-too-large = 报告对这个机构来说太大了。
sync-failure-refused = 机构的服务器拒收了报告。
sync-failure-malformed = 机构的服务器给出了无法理解的回应。
sync-failure-no-endpoint = 按当前设置无法联系到这个机构。
sync-failure-setup = 无法建立连接。请检查代理设置。
sync-failure-bad-receipt = 无法验证服务器的回执，所以报告仍然保留。

## 错误

sync-error-unknown-ngo = 这个机构不在你的列表里。
sync-error-no-directory = 这个机构的资料还没有下载。
sync-error-directory-expired = 这个机构的资料已过期。请先更新。
sync-error-invalid-key = 这不是有效的机构密钥。
sync-error-unknown-report = 发件箱里没有这份报告。
sync-error-nothing-to-send = 没有要发送的内容。
sync-error-already-queued = 这已经在发件箱里了。
sync-error-too-large = 报告太大，无法发送。
sync-error-seal = 无法封存报告。
sync-error-signature = 机构的签名无效。
sync-error-directory-rollback = 这些机构信息比手机上已有的更旧，因此没有使用。
sync-error-bad-answer = 机构的服务器给出了无法理解的回应。
sync-error-damaged = 保存的发送数据已损坏。
sync-error-invalid-setting = 不允许此设置：{ $setting }。

## waymark ngo

cli-ngo-added = 你现在信任 { $name }（密钥 { $key_id }）。发给它的报告会被封存，只有它能读。
cli-ngo-refreshed = { $name } 的资料已是最新。
cli-ngo-none = 你还没有信任任何机构。
cli-ngo-line-ready = { $key_id }  { $name }  （资料有效期至 { $expires }）
cli-ngo-line-no-directory = { $key_id }  { $name }  （资料尚未下载）

## waymark outbox

cli-outbox-queued =
    已封存并放入发件箱：{ $id }。
    回执码（本手机用它查询回复；只有本手机能读取回复）：{ $code }
    同一个码的数字形式：{ $digits }
cli-outbox-fingerprint = 报告指纹（机构工作人员在你的报告上看到的是同一个；请读这个，而不是代码）：{ $fingerprint }
cli-outbox-empty = 发件箱是空的。
cli-outbox-kind-questionnaire = 问卷
cli-outbox-kind-journal = 日记
cli-outbox-kind-assistant = 助手
cli-outbox-kind-text = 文字
cli-outbox-line-queued = { $id }  { $kind }  等待中（尝试次数：{ $attempts }）
cli-outbox-line-sent = { $id }  { $kind }  已送达（{ $day }）
cli-outbox-last-problem = 最近的问题：{ $reason }
cli-outbox-status = 等待中：{ $queued }。已送达：{ $sent }。
cli-outbox-policy-allows = 你的规则允许现在发送。
cli-sync-held = 现在不发送。{ $reason }
cli-sync-delayed = 即将发送，时间随机。
cli-sync-idle = 没有要发送的内容。
cli-sync-ran = 已送达：{ $sent }。失败：{ $failed }。仍在等待：{ $queued }。新回复：{ $replies }。

## waymark policy

cli-yes = 是
cli-no = 否
cli-policy-any-time = 任何时间
cli-policy-no-proxy = 无
cli-policy-bad-window = 请按 HH:MM-HH:MM 填写时间段，例如 22:00-06:00。
cli-policy-saved = 你的规则已保存。
cli-policy-show =
    只在我按发送时：{ $manual }
    Wi-Fi：{ $wifi }。移动数据：{ $cellular }。按流量计费的网络：{ $metered }。漫游：{ $roaming }。
    需要 VPN：{ $vpn }。只用信任的网络：{ $trusted }（已保存：{ $trusted_count }）。
    时间：{ $windows }。只在充电时：{ $charging }。
    发送前的随机等待（秒）：{ $delay_min } 到 { $delay_max }。虚拟发送：{ $dummy }。
    Tor 或 SOCKS 代理：{ $proxy }

## waymark replies

cli-replies-none = 还没有回复。
cli-replies-line = { $day } 对报告 { $id } 的回复：
