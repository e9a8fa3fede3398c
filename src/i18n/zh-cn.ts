/** Simplified Chinese for every English text the page shows (the English text is the key). */
export const ZH_CN: Readonly<Record<string, string>> = {
  // The page and its header (src/app)
  'OCR billing simulator': 'OCR 计费模拟器',
  'Which HUAWEI CLOUD OCR prepaid packages to buy, and when they pay off against pay-per-use.':
    '应购买哪些华为云 OCR 资源包，以及它们何时比按需计费更划算。',
  Language: '语言',
  'HUAWEI CLOUD International (USD)': '华为云国际站（USD）',
  'HUAWEI CLOUD Chinese mainland (CNY)': '华为云中国站（CNY）',
  'Skip to a section': '跳转到版块',
  'Skip to usage': '跳到用量',
  'Skip to packages': '跳到资源包',
  'Skip to results': '跳到结果',
  'Skip to the advisor': '跳到购买建议',
  Sections: '页面各部分',
  Advisor: '购买建议',
  Compare: '比较',
  Share: '分享',
  'Total {amount}': '总费用 {amount}',
  'Out of date:': '已过期：',
  'About this demo': '关于此演示',
  'This is a demo estimate for a fictional shipping company, to show how the simulator works. Figures in red mark calls that are wasted or fail. Try changing the monthly calls, or ask the advisor, below the results, for the cheapest plan.':
    '这是一个虚构航运公司的演示估算，用来展示模拟器的用法。红色数字表示被浪费或失败的调用。试着修改每月调用次数，或在结果下方请购买建议找出最便宜的方案。',
  Scenario: '场景',
  'Estimate name': '估算名称',
  'Untitled estimate': '未命名估算',
  'Estimates saved in this browser ({count})': '此浏览器中保存的估算（{count}）',
  '{name} (open)': '{name}（已打开）',
  'Open {name}': '打开“{name}”',
  'last changed {date}': '最后修改于 {date}',
  '{name} (copy)': '{name}（副本）',
  'The only estimate cannot be deleted.': '唯一的估算不能删除。',
  'Delete {name}': '删除“{name}”',
  Delete: '删除',
  'Start a blank estimate': '新建空白估算',
  'Open the demo as a new estimate': '以示例新建估算',
  '“{name}” was deleted.': '已删除“{name}”。',
  'Undo the deletion': '撤销删除',
  'Price catalog': '价格目录',
  'The {catalog} price catalog could not be loaded, so the catalog was not changed.':
    '无法加载{catalog}价格目录，因此价格目录未更改。',
  'Prices now come from {catalog}.': '价格现在来自{catalog}。',
  'Prices now come from {catalog}; {count} package prices are empty: fill them in.':
    '价格现在来自{catalog}；有 {count} 个资源包价格为空，请填写。',
  'Switch to {catalog}?': '切换到{catalog}？',
  'Switch and replace the prices': '切换并替换价格',
  '{api} {size} package': '{api} {size}资源包',
  'Every price of this estimate is replaced by the {catalog} price for the same thing, in {currency}. Amounts are never carried over from one currency to another.':
    '此估算中的每个价格都会替换为{catalog}中对应项目的价格，以 {currency} 计。金额绝不会从一种货币直接沿用到另一种货币。',
  'These prices were typed by hand and will be replaced:': '以下价格是手动输入的，将被替换：',
  'Pay-per-use for {api}: {price} a call': '{api}的按需计费：每次 {price}',
  '{name}: {price}': '{name}：{price}',
  'No price was typed by hand: all of them are the current catalog’s.':
    '没有手动输入的价格：全部来自当前价格目录。',
  '{catalog} does not offer these in their region; they move:':
    '{catalog}在以下项目所在区域不提供服务，它们将移到：',
  '{name}: from {from} to {to}': '{name}：从{from}移到{to}',
  '{catalog} does not sell these APIs; they stay as they are, to be changed:':
    '{catalog}不提供以下 API，它们保持不变，需要修改：',
  '{catalog} sells no package of these sizes; their price is left empty, to fill in:':
    '{catalog}没有以下规格的资源包，其价格留空，需要填写：',
  'Prices are in {currency}.': '价格以 {currency} 计。',
  Undo: '撤销',
  Redo: '重做',
  'About {label}': '关于“{label}”',
  // The price catalog (src/features/catalog)
  'The price catalog could not be loaded ({reason}).': '无法加载价格目录（{reason}）。',
  'network error': '网络错误',
  'The price catalog is not valid JSON.': '价格目录不是有效的 JSON。',
  'The price catalog is damaged.': '价格目录已损坏。',
  'Loading the price catalog…': '正在加载价格目录…',
  'Package sizes and list prices cannot be offered until it loads; the scenario and its results still work with the prices it holds.':
    '加载完成前无法提供资源包规格和目录价格；场景及其结果仍按场景中已有的价格计算。',
  'Retrying…': '正在重试…',
  Retry: '重试',
  "Prices are illustrative and editable: no official OCR price list is public. Catalog: {catalog} ({currency}), as of {date}. Enter the customer's quote for real answers.":
    '价格仅作示意，可以修改：华为云未公开 OCR 官方价格表。价格目录：{catalog}（{currency}），截至 {date}。请输入客户的报价以获得真实结果。',
  "Prices are illustrative and editable: no official OCR price list is public. Enter the customer's quote for real answers.":
    '价格仅作示意，可以修改：华为云未公开 OCR 官方价格表。请输入客户的报价以获得真实结果。',
  // Usage (src/features/usage)
  Usage: '用量',
  'The price catalog is unavailable: type API and region ids (such as general-text and ap-southeast-1).':
    '价格目录不可用：请直接输入 API 和区域的 ID（例如 general-text 和 ap-southeast-1）。',
  'Horizon starts': '模拟起始月',
  'The first month simulated.': '模拟的第一个月。',
  Months: '月数',
  '1 to 120.': '1 到 120。',
  'No streams yet: add one for each API and region the customer calls.':
    '还没有用量项：为客户调用的每个 API 和区域各添加一项。',
  'Add a stream': '添加用量项',
  'New stream': '新用量项',
  'Unnamed API': '未命名 API',
  'no region': '未选区域',
  '{api} in {region}': '{api}（{region}）',
  '{api}, all regions': '{api}（所有区域）',
  'Month {number}': '第 {number} 个月',
  API: 'API',
  Region: '区域',
  'Only regions offering this API.': '仅列出提供此 API 的区域。',
  'An API id, such as general-text.': 'API 的 ID，例如 general-text。',
  'A region id, such as ap-southeast-1.': '区域的 ID，例如 ap-southeast-1。',
  'Pay-per-use subscribed in this region': '已在此区域开通按需计费',
  'When off, calls that no package covers fail with ModelArts.4204 (API not subscribed) once packages run out.':
    '未开通时，资源包用完后，没有资源包抵扣的调用会失败，返回 ModelArts.4204（API 未开通）。',
  'Monthly calls': '每月调用量',
  Generate: '自动生成',
  'Type or paste month by month': '逐月输入或粘贴',
  'Remove stream {name}': '删除用量项 {name}',
  'Remove stream': '删除用量项',
  "First month's calls": '首月调用量',
  'Growth per month': '月增长率',
  'Compounded; negative shrinks.': '按复合增长计算；负数表示下降。',
  Seasonality: '季节性',
  'Scale each calendar month by a percentage of a normal month.':
    '按平常月份的百分比调整每个自然月。',
  'Seasonality (% of a normal month)': '季节性（相对平常月份的 %）',
  'Set the number of months to see the generated calls.': '设置月数后即可查看生成的调用量。',
  'Correct the fields above to see the generated calls.': '修正上方字段后即可查看生成的调用量。',
  'Generated calls, {total} in all:': '生成的调用量，共 {total} 次：',
  'Pasted 1 month from {month}.': '已从 {month} 起粘贴 1 个月。',
  'Pasted {count} months from {month}.': '已从 {month} 起粘贴 {count} 个月。',
  'Pasted 1 month from {month}; 1 value past the horizon left out.':
    '已从 {month} 起粘贴 1 个月；超出模拟期的 1 个值未粘贴。',
  'Pasted 1 month from {month}; {ignored} values past the horizon left out.':
    '已从 {month} 起粘贴 1 个月；超出模拟期的 {ignored} 个值未粘贴。',
  'Pasted {count} months from {month}; 1 value past the horizon left out.':
    '已从 {month} 起粘贴 {count} 个月；超出模拟期的 1 个值未粘贴。',
  'Pasted {count} months from {month}; {ignored} values past the horizon left out.':
    '已从 {month} 起粘贴 {count} 个月；超出模拟期的 {ignored} 个值未粘贴。',
  'Paste a column copied from a spreadsheet into any month: it fills that month and the following ones.':
    '可将从电子表格复制的一列粘贴到任意月份：会依次填入该月及之后的月份。',
  'Paste a column copied from a spreadsheet into any month: it fills that month and the following ones. Set the number of months to give every month its calls.':
    '可将从电子表格复制的一列粘贴到任意月份：会依次填入该月及之后的月份。设置月数后即可为每个月填写调用量。',
  'Calls in {month}': '{month}调用量',
  'Pay-per-use prices': '按需计费价格',
  'No pay-per-use prices yet.': '还没有按需计费价格。',
  '{api} has no pay-per-use price.': '{api} 没有按需计费价格。',
  'Add prices for {api}': '为 {api} 添加价格',
  Pricing: '计价方式',
  Graduated: '累进阶梯',
  Volume: '全量阶梯',
  'graduated and volume pricing': '累进阶梯与全量阶梯计价',
  "Graduated: each call costs the price of the tier it falls in. Volume: every call of the month costs the price of the tier the month's total reaches.":
    '累进阶梯：每次调用按其所在阶梯的单价计费。全量阶梯：当月所有调用都按当月总量所达阶梯的单价计费。',
  'Tiers of {name}': '{name} 的价格阶梯',
  'Up to (calls per month)': '上限（每月调用次数）',
  'Unit price ({currency})': '单价（{currency}）',
  Actions: '操作',
  'no limit': '无上限',
  'Tier {number} up to (calls per month)': '第 {number} 阶梯上限（每月调用次数）',
  'Tier {number} unit price': '第 {number} 阶梯单价',
  'Remove tier {number} of {name}': '删除 {name} 的第 {number} 阶梯',
  'Add a tier to {name}': '为 {name} 添加阶梯',
  'Add a tier': '添加阶梯',
  'Reset {name} to catalog price': '将 {name} 恢复为目录价',
  'Reset to catalog price': '恢复为目录价',
  'Remove prices for {name}': '删除 {name} 的价格',
  Remove: '删除',
  "Same as the catalog's price.": '与目录价相同。',
  'No stream uses these prices.': '没有用量项使用这些价格。',
  // Packages (src/features/packages)
  Packages: '资源包',
  "Prices are illustrative and editable: no official OCR price list is public. Enter the customer's quote for real answers. The price catalog is unavailable: package sizes cannot be offered.":
    '价格仅作示意，可以修改：华为云未公开 OCR 官方价格表。请输入客户的报价以获得真实结果。价格目录不可用：无法提供资源包规格。',
  'No packages: every call is billed pay-per-use. Add one to compare.':
    '没有资源包：所有调用均按需计费。添加一个资源包进行对比。',
  'Add a package': '添加资源包',
  'Official price, not illustrative. Source: {source}.': '官方价格，非示意价格。来源：{source}。',
  'Add free calls every day': '添加每天免费额度',
  'Add free calls every month': '添加每月免费额度',
  Quota: '额度',
  'Spent once': '用完即止',
  'Renews every day': '每天重置',
  'Renews every month': '每月重置',
  'It holds its calls afresh every period; what a period leaves unused is lost, not carried over.':
    '每个周期重新获得全部额度；周期内未用完的额度作废，不结转。',
  'New package': '新资源包',
  '{api} {size}': '{api} {size}',
  'No stream calls {api} in {region}: this package will never be used.':
    '没有用量项调用 {api}（{region}）：此资源包永远不会被使用。',
  'catalog price {price} {currency}': '目录价 {price} {currency}',
  '{count} calls': '{count} 次调用',
  Purchased: '已购',
  Promotional: '促销',
  Free: '免费',
  Label: '标签',
  'A package covers calls in its own region only.': '资源包只抵扣其所属区域内的调用。',
  Size: '规格',
  'Custom size': '自定义规格',
  Calls: '调用次数',
  Price: '价格',
  Source: '来源',
  'Bought on': '购买日期',
  'Its price is paid this day.': '在这一天付款。',
  'Takes effect on': '生效日期',
  'Empty: the day it is bought.': '留空表示购买当天生效。',
  Validity: '有效期',
  months: '个月',
  'Calls already used': '已用次数',
  'For a package the customer already owns: calls used before the horizon.':
    '用于客户已持有的资源包：模拟期开始前已用掉的调用次数。',
  Priority: '优先级',
  'Lower pays first.': '数值小的先抵扣。',
  'Duplicate {name}': '复制 {name}',
  Duplicate: '复制',
  'Renew {name}': '续购 {name}',
  Renew: '续购',
  'Remove {name}': '删除 {name}',
  'Renew needs a valid date and validity.': '续购需要有效的日期和有效期。',
  'Renew {name} at the 80 % alert': '在 80% 用量提醒时续购 {name}',
  'Renew at the 80 % alert': '在 80% 提醒时续购',
  'Renew adds the same package from {date}, the day it runs out.':
    '续购将从 {date}（用完当天）起添加同样的资源包。',
  'At the 80 % alert, it would start on {date}.': '若在 80% 用量提醒时续购，将从 {date} 起生效。',
  'Renew adds the same package from {date}, the day after it expires.':
    '续购会添加一个相同的资源包，从到期次日 {date} 起生效。',
  'Deduction order': '抵扣顺序',
  "Each day, a stream's calls are taken from its usable packages in this order: the first rule where two packages differ decides. When every rule ties, the package listed first above pays first.":
    '每天，用量项的调用按此顺序从可用的资源包中抵扣：两个资源包之间第一条不同的规则决定先后。所有规则都相同时，上方列在前面的资源包先抵扣。',
  'Source: free, then promotional, then purchased': '来源：先免费，再促销，最后已购',
  'Takes effect earlier': '先生效的优先',
  'Expires earlier': '先到期的优先',
  'Bought earlier': '先购买的优先',
  'Manual priority (lower first)': '手动优先级（数值小的优先）',
  '{rule} (not used)': '{rule}（未使用）',
  '{position}. {rule}': '{position}. {rule}',
  'Move up: {rule}': '上移：{rule}',
  'Move up': '上移',
  'Move down: {rule}': '下移：{rule}',
  'Move down': '下移',
  'At least one rule is needed.': '至少需要一条规则。',
  "Reset to Huawei's default order": '恢复华为云默认顺序',
  Rule: '抵扣规则',
  'Custom order (below)': '自定义顺序（见下方）',
  'An order of your own: choose and arrange the rules below.':
    '自定义的顺序：在下方选择并排列规则。',
  'HUAWEI CLOUD OCR (default)': '华为云 OCR（默认）',
  'HUAWEI CLOUD Billing Center: earliest expiry first': '华为云费用中心：先到期的先抵扣',
  'Tencent Cloud OCR: free, then paid packages': '腾讯云 OCR：先免费，后付费资源包',
  'Baidu AI Cloud OCR: earliest purchase, then smallest':
    '百度智能云 OCR：先购买的先抵扣，再按规格从小到大',
  'Source: HUAWEI CLOUD OCR help, deduction order for multiple packages (ocr_12_0029).':
    '来源：华为云 OCR 帮助文档，多个资源包的抵扣顺序（ocr_12_0029）。',
  'Source: HUAWEI CLOUD Billing Center FAQ: among packages of the same scope, the one that expires first is used first (billing_faq_6100011).':
    '来源：华为云费用中心常见问题：适用范围相同的资源包，先到期的先使用（billing_faq_6100011）。',
  'Source: Tencent Cloud OCR billing overview: free, then paid packages, then postpaid.':
    '来源：腾讯云 OCR 计费概述：先免费资源包，再付费资源包，最后后付费。',
  'Source: Baidu AI Cloud OCR package rules: earliest purchase first, then smallest.':
    '来源：百度智能云 OCR 资源包规则：先购买的先抵扣，再按规格从小到大。',
  'Compare the rules side by side': '并排比较各抵扣规则',
  'Hide the rules side by side': '隐藏规则比较',
  'Fix the scenario’s problems to compare the rules.': '请先修正场景中的问题，再比较各规则。',
  'The same estimate under each rule': '同一估算在各规则下的结果',
  '{name} (in use)': '{name}（当前使用）',
  'no package ran out': '没有资源包用完',
  '{name} on {date}': '{name}：{date}',
  'The rule changes the bill: {cheapest} costs {low}, {dearest} costs {high}. The rule decides which package pays first, and so which one runs out, or expires still holding calls.':
    '抵扣规则会改变账单：{cheapest} 费用为 {low}，{dearest} 费用为 {high}。规则决定哪个资源包先抵扣，从而决定哪个先用完、哪个到期时仍有剩余。',
  'The rule does not change the bill here: every rule costs {cost}. It only changes which package pays first and when each runs out.':
    '在此估算中抵扣规则不改变账单：每种规则的费用都是 {cost}。规则只改变哪个资源包先抵扣以及各自何时用完。',
  'The rule changes nothing here: every rule bills the same calls to the same packages, {cost} in all. A rule matters only when two packages could pay the same call.':
    '在此估算中抵扣规则没有任何影响：每种规则都把相同的调用记到相同的资源包上，共 {cost}。只有两个资源包可以抵扣同一次调用时，规则才有影响。',
  // Share and export (src/features/share)
  'Share and export': '分享与导出',
  'Fix the highlighted fields first: the results are out of date, and only a valid scenario can be shared, exported or printed.':
    '请先修正标出的字段：结果已过期，只有有效的场景才能分享、导出或打印。',
  'Copy share link': '复制分享链接',
  'Open this estimate': '打开此估算',
  'QR code of the link below': '下方链接的二维码',
  'Scan the code, or open this link, to see and change this estimate:':
    '扫描二维码或打开此链接，即可查看和修改此估算：',
  'Open this link to see and change this estimate:': '打开此链接，即可查看和修改此估算：',
  'Export scenario (JSON)': '导出场景（JSON）',
  'Import scenario…': '导入场景…',
  'Import a scenario file': '导入场景文件',
  'Month ledger (CSV)': '月度明细（CSV）',
  'Package ledger (CSV)': '资源包明细（CSV）',
  'Print report': '打印报告',
  'Share link': '分享链接',
  'Link copied ({count} characters). Anyone who opens it sees this scenario; it never expires.':
    '链接已复制（{count} 个字符）。任何人打开它都能看到此场景；链接永久有效。',
  'The link is below: select it and copy it (the browser did not allow copying from here).':
    '链接在下方：请选中后复制（浏览器不允许从这里直接复制）。',
  'Scenario exported as JSON: the same document the command line simulator and Import read.':
    '场景已导出为 JSON：命令行模拟器和“导入”读取的正是这种文档。',
  'The month ledger is exported as CSV, amounts exact in {currency}.':
    '月度明细已导出为 CSV，金额以 {currency} 精确列出。',
  'The package ledger is exported as CSV, amounts exact in {currency}.':
    '资源包明细已导出为 CSV，金额以 {currency} 精确列出。',
  '{file} is {megabytes} MB; the limit is 1 MB. Nothing was changed.':
    '{file} 大小为 {megabytes} MB，上限为 1 MB。未做任何更改。',
  '{file} cannot be imported. Nothing was changed.': '无法导入 {file}。未做任何更改。',
  'Imported "{name}". Undo (Ctrl+Z) brings back what was here.':
    '已导入“{name}”。撤销（Ctrl+Z）可恢复之前的内容。',
  '…and {count} more': '……另有 {count} 条',
  'Open this scenario: {link}': '打开此场景：{link}',
  'This share link cannot be opened.': '无法打开此分享链接。',
  '{problem} (and {count} more problems). Your saved scenario is untouched.':
    '{problem}（另有 {count} 个问题）。您保存的场景未受影响。',
  '{problem}. Your saved scenario is untouched.': '{problem}。您保存的场景未受影响。',
  Dismiss: '关闭',
  'You are looking at a shared scenario ("{name}").': '您正在查看分享的场景（“{name}”）。',
  'You are looking at a shared scenario.': '您正在查看分享的场景。',
  'Your own saved scenario is kept as it was; changes here are not saved unless you keep this one.':
    '您自己保存的场景保持不变；除非保留此场景，否则在这里的修改不会保存。',
  'Keep this scenario': '保留此场景',
  'Back to my scenario': '返回我的场景',
  // Messages of the checks, translated where shown (src/i18n/engine-messages.ts)
  '{path}: {rule}': '{path}：{rule}',
  link: '链接',
  scenario: '场景',
  catalog: '价格目录',
  'must be an object': '必须是对象',
  'must be a list': '必须是列表',
  'must be a string': '必须是字符串',
  'must be true or false': '必须是 true 或 false',
  'is required': '为必填项',
  'unknown field (not part of the scenario format)': '未知字段（不属于场景格式）',
  'must be a non-empty string': '必须是非空字符串',
  'must be a three-letter currency code such as "USD"': '必须是三个字母的货币代码，例如 "USD"',
  'must be a real month written YYYY-MM': '必须是有效的月份，格式为 YYYY-MM',
  'must be a real date written YYYY-MM-DD': '必须是有效的日期，格式为 YYYY-MM-DD',
  'must be a whole number from {min} to {max}': '必须是 {min} 到 {max} 之间的整数',
  'must be a whole number (negative allowed)': '必须是整数（可以为负）',
  'must be a plain decimal string ≥ 0 with at most {digits} digits after the point, such as "{example}"':
    '必须是不小于 0 的普通小数，小数点后最多 {digits} 位，例如 "{example}"',
  'must be one of {values}': '必须是以下之一：{values}',
  'must list {min} to {max} keys': '必须列出 {min} 到 {max} 条规则',
  'must have at least one tier': '至少需要一个阶梯',
  'must be a whole number ≥ 1, or null on the last tier only':
    '必须是不小于 1 的整数，只有最后一个阶梯可以为 null',
  'must be null: the last tier has no upper limit': '必须为 null：最后一个阶梯没有上限',
  'unknown field {field} (not part of the scenario format)': '未知字段 {field}（不属于场景格式）',
  'is required and must be {format}': '为必填项，且必须为 {format}',
  'unknown format {format}: this reader reads {expected}':
    '未知格式 {format}：本程序只读取 {expected}',
  'is required (this reader reads version {version})': '为必填项（本程序读取第 {version} 版）',
  'unknown version {version}: this scenario was written by a newer version of the format; this reader reads version {expected}':
    '未知版本 {version}：此场景由更新版本的格式写成；本程序读取第 {expected} 版',
  'unknown version {version}: this reader reads version {expected}':
    '未知版本 {version}：本程序读取第 {expected} 版',
  'no pay-per-use price for {api} in {region} (add a payPerUse entry, or set subscribed to false)':
    '{api}（{region}）没有按需计费价格（请添加 payPerUse 条目，或将 subscribed 设为 false）',
  'the calls of all streams add up to more than {max}, the largest total this simulator counts exactly':
    '所有用量项的调用量合计超过 {max}，这是本模拟器能精确计数的最大总量',
  'not valid JSON ({detail})': '不是有效的 JSON（{detail}）',
  '{key} is already listed at {path}': '{key} 已在 {path} 中列出',
  '{path} already projects {api} in {region}: one stream per API and region':
    '{path} 已预测 {api}（{region}）的调用：每个 API 和区域只能有一个用量项',
  'must have exactly {months} whole numbers, one per month of the horizon (found {found})':
    '必须正好有 {months} 个整数，模拟期内每月一个（实际 {found} 个）',
  'must be a whole number from 0 to calls ({calls})':
    '必须是 0 到资源包总次数（{calls}）之间的整数',
  'must not be before createdOn {date}': '不能早于购买日期 {date}',
  '{path} already prices {api} in every region: one entry per API and region':
    '{path} 已为 {api}（所有区域）定价：每个 API 和区域只能有一个价格条目',
  '{path} already prices {api} in {region}: one entry per API and region':
    '{path} 已为 {api}（{region}）定价：每个 API 和区域只能有一个价格条目',
  "must be greater than the previous tier's upTo ({previous}): tiers ascend":
    '必须大于上一个阶梯的上限（{previous}）：阶梯必须逐级递增',
  '{id} is already the id of {path}: ids must be unique': '{id} 已是 {path} 的 ID：ID 必须唯一',
  'must be {format}': '必须为 {format}',
  'unknown version: this app reads version {version}': '未知版本：本应用读取第 {version} 版',
  'must be a three-letter currency code': '必须是三个字母的货币代码',
  'must be a date written YYYY-MM-DD': '必须是格式为 YYYY-MM-DD 的日期',
  'must be a list of non-empty strings': '必须是由非空字符串组成的列表',
  'must be a whole number ≥ 1': '必须是不小于 1 的整数',
  'must be a non-empty list of whole numbers ≥ 1': '必须是由不小于 1 的整数组成的非空列表',
  'must be a non-empty list': '必须是非空列表',
  'must have a non-empty id and name': '必须有非空的 id 和 name',
  '{id} is listed twice': '{id} 重复列出',
  'must have a non-empty id, a name and a list of apis': '必须有非空的 id、name 以及 apis 列表',
  'must be the id of an API in apis': '必须是 apis 中某个 API 的 id',
  'must be a plain decimal string ≥ 0': '必须是不小于 0 的普通小数',
  'must have a unitPrice written as a plain decimal string ≥ 0':
    '必须有 unitPrice，写作不小于 0 的普通小数',
  'must be null on the last tier': '最后一个阶梯必须为 null',
  'must be a whole number above the previous tier': '必须是大于上一个阶梯的整数',
  'must be a number from {min} to {max} (% a month)': '必须是 {min} 到 {max} 之间的数（每月 %）',
  'must be a percentage from {min} to {max}': '必须是 {min} 到 {max} 之间的百分比',
  'gives month {month} more than {max} calls': '会使第 {month} 个月的调用量超过 {max} 次',
  'the document is {size}; the limit is {limit}': '文档大小为 {size}，上限为 {limit}',
  '{count} streams; the limit is {limit}': '共 {count} 个用量项，上限为 {limit}',
  '{count} packages; the limit is {limit}': '共 {count} 个资源包，上限为 {limit}',
  '{count} price entries; the limit is {limit}': '共 {count} 个价格条目，上限为 {limit}',
  'too long to be a scenario the simulator can open': '过长，不可能是本模拟器能打开的场景',
  'damaged (it is not a scenario link this simulator wrote); ask for the link again':
    '已损坏（不是本模拟器生成的场景链接），请重新获取链接',
  'made by a newer version of the simulator (link format {version}); this one reads format {expected}':
    '由更新版本的模拟器生成（链接格式 {version}），当前版本读取格式 {expected}',
  'unknown link format {version}': '未知的链接格式 {version}',
  'damaged (its data is not base64url); ask for the link again':
    '已损坏（数据不是 base64url 编码），请重新获取链接',
  'the scenario in it is larger than the 1 MB limit': '其中的场景超过 1 MB 上限',
  'the page could not load what opens links; reload it to try again':
    '页面未能加载打开链接所需的部分，请刷新后重试',
  'The share link could not be made: reload the page and try again.':
    '未能生成分享链接：请刷新页面后重试。',
  'damaged (its data does not decompress); ask for the link again':
    '已损坏（数据无法解压），请重新获取链接',
  'damaged (its data is not text); ask for the link again':
    '已损坏（数据不是文本），请重新获取链接',
  free: '免费',
  promotional: '促销',
  purchased: '已购',
  '{first} before {second}': '{first}资源包先于{second}资源包',
  'priority {first} before priority {second} (lower first)':
    '优先级 {first} 先于优先级 {second}（数值小的优先）',
  'takes effect earlier ({first} before {second})': '生效更早（{first} 早于 {second}）',
  'expires earlier ({first} before {second})': '到期更早（{first} 早于 {second}）',
  'bought earlier ({first} before {second})': '购买更早（{first} 早于 {second}）',
  'listed earlier (package {first} before package {second}); every other rule ties':
    '列表中靠前（第 {first} 个资源包在第 {second} 个之前）；其他规则均相同',
  // The purchase advisor's explanation (src/engine/advisor.ts, translated where shown)
  '{count} × {size} on {date}': '{date} 购买 {count} × {size}',
  ', ': '、',
  'Lowest worst-case total cost over {count} scenarios that differ only in monthly calls, as the simulation computes each.':
    '在仅每月调用量不同的 {count} 个场景中，使最坏情况的总费用最低（每个场景都按模拟计算）。',
  'Lowest total cost over the horizon (packages bought plus pay-per-use), as the simulation computes it.':
    '使模拟期内的总费用（购买资源包的费用加按需计费）最低，按模拟计算。',
  'Where pay-per-use is not subscribed, calls no package covers fail and cost nothing: there the plan first keeps failed calls as low as possible, then costs the least.':
    '未开通按需计费的地方，没有资源包抵扣的调用会失败且不产生费用：在那里，方案先让失败的调用尽可能少，再让费用最低。',
  "Packages are bought on the first day of a month, in the catalog's sizes, valid {months} months.":
    '资源包在每月第一天按目录规格购买，有效期 {months} 个月。',
  'Keeps the {kept} packages already held or given; replaces {planned} planned purchases.':
    '保留已持有或获赠的 {kept} 个资源包；替换 {planned} 个计划购买。',
  'The worst case is a maximum over scenarios, so all streams are planned together.':
    '最坏情况取各场景中的最大值，因此所有用量项一起规划。',
  'Each stream is planned on its own: a package pays only for its own API and region, so costs add up stream by stream.':
    '每个用量项单独规划：资源包只抵扣其自身 API 和区域的调用，因此费用按用量项逐项相加。',
  'Proven cheapest: the exhaustive search covered every plan that could be cheaper.':
    '已证明最便宜：穷举搜索覆盖了所有可能更便宜的方案。',
  'Total {total}: {againstCurrent} less than the current plan, {againstPayPerUse} less than pay-per-use only.':
    '总计 {total}：比当前方案少 {againstCurrent}，比仅按需计费少 {againstPayPerUse}。',
  '{stream}: the catalog sells no package for this API.':
    '{stream}：价格目录中没有此 API 的资源包。',
  '{stream}: buy nothing; no package pays for itself at these volumes.':
    '{stream}：无需购买；在这样的调用量下，没有资源包能回本。',
  '{stream}: no calls, nothing to buy.': '{stream}：没有调用，无需购买。',
  '{stream}: buy {purchases}; this stream then costs {cost}.':
    '{stream}：{purchases}；此用量项的费用因此为 {cost}。',
  'Pay-per-use is not subscribed here: calls no package covers fail (ModelArts.4204). The plan first keeps failed calls as low as possible ({failed} left), then costs the least.':
    '此处未开通按需计费：没有资源包抵扣的调用会失败（ModelArts.4204）。方案先让失败的调用尽可能少（剩余 {failed} 次），再让费用最低。',
  'Proven cheapest: every plan that could be cheaper was checked.':
    '已证明最便宜：所有可能更便宜的方案都已检查。',
  // Results (src/features/results)
  Results: '结果',
  'Results are out of date: fix the highlighted fields (1 problem) to update them.':
    '结果已过时：请修正标出的字段（1 个问题）以更新结果。',
  'Results are out of date: fix the highlighted fields ({count} problems) to update them.':
    '结果已过时：请修正标出的字段（{count} 个问题）以更新结果。',
  'Results appear once the scenario is valid: fix the highlighted fields (1 problem).':
    '场景有效后即显示结果：请修正标出的字段（1 个问题）。',
  'Results appear once the scenario is valid: fix the highlighted fields ({count} problems).':
    '场景有效后即显示结果：请修正标出的字段（{count} 个问题）。',
  Summary: '概览',
  'Total cost': '总费用',
  'Packages bought in the horizon plus pay-per-use charges for the calls they do not cover.':
    '模拟期内购买资源包的费用，加上资源包未抵扣调用的按需计费费用。',
  'Pay-per-use only': '仅按需计费',
  'What the same calls would cost with no packages at all, at the pay-per-use tiers.':
    '完全不购买资源包、按按需计费阶梯计价时，同样的调用所需的费用。',
  Savings: '节省',
  'Pay-per-use-only cost minus total cost, and that as a share of the pay-per-use-only cost.':
    '仅按需计费的费用减去总费用，以及它占仅按需计费费用的比例。',
  'costs the same as pay-per-use only': '与仅按需计费的费用相同',
  'saves {amount}': '节省 {amount}',
  'costs {amount} more': '多花 {amount}',
  '({percent} less than pay-per-use only)': '（比仅按需计费少 {percent}）',
  '({percent} more than pay-per-use only)': '（比仅按需计费多 {percent}）',
  'Payback day': '回本日',
  'The first day from which the plan has cost no more than pay-per-use only, through the end of the horizon.':
    '从这一天起直到模拟期结束，方案的累计费用都不高于仅按需计费。',
  'does not pay back within the horizon': '模拟期内无法回本',
  'Printed report': '打印报告',
  'Estimate of {first} to {last} ({months} months), printed {date}.':
    '估算期间：{first}至{last}（{months} 个月），打印于{date}。',
  'Prices: {catalog}, as of {date}; illustrative, to be confirmed with HUAWEI CLOUD.':
    '价格：{catalog}，截至{date}；仅供参考，请以华为云报价为准。',
  'Prices: {catalog}, as of {date}.': '价格：{catalog}，截至{date}。',
  'Prices as entered in the estimate, in {currency}.': '价格按估算中填写的，以 {currency} 计。',
  'Packages in this plan': '此方案中的资源包',
  'Pays for itself on': '本笔购买回本日',
  'Purchases that pay for themselves, numbered on the chart: {list}.':
    '能够回本的购买（编号见图）：{list}。',
  '{number}. {name} on {date}': '{number}. {name}：{date}',
  'package {number}': '第 {number} 个资源包',
  'The first day from which the plan with this purchase has cost no more than the same plan without it, through the end of the horizon.':
    '从这一天起直到模拟期结束，包含这笔购买的方案累计费用都不高于不含它的同一方案。',
  'not in the horizon': '模拟期内未回本',
  'Swipe the table sideways to see every column.': '左右滑动表格可查看所有列。',
  'already owned': '已拥有',
  'No packages: every call is billed pay-per-use.': '没有资源包：所有调用均按需计费。',
  'API and region': 'API 与区域',
  '{calls} calls a day': '每天 {calls} 次',
  '{calls} calls a month': '每月 {calls} 次',
  '{calls} calls': '{calls} 次',
  'What it costs': '费用',
  'Total cost: {amount}, packages and pay-per-use together.':
    '总费用：{amount}，含资源包与按需计费。',
  'With pay-per-use only, the same calls would cost {amount}.':
    '若仅按需计费，同样的调用需要 {amount}。',
  'The plan saves {amount}.': '此方案节省 {amount}。',
  'The plan costs {amount} more than pay-per-use only.': '此方案比仅按需计费多花 {amount}。',
  'The plan costs the same as pay-per-use only.': '此方案与仅按需计费的费用相同。',
  'The whole plan has paid for itself from {date}.': '整个方案自{date}起回本。',
  'No packages are bought in the horizon.': '模拟期内未购买资源包。',
  '{calls} calls expire unused inside the horizon.': '模拟期内有 {calls} 次调用到期未用。',
  '{calls} calls fail where pay-per-use is not subscribed and no package covers them.':
    '有 {calls} 次调用因未开通按需计费且没有资源包抵扣而失败。',
  'Usage assumed': '假设的用量',
  'Pay-per-use unit prices': '按需计费单价',
  'to buy': '需购买',
  '{place}: {first} calls in {month}, changing {growth} % a month, with the seasons as entered: {total} calls in all.':
    '{place}：{month} {first} 次调用，每月变化 {growth}%，并按填写的季节性调整：共 {total} 次调用。',
  '{place}: {first} calls in {month}, changing {growth} % a month: {total} calls in all.':
    '{place}：{month} {first} 次调用，每月变化 {growth}%：共 {total} 次调用。',
  '{place}: entered month by month, {first} calls in {month} to {last} in {lastMonth}: {total} calls in all.':
    '{place}：按月填写，{month} {first} 次调用，至{lastMonth} {last} 次：共 {total} 次调用。',
  'Pay-per-use is not subscribed there: calls no package covers fail.':
    '该区域未开通按需计费：没有资源包抵扣的调用会失败。',
  '{api}, every region': '{api}，所有区域',
  '{amount} per 1,000 calls': '每千次 {amount}',
  'from call {from}, {price}': '第 {from} 次起，{price}',
  'calls {from} to {upTo}, {price}': '第 {from} 至 {upTo} 次，{price}',
  '{place}, each call at its own tier of the month: {tiers}.':
    '{place}，每次调用按其在当月所处的阶梯计价：{tiers}。',
  '{place}, every call of a month at the tier its total reaches: {tiers}.':
    '{place}，当月所有调用按当月总量所达到的阶梯计价：{tiers}。',
  'Payback day of the whole plan': '整个方案的回本日',
  'The first day from which the plan, every purchase included, has cost no more than pay-per-use only, through the end of the horizon. Each purchase’s own payback day is in the package ledger.':
    '从这一天起直到模拟期结束，包含每一笔购买在内的方案累计费用都不高于仅按需计费。每笔购买各自的回本日见资源包明细。',
  'The first purchase, {name} (bought {bought}), pays back on {date}.':
    '第一笔购买「{name}」（{bought}购买）于{date}回本。',
  'The first purchase, {name} (bought {bought}), does not pay back within the horizon.':
    '第一笔购买「{name}」（{bought}购买）在模拟期内无法回本。',
  'Calls unused when the horizon ends': '模拟期结束时未用的调用次数',
  Lapsed: '作废',
  'Calls an allowance that renews every day or month held at the end of a period and lost.':
    '每天或每月重置的额度在周期结束时未用完而作废的调用次数。',
  'Allowance ledger': '重置额度明细',
  'Pages of the allowance ledger': '重置额度明细分页',
  'What each renewing allowance held, paid and lost, month by month':
    '每个重置额度逐月的额度、抵扣和作废情况',
  Renews: '重置周期',
  Held: '额度',
  Used: '已用',
  'every day ({count} days)': '每天（{count} 天）',
  'every month': '每月',
  'Free or renewing calls lapsed': '免费或重置额度作废的调用次数',
  'Calls an allowance that renews every day or month still held at the end of a period: they are lost, not carried over.':
    '每天或每月重置的额度在周期结束时仍未用完的调用次数：作废，不结转。',
  '{name}: {unused} of {offered} calls unused ({percent})':
    '{name}：{offered} 次中有 {unused} 次未使用（{percent}）',
  'calls renewing every day': '每天重置的额度',
  'calls renewing every month': '每月重置的额度',
  'Calls packages still hold on the last day of the horizon. They stay usable until each package expires, and are lost if the calls after the horizon do not use them.':
    '模拟期最后一天资源包仍剩余的调用次数。它们在各资源包到期前仍可使用；若模拟期之后的调用用不完，就会浪费。',
  'usable until {date}': '可用至{date}',
  'usable until {first} to {last}, by package': '按资源包不同，可用至{first}至{last}',
  'no packages bought in the horizon': '模拟期内未购买资源包',
  'Effective price per 1,000 calls': '每千次调用的实际价格',
  'Total cost divided by the calls billed (covered by packages or pay-per-use), times 1,000.':
    '总费用除以计费的调用次数（资源包抵扣或按需计费），再乘以 1,000。',
  'no billed calls': '没有计费的调用',
  'Calls wasted at expiry': '到期浪费的调用次数',
  'Calls packages still held at the end of their expiry day inside the horizon: no refund, no carry-over.':
    '资源包在模拟期内到期当天结束时仍剩余的调用次数：不退款，也不结转。',
  'Failed calls (ModelArts.4204)': '失败的调用（ModelArts.4204）',
  'Calls no package covered where pay-per-use is not subscribed in the region: they fail and cost nothing.':
    '在未开通按需计费的区域中，没有资源包抵扣的调用：这些调用会失败，不产生费用。',
  'Drawing the chart…': '正在绘制图表…',
  'Show the data as a table': '以表格显示数据',
  '{title}: the data': '{title}：数据',
  '{first} to {last}': '{first}至{last}',
  'the horizon': '模拟期内',
  'Package consumption': '资源包消耗',
  'The scenario has no packages: every call is billed pay-per-use.':
    '此场景没有资源包：所有调用均按需计费。',
  'Line chart of the calls left in {packages}, {horizon}: {runOut} and {expired} inside the horizon, {wasted} calls wasted at expiry. The data is in the tables below.':
    '折线图：{packages}的剩余调用次数，{horizon}：模拟期内{runOut}、{expired}，到期浪费 {wasted} 次调用。数据见下方表格。',
  '1 package': '1 个资源包',
  '{count} packages': '{count} 个资源包',
  '1 runs out': '1 个用完',
  '{count} run out': '{count} 个用完',
  '1 expires': '1 个到期',
  '{count} expire': '{count} 个到期',
  'Calls left in each package at the end of each day.': '每个资源包在每天结束时的剩余调用次数。',
  'Showing {shown} of {total} packages (the largest); all are in the package ledger.':
    '显示 {total} 个资源包中最大的 {shown} 个；全部资源包见资源包明细。',
  'takes effect': '生效',
  'runs out': '用完',
  'expires (the calls left then are wasted)': '到期（届时剩余的调用次数作废）',
  'Packages in the chart': '图中的资源包',
  Package: '资源包',
  'Takes effect': '生效',
  'Runs out': '用完',
  Expires: '到期',
  'Wasted at expiry': '到期浪费',
  '(no usable day in the horizon)': '（模拟期内没有可用的日子）',
  'Calls left at the end of each month (— where the package is not usable)':
    '每月结束时的剩余调用次数（— 表示资源包不可用）',
  Month: '月份',
  "Stacked bar chart of each month's calls by who pays, {horizon}: {packageCalls} covered by packages, {payPerUseCalls} billed pay-per-use, {failedCalls} failed (ModelArts.4204). The data is in the table below.":
    '堆叠柱状图：每月调用按付费方划分，{horizon}：资源包抵扣 {packageCalls} 次，按需计费 {payPerUseCalls} 次，失败 {failedCalls} 次（ModelArts.4204）。数据见下方表格。',
  'Who pays': '由谁付费',
  "Each month's calls by what covers them.": '每月调用按抵扣来源划分。',
  'The {shown} packages that cover the most calls are shown one by one, the other {others} together.':
    '抵扣调用最多的 {shown} 个资源包逐个显示，其余 {others} 个合并显示。',
  Legend: '图例',
  'Other packages ({count})': '其他资源包（{count} 个）',
  'Pay-per-use': '按需计费',
  'Failed (ModelArts.4204)': '失败（ModelArts.4204）',
  'Calls per month by who pays': '每月调用按付费方划分',
  'All calls': '全部调用',
  'The plan pays back on {date}: from that day on it has cost no more than pay-per-use only would have.':
    '方案在 {date} 回本：从那天起，其累计费用不高于仅按需计费的费用。',
  'The plan does not pay back within the horizon.': '方案在模拟期内无法回本。',
  'No paid package is bought in the horizon, so there is nothing to pay back.':
    '模拟期内没有购买付费资源包，因此无需回本。',
  'Line chart of cumulative cost, {horizon}: with the plan it ends at {plan}, with pay-per-use only at {payPerUseOnly}. {payback}':
    '累计费用折线图，{horizon}：采用方案最终为 {plan}，仅按需计费最终为 {payPerUseOnly}。{payback}',
  Payback: '回本',
  'Cumulative cost to the end of each day, with the plan (packages and pay-per-use) and with pay-per-use only.':
    '截至每天结束时的累计费用：采用方案（资源包加按需计费）与仅按需计费。',
  'With the plan': '采用方案',
  'Cumulative cost at the end of each month ({currency})': '每月结束时的累计费用（{currency}）',
  'Savings to date': '累计节省',
  'End of {date}': '{date} 结束时',
  'pays back {date}': '{date} 回本',
  '{count} wasted': '浪费 {count}',
  '{count} calls left': '剩余 {count} 次调用',
  'Month ledger': '月度明细',
  'Calls and costs per month of the horizon ({currency})': '模拟期内每月的调用与费用（{currency}）',
  'Covered by packages': '资源包抵扣',
  'Pay-per-use calls': '按需计费调用',
  'Pay-per-use cost': '按需计费费用',
  Failed: '失败',
  'Package cost': '资源包费用',
  Total: '合计',
  'Package ledger': '资源包明细',
  'The scenario has no packages.': '此场景没有资源包。',
  'What each package did in the horizon': '每个资源包在模拟期内的使用情况',
  Consumed: '已消耗',
  Remaining: '剩余',
  Wasted: '浪费',
  'Ran out on': '用完日期',
  '80 % used on': '用量达 80% 日期',
  "The day Huawei's usage alert would fire: the package has used 80 % of its calls.":
    '华为云用量预警触发的日期：资源包已用掉 80% 的调用次数。',
  'Expires on': '到期日期',
  Utilization: '使用率',
  'source (free, then promotional, then purchased)': '来源（先免费，再促销，最后已购）',
  'smallest package': '规格最小的',
  'Smaller package first': '规格小的先抵扣',
  'priority (lower first)': '优先级（数值小的优先）',
  'earliest to take effect': '最先生效',
  'earliest to expire': '最先到期',
  'earliest bought': '最先购买',
  'position in the package list': '在资源包列表中的位置',
  ', then ': '，其次是',
  "Each day, a stream's calls are taken from its usable packages in this order, each until it is empty; the rest goes to pay-per-use. Rules, in turn: {rules}.":
    '每天，用量项的调用按此顺序从可用的资源包中抵扣，每个资源包用完为止；剩余部分按需计费。依次比较的规则：{rules}。',
  'No package covers these calls: all of them go to pay-per-use.':
    '没有资源包抵扣这些调用：全部按需计费。',
  'pays after the one above, because {reason}': '在上一个之后抵扣，因为{reason}',
  'Packages no stream uses': '没有用量项使用的资源包',
  'never used: no stream calls {api} in {region}':
    '永远不会被使用：没有用量项调用 {api}（{region}）',
  'pays first': '最先抵扣',
  Assumptions: '假设',
  "A package covers the whole of the day it takes effect, and stays usable through the end of its expiry day: the same day of the month, validity months later, or that month's last day when it has no such day (a 12-month package bought on February 29, 2024 expires on February 28, 2025).":
    '资源包在生效当天全天可用，并一直可用到到期日结束：到期日是有效期月数之后当月的同一天；若该月没有这一天，则取该月最后一天（2024年2月29日购买的12个月资源包于2025年2月28日到期）。',
  "A package covers its API's calls in its region even where pay-per-use is not subscribed there; only the calls it cannot cover fail (ModelArts.4204), and they cost nothing.":
    '即使该区域未开通按需计费，资源包也会抵扣其所属区域内对应 API 的调用；只有资源包无法抵扣的调用才会失败（ModelArts.4204），且不产生费用。',
  'The pay-per-use tier counter counts only pay-per-use calls (not calls packages cover), separately for each API in each region, and starts again at 0 on the first of every calendar month.':
    '按需计费的阶梯计数只统计按需计费的调用（不含资源包抵扣的调用），每个区域的每个 API 分别统计，并在每个自然月的 1 日从 0 重新开始。',
  "A month's calls are spread evenly over its days, in whole calls: when they do not divide evenly, the extra calls fall on days spread through the month, and the days always add up to the month's calls exactly.":
    '每月的调用按整次平均分摊到当月各天：不能整除时，多出的调用分散落在当月的若干天，各天合计始终正好等于当月的调用量。',
  'Money is exact: nothing is rounded inside the simulation. Amounts are rounded half-up to the cent only when shown.':
    '金额精确计算：模拟过程中不做任何舍入。只在显示时将金额四舍五入到分。',
  "The payback day is the first day, not before the first paid package bought in the horizon, from which the plan's cost to date stays at or below the pay-per-use-only cost to date through the end of the horizon.":
    '回本日是不早于模拟期内购买第一个付费资源包的第一天，从这一天起直到模拟期结束，方案的累计费用始终不高于仅按需计费的累计费用。',
  'Where the prices come from': '价格来源',
  'Illustrative prices, editable: {note} Catalog: {catalog} ({currency}), as of {date}. The scenario carries every price it uses, so changing the catalog later does not change these results.':
    '示意价格，可以修改：{note}价格目录：{catalog}（{currency}），截至 {date}。场景本身保存了用到的每一个价格，因此之后更改价格目录不会改变这些结果。',
  '{note} Catalog: {catalog} ({currency}), as of {date}. The scenario carries every price it uses, so changing the catalog later does not change these results.':
    '{note}价格目录：{catalog}（{currency}），截至 {date}。场景本身保存了用到的每一个价格，因此之后更改价格目录不会改变这些结果。',
  'Sources:': '来源：',
  "The prices are the scenario's own: illustrative and editable, as no official OCR price list is public. (The price catalog has not loaded.)":
    '这些价格是场景自带的：仅作示意，可以修改，因为华为云未公开 OCR 官方价格表。（价格目录尚未加载。）',
  // Purchase advisor (src/features/advisor)
  'Purchase advisor': '购买建议',
  'The price catalog is unavailable: the advisor and the break-even table need its package sizes. The three cases below still work.':
    '价格目录不可用：购买建议和盈亏平衡表需要其中的资源包规格。下方的三种情形仍可使用。',
  'How sure: low, expected and high usage': '把握有多大：低、预期与高用量',
  'Calls may come in lower or higher than projected. Each case changes every month of every stream by the same percentage.':
    '实际调用量可能低于或高于预测。每种情形都将每个用量项每个月的调用量按相同百分比调整。',
  'Months forecast from the usage history take the low and high ends of the forecast range instead.':
    '根据历史用量预测的月份，改用预测区间的下限和上限。',
  'Low case': '低用量情形',
  '−100 to 0: how much lower.': '−100 到 0：低多少。',
  'High case': '高用量情形',
  '0 to 1000: how much higher.': '0 到 1000：高多少。',
  "Fix the scenario's problems to see the three cases.": '修正场景中的问题后即可查看三种情形。',
  'Fix the low and high cases to see them side by side.': '修正低用量和高用量情形后即可并排查看。',
  'Low ({change})': '低（{change}）',
  Expected: '预期',
  'High ({change})': '高（{change}）',
  none: '无',
  'Failed calls': '失败的调用',
  'Low, expected and high cases': '低、预期与高用量情形',
  "The scenario's packages with calls lower, as projected, and higher":
    '场景中的资源包在调用量偏低、符合预测和偏高时的表现',
  Figure: '指标',
  'must be a percentage from {min} to {max}, such as {example}':
    '必须是 {min} 到 {max} 之间的百分比，例如 {example}',
  'gives a month more than {max} calls': '会使某个月的调用量超过 {max} 次',
  'The cheapest plan': '最便宜的方案',
  'Which catalog packages to buy, on the first day of which month, for the lowest total cost under the exact billing rules. Free, promotional and already-owned packages are kept; the planned purchases are what the plan replaces.':
    '按照精确的计费规则，在哪个月的第一天购买哪些目录资源包，总费用最低。免费、促销和已持有的资源包保持不变；方案替换的是计划中的购买。',
  'Plan for': '规划依据',
  'Expected usage': '预期用量',
  'Worst case': '最坏情况',
  'The lowest total cost if calls come in as projected.': '调用量符合预测时总费用最低。',
  'The lowest of the highest totals over the low, expected and high cases.':
    '在低、预期和高用量三种情形的最高总费用中取最低。',
  'The lowest of the highest totals over the low, expected and high cases. Low {low}, high {high}.':
    '在低、预期和高用量三种情形的最高总费用中取最低。低 {low}，高 {high}。',
  'The scenario has 1 problem: fix it to find a plan.': '场景有 1 个问题：修正后才能寻找方案。',
  'The scenario has {count} problems: fix them to find a plan.':
    '场景有 {count} 个问题：修正后才能寻找方案。',
  'The price catalog is unavailable: the advisor needs its package sizes and prices.':
    '价格目录不可用：购买建议需要其中的资源包规格和价格。',
  'Fix the low and high cases to plan for the worst case.':
    '修正低用量和高用量情形后才能按最坏情况规划。',
  'Find the cheapest plan': '寻找最便宜的方案',
  Cancel: '取消',
  'Finding the cheapest plan': '正在寻找最便宜的方案',
  'The advisor could not finish: {reason}': '购买建议未能完成：{reason}',
  'Searching for the cheapest plan: {percent} % done.': '正在寻找最便宜的方案：已完成 {percent}%。',
  'Search cancelled. Nothing was changed.': '已取消搜索。未做任何更改。',
  'it costs the same as your current plan': '费用与您当前的方案相同',
  'it costs {amount} less than your current plan': '比您当前的方案少花 {amount}',
  'it costs {amount} more than your current plan': '比您当前的方案多花 {amount}',
  '1 call fewer fails': '失败的调用减少 1 次',
  '{count} calls fewer fail': '失败的调用减少 {count} 次',
  '1 call more fails': '失败的调用增加 1 次',
  '{count} calls more fail': '失败的调用增加 {count} 次',
  'Found a plan: {cost}.': '已找到方案：{cost}。',
  'Found a plan: {cost}, and {failures}.': '已找到方案：{cost}，且{failures}。',
  "Advisor's plan (worst case)": '建议方案（最坏情况）',
  "Advisor's plan": '建议方案',
  'Plan for the worst case': '按最坏情况规划的方案',
  'Plan for the expected usage': '按预期用量规划的方案',
  'The scenario (or what was asked) changed since this plan was found: find the cheapest plan again before applying it.':
    '找到此方案后，场景（或规划依据）已改变：请重新寻找最便宜的方案后再应用。',
  'Applied: these are now the planned purchases. Undo (Ctrl+Z) brings back the ones before.':
    '已应用：这些现在是计划中的购买。撤销（Ctrl+Z）可恢复之前的购买。',
  'Buy nothing: no package pays for itself at these volumes.':
    '无需购买：在这样的调用量下，没有资源包能回本。',
  "The plan's purchases": '方案中的购买',
  'What to buy, and when': '购买什么，何时购买',
  Stream: '用量项',
  Count: '数量',
  '({count} calls)': '（{count} 次调用）',
  '({price} each)': '（每个 {price}）',
  'How sure': '把握有多大',
  '{stream}:': '{stream}：',
  'the cheapest possible (proven)': '最便宜（已证明）',
  'may not be the cheapest': '不一定最便宜',
  'at most {percent} more than the cheapest possible': '最多比最便宜的方案贵 {percent}',
  'This is the cheapest possible plan (proven).': '这是最便宜的方案（已证明）。',
  'This plan may not be the cheapest possible plan.': '此方案不一定是最便宜的方案。',
  'This plan costs at most {percent} more than the cheapest possible plan.':
    '此方案最多比最便宜的方案贵 {percent}。',
  'The exact solver could not be loaded, so this is the best plan the quick search found; it may not be the cheapest.':
    '精确求解器无法加载，因此这是快速搜索找到的最佳方案，不一定最便宜。',
  'The exact solver could not finish in time, so this is the best plan found; it may not be the cheapest.':
    '精确求解器未能及时完成，因此这是找到的最佳方案，不一定最便宜。',
  'No plan can cost less than {amount}.': '任何方案的费用都不会低于 {amount}。',
  'Why this plan': '为什么是这个方案',
  'Plan applied': '已应用方案',
  'Apply this plan': '应用此方案',
  "Add the advisor's plan as a variant": '将建议方案添加为变体',
  '{count} variants are kept: remove one under Compare variants to add this plan.':
    '已保留 {count} 个变体：请在“比较变体”中删除一个，再添加此方案。',
  'Kept “{name}” for comparison.': '已保留“{name}”用于比较。',
  'Total cost with this plan': '采用此方案的总费用',
  '({detail})': '（{detail}）',
  'no call fails': '没有调用失败',
  '1 call fails': '1 次调用失败',
  '{count} calls fail': '{count} 次调用失败',
  'Against pay-per-use only': '与仅按需计费相比',
  'Against your current plan': '与您当前的方案相比',
  'costs the same as your current plan': '与您当前方案的费用相同',
  '{amount}, {failures}': '{amount}，{failures}',
  '(your current plan: {amount})': '（您当前的方案：{amount}）',
  'Break-even by package size': '各资源包规格的盈亏平衡点',
  'The constant monthly volume from which one package of each size costs no more than pay-per-use over its validity, and how much of it must then be used.':
    '每种规格的资源包在有效期内费用不高于按需计费时所需的固定月调用量，以及届时需要用掉多少。',
  "Fix the scenario's problems to see the break-even volumes.":
    '修正场景中的问题后即可查看盈亏平衡调用量。',
  'The price catalog is unavailable: its package sizes are needed here.':
    '价格目录不可用：这里需要其中的资源包规格。',
  'The scenario has no streams.': '此场景没有用量项。',
  'The catalog sells no {api} package: there is nothing to break even.':
    '价格目录中没有 {api} 的资源包：无所谓盈亏平衡。',
  'There is no pay-per-use price for {api}: nothing to break even against.':
    '{api} 没有按需计费价格：没有可比较的对象。',
  '{count} calls a month': '每月 {count} 次调用',
  '{name}: {perMonth} projected (the average month).': '{name}：预测{perMonth}（月平均）。',
  "The scenario has no pay-per-use price for {api}, so the catalog's list price is used.":
    '场景中没有 {api} 的按需计费价格，因此使用价格目录中的目录价。',
  'Pay-per-use is not subscribed in this region: calls no package covers fail instead of being billed, so here a package is compared with what those calls would cost.':
    '此区域未开通按需计费：没有资源包抵扣的调用会失败而不是被计费，因此这里将资源包与这些调用原本的费用进行比较。',
  'Line chart of the cost over {months} months against a constant monthly volume from 0 to {max} calls, for {name}: pay-per-use only and {sizes}. {projection} The data is in the table below.':
    '折线图：{name} 在 {months} 个月内的费用随固定月调用量（0 到 {max} 次）的变化，包括仅按需计费和{sizes}。{projection}数据见下方表格。',
  '1 package size': '1 种资源包规格',
  '{count} package sizes': '{count} 种资源包规格',
  'At the projected {perMonth} the {size} package saves the most: {amount} over its validity.':
    '按预测的{perMonth}，{size}资源包最省钱：有效期内节省 {amount}。',
  'At the projected {perMonth} no single package pays off.':
    '按预测的{perMonth}，没有任何一种资源包能回本。',
  'Break-even volumes': '盈亏平衡调用量',
  'Each {api} package size against pay-per-use over its {months}-month validity, in calls a month':
    '{api} 各规格资源包在 {months} 个月有效期内与按需计费的比较（单位：每月调用次数）',
  'Pays off from': '回本起点',
  'Use needed': '所需使用率',
  'At the projection': '按预测用量',
  'never pays off': '永远无法回本',
  'costs the same': '费用相同',
  'Cost over {months} months against monthly volume': '{months} 个月内费用与月调用量的关系',
  '{name}: pay-per-use only, and each size bought at the start of every {months}-month validity with pay-per-use for the calls beyond it.':
    '{name}：仅按需计费，以及在每个 {months} 个月有效期开始时购买各规格资源包、超出部分按需计费。',
  '{size} package': '{size}资源包',
  'Projected volume': '预测用量',
  'Low to high case': '低用量至高用量情形',
  'Where a size starts (or stops) paying off': '某规格开始（或不再）划算的位置',
  'Cost over {months} months ({currency}) at each monthly volume drawn':
    '图中各月调用量对应的 {months} 个月费用（{currency}）',
  'Calls a month': '每月调用次数',
  'projected {count}': '预测 {count}',
  'The scenario cannot be read: {reason}': '无法读取场景：{reason}',
  'A low or high case cannot be read: {reason}': '无法读取低用量或高用量情形：{reason}',
  'The price catalog cannot be read: {reason}': '无法读取价格目录：{reason}',
  'The search was stopped.': '搜索已停止。',
  'The advisor could not start ({reason}).': '购买建议无法启动（{reason}）。',
  'no Web Worker': '不支持 Web Worker',
  'The advisor stopped unexpectedly ({reason}).': '购买建议意外停止（{reason}）。',
  'The advisor stopped unexpectedly.': '购买建议意外停止。',
  // Compare variants (src/features/compare)
  'Compare variants': '比较变体',
  "Keep up to {count} versions of the scenario (the current plan, the advisor's plan, the same plan under another deduction order) and see them side by side. A kept variant is a snapshot: later edits do not change it.":
    '最多保留 {count} 个场景版本（当前方案、建议方案、采用另一种抵扣顺序的同一方案），并排比较。保留的变体是一份快照：之后的修改不会影响它。',
  'Name of the variant to keep': '要保留的变体名称',
  'Left empty: “{name}”.': '留空时为“{name}”。',
  'Keep this variant for comparison': '保留此变体用于比较',
  '{count} variants are kept: remove one to keep another.':
    '已保留 {count} 个变体：删除一个后才能再保留。',
  "Fix the scenario's problems first: only a valid scenario can be compared.":
    '请先修正场景中的问题：只有有效的场景才能比较。',
  "No variants kept yet. Keep the current scenario, change it (or apply the advisor's plan) and keep it again to compare.":
    '还没有保留变体。先保留当前场景，修改它（或应用建议方案）后再次保留，即可比较。',
  'Variant {number}': '变体 {number}',
  Variant: '变体',
  Name: '名称',
  'Open in the editor': '在编辑器中打开',
  'Opened “{name}” in the editor. Undo (Ctrl+Z) goes back to the scenario before.':
    '已在编辑器中打开“{name}”。撤销（Ctrl+Z）可回到之前的场景。',
  'Removed “{name}”.': '已删除“{name}”。',
  "This variant's scenario is not valid any more; open it in the editor to fix it.":
    '此变体的场景已不再有效；请在编辑器中打开并修正。',
  'Totals side by side': '合计并排比较',
  'Totals of the kept variants': '保留变体的合计',
  "Each variant's totals; under each, the difference against “{name}”":
    '每个变体的合计；下方为与“{name}”的差额',
  'The kept variant’s totals: keep another to compare': '已保留变体的合计：再保留一个即可比较',
  'does not pay back': '无法回本',
  'nothing bought': '未购买',
  'another currency': '币种不同',
  same: '相同',
  'same day': '同一天',
  '{days} day': '{days} 天',
  '{days} days': '{days} 天',
  '{name} ends at {amount} ({month})': '{name} 最终为 {amount}（{month}）',
  'Cumulative cost': '累计费用',
  "Each variant's total cost (packages bought and pay-per-use) to the end of each month.":
    '每个变体截至每月底的总费用（购买资源包加按需计费）。',
  'Line chart of the cumulative cost of 1 variant, month by month: {ends}. The data is in the table below.':
    '折线图：1 个变体逐月的累计费用：{ends}。数据见下方表格。',
  'Line chart of the cumulative cost of {count} variants, month by month: {ends}. The data is in the table below.':
    '折线图：{count} 个变体逐月的累计费用：{ends}。数据见下方表格。',
  '; ': '；',
  'Cumulative cost at the end of each month': '每月底的累计费用',
  // Applying the advisor's plan (src/features/advisor/apply-plan.ts)
  '{api} {size} (advised)': '{api} {size}（建议）',
  // Long lists a page at a time (src/ui/list-pager.tsx) and folded typed months
  'Pages of packages': '资源包分页',
  'Pages of streams': '调用流分页',
  '{first}–{last} of {count}': '第 {first}–{last} 项，共 {count} 项',
  '{range} (1 with a problem)': '{range}（1 项有问题）',
  '{range} ({count} with problems)': '{range}（{count} 项有问题）',
  Previous: '上一页',
  Next: '下一页',
  Showing: '当前显示',
  '1 item on another page has a problem.': '其他页上有 1 项存在问题。',
  '{count} items on other pages have problems.': '其他页上有 {count} 项存在问题。',
  'Calls month by month (1 month)': '逐月调用量（1 个月）',
  'Calls month by month ({count} months)': '逐月调用量（{count} 个月）',
  '1 month has a problem: unfold the months to fix it.': '有 1 个月存在问题：展开月份以修正。',
  '{count} months have problems: unfold the months to fix them.':
    '有 {count} 个月存在问题：展开月份以修正。',
  // Placeholders of the date and month fields
  'YYYY-MM-DD': 'YYYY-MM-DD',
  'YYYY-MM': 'YYYY-MM',
  // Computed parts of the advisor, worked out when they come near the screen
  'Working out the three cases…': '正在计算三种情形…',
  'Working out the break-even volumes…': '正在计算盈亏平衡用量…',
  // Long results lists
  'Pages of the package ledger': '资源包台账分页',
  'Show the first {count} only': '只显示前 {count} 项',
  'Show all {count}': '显示全部 {count} 项',
  "Each quarter's calls by what covers them (three months per bar; the table has every month).":
    '每季度的调用量按支付方划分（每根柱为三个月；表格列出每个月）。',

  // Errors never blank the page (src/app/error-boundary.tsx)
  'The page': '页面',
  '{section} could not be shown.': '无法显示“{section}”。',
  'Your estimate is kept: nothing you typed is lost.': '您的估算已保留：输入的内容不会丢失。',
  'What went wrong': '出了什么问题',
  'Download the estimate as a file': '将估算下载为文件',
  'Try again': '重试',
  'This browser does not let the page save here: your estimate lives only in this tab until you download it.':
    '此浏览器不允许页面在此保存：在您下载之前，估算只存在于此标签页中。',
  'Your latest changes could not be saved: the storage this browser gives the page is full. They are still here; download the estimate to keep them.':
    '最近的更改未能保存：浏览器为本页面提供的存储空间已满。更改仍在页面上，请下载估算以保留它们。',
  'Try saving again': '再次尝试保存',
  'The simulator could not open your saved estimates twice in a row, so it opened without them. They are kept in this browser: download them, or try opening them again.':
    '模拟器连续两次无法打开您保存的估算，因此这次未载入它们而直接打开。它们仍保留在此浏览器中：您可以下载，或再次尝试打开。',
  'Download the saved estimates ({date})': '下载保存的估算（{date}）',
  'Try opening them again': '再次尝试打开',
  'New version': '新版本',
  'A new version of the simulator is ready.': '模拟器有新版本了。',
  'A part of the page could not load: a new version of the simulator was published.':
    '页面的一部分无法加载：模拟器已发布新版本。',
  // Two sentences in a row: English puts a space between them, Chinese none.
  '{sentence} {next}': '{sentence}{next}',
  'Your latest changes are not saved in this browser: download the estimate before you reload.':
    '您最近的修改尚未保存在此浏览器中：请先下载估算，再重新加载。',
  'Reload to use it; your estimate is saved and comes back as it is.':
    '重新加载即可使用新版本；您的估算已保存，重新加载后原样保留。',
  Reload: '重新加载',
  // Two tabs (src/app/save-notice.tsx)
  'Your changes to “{name}” are not saved yet: it was also changed in another tab.':
    '您对“{name}”的更改尚未保存：另一个标签页也修改了它。',
  'Choose which version to keep': '选择保留哪个版本',
  'This estimate was changed in another tab': '此估算已在另一个标签页中被修改',
  "Load the other tab's version": '载入另一个标签页的版本',
  'Keep mine and save it': '保留我的版本并保存',
  'Save mine as a copy': '把我的版本另存为副本',
  "{name} (this tab's copy)": '{name}（此标签页的副本）',
  'Decide later': '稍后再决定',
  'Another tab saved changes to this estimate (“{name}”) after this tab opened it, and you changed it here too. Saving yours now would write over theirs, so this tab has not saved it.':
    '此标签页打开此估算（“{name}”）之后，另一个标签页保存了对它的更改，而您在这里也做了修改。现在保存会覆盖对方的更改，所以此标签页还没有保存。',
  'Nothing is lost whichever you choose: the version you do not keep is saved as a backup copy you can download, and a copy keeps both as separate estimates.':
    '无论选择哪一项都不会丢失内容：未保留的版本会存为可下载的备份副本；另存为副本则把两个版本都保留为独立的估算。',
  '“{name}” was changed in another tab. If you change it here too, you will be asked which version to keep.':
    '“{name}”已在另一个标签页中被修改。如果您也在这里修改它，页面会询问您保留哪个版本。',
  'Anything you save meanwhile is kept too: opening them again first keeps it as a backup copy.':
    '在此期间保存的内容也会保留：再次打开之前，会先把它存为备份副本。',
  // Backup copies of saved data (src/app/backup-copies.tsx)
  'Backup copies of saved data ({count})': '已保存数据的备份副本（{count}）',
  'The simulator keeps a copy here whenever saved data could not be used as it was, so nothing is lost. Download a copy to keep it as a file, or to send it to whoever looks after the simulator.':
    '每当保存的数据无法按原样使用时，模拟器都会在这里保留一份副本，因此不会丢失任何内容。您可以下载副本存为文件，或发给负责维护模拟器的人。',
  'At most {count} copies are kept: when another is made, the oldest is deleted.':
    '最多保留 {count} 份副本：再产生新副本时，会删除最早的一份。',
  'The oldest copy, kept {kept}, was deleted on {dropped} to make room.':
    '保留于 {kept} 的最早副本已于 {dropped} 删除，以腾出空间。',
  'Kept {date}': '保留于 {date}',
  Download: '下载',
  'Download the copy kept {date}': '下载保留于 {date} 的副本',
  'Delete the copy kept {date}': '删除保留于 {date} 的副本',
  'Delete this backup copy?': '要删除此备份副本吗？',
  'Delete the copy': '删除副本',
  'Keep it': '保留',
  'A deleted copy cannot be brought back. Download it first if you may need it.':
    '删除的副本无法恢复。如果以后可能用到，请先下载。',
  'The saved estimates could not be read, so the page opened the demo instead.':
    '无法读取保存的估算，因此页面改为打开了示例。',
  'Some saved estimates or kept variants could not be read and were left out.':
    '部分保存的估算或方案无法读取，已被略过。',
  'Saved by a newer version of the simulator, which this version cannot open.':
    '由较新版本的模拟器保存，此版本无法打开。',
  'What was saved while the page ran without your saved estimates, before they were opened again.':
    '页面在未载入您保存的估算时所保存的内容，在再次打开这些估算之前保留。',
  'Your version of “{name}” from this tab, before you loaded the version another tab saved.':
    '此标签页中“{name}”的版本，在您载入另一个标签页保存的版本之前保留。',
  'The version of “{name}” another tab saved, before you saved yours over it.':
    '另一个标签页保存的“{name}”版本，在您用自己的版本覆盖之前保留。',
  // Usage history import (src/features/history)
  'Import usage history': '导入历史用量',
  "Start from the customer's real usage: a bill details or package deduction export from the Billing Center, as CSV. The file is read in this browser and never sent anywhere.":
    '从客户的真实用量出发：从费用中心导出的流水账单或资源包抵扣记录（CSV）。文件只在本浏览器中读取，不会发送到任何地方。',
  'Usage export (CSV)': '用量导出文件（CSV）',
  'Or drop the file here.': '也可以把文件拖到这里。',
  'Text encoding': '文字编码',
  'Detect it': '自动识别',
  'GBK / GB18030 (Chinese spreadsheets)': 'GBK / GB18030（中文表格软件）',
  'Change it if the names in the file come out garbled.':
    '如果文件中的名称显示为乱码，请更改此项。',
  'Reading the file…': '正在读取文件…',
  'This file could not be read. Export it again from the Billing Center as CSV.':
    '无法读取此文件。请从费用中心重新导出为 CSV。',
  'The forecast could not be made: the page could not load its forecasting part. Reload the page and try again.':
    '无法生成预测：页面未能加载预测功能。请刷新页面后重试。',
  'Some columns of this file were not recognised. Choose which column holds each of these:':
    '此文件的部分列无法识别。请选择以下各项分别在哪一列：',
  'None: one region for the whole file': '无：整个文件使用同一区域',
  'Region of every row': '每一行的区域',
  'Read the file with these columns': '按这些列读取文件',
  'Date column': '日期列',
  'Service column': '服务列',
  'Region column': '区域列',
  'Calls column': '调用次数列',
  'No row of this file could be used: see why below.': '此文件中没有可用的行，原因见下方。',
  '{rows} rows read: {streams} services and regions.':
    '已读取 {rows} 行：共 {streams} 个服务与区域组合。',
  '1 row left out': '1 行未计入',
  '{count} rows left out': '{count} 行未计入',
  'Count “{name}” as': '将“{name}”计为',
  'Leave it out': '不计入',
  'Rows left out': '未计入的行',
  'Line {line} {reason}.': '第 {line} 行{reason}。',
  'And {count} more.': '另有 {count} 行。',
  'Fix the horizon under Usage first: its start or its number of months.':
    '请先在“用量”中修正预测期：开始月份或月数。',
  'The estimate’s months are all after the forecast: move the horizon start closer to today.':
    '估算的月份都在预测之后：请把开始月份提前到接近今天。',
  '{months} months of history, {first} to {last}.': '{months} 个月的历史用量，{first} 至 {last}。',
  'The usage history kept with this estimate, and its forecast:': '此估算保存的用量历史及其预测：',
  'Working out the forecast…': '正在计算预测…',
  'Only {months} months of usage: at least 3 are needed to forecast. Type the monthly calls under Usage instead.':
    '只有 {months} 个月的用量：至少需要 3 个月才能预测。请改为在“用量”中填写每月调用次数。',
  '{name}: calls each month and the forecast': '{name}：每月调用次数与预测',
  'Calls each month': '每月调用次数',
  Forecast: '预测',
  'Likely range: 8 months in 10 should fall inside it': '可能范围：10 个月中约有 8 个月应落在其中',
  'Likely range (8 in 10)': '可能范围（十之八九）',
  'The forecast follows the trend and the yearly pattern of the last two years.':
    '预测沿用过去两年的趋势和每年的季节规律。',
  'The forecast follows the trend; a yearly pattern needs two years of usage.':
    '预测沿用趋势；要体现每年的季节规律，需要两年的用量。',
  'Checked against the last {months} months, forecast without them: it was off by {error} on average, and {covered} of those months fell inside the likely range.':
    '用不含最近 {months} 个月的数据预测这几个月，再与实际对比：平均偏差 {error}，其中 {covered} 个月落在可能范围内。',
  'The history is too short to check the forecast against past months.':
    '历史太短，无法用过去的月份检验预测。',
  'Use this forecast for {name}': '将此预测用于{name}',
  'The forecast is now the monthly calls of this stream under Usage, and its range the low and high cases of the advisor. Change any month there; Undo takes it back.':
    '此预测已成为“用量”中该用量项的每月调用次数，其范围成为购买建议的低、高用量情形。可在那里修改任何月份；“撤销”可恢复原样。',
  'The imported usage history is left out to keep the link short: the monthly calls are all in it. Export the scenario file to pass the history on too.':
    '为使链接保持简短，链接中未包含导入的历史用量，但每月调用次数都在其中。如需一并传递历史用量，请导出场景文件。',
  Offered: '提供',
  'Free calls every day': '每日免费额度',
  'Free calls every month': '每月免费额度',
  '{name}: calls offered each month': '{name}：每月提供的调用次数',
  'Its calls renew every day: what a day leaves unused lapses at midnight. Each bar adds up the days of a month.':
    '该额度每天重置：当天未用完的部分在午夜作废。每根柱形汇总一个月中的各天。',
  'Its calls renew every month: what a month leaves unused lapses at its end.':
    '该额度每月重置：当月未用完的部分在月底作废。',
  'Stacked bar chart of the calls {name} offered each month, {horizon}: {used} used and {lapsed} lapsed of {offered}. The data is in the table below.':
    '堆叠柱状图，显示{name}在{horizon}每月提供的调用次数：共 {offered} 次，已用 {used} 次，作废 {lapsed} 次。数据见下表。',
  'Calls {name} offered, used and lapsed each month': '{name}每月提供、已用和作废的调用次数',
};
