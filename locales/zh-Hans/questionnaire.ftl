### 问卷：检查文件，以及访谈中的错误。

## 表达式错误

expr-error-unexpected-char = 表达式中不能以这个字符开头。
expr-error-unterminated-string = 这段文字缺少结尾的 { $quote }。
expr-error-dollar = “$” 必须用来开始 ${"{"}name{"}"} 形式的引用。
expr-error-bad-reference-name = 引用需要一个以字母或 “_” 开头、只包含字母、数字、“_”、“-” 和 “.” 的名称。
expr-error-unclosed-reference = 这个引用缺少结尾的 “{"}"}”。
expr-error-number-too-large = 这个数字太大。
expr-error-unsupported-xpath = 不支持 XPath 语法 { $what }。请用 ${"{"}name{"}"} 引用问题。
expr-error-too-long = 表达式超过 { $max } 字节。
expr-error-empty = 表达式是空的。
expr-error-trailing = { $found } 不能跟在完整的表达式后面。可能缺少运算符或 “,”。
expr-error-too-deep = 表达式嵌套超过 { $max } 层。
expr-error-ends-early = 表达式在需要值的地方结束了。
expr-error-expected = 这里需要 { $expected }，却是 { $found }。
expr-error-ends-before = 表达式在需要 { $expected } 的地方结束了。
expr-error-value-before = { $found } 前面缺少一个值。
expr-error-bare-name = { $name } 不是函数调用。问题请写 ${"{"}{ $name }{"}"}，文字请写成带引号的 '{ $name }'。
expr-error-not-a-value = 这里需要一个值，却是 { $found }。
expr-error-unknown-function = { $name }() 不是支持的函数。
expr-error-repeat-as-value = 这里每个重复块各有一个回答。请使用 sum() 或 count()。
expr-error-unknown-reference = ${"{"}{ $name }{"}"} 不是本表单的问题或计算。
expr-error-arity = { $function }() 接受 { $expected } 个参数，不是 { $got } 个。
expr-error-text-not-number = 这段文字不是数字。
expr-error-arithmetic-on-choices = 对多选题做了算术。请使用 count-selected()。
expr-error-compare-number-text = 数字在和不是数字的文字比较。
expr-error-compare-date-text = 日期在和不是日期的文字比较。请写成 'YYYY-MM-DD'。
expr-error-compare-choices = 多选题用 “=” 比较。请使用 selected()。
expr-error-needs-choices = 这里 { $function }() 需要多选题。
expr-error-sum-needs-numbers = 这里 sum() 需要数字。
expr-error-needs-repeat = 这里 { $function }() 需要重复块中的问题。

## `waymark questionnaire check` 的结果

questionnaire-finding-too-large = 文件超过 { $max } 字节。
questionnaire-finding-toml = 这里无效：{ $detail }
questionnaire-finding-not-a-message-id = 文字字段填写 .ftl 文件中的消息编号（字母、数字、- 和 _），而不是文字本身。
questionnaire-finding-bad-id = 问卷编号 “{ $name }” 不是有效名称。
questionnaire-finding-bad-choice-name = 选项 “{ $name }” 不是有效名称。
questionnaire-finding-bad-section-id = 部分编号 “{ $name }” 不是有效名称。
questionnaire-finding-bad-question-name = 问题名称 “{ $name }” 不是有效名称。
questionnaire-finding-bad-indicator-id = 指标编号 “{ $name }” 不是有效名称。
questionnaire-finding-empty-list = 选项列表 { $list } 是空的。
questionnaire-finding-duplicate-choice = 选项 { $choice } 在列表 { $list } 中出现了两次。
questionnaire-finding-duplicate-section = 部分 { $id } 声明了两次。
questionnaire-finding-unknown-section = 部分 { $id } 不存在。
questionnaire-finding-duplicate-name = 名称 { $name } 用了两次。
questionnaire-finding-unknown-type = 未知的问题类型 “{ $type }”。请使用 yes_no、single_choice、multiple_choice、text、integer、decimal、date、region、note、acknowledgement 或 calculate。
questionnaire-finding-no-label = 问题 { $name } 没有标签（label）。
questionnaire-finding-needs-choices = 问题 { $name } 需要选项列表：choices = "list"。
questionnaire-finding-unknown-list = 选项列表 { $list } 不存在。
questionnaire-finding-choices-not-allowed = 问题 { $name } 不是选择题。请删除 `choices`。
questionnaire-finding-no-calculation = 计算 { $name } 没有 `calculation`。
questionnaire-finding-calculation-in-repeat = 不支持在重复块内计算。请在外面用 sum() 或 count() 计算。
questionnaire-finding-calculation-not-allowed = 只有 calculate 问题才有 `calculation`。
questionnaire-finding-bad-default = { $name } 的默认答案与其类型不符（或不是其选项之一）。
questionnaire-finding-required-no-answer = { $name } 不接受回答，所以不能设为必答。
questionnaire-finding-constraint-no-answer = 不接受回答的问题不能有约束。
questionnaire-finding-filter-not-allowed = 只有选择题才有 choice_filter。
questionnaire-finding-unknown-column = 列表中没有选项带有名为 { $column } 的列。
questionnaire-finding-cycle = 计算之间循环依赖：{ $names }。
questionnaire-finding-duplicate-indicator = 指标 { $id } 声明了两次。
questionnaire-finding-bad-strength = 强度只能是 weak、medium 或 strong。
questionnaire-finding-bad-weight = 权重必须是有限的数字。
questionnaire-finding-unknown-indicator = 指标 { $id } 没有在 [[indicators]] 中声明。
questionnaire-finding-bad-level = 级别只能是 none、low、medium、high 或 urgent。
questionnaire-finding-one-rule = 每个结果只能有一条规则：any_of、at_least、all_of_sets 或 weight。
questionnaire-finding-bad-at-least = at_least.n 必须在 1 和 `of` 中指标的数量之间。
questionnaire-finding-empty-sets = all_of_sets 需要每组至少列出一个指标。
questionnaire-finding-bad-threshold = 阈值必须是有限的数字。
questionnaire-finding-unreachable = 问题 { $name } 永远不会显示：它的 `relevant` 永远不会为真。
questionnaire-finding-unreachable-section = 问题 { $name } 永远不会显示：它所在部分的 `relevant` 永远不会为真。
questionnaire-finding-missing-translation = 消息 { $id } 没有 { $locale } 的翻译。

