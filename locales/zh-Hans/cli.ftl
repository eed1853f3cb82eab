### waymark 终端应用。机器辅助翻译，需要母语者审校。

## 密码

cli-prompt-passcode = 密码：
cli-prompt-new-passcode = 新密码：
cli-prompt-duress-passcode = 紧急密码：
cli-prompt-again = 再输入一次：
cli-passcode-mismatch = 两次输入的密码不一样。什么都没有改变。
cli-no-terminal = 没有终端可以询问密码。请设置 WAYMARK_PASSCODE（需要时还要设置 WAYMARK_NEW_PASSCODE 或 WAYMARK_DURESS_PASSCODE）。

## waymark vault

cli-vault-created = 保险箱已创建。它已锁上。只有你的密码能打开它。
cli-vault-unlocked = 密码正确。保险箱打开过，现在又锁上了。
cli-vault-locked = 保险箱已锁上。每个命令结束后，Waymark 都不会让它开着。
cli-vault-status-none = 这个文件夹里没有保险箱。
cli-vault-status-wipe =
    这里有一个保险箱。它已锁上。
    上次打开后输错密码的次数：{ $failed }。
    连续输错这么多次后会被清除：{ $limit }。
cli-vault-status-no-wipe =
    这里有一个保险箱。它已锁上。
    上次打开后输错密码的次数：{ $failed }。
    输错密码永远不会清除它。
cli-vault-passcode-changed = 密码已更改。
cli-vault-duress-removed = 紧急密码已删除。
cli-vault-duress-set = 紧急密码已设置。用它打开会销毁这个保险箱，并打开一个空的保险箱。
cli-vault-wipe-after-invalid = 请输入尝试次数（1 或更多），或 "off"。
cli-vault-wipe-after-set = 连续输错这么多次密码后，保险箱会被清除：{ $limit }。
cli-vault-wipe-after-off = 输错密码不会再清除保险箱。
cli-vault-nothing-wiped = 没有清除任何东西。
cli-vault-wiped = 保险箱已销毁。它的文件已经没有了，谁也无法解密。
cli-vault-confirm-needed = 加上 --yes 可以不询问直接清除。
cli-vault-confirm-word = 是
cli-vault-confirm-wipe = 要永久销毁这个保险箱吗？请输入 { $word }：
cli-error-read-answer = 无法读取回答。

## waymark journal

cli-journal-stdin-failed = 无法从标准输入读取笔记。
cli-journal-edited = （已修改）
cli-journal-saved = 已保存为第 { $id } 号笔记。
cli-journal-empty = 日记是空的。
cli-journal-changed = 第 { $id } 号笔记已修改。
cli-journal-deleted = 第 { $id } 号笔记已删除。

## waymark locales

cli-locales-lint-clean = 没有发现问题。语言：{ $locales }。文件：{ $files }。
cli-locales-lint-failed = 发现的问题：{ $count }。
cli-direction-ltr = 从左到右
cli-direction-rtl = 从右到左
cli-status-source = 原文
cli-status-machine-assisted = 机器辅助翻译，需要母语者审校
cli-status-native-reviewed = 已由母语者审校

## waymark demo

cli-error-temp-folder = 无法创建临时文件夹。
cli-error-read-vault-file = 无法读取保险箱的一个文件。
cli-demo-step-1-title = 1. 创建保险箱
cli-demo-step-1 =
    保险箱是手机里一个加密的地方。我们在临时文件夹里创建一个。
    它由密码 { $passcode } 保护。把密码变成钥匙
    故意要花一点时间：这样猜密码就很慢。
cli-demo-step-2-title = 2. 在私人日记里写字
cli-demo-step-2 = 有人写下自己遇到的事，并写上日期：
cli-demo-note-1 = 老板今天又扣下了我的护照
cli-demo-note-2 = 3 个星期没发工资。他说我欠房费 900
cli-demo-note-3 = 下班后被锁在宿舍里
cli-demo-step-3-title = 3. 看看文件
cli-demo-step-3 = 保险箱已锁上。这是它在磁盘上的全部文件：
cli-demo-search-clean = 我们在这些文件的每个字节里搜索了笔记里的字。没有找到。
cli-demo-search-found = 我们在这些文件的每个字节里搜索了笔记里的字。找到了。这种事绝不应该发生。
cli-demo-step-4-title = 4. 有人猜密码
cli-demo-step-4 =
    试 { $guess }："{ $answer }"
    连续猜错这么多次后，这个保险箱会自己清除：{ $limit }。
    即使手机重启，次数也会保留。
cli-demo-step-5-title = 5. 更改密码
cli-demo-step-5 =
    现在密码是 { $passcode }。只有小小的钥匙文件变了。
    数据没有重新加密。日记里还有的笔记：{ $count }。
cli-demo-step-6-title = 6. 设置紧急密码
cli-demo-step-6 =
    如果有人强迫这个人打开应用，他可以改输 { $duress }。
    看起来和正常打开完全一样。
cli-demo-step-7-title = 7. 在压力下打开
cli-demo-step-7 =
    用 { $duress } 打开成功了。日记看起来是空的（笔记：{ $count }）。
    在背后，真正的保险箱已经先被销毁。旧密码现在得到的是：
    "{ $answer }"
