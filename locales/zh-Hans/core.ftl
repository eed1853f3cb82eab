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

## 内容包错误

pack-error-manifest-missing = 内容包里没有 manifest.json 文件。
pack-error-manifest-invalid = manifest.json 文件无效。详情：{ $reason }。
pack-error-signature-missing = 内容包里没有 manifest.sig 文件。
pack-error-signature-invalid = 签名不相符。内容包被改动过，或者是用别的密钥签名的。
pack-error-unknown-publisher = 这个内容包由发布者 { $key_id } 签名。这里不信任这个发布者。
pack-error-invalid-public-key = 这不是有效的公钥。必须是 64 个十六进制字符（Ed25519）。
pack-error-development-key = 开发密钥只用来签名应用自带的内容包。不能信任它来签名其他内容包。
pack-error-invalid-private-key = 这不是有效的私钥。需要 PKCS#8 格式的 Ed25519 密钥文件。
pack-error-hash-mismatch = { $file }：内容和清单不相符。
pack-error-size-mismatch = { $file }：大小和清单不相符。
pack-error-missing-file = { $file }：清单里有，但内容包里没有。
pack-error-extra-file = { $file }：内容包里有，但清单里没有。
pack-error-unsafe-path = { $file }：不允许使用这个文件名。详情：{ $reason }。
pack-error-duplicate-path = { $file }：这个文件出现了不止一次。
pack-error-file-too-large = { $file }：文件太大。上限（字节）：{ $max }。
pack-error-pack-too-large = 内容包太大。上限（字节）：{ $max }。
pack-error-too-many-files = 内容包里的文件太多。上限是 { $max } 个。
pack-error-rollback = 内容包 { $pack_id } 的版本 { $offered } 不比已安装的版本 { $installed } 新。
pack-error-publisher-mismatch = 内容包 { $pack_id } 已经从另一个发布者安装。
pack-error-reserved-pack-id = 内容包 ID { $pack_id } 是留给应用自带内容包的。
pack-error-invalid-content = { $file }：内容无效。详情：{ $reason }。
pack-error-io = 无法读取或保存这些文件（{ $reason }）。请检查文件夹和剩余空间，然后再试一次。

## 所有问卷共用的回答

answer-yes = 是
answer-no = 否
answer-not-sure = 不确定
answer-prefer-not-to-say = 不想说
answer-acknowledge = 我明白
