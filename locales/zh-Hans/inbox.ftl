### The NGO inbox (waymark-inbox, waymark inbox serve). Machine-assisted translation.
### Keep every { $variable } and every WAYMARK_… name as is.

inbox-prompt-passphrase = 机构密钥文件的口令：
inbox-prompt-again = 再输入一次：
inbox-keygen-done =
    密钥已生成。
    私钥（已加密；请保存在机构自己的电脑上并备份）：{ $keys }
    服务器配置（复制到服务器上）：{ $config }
    公钥（提供给手机）：{ $public }
    目录密钥 id：{ $keyid }
inbox-directory-signed = 目录条目已签名，有效期至 { $expires }：{ $file }
inbox-pull-done = 新下载的报告：{ $new }。本地存储中已打开的报告：{ $total }。
inbox-pull-unopened = 此密钥无法打开的信封（原样保留）：{ $count }。
inbox-reply-sent = 回复已密封并发送。只有报告人的手机能读到。
inbox-serve-listening = 收件箱正在 { $address } 上监听。按 Ctrl-C 停止。
inbox-serve-stopped = 收件箱已停止。
inbox-desk-listening = 工作台已在 { $url } 打开，仅限这台电脑。请在浏览器中打开，并用密钥文件口令登录。按 Ctrl-C 停止。
inbox-serve-created = 已在 { $dir } 创建演示收件箱。手机发送到 { $url }。
inbox-error-config = 收件箱配置无效：{ $setting }。
inbox-error-file = 无法读取或写入文件（{ $file }）。
inbox-error-already-exists = 该文件夹中已有密钥。没有覆盖任何内容。
inbox-error-wrong-passphrase = 口令错误，或密钥文件已被改动。
inbox-error-weak-passphrase = 口令太短。请至少使用 10 个字符；几个随机词语最好。
inbox-error-key-file = 这不是 Waymark 机构密钥文件，或文件已损坏。
inbox-error-schema-too-new = 数据库由更新版本的收件箱创建。请更新本程序。
inbox-error-storage = 数据库暂时无法使用。
inbox-error-unreachable = 无法连接收件箱服务器。
inbox-error-refused = 收件箱服务器拒绝了请求（{ $status }，{ $code }）。
inbox-error-bad-response = 收件箱服务器的回应无效。
inbox-error-unknown-report = 尚未下载此 id 的报告。请先运行 pull。
inbox-error-reply-text = 回复为空或太长。
# $max (number): bytes of text one reply holds.
inbox-error-reply-too-long = 回复太长：一条回复最多 { $max } 字节。请分成几条较短的回复发送。
inbox-error-argument = 此值无效：{ $option }。
inbox-error-no-terminal = 没有可用于询问口令的终端。请设置 WAYMARK_INBOX_PASSPHRASE。
inbox-error-passphrase-mismatch = 两次输入的口令不同。没有做任何更改。
inbox-error-not-loopback = waymark inbox serve 只在本机（127.0.0.1）上监听。正式服务器请使用 waymark-inbox serve。