cli-demo-step-8-title = 8. 紧急清除
cli-demo-step-8 = 一步就能销毁保险箱，即使它锁着。文件夹里剩下的文件：
cli-demo-no-files = （没有）
cli-demo-file-size = { $size } 字节
cli-demo-end = 演示用了一个临时文件夹。现在已经删除。
cli-demo-keep-inbox-exists = 该文件夹已存在。请为 --keep-inbox 指定一个新文件夹；未做任何更改。
cli-demo-desk = 在浏览器中查看机构一方：运行 `waymark demo --keep-inbox ngo-inbox` 保留演示的收件箱；演示结束时会说明如何在机构工作台中打开它（docs/ngo-desk.md）。
cli-demo-desk-kept = 演示的收件箱保存在 { $dir }。要像工作人员那样查看其中的报告，请用 `waymark inbox serve --dir { $dir }` 重新启动收件箱，并在另一个终端用 `waymark-inbox desk --keys { $dir }/ngo-keys.json --server { $url } --store { $dir }/desk` 启动机构工作台。在浏览器中打开它显示的地址，用您的姓名和演示口令登录：{ $passphrase }
cli-demo-failed-found = 在磁盘上发现了未加密的笔记。
cli-demo-failed-duress = 紧急密码没有销毁保险箱。

## waymark content（发布者工具，以及保险箱里的内容包）

cli-content-key-exists = 这个密钥文件已经存在。没有覆盖它。
cli-content-error-write-key = 无法写入密钥文件。
cli-content-error-read-key = 无法读取密钥文件。
cli-content-error-write-manifest = 无法写入清单文件。
cli-content-refused = 内容包被拒绝：{ $reason }
cli-content-keygen-done =
    私钥已写入。请保密，并离线保存。
    公钥：{ $public_key }
    密钥 ID：{ $key_id }
cli-content-signed = 已用密钥 { $key_id } 签名 { $pack_id } 版本 { $version }。文件数：{ $count }。
cli-content-verified = 有效：{ $pack_id } 版本 { $version }，由密钥 { $key_id } 签名。与哈希值相符的文件数：{ $count }。
cli-content-checked = 结构正确：{ $pack_id } 版本 { $version }。文件数：{ $files }。语言数：{ $locales }。没有检查签名（请用 waymark content verify）。
cli-content-trusted = 从现在起，这个保险箱会接受由密钥 { $key_id } 签名的内容包。
cli-content-untrusted = 不再信任密钥 { $key_id }。它的内容包已删除。
cli-content-not-trusted = 这里本来就不信任密钥 { $key_id }。
cli-content-removed = 内容包 { $pack_id } 已删除。
cli-content-not-installed = 内容包 { $pack_id } 没有安装。
cli-content-installed = 已安装 { $pack_id } 版本 { $version }。文件数：{ $count }。
cli-content-list-publishers = 受信任的发布者：{ $count }
cli-content-list-packs = 已安装的内容包：{ $count }
cli-content-list-pack = { $pack_id } 版本 { $version }（密钥 { $key_id }）

## waymark helplines

cli-helplines-unknown-audience = 不认识这个人群。请用下面其中一个词：{ $choices }。
cli-helplines-unknown-channel = 不认识这种联系方式。请用下面其中一个词：{ $choices }。
cli-helplines-none = 没有符合的求助热线。请去掉 --audience 或 --channel 再试，或者换一个国家。
cli-helplines-call = 打电话：{ $address }
cli-helplines-sms = 发短信（SMS）：{ $address }
cli-helplines-sms-keyword = 发短信（SMS）：{ $address }（发送这个词：{ $keyword }）
cli-helplines-chat = 在线聊天：{ $address }
cli-helplines-web = 网站：{ $address }
cli-helplines-ussd = 拨打代码：{ $address }
cli-helplines-whatsapp = WhatsApp：{ $address }
cli-helplines-bad-date = --today 必须是 YYYY-MM-DD 格式的日期。
cli-helplines-audit-summary = 覆盖国家：{ $countries }。条目：{ $entries }。
cli-helplines-audit-unconfirmed = 没有任何来源确认的字段：
cli-helplines-audit-key-fields = 关键字段，因此显示为未确认：{ $fields }
cli-helplines-audit-other-fields = 其他字段：{ $fields }
cli-helplines-audit-stale = 检查时间过久的来源（天数上限：{ $days }）：
cli-helplines-audit-secondary = 只有新闻或第三方确认的关键字段：
cli-helplines-audit-marked = 显示为未确认，附维护者的说明：
cli-helplines-audit-no-sources = 完全没有来源的条目：
cli-helplines-audit-no-emergency = 没有紧急电话号码的国家：{ $countries }
cli-helplines-audit-no-trafficking = 没有反人口贩卖热线的国家：{ $countries }
cli-helplines-audit-no-crisis = 没有危机热线的国家：{ $countries }
cli-helplines-audit-none = 无
cli-helplines-audit-failed = 有些国家没有紧急电话号码。发布本目录之前，请连同来源添加一个。

# After an invalid-questionnaire error: the command that lists its problems.
questionnaire-check-hint = 请用以下命令检查：waymark questionnaire check

# waymark questionnaire import FORM [--out DIR]
cli-import-wrote = 已写入 { $file } 和 { $count } 个语言文件。
cli-import-summary = 已转换 { $converted }，已更改 { $changed }，已省略 { $dropped }，已拒绝 { $refused }。
cli-import-checked = 该问卷通过了 "waymark questionnaire check" 的所有检查。
cli-import-action-converted = 已转换
cli-import-action-changed = 已更改
cli-import-action-dropped = 已省略
cli-import-action-refused = 已拒绝
cli-import-exists = { $file } 已存在：请选择其他 --out 文件夹。
