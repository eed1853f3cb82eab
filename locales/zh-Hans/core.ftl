### Waymark：核心消息。机器辅助翻译，需要母语者审校。

locale-name = 简体中文
i18n-text-missing = 这段文字暂时还没有。

## 保险箱错误

vault-error-not-found = 这里没有保险箱。
vault-error-already-exists = 这里已经有一个保险箱了。
vault-error-locked = 保险箱已锁上。请先用你的密码打开。
vault-error-wrong-passcode = 密码错误。
vault-error-wrong-passcode-remaining = 密码错误。再错 { $remaining } 次，保险箱就会被清除。
vault-error-invalid-passcode = 密码长度必须是 1 到 { $max } 字节。
vault-error-duress-same-as-passcode = 紧急密码必须和你的密码不一样。
vault-error-header-corrupt = 保险箱的钥匙文件损坏了。保险箱打不开。
vault-error-header-tampered = 保险箱的钥匙文件被改动过。保险箱打不开。
vault-error-unsupported-version = 这个保险箱是用更新版本的应用创建的。请更新应用后再打开。
vault-error-database-corrupt = 保险箱的数据损坏了。
vault-error-schema-too-new = 这个保险箱是用更新版本的应用保存的。请更新应用后再打开。
vault-error-key-missing = 手机上这个保险箱的安全钥匙已经没有了。保险箱打不开。
vault-error-key-unwrap-failed = 手机的安全钥匙打不开这个保险箱。
vault-error-key-store-unavailable = 手机的安全钥匙存储还没准备好。请再试一次。
vault-error-io = 手机无法读取或保存保险箱的文件。请检查剩余空间，然后再试一次。
vault-error-database = 保险箱内部出了问题（代码 { $code }）。
vault-error-invalid-setting = 这个设置无效。

## 日记错误

journal-error-not-found = 没有这个编号的笔记。
journal-error-empty = 笔记是空的。请先写点什么。
journal-error-too-long = 笔记太长了。最多 { $max } 字节。
