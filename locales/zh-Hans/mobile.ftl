### Waymark: messages of the mobile bindings. Machine-assisted; needs review by a native speaker.

ffi-error-internal = 应用内部出了问题。您保存的内容都没有丢失。请再试一次。
ffi-network-facts-unavailable = 应用现在无法检查网络，所以没有发送任何内容。
ffi-questionnaire-invalid = 这份问卷有错误，无法使用。
ffi-questionnaire-required = 请回答这个问题后再继续。
ffi-questionnaire-not-accepted = 这个回答不适合这个问题。
ffi-questionnaire-too-long = 这个回答太长了。
ffi-questionnaire-not-available = 这个问题现在不可用。
ffi-questionnaire-closed = 这份问卷已经结束，不能再添加回答。
ffi-questionnaire-draft-not-found = 这份草稿或报告已经不在这里了。
ffi-questionnaire-draft-mismatch = 这份草稿是用另一个版本的问卷开始的。
ffi-questionnaire-draft-damaged = 这份保存的草稿已损坏，无法打开。
