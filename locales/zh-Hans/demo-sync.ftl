# `waymark demo`, part 5: a report's anonymous round trip to an NGO inbox
# started on this computer (cli/src/demo/round_trip.rs).

cli-demo-sync-inbox-title = 5.1 在这台电脑上启动一个机构的收件箱
cli-demo-sync-inbox = 一个机构的收件箱服务器正在 { $url } 运行（仅限这台电脑），它的密钥在演示文件夹中。它保存自己无法读取的报告：只有机构的私钥才能打开。
cli-demo-sync-trust-title = 5.2 信任该机构
cli-demo-sync-trust = 手机只凭机构的签名密钥信任它。手机获取了机构签名的目录条目并验证了签名：{ $name }（密钥 { $key_id }），有效期至 { $expires }。
cli-demo-sync-interview-title = 5.3 一次筛查访谈
cli-demo-sync-interview = 一位工作人员和某人一起完成内置的快速筛查并提交（{ $answered } 个回答）。发现的迹象：
cli-demo-sync-queued-title = 5.4 封存并放入发件箱
cli-demo-sync-queued = 报告立即用机构的密钥封存。回执码（手机用由它生成的标识查询回复；只有本手机的回复密钥能读取）：{ $code }
cli-demo-sync-policy-title = 5.5 等待发送规则
cli-demo-sync-policy = 这里发送会随机等待 { $min } 到 { $max } 秒（在手机上：几分钟），让发送时间不会暴露报告是何时写的。这一次：{ $waited } 秒。然后报告发出了。
cli-demo-sync-receipt-title = 5.6 签名回执
cli-demo-sync-receipt = 收件箱在 { $day } 为这些字节签发了回执。手机用机构的回执密钥验证后，才删除了自己的封存副本。回执码：{ $code }
cli-demo-sync-ngo-title = 5.7 机构打开报告
cli-demo-sync-ngo = 机构下载了 { $count } 份新报告（{ $day } 收到），并用私钥打开。机构看到的迹象：
cli-demo-sync-reply-title = 5.8 机构回复
cli-demo-sync-reply = 机构封存了一条只有这份报告所在手机才能打开的回复，并发送到收件箱：{ $text }
cli-demo-sync-reply-text = 我们收到了你的报告。你可以每天 9:00 到 17:00 给我们打电话。你并不孤单。
cli-demo-sync-read-title = 5.9 报告人阅读回复
cli-demo-sync-read = 报告人阅读了机构的回复（{ $day }）：
cli-demo-sync-failed = 报告到演示收件箱的往返没有完成。
