### 终端中的问卷和访谈命令。

## waymark questionnaire

cli-questionnaire-check-clean = { $file }：未发现问题。
cli-questionnaire-check-failed = 有问题的文件：{ $total } 个中的 { $count } 个。
cli-questionnaire-source-builtin = 内置
cli-questionnaire-source-pack = 内容包 { $pack_id }
cli-questionnaire-list-none = 没有可用的问卷。

## waymark interview

cli-interview-started = { $title }。每个回答一给出就会加密保存（草稿 { $draft }）。
cli-interview-resumed = { $title }：从你上次停下的地方继续。
cli-interview-need-source = 请给出问卷编号或 --file。
cli-interview-cmd-back = 返回
cli-interview-cmd-review = 查看
cli-interview-cmd-stop = 停止
cli-interview-cmd-quit = 退出
cli-interview-cmd-help = 帮助
cli-interview-cmd-go = 前往
cli-interview-commands = 用回答的编号或文字作答。也可以输入：{ $back }（上一题）、{ $review }（查看回答）、{ $stop }（到此为止）、{ $quit }（现在离开，以后继续）、{ $help }。
cli-interview-section = — { $title } —
cli-interview-section-instance = — { $title }（{ $number }）—
cli-interview-hint = 给访谈者：{ $hint }
cli-interview-kind-integer = （整数）
cli-interview-kind-decimal = （数字）
cli-interview-kind-date = （日期，写成 YYYY-MM-DD）
cli-interview-kind-text = （输入回答，然后按回车）
cli-interview-kind-multiple = （一个或多个编号，用逗号分开）
cli-interview-kind-note = （按回车继续）
cli-interview-kind-optional = （不回答直接按回车可跳过此题）
cli-interview-current-answer = 目前的回答：{ $answer }
cli-interview-not-understood = 抱歉，没能理解这个回答。请再试一次。
cli-interview-repeat-offer = 添加 { $title }（{ $number }）？1 = { $yes }，2 = { $no }
cli-interview-review-title = 你的回答：
cli-interview-review-item = { $number }. { $question }：{ $answer }
cli-interview-review-unanswered = （未回答）
cli-interview-review-go = 要修改回答，请输入 { $go } 和它的编号，例如：{ $go } 2
cli-interview-review-hidden = 回答是保密的：本人没有同意展示。
cli-interview-stopped = 到此为止。不会再提问。
cli-interview-end = 这是最后一个问题。
cli-interview-left = 回答已保存。以后继续：waymark interview resume { $draft } --dir { $dir }
cli-interview-consent = 你愿意让工作人员看到你的回答吗？1 = { $yes }，2 = { $no }
cli-interview-hand-back = 谢谢。现在请把手机还回去。
cli-interview-finalize-ask = 现在完成并保存报告吗？1 = { $yes }，2 = { $no }
cli-interview-finalized = 报告 { $report } 已保存在保险箱中。其中只有已提问问题的回答。
cli-interview-answer-saved = 回答已保存。
cli-interview-answers-file = 无法读取回答文件。详情：{ $reason }
cli-interview-answers-unknown = 回答文件提到了 { $name }，它不是本问卷的问题或重复部分（或在这里不会被问到）。
cli-interview-answers-not-list = { $name } 是重复部分：请给它一个块的列表（TOML 中写作 [[{ $name }]]）。

## 摘要

cli-interview-summary-title = 摘要：{ $title }
cli-interview-summary-risk = 结果：{ $risk }
cli-interview-summary-indicators = 发现的迹象：
cli-interview-summary-indicator = - { $name }（{ $strength }）
cli-interview-summary-no-indicators = 这些回答中没有发现迹象。
cli-interview-summary-actions = 建议的下一步：
cli-interview-summary-options = 你可以考虑：
cli-interview-summary-action = - { $text }
cli-interview-summary-helplines = - 联系求助热线：
cli-interview-summary-helplines-country = - 联系求助热线。加上本人所在国家（例如 --country TH）即可看到对应的号码。
cli-interview-summary-helplines-none = - 联系求助热线。目录中还没有这个国家的热线。
cli-interview-summary-progress = 已回答：{ $relevant } 题中的 { $answered } 题。
cli-interview-summary-stopped = 问卷在结束前被停止了。
cli-interview-summary-answers-hidden = 回答是保密的：本人没有同意展示。

## waymark interview list

cli-interview-draft-line = { $draft }  { $questionnaire } v{ $version }  { $mode }  { $updated }
cli-interview-no-drafts = 没有草稿。
cli-interview-mode-interviewer = 访谈
cli-interview-mode-self = 自我检查
cli-interview-mode-handover = 交给本人作答