## 回答时的错误

questionnaire-error-invalid = 这份问卷有问题（{ $count } 个）。
questionnaire-error-unknown-question = 没有名为 { $name } 的问题。
questionnaire-error-unknown-section = 没有名为 { $id } 的部分。
questionnaire-error-not-answerable = { $name } 不接受回答。
questionnaire-error-not-relevant = 现在不问问题 { $name }。
questionnaire-error-wrong-type = 这种回答不适合问题 { $name }。
questionnaire-error-not-a-choice = 这不是 { $name } 的选项之一。
questionnaire-error-too-long = 对 { $name } 的回答太长。
questionnaire-error-constraint = 对 { $name } 的这个回答不被接受。请检查一下。
questionnaire-error-required = 问题 { $name } 需要回答。“不确定” 和 “不想说” 也算回答。
questionnaire-error-no-such-instance = { $name } 没有第 { $number } 块。
questionnaire-error-at = { $name }：{ $message }
questionnaire-error-at-block = { $name }，第 { $number } 块：{ $message }
questionnaire-error-no-current-question = 没有更多问题了。
questionnaire-error-stopped = 这份问卷已停止。你仍然可以查看摘要并完成它。
questionnaire-error-finalized = 这份问卷已经完成。
questionnaire-error-draft-not-found = 没有这份草稿。
questionnaire-error-report-not-found = 没有这份报告。
questionnaire-error-draft-mismatch = 这份草稿属于问卷 { $id } 第 { $version } 版，这里没有该问卷。
questionnaire-error-draft-damaged = 保存的草稿已损坏，无法继续。

## 查找问卷

catalog-error-not-found = 没有编号为 { $id } 的问卷。
catalog-error-invalid = 问卷 { $id } 有问题（{ $count } 个）。
catalog-error-id-mismatch = { $file } 声明的编号是 { $id }，但文件名给出的是另一个。
catalog-error-texts = 无法读取 { $file } 中的翻译。详情：{ $reason }
catalog-error-not-utf8 = { $file } 不是 UTF-8 文本。
catalog-error-too-large = { $file } 超过 { $max } 字节。
catalog-error-io = 无法读取 { $file }（{ $reason }）。

## 结果

risk-level-none = 未发现迹象
risk-level-low = 低
risk-level-medium = 中
risk-level-high = 高
risk-level-urgent = 紧急
strength-weak = 弱
strength-medium = 中
strength-strong = 强

## 指标

indicator-abuse_of_vulnerability = 利用弱势处境
indicator-deception = 欺骗
indicator-restriction_of_movement = 限制行动自由
indicator-isolation = 隔离
indicator-physical_and_sexual_violence = 身体暴力和性暴力
indicator-intimidation_and_threats = 恐吓和威胁
indicator-retention_of_identity_documents = 身份证件被他人扣留
indicator-withholding_of_wages = 克扣工资
indicator-debt_bondage = 债务奴役
indicator-abusive_working_and_living_conditions = 恶劣的工作和生活条件
indicator-excessive_overtime = 过度加班
indicator-deceptive_recruitment = 欺骗性招募
indicator-coercive_recruitment = 强迫性招募
indicator-sexual_exploitation = 性剥削
indicator-child = 涉及儿童
