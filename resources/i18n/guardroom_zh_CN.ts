<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Unexpected error: {0}</source>
        <translation>意外错误：{0}</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Your role is not allowed to do this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <source>User name and display name must not be empty.</source>
        <translation>用户名和显示名称不能为空。</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>The user name {name} is already taken.</source>
        <translation>用户名 {name} 已被占用。</translation>
    </message>
    <message>
        <source>An administrator already exists; sign in instead.</source>
        <translation>管理员账号已存在，请直接登录。</translation>
    </message>
    <message>
        <source>No such user: {name}</source>
        <translation>没有此用户：{name}</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>此账号已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until {time}.</source>
        <translation>密码错误次数过多：此账号已锁定至 {time}。</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>entry number {seq} follows {prev}: entries are missing</source>
        <translation>第 {seq} 条紧接在第 {prev} 条之后：有记录缺失</translation>
    </message>
    <message>
        <source>entry {seq} does not point at the entry before it</source>
        <translation>第 {seq} 条未指向其前一条记录</translation>
    </message>
    <message>
        <source>entry {seq} was changed after it was written</source>
        <translation>第 {seq} 条在写入后被篡改</translation>
    </message>
</context>
<context>
    <name>Cameras</name>
    <message>
        <source>That zone does not exist.</source>
        <translation>该区域不存在。</translation>
    </message>
    <message>
        <source>Give the zone a name.</source>
        <translation>请为区域命名。</translation>
    </message>
    <message>
        <source>A zone needs at least three corners.</source>
        <translation>区域至少需要三个角点。</translation>
    </message>
    <message>
        <source>A zone must lie inside the picture.</source>
        <translation>区域必须位于画面之内。</translation>
    </message>
    <message>
        <source>Sensitivity is 1-100 and the minimum area a fraction of the zone.</source>
        <translation>灵敏度为 1-100，最小面积为占区域的比例。</translation>
    </message>
    <message>
        <source>Times are HH:MM, e.g. 22:00.</source>
        <translation>时间格式为 时:分，例如 22:00。</translation>
    </message>
    <message>
        <source>Give both ends of the schedule, or neither.</source>
        <translation>布防时段的起止时间需同时填写或同时留空。</translation>
    </message>
</context>
<context>
    <name>CamerasPage</name>
    <message>
        <source>This layout is saved as the custom one.</source>
        <translation>当前布局已保存为自定义布局。</translation>
    </message>
    <message>
        <source>No custom layout saved yet.</source>
        <translation>尚未保存自定义布局。</translation>
    </message>
    <message>
        <source>No picture to keep: the camera is not live.</source>
        <translation>无法截图：该摄像机不在线。</translation>
    </message>
    <message>
        <source>Snapshot kept: {0}</source>
        <translation>截图已保存：{0}</translation>
    </message>
    <message>
        <source>Select a tile with a camera first.</source>
        <translation>请先选中一个有摄像机的画面格。</translation>
    </message>
    <message>
        <source>Alerts waiting: {0}</source>
        <translation>待处理告警：{0}</translation>
    </message>
    <message>
        <source>Work order opened: {0}</source>
        <translation>已开立工单：{0}</translation>
    </message>
    <message>
        <source>Cameras (drag onto a tile)</source>
        <translation>摄像机（拖到画面格中）</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Save as custom</source>
        <translation>保存为自定义</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>截图</translation>
    </message>
    <message>
        <source>Motion zones…</source>
        <translation>侦测区域…</translation>
    </message>
    <message>
        <source>Back to the wall (Esc)</source>
        <translation>返回画面墙（Esc）</translation>
    </message>
    <message>
        <source>Take it on (opens a work order)</source>
        <translation>接警处理（开立工单）</translation>
    </message>
    <message>
        <source>live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>for {0}</source>
        <translation>已 {0}</translation>
    </message>
    <message>
        <source>drag a camera here</source>
        <translation>将摄像机拖到此处</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>连接中…</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} 秒</translation>
    </message>
    <message>
        <source>{0} min {1} s</source>
        <translation>{0} 分 {1} 秒</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0} 小时 {1} 分</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Export the data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Export data (CSV)…</source>
        <translation>导出数据（CSV）…</translation>
    </message>
    <message>
        <source>Export chart (PNG)…</source>
        <translation>导出图表（PNG）…</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>Checklists</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Items, one a line</source>
        <translation>检查项目（每行一项）</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Safety inspection</source>
        <translation>安全巡查</translation>
    </message>
    <message>
        <source>Handover equipment</source>
        <translation>交接班设备</translation>
    </message>
    <message>
        <source>(a new checklist)</source>
        <translation>（新建检查表）</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <source>Unknown kind of checklist.</source>
        <translation>未知的检查表类型。</translation>
    </message>
    <message>
        <source>Give the checklist a name.</source>
        <translation>请为检查表命名。</translation>
    </message>
    <message>
        <source>A checklist needs at least one item.</source>
        <translation>检查表至少需要一个项目。</translation>
    </message>
    <message>
        <source>A checklist holds at most {n} items.</source>
        <translation>一张检查表最多 {n} 个项目。</translation>
    </message>
    <message>
        <source>An item is longer than 200 characters.</source>
        <translation>有项目超过 200 个字符。</translation>
    </message>
    <message>
        <source>There is already a checklist called {name}.</source>
        <translation>已有名为“{name}”的检查表。</translation>
    </message>
    <message>
        <source>That checklist does not exist.</source>
        <translation>该检查表不存在。</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Give the reason for the manual decision.</source>
        <translation>请填写人工决定的理由。</translation>
    </message>
    <message>
        <source>A manual decision is pass or deny.</source>
        <translation>人工决定只能是放行或禁止。</translation>
    </message>
    <message>
        <source>That check does not exist.</source>
        <translation>该查验记录不存在。</translation>
    </message>
    <message>
        <source>Give the code or number to watch for.</source>
        <translation>请填写需布控的码或号码。</translation>
    </message>
    <message>
        <source>That watchlist entry does not exist.</source>
        <translation>该布控条目不存在。</translation>
    </message>
    <message>
        <source>Give the reason for opening the gate.</source>
        <translation>请填写开闸的理由。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Database {path} is at revision {rev}.</source>
        <translation>数据库 {path} 的版本为 {rev}。</translation>
    </message>
    <message>
        <source>Backup before migrating: {path}</source>
        <translation>迁移前的备份：{path}</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file name.</source>
        <translation>{path} 已存在，请换一个文件名。</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>备份已写入 {path}</translation>
    </message>
    <message>
        <source>Audit log intact: {n} entries checked.</source>
        <translation>审计日志完整：已校验 {n} 条记录。</translation>
    </message>
    <message>
        <source>Audit log BROKEN at workstation {node}, entry {seq} ({id}): {reason}</source>
        <translation>审计日志已被破坏：工作站 {node}，第 {seq} 条（{id}）：{reason}</translation>
    </message>
    <message>
        <source>Cannot use {path}: {error}</source>
        <translation>无法使用 {path}：{error}</translation>
    </message>
    <message>
        <source>scanner</source>
        <translation>扫码器</translation>
    </message>
    <message>
        <source>thermometer</source>
        <translation>测温仪</translation>
    </message>
    <message>
        <source>ID card reader</source>
        <translation>身份证阅读器</translation>
    </message>
    <message>
        <source>gate relay</source>
        <translation>闸机继电器</translation>
    </message>
    <message>
        <source>This system has no pseudo-terminals; use --tcp PORT instead.</source>
        <translation>本系统没有伪终端，请改用 --tcp PORT。</translation>
    </message>
    <message>
        <source>{file}, line {line}: cannot play &quot;{text}&quot; on the {device}.</source>
        <translation>{file} 第 {line} 行：{device}无法执行“{text}”。</translation>
    </message>
    <message>
        <source>Scanner simulator on {port}</source>
        <translation>模拟扫码器：{port}</translation>
    </message>
    <message>
        <source>Thermometer simulator ({protocol}) on {port}</source>
        <translation>模拟测温仪（{protocol}）：{port}</translation>
    </message>
    <message>
        <source>ID card reader simulator on {port}</source>
        <translation>身份证阅读器模拟器：{port}</translation>
    </message>
    <message>
        <source>Gate relay simulator ({protocol}) on {port}</source>
        <translation>闸机继电器模拟器（{protocol}）：{port}</translation>
    </message>
    <message>
        <source>Type 1-4 to place that card, 0 to remove it; Ctrl-D or Ctrl-C ends.</source>
        <translation>输入 1-4 放上对应的身份证，输入 0 取走；Ctrl-D 或 Ctrl-C 结束。</translation>
    </message>
    <message>
        <source>Not a card number: {text}</source>
        <translation>不是卡片编号：{text}</translation>
    </message>
    <message>
        <source>relay switched on (gate open)</source>
        <translation>继电器吸合（闸机打开）</translation>
    </message>
    <message>
        <source>relay switched off (gate closed)</source>
        <translation>继电器断开（闸机关闭）</translation>
    </message>
    <message>
        <source>Script finished; the port stays open until Ctrl-C.</source>
        <translation>脚本已播放完毕；端口保持打开，按 Ctrl-C 结束。</translation>
    </message>
    <message>
        <source>Type one code per line; Ctrl-D or Ctrl-C ends.</source>
        <translation>每行输入一个码；按 Ctrl-D 或 Ctrl-C 结束。</translation>
    </message>
    <message>
        <source>Type one temperature per line (e.g. 36.6); Ctrl-D or Ctrl-C ends.</source>
        <translation>每行输入一个体温（如 36.6）；按 Ctrl-D 或 Ctrl-C 结束。</translation>
    </message>
    <message>
        <source>Not a temperature: {text}</source>
        <translation>不是体温读数：{text}</translation>
    </message>
    <message>
        <source>{device}: {command} acknowledged, gate {state}</source>
        <translation>{device}：{command} 已确认，闸机 {state}</translation>
    </message>
    <message>
        <source>{device}: {command} NOT acknowledged ({detail}), gate state unknown</source>
        <translation>{device}：{command} 未确认（{detail}），闸机状态未知</translation>
    </message>
    <message>
        <source>{device}: card {name} {document}, valid to {valid_to} — EXPIRED</source>
        <translation>{device}：证件 {name} {document}，有效期至 {valid_to} —— 已过期</translation>
    </message>
    <message>
        <source>{device}: card {name} {document}, valid to {valid_to}</source>
        <translation>{device}：证件 {name} {document}，有效期至 {valid_to}</translation>
    </message>
    <message>
        <source>{device} online: {detail}</source>
        <translation>{device}已连接：{detail}</translation>
    </message>
    <message>
        <source>{device} offline: {detail}</source>
        <translation>{device}已断开：{detail}</translation>
    </message>
    <message>
        <source>{device}: code {text}, symbology {symbology}</source>
        <translation>{device}：码 {text}，码制 {symbology}</translation>
    </message>
    <message>
        <source>{device}: no read ({text})</source>
        <translation>{device}：未读到码（{text}）</translation>
    </message>
    <message>
        <source>{device}: discarded {length} bytes ({reason})</source>
        <translation>{device}：丢弃 {length} 字节（{reason}）</translation>
    </message>
    <message>
        <source>{device}: {celsius} °C</source>
        <translation>{device}：{celsius} °C</translation>
    </message>
    <message>
        <source>{device}: {celsius} °C is out of range: re-measure</source>
        <translation>{device}：{celsius} °C 超出范围，请重新测量</translation>
    </message>
    <message>
        <source>{device}: device fault: {detail}</source>
        <translation>{device}：设备故障：{detail}</translation>
    </message>
    <message>
        <source>{device}: {ok} frames, {bad} bad checksums, {garbage} garbage bytes, {discarded} discarded lines</source>
        <translation>{device}：有效帧 {ok} 个，校验错误 {bad} 个，杂乱字节 {garbage} 个，丢弃 {discarded} 行</translation>
    </message>
    <message>
        <source>{verdict}: {reasons} ({celsius} °C)</source>
        <translation>{verdict}：{reasons}（{celsius} °C）</translation>
    </message>
    <message>
        <source>{device}: {state} ({detail})</source>
        <translation>{device}：{state}（{detail}）</translation>
    </message>
    <message>
        <source>gate: {state} ({cause})</source>
        <translation>闸机：{state}（{cause}）</translation>
    </message>
    <message>
        <source>{arrived}  {name}  {document}  {host}  {plate}  {left}</source>
        <translation>{arrived}  {name}  {document}  {host}  {plate}  {left}</translation>
    </message>
    <message>
        <source>No matching visits.</source>
        <translation>没有匹配的来访记录。</translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translation>第 {row} 行：{problem}</translation>
    </message>
    <message>
        <source>{name}  {document}  {start} – {end}</source>
        <translation>{name}  {document}  {start} 至 {end}</translation>
    </message>
    <message>
        <source>The host directory now has {n} entries.</source>
        <translation>被访人名录现有 {n} 条。</translation>
    </message>
    <message>
        <source>Not a camera address: {url} (rtsp://, http://, usb:N or file:PATH)</source>
        <translation>不是摄像机地址：{url}（应为 rtsp://、http://、usb:N 或 file:路径）</translation>
    </message>
    <message>
        <source>{fps} fps, latency {latency} ms, {state}</source>
        <translation>{fps} 帧/秒，延迟 {latency} 毫秒，{state}</translation>
    </message>
    <message>
        <source>{at} online</source>
        <translation>{at} 上线</translation>
    </message>
    <message>
        <source>{at} offline: {detail}</source>
        <translation>{at} 离线：{detail}</translation>
    </message>
    <message>
        <source>{path} is not a rostering instance: {error}</source>
        <translation>{path} 不是排班算例文件：{error}</translation>
    </message>
    <message>
        <source>{seconds} s: best {best}, bound {bound}</source>
        <translation>{seconds} 秒：当前最优 {best}，下界 {bound}</translation>
    </message>
    <message>
        <source>No roster found ({status}).</source>
        <translation>未找到排班表（{status}）。</translation>
    </message>
    <message>
        <source>Objective {objective} ({status}, bound {bound}, {seconds} s); roster written to {path}</source>
        <translation>目标值 {objective}（{status}，下界 {bound}，用时 {seconds} 秒）；排班表已写入 {path}</translation>
    </message>
    <message>
        <source>{path} is not a roster of this instance: {error}</source>
        <translation>{path} 不是该算例的排班表：{error}</translation>
    </message>
    <message>
        <source>{guard} day {day}: {rule} ({detail})</source>
        <translation>{guard} 第 {day} 天：{rule}（{detail}）</translation>
    </message>
    <message>
        <source>Objective {objective}, {n} hard violations.</source>
        <translation>目标值 {objective}，硬约束违反 {n} 处。</translation>
    </message>
    <message>
        <source>The hub needs --db URL.</source>
        <translation>同步中心需要 --db URL。</translation>
    </message>
    <message>
        <source>TLS needs both --certfile and --keyfile.</source>
        <translation>TLS 需要同时给出 --certfile 和 --keyfile。</translation>
    </message>
    <message>
        <source>Hub listening on {url}</source>
        <translation>同步中心正在监听 {url}</translation>
    </message>
    <message>
        <source>Token for {node} ({role}): {token}</source>
        <translation>{node}（{role}）的令牌：{token}</translation>
    </message>
    <message>
        <source>{at}  {table} {id} {field}: kept {kept}, lost {lost}</source>
        <translation>{at}  {table} {id} {field}：保留 {kept}，覆盖 {lost}</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>没有冲突。</translation>
    </message>
    <message>
        <source>{status}</source>
        <translation>{status}</translation>
    </message>
    <message>
        <source>Sync needs the hub&apos;s address and this workstation&apos;s token (--hub, --token or the settings).</source>
        <translation>同步需要同步中心的地址和本工作站的令牌（--hub、--token 或设置）。</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>已写入 {path}。</translation>
    </message>
</context>
<context>
    <name>CodeKind</name>
    <message>
        <source>visitor pass</source>
        <translation>访客通行证</translation>
    </message>
    <message>
        <source>staff card</source>
        <translation>员工卡</translation>
    </message>
    <message>
        <source>health code</source>
        <translation>健康码</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>身份证</translation>
    </message>
    <message>
        <source>unrecognised</source>
        <translation>未识别</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>scanner</source>
        <translation>扫码器</translation>
    </message>
    <message>
        <source>thermometer</source>
        <translation>测温仪</translation>
    </message>
    <message>
        <source>ID card reader</source>
        <translation>身份证阅读器</translation>
    </message>
    <message>
        <source>gate relay</source>
        <translation>道闸继电器</translation>
    </message>
    <message>
        <source>Today: {0} passed, {1} denied, {2} incomplete, {3} decided by the guard</source>
        <translation>今日：通过 {0}，禁止 {1}，未完成 {2}，人工决定 {3}</translation>
    </message>
    <message>
        <source>On site now: {0} visitors ({1} past their time), {2} vehicles</source>
        <translation>当前在场：访客 {0} 人（超时 {1} 人），车辆 {2} 辆</translation>
    </message>
    <message>
        <source>Open work orders by age — {0}</source>
        <translation>未结工单（按时长）—— {0}</translation>
    </message>
    <message>
        <source>On duty now:</source>
        <translation>当前在岗：</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Same weekday, average</source>
        <translation>前四周同一星期几平均</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>{0}: {1} since {2}</source>
        <translation>{0}：{1}（自 {2}）</translation>
    </message>
    <message>
        <source>Cameras and devices:</source>
        <translation>摄像机与设备：</translation>
    </message>
    <message>
        <source>no state recorded yet</source>
        <translation>尚无状态记录</translation>
    </message>
    <message>
        <source>{0}-{1}: {2} guards</source>
        <translation>{0}-{1}：{2} 人</translation>
    </message>
    <message>
        <source>nobody from {0}</source>
        <translation>自 {0} 起无人值守</translation>
    </message>
    <message>
        <source>Roster, next 24 hours:</source>
        <translation>未来 24 小时排班：</translation>
    </message>
    <message>
        <source>no published roster</source>
        <translation>无已发布的排班</translation>
    </message>
    <message>
        <source>Checks per hour today (line: the same weekday&apos;s average)</source>
        <translation>今日每小时核验人数（折线：前四周同一星期几的平均）</translation>
    </message>
    <message>
        <source>Temperatures today (°C)</source>
        <translation>今日体温分布（°C）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Hong Kong/Macao permit</source>
        <translation>港澳通行证</translation>
    </message>
    <message>
        <source>Taiwan permit</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>other document</source>
        <translation>其他证件</translation>
    </message>
</context>
<context>
    <name>Duty</name>
    <message>
        <source>A period needs times with a time zone.</source>
        <translation>时间段的起止时间需带时区。</translation>
    </message>
    <message>
        <source>A period must end after it starts.</source>
        <translation>时间段的结束必须晚于开始。</translation>
    </message>
    <message>
        <source>The photo is empty.</source>
        <translation>照片为空。</translation>
    </message>
    <message>
        <source>The photo is larger than 8 MB.</source>
        <translation>照片超过 8 MB。</translation>
    </message>
    <message>
        <source>That file is not a photo (JPEG, PNG or BMP).</source>
        <translation>该文件不是照片（JPEG、PNG 或 BMP）。</translation>
    </message>
</context>
<context>
    <name>DutyPanel</name>
    <message>
        <source>Nobody on the published roster</source>
        <translation>已发布的排班中无人在岗</translation>
    </message>
    <message>
        <source>On duty now</source>
        <translation>当前在岗</translation>
    </message>
    <message>
        <source>Next shift at {0}</source>
        <translation>下一班 {0}</translation>
    </message>
    <message>
        <source>Next shift: none published</source>
        <translation>下一班：尚未发布</translation>
    </message>
</context>
<context>
    <name>EventTab</name>
    <message>
        <source>The event ends before it starts.</source>
        <translation>活动结束日早于开始日。</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>临时队员</translation>
    </message>
    <message>
        <source>event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Cover raised on {0} days; {1} temporary guards added. Solve to staff it.</source>
        <translation>已提高 {0} 天的在岗人数，添加临时队员 {1} 名。请重新求解以完成排班。</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>More guards</source>
        <translation>增加人数</translation>
    </message>
    <message>
        <source>Temporary guards to add</source>
        <translation>添加临时队员人数</translation>
    </message>
    <message>
        <source>Their name (numbered)</source>
        <translation>临时队员名称（自动编号）</translation>
    </message>
    <message>
        <source>Apply the event</source>
        <translation>应用活动安排</translation>
    </message>
</context>
<context>
    <name>FairnessPanel</name>
    <message>
        <source>Lowest {0}, highest {1}, mean {2}, spread (σ) {3}</source>
        <translation>最低 {0}，最高 {1}，平均 {2}，离散度（σ）{3}</translation>
    </message>
    <message>
        <source>Hours per guard</source>
        <translation>每人工时</translation>
    </message>
    <message>
        <source>Nights per guard</source>
        <translation>每人夜班数</translation>
    </message>
    <message>
        <source>Weekends worked per guard</source>
        <translation>每人周末上班数</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Guardroom — first start</source>
        <translation>门岗值守台 — 首次启动</translation>
    </message>
    <message>
        <source>Create the administrator account</source>
        <translation>创建管理员账号</translation>
    </message>
    <message>
        <source>This workstation has no accounts yet. The administrator sets up devices, cameras and the other accounts.</source>
        <translation>本工作站尚无账号。管理员负责配置设备、摄像机和其他账号。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>GatePanel</name>
    <message>
        <source>open</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>UNKNOWN — check the gate</source>
        <translation>状态未知——请查看闸机</translation>
    </message>
    <message>
        <source>no gate relay</source>
        <translation>未接闸机</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>连接中…</translation>
    </message>
    <message>
        <source>Gate: {0}</source>
        <translation>闸机：{0}</translation>
    </message>
    <message>
        <source>Open the gate (F9)</source>
        <translation>手动开闸（F9）</translation>
    </message>
</context>
<context>
    <name>GuardsTab</name>
    <message>
        <source>Saved for {0}; the draft takes it up.</source>
        <translation>已为 {0} 保存，排班草稿已同步更新。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>资格</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Main gate</source>
        <translation>大门</translation>
    </message>
    <message>
        <source>Vehicle gate</source>
        <translation>车辆门</translation>
    </message>
    <message>
        <source>CCTV room</source>
        <translation>监控室</translation>
    </message>
    <message>
        <source>Qualified for</source>
        <translation>上岗资格</translation>
    </message>
    <message>
        <source>Hours a month, at least</source>
        <translation>每月工时下限（小时）</translation>
    </message>
    <message>
        <source>Hours a month, at most (0: no limit)</source>
        <translation>每月工时上限（小时，0 为不限）</translation>
    </message>
    <message>
        <source>Working days in a row, at most (0: no limit)</source>
        <translation>最多连续上班天数（0 为不限）</translation>
    </message>
    <message>
        <source>Night shifts a month, at most (0: no limit)</source>
        <translation>每月最多夜班数（0 为不限）</translation>
    </message>
    <message>
        <source>Weekends worked, at most (0: no limit)</source>
        <translation>最多上班周末数（0 为不限）</translation>
    </message>
    <message>
        <source>Hours of rest between two shifts, at least (0: the shifts&apos; rules)</source>
        <translation>两班之间至少休息（小时，0：按班次规则）</translation>
    </message>
    <message>
        <source>Save the guard&apos;s terms</source>
        <translation>保存该队员的排班条件</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Say which post this handover is for.</source>
        <translation>请说明交接的岗位。</translation>
    </message>
    <message>
        <source>Each piece of equipment needs a name, once.</source>
        <translation>每件设备都需要名称，且不能重复。</translation>
    </message>
    <message>
        <source>Say what is wrong with: {name}</source>
        <translation>请说明故障情况：{name}</translation>
    </message>
    <message>
        <source>Write a note or check the equipment before handing over.</source>
        <translation>交班前请填写交接记录或检查设备。</translation>
    </message>
    <message>
        <source>{who} already acknowledged this handover.</source>
        <translation>{who} 已确认过此交接班记录。</translation>
    </message>
    <message>
        <source>The next guard acknowledges a handover, not the one who wrote it.</source>
        <translation>交接班记录应由接班人确认，不能由交班人本人确认。</translation>
    </message>
    <message>
        <source>That open item does not exist.</source>
        <translation>该遗留事项不存在。</translation>
    </message>
    <message>
        <source>{who} already closed this item.</source>
        <translation>{who} 已关闭此事项。</translation>
    </message>
    <message>
        <source>That handover does not exist.</source>
        <translation>该交接班记录不存在。</translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <source>No handover is waiting to be acknowledged.</source>
        <translation>没有待确认的交接班记录。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; handed over at {1} ({2})</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; 于 {1} 交班（{2}）</translation>
    </message>
    <message>
        <source>Equipment: all in order</source>
        <translation>设备：全部正常</translation>
    </message>
    <message>
        <source>Equipment faults: {0}</source>
        <translation>设备故障：{0}</translation>
    </message>
    <message>
        <source>Open items: {0}</source>
        <translation>遗留事项：{0}</translation>
    </message>
    <message>
        <source>{0} open item(s) of this post will be carried into the handover.</source>
        <translation>本岗位 {0} 项遗留事项将自动转入本次交接。</translation>
    </message>
    <message>
        <source>No open items to carry over.</source>
        <translation>没有需要转交的遗留事项。</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Handover written; the next guard acknowledges it.</source>
        <translation>交接班记录已保存，待接班人确认。</translation>
    </message>
    <message>
        <source>Handover to acknowledge</source>
        <translation>待确认的交接班</translation>
    </message>
    <message>
        <source>I have read it: acknowledge</source>
        <translation>已阅，确认接班</translation>
    </message>
    <message>
        <source>Open items of this post</source>
        <translation>本岗位遗留事项</translation>
    </message>
    <message>
        <source>How it was settled (optional)</source>
        <translation>处理结果（可选）</translation>
    </message>
    <message>
        <source>Close the item</source>
        <translation>关闭事项</translation>
    </message>
    <message>
        <source>End of shift: write the handover</source>
        <translation>下班交接：填写交接班记录</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>交接内容</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>New open items, one a line</source>
        <translation>新增遗留事项（每行一项）</translation>
    </message>
    <message>
        <source>e.g. day shift</source>
        <translation>如：白班</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note (needed when faulty)</source>
        <translation>说明（故障时必填）</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>交班</translation>
    </message>
</context>
<context>
    <name>HazardDialog</name>
    <message>
        <source>Hazard follow-up</source>
        <translation>隐患跟进</translation>
    </message>
    <message>
        <source>What was done, or a note</source>
        <translation>处理情况或备注</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Start fixing</source>
        <translation>开始整改</translation>
    </message>
    <message>
        <source>Fixed (checked)</source>
        <translation>已整改（已复查）</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Attach a photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Where: {0}</source>
        <translation>地点：{0}</translation>
    </message>
    <message>
        <source>Found {0} by {1}</source>
        <translation>{0} 由 {1} 发现</translation>
    </message>
    <message>
        <source>State: {0}</source>
        <translation>状态：{0}</translation>
    </message>
    <message>
        <source>Deadline: {0}</source>
        <translation>整改期限：{0}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Fixed {0}, checked by {1}</source>
        <translation>{0} 整改完成，复查人 {1}</translation>
    </message>
    <message>
        <source>Attach a photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>Could not read {0}: {1}</source>
        <translation>无法读取 {0}：{1}</translation>
    </message>
</context>
<context>
    <name>HazardState</name>
    <message>
        <source>open</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>being fixed</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>已整改</translation>
    </message>
</context>
<context>
    <name>Hazards</name>
    <message>
        <source>Describe the hazard.</source>
        <translation>请描述隐患。</translation>
    </message>
    <message>
        <source>The deadline needs a time zone.</source>
        <translation>整改期限需带时区。</translation>
    </message>
    <message>
        <source>The deadline must be in the future.</source>
        <translation>整改期限必须晚于现在。</translation>
    </message>
    <message>
        <source>Unknown hazard state.</source>
        <translation>未知的隐患状态。</translation>
    </message>
    <message>
        <source>Say what was done and that you checked it before marking it fixed.</source>
        <translation>标记为已整改前，请说明整改内容并确认已复查。</translation>
    </message>
    <message>
        <source>This hazard is {state} and cannot go there.</source>
        <translation>该隐患当前为 {state}，不能转到此状态。</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>备注为空。</translation>
    </message>
    <message>
        <source>That hazard does not exist.</source>
        <translation>该隐患不存在。</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>Old 15-digit numbers are no longer valid; ask for the 18-character number.</source>
        <translation>15 位旧号码已停用，请出示 18 位身份证号码。</translation>
    </message>
    <message>
        <source>A resident ID number must have 18 characters, not {count}.</source>
        <translation>身份证号码应为 18 位，当前为 {count} 位。</translation>
    </message>
    <message>
        <source>Character {position} must be a digit, not {char}.</source>
        <translation>第 {position} 位应为数字，不能是 {char}。</translation>
    </message>
    <message>
        <source>The last character must be a digit or X, not {char}.</source>
        <translation>最后一位应为数字或 X，不能是 {char}。</translation>
    </message>
    <message>
        <source>No province has the code {region}: check the first two digits.</source>
        <translation>没有代码为 {region} 的省份，请核对前两位。</translation>
    </message>
    <message>
        <source>No birth date begins with {digits}.</source>
        <translation>没有以 {digits} 开头的出生日期。</translation>
    </message>
    <message>
        <source>The check digit should be {expected}, not {actual}: look for a mistyped digit.</source>
        <translation>校验码应为 {expected}，不是 {actual}，请检查是否有输错的数字。</translation>
    </message>
    <message>
        <source>The birth date {digits} does not exist.</source>
        <translation>出生日期 {digits} 不存在。</translation>
    </message>
    <message>
        <source>The birth date {date} is in the future.</source>
        <translation>出生日期 {date} 晚于今天。</translation>
    </message>
    <message>
        <source>The birth date {date} is before 1900.</source>
        <translation>出生日期 {date} 早于 1900 年。</translation>
    </message>
    <message>
        <source>A passport number has 5 to 17 letters and digits.</source>
        <translation>护照号码应为 5 至 17 位字母或数字。</translation>
    </message>
    <message>
        <source>A Hong Kong/Macao permit number is C, H or M followed by 8 to 10 letters and digits.</source>
        <translation>港澳通行证号码以 C、H 或 M 开头，后接 8 至 10 位字母或数字。</translation>
    </message>
    <message>
        <source>A Taiwan permit number has 8 digits, or 10 letters and digits.</source>
        <translation>台湾居民来往大陆通行证号码应为 8 位数字，或 10 位字母和数字。</translation>
    </message>
    <message>
        <source>A document number has at most 32 printable characters.</source>
        <translation>证件号码最多 32 个可打印字符。</translation>
    </message>
    <message>
        <source>Enter the document number.</source>
        <translation>请输入证件号码。</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>No work order selected.</source>
        <translation>未选择工单。</translation>
    </message>
    <message>
        <source>State: {0}</source>
        <translation>状态：{0}</translation>
    </message>
    <message>
        <source>Raised: {0}</source>
        <translation>发生时间：{0}</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>来源：{0}</translation>
    </message>
    <message>
        <source>Where: {0}</source>
        <translation>地点：{0}</translation>
    </message>
    <message>
        <source>People involved: {0}</source>
        <translation>涉及人员：{0}</translation>
    </message>
    <message>
        <source>Actions taken:
{0}</source>
        <translation>处置措施：
{0}</translation>
    </message>
    <message>
        <source>Assigned to: {0}</source>
        <translation>处理人：{0}</translation>
    </message>
    <message>
        <source>Escalated to the lead: not acknowledged in time</source>
        <translation>已上报队长：未及时确认</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>Could not read {0}: {1}</source>
        <translation>无法读取 {0}：{1}</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>只看未结</translation>
    </message>
    <message>
        <source>Report an incident</source>
        <translation>上报事件</translation>
    </message>
    <message>
        <source>What was done, or a note</source>
        <translation>处置情况或备注</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>False alarm</source>
        <translation>误报</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Record as action taken</source>
        <translation>记为处置措施</translation>
    </message>
    <message>
        <source>Add a photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Safety inspections</source>
        <translation>安全巡查</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>交接班</translation>
    </message>
</context>
<context>
    <name>Inspections</name>
    <message>
        <source>Choose an inspection checklist.</source>
        <translation>请选择巡查检查表。</translation>
    </message>
    <message>
        <source>That round does not exist.</source>
        <translation>该巡查记录不存在。</translation>
    </message>
    <message>
        <source>This round was already finished.</source>
        <translation>该次巡查已完成。</translation>
    </message>
    <message>
        <source>Mark every item of the checklist: {n} expected.</source>
        <translation>请逐项填写检查表：共 {n} 项。</translation>
    </message>
    <message>
        <source>Say what is wrong with: {item}</source>
        <translation>请说明存在的问题：{item}</translation>
    </message>
    <message>
        <source>Only an item that is not ok raises a hazard: {item}</source>
        <translation>只有不合格的项目才能登记隐患：{item}</translation>
    </message>
</context>
<context>
    <name>InspectionsPanel</name>
    <message>
        <source>under way</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>all ok</source>
        <translation>全部合格</translation>
    </message>
    <message>
        <source>{0} not ok</source>
        <translation>{0} 项不合格</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Where (optional)</source>
        <translation>地点（可选）</translation>
    </message>
    <message>
        <source>Start a round</source>
        <translation>开始巡查</translation>
    </message>
    <message>
        <source>Edit checklists…</source>
        <translation>编辑检查表…</translation>
    </message>
    <message>
        <source>Inspection rounds</source>
        <translation>巡查记录</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>隐患</translation>
    </message>
    <message>
        <source>Not fixed only</source>
        <translation>只看未整改</translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation>跟进…</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>By</source>
        <translation>巡查人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>隐患</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>LeaveTab</name>
    <message>
        <source>Leave saved; the drafts take it up.</source>
        <translation>请假已保存，排班草稿已同步更新。</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>队员</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>结束日期（含当天）</translation>
    </message>
    <message>
        <source>Add leave</source>
        <translation>添加请假</translation>
    </message>
    <message>
        <source>Remove the selected leave</source>
        <translation>删除所选请假</translation>
    </message>
</context>
<context>
    <name>LogColumns</name>
    <message>
        <source>Arrived</source>
        <translation>到访时间</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>被访部门</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>被访人</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>In</source>
        <translation>入场</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出场</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Staff vehicle</source>
        <translation>内部车辆</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>登记方式</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>码类型</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>体温 °C</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>查验</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Guardroom — sign in</source>
        <translation>门岗值守台 — 登录</translation>
    </message>
    <message>
        <source>Guardroom · sign in</source>
        <translation>门岗值守台 · 登录</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Demo accounts: admin, lead, guard — password {0}</source>
        <translation>演示账号：admin、lead、guard — 密码 {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Check station</source>
        <translation>查验台</translation>
    </message>
    <message>
        <source>Visitors &amp; vehicles</source>
        <translation>访客与车辆</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>视频监控</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件工单</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>驾驶舱</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Guardroom — {0}</source>
        <translation>门岗值守台 — {0}</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Guardroom · {0}</source>
        <translation>门岗值守台 · {0}</translation>
    </message>
</context>
<context>
    <name>ManualOpenDialog</name>
    <message>
        <source>Open the gate by hand</source>
        <translation>手动开闸</translation>
    </message>
    <message>
        <source>Say why the gate is opened without a pass. The opening is written to the audit log with your name.</source>
        <translation>请说明未经核验放行开闸的理由。本次开闸将以您的名义记入审计日志。</translation>
    </message>
    <message>
        <source>Official vehicle</source>
        <translation>公务车辆</translation>
    </message>
    <message>
        <source>Emergency services</source>
        <translation>急救、消防等应急车辆</translation>
    </message>
    <message>
        <source>Delivery escorted by a guard</source>
        <translation>送货，由保安陪同</translation>
    </message>
    <message>
        <source>Device fault: checked by hand</source>
        <translation>设备故障，已人工核验</translation>
    </message>
</context>
<context>
    <name>NotYetPage</name>
    <message>
        <source>Scan the visitor&apos;s code, take the temperature and show a large green or red verdict, logged for every person.</source>
        <translation>扫描来访人员的二维码并测量体温，以醒目的绿色或红色显示放行或拦截结果，每人留有记录。</translation>
    </message>
    <message>
        <source>Register walk-in visitors and vehicles, check pre-registered passes, see who is on site and search years of records.</source>
        <translation>登记临时来访人员和车辆，核验预约通行证，查看在场人员，检索多年记录。</translation>
    </message>
    <message>
        <source>Live tiles of the compound&apos;s cameras, frozen-stream alarms and motion zones whose alerts become work orders.</source>
        <translation>大院摄像机实时画面、画面冻结告警，以及移动侦测区域告警自动生成工单。</translation>
    </message>
    <message>
        <source>Plan the month&apos;s duty for every post and shift, with rule checks and printing; see who is on duty now.</source>
        <translation>按岗位和班次编排月度值班，实时校验规则并可打印；随时查看当前值班人员。</translation>
    </message>
    <message>
        <source>Record incidents and work orders, safety inspections and the shift handover.</source>
        <translation>记录事件与工单、安全巡检以及交接班。</translation>
    </message>
    <message>
        <source>Charts of today&apos;s traffic, denials, visitors and duty coverage, and the daily report.</source>
        <translation>今日通行、拦截、访客和值班覆盖情况图表，以及日报。</translation>
    </message>
    <message>
        <source>Not yet available</source>
        <translation>暂未开放</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Guard&apos;s decision</source>
        <translation>人工决定</translation>
    </message>
    <message>
        <source>The last check was decided by the rules. Decide it yourself only with a reason; it is logged and audited.</source>
        <translation>上一次查验由规则判定。如需人工决定，必须填写理由；该决定将被记录并审计。</translation>
    </message>
    <message>
        <source>Let in</source>
        <translation>放行</translation>
    </message>
    <message>
        <source>Turn away</source>
        <translation>禁止通行</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>理由（必填）</translation>
    </message>
</context>
<context>
    <name>Plate</name>
    <message>
        <source>Enter a plate number.</source>
        <translation>请输入车牌号。</translation>
    </message>
    <message>
        <source>An embassy plate is 使 and 6 digits.</source>
        <translation>使馆车牌为“使”加 6 位数字。</translation>
    </message>
    <message>
        <source>An armed-police plate is WJ, an optional province and 5 or 6 characters.</source>
        <translation>武警车牌为 WJ、可选的省份简称，再加 5 或 6 位字符。</translation>
    </message>
    <message>
        <source>A military plate is two letters and 5 digits, such as VA12345.</source>
        <translation>军队车牌为两个字母加 5 位数字，例如 VA12345。</translation>
    </message>
    <message>
        <source>A plate begins with a province character, such as 京 or 粤.</source>
        <translation>车牌应以省份简称开头，例如“京”或“粤”。</translation>
    </message>
    <message>
        <source>Unknown province {char}.</source>
        <translation>未知的省份简称：{char}。</translation>
    </message>
    <message>
        <source>After {prefix} comes the letter of the issuing office.</source>
        <translation>{prefix} 后应为发牌机关代号字母。</translation>
    </message>
    <message>
        <source>I and O are not used on plates.</source>
        <translation>车牌中不使用字母 I 和 O。</translation>
    </message>
    <message>
        <source>After {prefix} comes the letter of the issuing office, not {char}.</source>
        <translation>{prefix} 后应为发牌机关代号字母，不能是 {char}。</translation>
    </message>
    <message>
        <source>Unexpected character {char} on a plate.</source>
        <translation>车牌中不应出现字符 {char}。</translation>
    </message>
    <message>
        <source>{suffix} plates begin with 粤Z.</source>
        <translation>“{suffix}”字车牌应以“粤Z”开头。</translation>
    </message>
    <message>
        <source>Expected 4 characters between {prefix} and {suffix}, found {count}.</source>
        <translation>{prefix} 与 {suffix} 之间应为 4 位字符，当前为 {count} 位。</translation>
    </message>
    <message>
        <source>On a new-energy plate {prefix} is followed by a letter A to K (D or F on most), one more character and 4 digits (small cars), or by 5 digits and D or F (large vehicles).</source>
        <translation>新能源车牌中 {prefix} 后应为 A 至 K 中的一个字母（多为 D 或 F）、一位字母或数字及 4 位数字（小型车），或 5 位数字加 D 或 F（大型车）。</translation>
    </message>
    <message>
        <source>Expected 5 characters after {prefix} (6 on a new-energy plate), found {count}.</source>
        <translation>{prefix} 后应为 5 位字符（新能源车牌为 6 位），当前为 {count} 位。</translation>
    </message>
    <message>
        <source>{plate} is not a known plate format.</source>
        <translation>{plate} 不是已知的车牌格式。</translation>
    </message>
</context>
<context>
    <name>PlateKind</name>
    <message>
        <source>ordinary</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>new energy</source>
        <translation>新能源</translation>
    </message>
    <message>
        <source>trailer</source>
        <translation>挂车</translation>
    </message>
    <message>
        <source>driving-school coach</source>
        <translation>教练车</translation>
    </message>
    <message>
        <source>police</source>
        <translation>警用</translation>
    </message>
    <message>
        <source>Hong Kong cross-border</source>
        <translation>粤港两地</translation>
    </message>
    <message>
        <source>Macao cross-border</source>
        <translation>粤澳两地</translation>
    </message>
    <message>
        <source>consulate</source>
        <translation>领馆</translation>
    </message>
    <message>
        <source>embassy</source>
        <translation>使馆</translation>
    </message>
    <message>
        <source>military / armed police</source>
        <translation>军队/武警</translation>
    </message>
</context>
<context>
    <name>PostsTab</name>
    <message>
        <source>anyone</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>A post runs at least one shift.</source>
        <translation>岗位至少要有一个班次。</translation>
    </message>
    <message>
        <source>post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>休息规则</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Qualification needed</source>
        <translation>所需资格</translation>
    </message>
    <message>
        <source>Shifts it runs</source>
        <translation>开设班次</translation>
    </message>
    <message>
        <source>Rest between two shifts, at least (hours)</source>
        <translation>两班之间最少休息（小时）</translation>
    </message>
    <message>
        <source>Apply to this month</source>
        <translation>应用于本月</translation>
    </message>
    <message>
        <source>Apply the rest rule to every guard</source>
        <translation>对全体队员应用休息规则</translation>
    </message>
</context>
<context>
    <name>PreregisterDialog</name>
    <message>
        <source>Save the pass (PNG) in</source>
        <translation>通行证图片（PNG）保存到</translation>
    </message>
    <message>
        <source>Pre-register a visitor</source>
        <translation>预约访客</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>被访人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>被访部门</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>被访部门/人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到访时间</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Visitor slip</source>
        <translation>访客单</translation>
    </message>
    <message>
        <source>Show this slip when you leave.</source>
        <translation>离开时请出示本单。</translation>
    </message>
    <message>
        <source>Visitors on site at {0}: {1}</source>
        <translation>{0} 在场访客：{1} 人</translation>
    </message>
    <message>
        <source>Duty roster {0} · {1}</source>
        <translation>值班表 {0} · {1}</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>保安</translation>
    </message>
</context>
<context>
    <name>PublishedRosterPage</name>
    <message>
        <source>No roster has been published for {0} yet.</source>
        <translation>{0} 的排班尚未发布。</translation>
    </message>
    <message>
        <source>Version {0}, published {1}</source>
        <translation>第 {0} 版，发布于 {1}</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>temperature at or above the fever line</source>
        <translation>体温达到或超过发热线</translation>
    </message>
    <message>
        <source>red health code</source>
        <translation>健康码红码</translation>
    </message>
    <message>
        <source>yellow health code</source>
        <translation>健康码黄码</translation>
    </message>
    <message>
        <source>health code could not be verified</source>
        <translation>健康码无法核验</translation>
    </message>
    <message>
        <source>on the watchlist</source>
        <translation>在布控名单中</translation>
    </message>
    <message>
        <source>unrecognised code</source>
        <translation>无法识别的码</translation>
    </message>
    <message>
        <source>pass signature is not valid</source>
        <translation>通行证签名无效</translation>
    </message>
    <message>
        <source>damaged pass</source>
        <translation>通行证已损坏</translation>
    </message>
    <message>
        <source>pass has expired</source>
        <translation>通行证已过期</translation>
    </message>
    <message>
        <source>pass is not valid yet</source>
        <translation>通行证尚未生效</translation>
    </message>
    <message>
        <source>no temperature taken in time</source>
        <translation>未及时测量体温</translation>
    </message>
    <message>
        <source>ID card has expired</source>
        <translation>身份证已过期</translation>
    </message>
    <message>
        <source>no visit booked or registered: send to the visitor desk</source>
        <translation>未预约也未登记：请到访客登记处办理</translation>
    </message>
    <message>
        <source>decided by the guard</source>
        <translation>值班保安人工决定</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>Daily gate report {day}</source>
        <translation>门岗日报 {day}</translation>
    </message>
    <message>
        <source>{weekday} · post {post} · made {made}</source>
        <translation>{weekday} · 岗位 {post} · 生成于 {made}</translation>
    </message>
    <message>
        <source>Checks per hour</source>
        <translation>每小时查验人次</translation>
    </message>
    <message>
        <source>Denials by reason</source>
        <translation>禁止通行原因</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>{n} visitors arrived; {left} of them signed out the same day.</source>
        <translation>到访访客 {n} 人，其中当日已登记离开 {left} 人。</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>{n} vehicles entered: {staff} staff, {others} visitors.</source>
        <translation>入场车辆 {n} 辆：内部车辆 {staff} 辆，访客车辆 {others} 辆。</translation>
    </message>
    <message>
        <source>Incidents and work orders</source>
        <translation>事件与工单</translation>
    </message>
    <message>
        <source>{n} raised, {open} still open at the end of the day.</source>
        <translation>新建 {n} 件，日终仍未关闭 {open} 件。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Safety inspections</source>
        <translation>安全巡查</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>By</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Items not in order</source>
        <translation>不合格项</translation>
    </message>
    <message>
        <source>No inspection rounds.</source>
        <translation>当日无巡查。</translation>
    </message>
    <message>
        <source>Hazards: {found} found today; {open} not fixed at the end of the day, {overdue} of them past their deadline.</source>
        <translation>隐患：当日发现 {found} 项；日终未整改 {open} 项，其中已超期 {overdue} 项。</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>隐患</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未接班</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>交班人</translation>
    </message>
    <message>
        <source>Taken over by</source>
        <translation>接班人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>交接事项</translation>
    </message>
    <message>
        <source>Equipment faults</source>
        <translation>设备故障</translation>
    </message>
    <message>
        <source>Open items new / carried</source>
        <translation>待办 新增/遗留</translation>
    </message>
    <message>
        <source>No handover was written.</source>
        <translation>当日无交接班记录。</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>当日值班</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Guards</source>
        <translation>值班人员</translation>
    </message>
    <message>
        <source>No published roster covers this day.</source>
        <translation>当日无已发布的排班。</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>禁止</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>left to the guard</source>
        <translation>人工判定</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Checks at the gate</source>
        <translation>门岗查验</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>查验总数</translation>
    </message>
    <message>
        <source>Fever readings</source>
        <translation>体温异常</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>禁止人次</translation>
    </message>
    <message>
        <source>Nobody was denied.</source>
        <translation>无人被禁止通行。</translation>
    </message>
    <message>
        <source>Host department</source>
        <translation>被访部门</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>No incidents.</source>
        <translation>无事件。</translation>
    </message>
    <message>
        <source>Monthly gate summary {month}</source>
        <translation>门岗月报 {month}</translation>
    </message>
    <message>
        <source>Yearly gate summary {year}</source>
        <translation>门岗年报 {year}</translation>
    </message>
    <message>
        <source>{first} to {last} · post {post} · made {made}</source>
        <translation>{first} 至 {last} · 岗位 {post} · 生成于 {made}</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>查验</translation>
    </message>
    <message>
        <source>Visitors and vehicles</source>
        <translation>访客与车辆</translation>
    </message>
    <message>
        <source>visitors</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>{n} visitors arrived; {vehicles} vehicles entered ({staff} staff).</source>
        <translation>到访访客 {n} 人；入场车辆 {vehicles} 辆（内部车辆 {staff} 辆）。</translation>
    </message>
    <message>
        <source>Incidents by type</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>每日明细</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>每月明细</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report an incident</source>
        <translation>上报事件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>涉及人员</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>已采取措施</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Choose a photo (optional)…</source>
        <translation>选择照片（可选）…</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>Could not read {0}: {1}</source>
        <translation>无法读取 {0}：{1}</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Save the report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <source>Daily activity report</source>
        <translation>门岗日报</translation>
    </message>
    <message>
        <source>Monthly summary (the month of the date)</source>
        <translation>月报（所选日期所在月份）</translation>
    </message>
    <message>
        <source>Yearly summary (the year of the date)</source>
        <translation>年报（所选日期所在年份）</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>The daily report: passes, denials with reasons, visitors, vehicles, incidents, inspections, handover notes and who was on duty. The summaries add charts and a table per day or per month.</source>
        <translation>日报包括：通行、禁止通行及原因、访客、车辆、事件、安全巡查、交接班记录和当日值班人员。月报和年报另附图表及每日或每月明细表。</translation>
    </message>
    <message>
        <source>Each day&apos;s report is also saved to {0} after midnight.</source>
        <translation>每日报表还会在零点后自动保存到 {0}。</translation>
    </message>
    <message>
        <source>No archive folder is set: daily reports are saved only when you ask (Settings → Workstation).</source>
        <translation>未设置归档文件夹：日报仅在手动保存时生成（设置 → 工作站）。</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>any shift</source>
        <translation>任意班次</translation>
    </message>
    <message>
        <source>to work {0}</source>
        <translation>上班（{0}）</translation>
    </message>
    <message>
        <source>a day off</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>{0}, day {1}: {2} (weight {3})</source>
        <translation>{0}，{1} 日：{2}（权重 {3}）</translation>
    </message>
    <message>
        <source>wish</source>
        <translation>意愿</translation>
    </message>
    <message>
        <source>remove wish</source>
        <translation>删除意愿</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>队员</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Wish</source>
        <translation>意愿</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>A day off</source>
        <translation>希望休息</translation>
    </message>
    <message>
        <source>To work</source>
        <translation>希望上班</translation>
    </message>
    <message>
        <source>Add the wish</source>
        <translation>添加意愿</translation>
    </message>
    <message>
        <source>Remove the selected wish</source>
        <translation>删除所选意愿</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Guard</source>
        <translation>保安</translation>
    </message>
    <message>
        <source>Security lead</source>
        <translation>保卫队长</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>There is no draft for this month.</source>
        <translation>本月还没有排班草稿。</translation>
    </message>
    <message>
        <source>The draft breaks {n} hard rules; mend them before publishing.</source>
        <translation>草稿违反 {n} 条硬性规则，请修正后再发布。</translation>
    </message>
    <message>
        <source>The monthly minimum hours are above the maximum.</source>
        <translation>每月工时下限高于上限。</translation>
    </message>
    <message>
        <source>At most {n} working days in a row is too few.</source>
        <translation>最多连续上班 {n} 天太少了。</translation>
    </message>
    <message>
        <source>A limit cannot be negative.</source>
        <translation>限制值不能为负数。</translation>
    </message>
    <message>
        <source>That guard is no longer on the list.</source>
        <translation>该队员已不在名单中。</translation>
    </message>
    <message>
        <source>The leave ends before it starts.</source>
        <translation>请假结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Leave of more than a year is not leave.</source>
        <translation>请假不能超过一年。</translation>
    </message>
</context>
<context>
    <name>RosterInputsDialog</name>
    <message>
        <source>The month&apos;s inputs</source>
        <translation>本月排班条件</translation>
    </message>
    <message>
        <source>Guards</source>
        <translation>队员</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation>意愿</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>轮班模板</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Hard rules broken: {0}   Penalty: {1}</source>
        <translation>违反硬性规则：{0}   扣分：{1}</translation>
    </message>
    <message>
        <source>cover</source>
        <translation>岗位覆盖</translation>
    </message>
    <message>
        <source>day {0}</source>
        <translation>{0}日</translation>
    </message>
    <message>
        <source>pin</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>unpin</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>swap</source>
        <translation>对调</translation>
    </message>
    <message>
        <source>Solving…</source>
        <translation>求解中…</translation>
    </message>
    <message>
        <source>Solving: best {0}, bound {1}, {2:.0f} s</source>
        <translation>求解中：当前最优 {0}，下界 {1}，已用 {2:.0f} 秒</translation>
    </message>
    <message>
        <source>No roster found ({0}).</source>
        <translation>未找到排班（{0}）。</translation>
    </message>
    <message>
        <source>solve</source>
        <translation>求解</translation>
    </message>
    <message>
        <source>Done: penalty {0} ({1}, {2:.0f} s{3}); {4} cells changed</source>
        <translation>完成：扣分 {0}（{1}，{2:.0f} 秒{3}）；改动 {4} 个班次</translation>
    </message>
    <message>
        <source>, stopped</source>
        <translation>，已停止</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>草稿已保存。</translation>
    </message>
    <message>
        <source>Published version {0}: {1} cells differ from version {2}. {3}{4}</source>
        <translation>已发布第 {0} 版：与第 {2} 版相比有 {1} 个班次不同。{3}{4}</translation>
    </message>
    <message>
        <source>Export the roster</source>
        <translation>导出排班表</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>已导出到 {0}</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>自动排班</translation>
    </message>
    <message>
        <source>Stop (keep the best)</source>
        <translation>停止（保留最优）</translation>
    </message>
    <message>
        <source>Sick: re-plan from the selected day</source>
        <translation>病假：自选中日起重排</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>change </source>
        <translation>每处改动 </translation>
    </message>
    <message>
        <source> pts</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>What one changed cell costs in a re-plan. A post one guard short costs 100: at 40 a gap is filled when two changes can fill it; at 100 or more the fewest changes come first.</source>
        <translation>重排时每改动一格计多少分。岗位缺一人计 100 分：设为 40 时，两处改动能补上的缺口就会补上；设为 100 或以上时，改动最少优先。</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Guards, leave, events…</source>
        <translation>人员、请假、活动…</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则检查</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>岗位覆盖</translation>
    </message>
    <message>
        <source>Fairness</source>
        <translation>公平性</translation>
    </message>
</context>
<context>
    <name>RosterRule</name>
    <message>
        <source>too few guards on a shift</source>
        <translation>班次人数低于最低要求</translation>
    </message>
    <message>
        <source>unknown shift</source>
        <translation>未知班次</translation>
    </message>
    <message>
        <source>works on leave or a day off</source>
        <translation>休假或休息日被排班</translation>
    </message>
    <message>
        <source>these two shifts may not follow</source>
        <translation>两班不得相连</translation>
    </message>
    <message>
        <source>too little rest between two shifts</source>
        <translation>两班之间休息不足</translation>
    </message>
    <message>
        <source>post or shift not run there</source>
        <translation>岗位无此班次</translation>
    </message>
    <message>
        <source>not qualified for the post</source>
        <translation>不具备该岗位资质</translation>
    </message>
    <message>
        <source>too many shifts of one kind</source>
        <translation>某类班次过多</translation>
    </message>
    <message>
        <source>too few minutes of duty this month</source>
        <translation>本月工时不足（分钟）</translation>
    </message>
    <message>
        <source>too many minutes of duty this month</source>
        <translation>本月工时超限（分钟）</translation>
    </message>
    <message>
        <source>too many night shifts</source>
        <translation>夜班过多</translation>
    </message>
    <message>
        <source>too many weekends worked</source>
        <translation>周末上班过多</translation>
    </message>
    <message>
        <source>a pinned cell was changed</source>
        <translation>已锁定的排班被改动</translation>
    </message>
    <message>
        <source>working stretch too short</source>
        <translation>连续上班天数过少</translation>
    </message>
    <message>
        <source>too many working days in a row</source>
        <translation>连续上班天数过多</translation>
    </message>
    <message>
        <source>too few days off in a row</source>
        <translation>连续休息天数过少</translation>
    </message>
    <message>
        <source>below the preferred cover</source>
        <translation>低于理想人数</translation>
    </message>
    <message>
        <source>above the preferred cover</source>
        <translation>高于理想人数</translation>
    </message>
    <message>
        <source>wish to work not granted</source>
        <translation>上班意愿未满足</translation>
    </message>
    <message>
        <source>wish for a day off not granted</source>
        <translation>休息意愿未满足</translation>
    </message>
    <message>
        <source>{code}</source>
        <translation>{code}</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Inspection round: {0}</source>
        <translation>安全巡查：{0}</translation>
    </message>
    <message>
        <source>Started {0} at {1}</source>
        <translation>{0} 开始，地点：{1}</translation>
    </message>
    <message>
        <source>Item (ticked: ok)</source>
        <translation>项目（勾选为合格）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Raise a hazard</source>
        <translation>登记隐患</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Days to fix</source>
        <translation>整改天数</translation>
    </message>
    <message>
        <source>Hazard photo</source>
        <translation>隐患照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>Could not read the photo: {0}</source>
        <translation>无法读取照片：{0}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>{key}: {reason}</source>
        <translation>{key}：{reason}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须为 true 或 false</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>必须在 {low} 到 {high} 之间</translation>
    </message>
    <message>
        <source>must be one of: {choices}</source>
        <translation>必须是以下之一：{choices}</translation>
    </message>
    <message>
        <source>must start with {schemes}</source>
        <translation>必须以 {schemes} 开头</translation>
    </message>
    <message>
        <source>is not a valid pattern: {error}</source>
        <translation>不是有效的匹配模式：{error}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>is used twice</source>
        <translation>重复使用</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>必须是表（table）</translation>
    </message>
    <message>
        <source>is not a known setting</source>
        <translation>不是已知的设置项</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be a list of tables</source>
        <translation>必须是表的列表</translation>
    </message>
    <message>
        <source>this program reads schema version {expected}, the file has {found}</source>
        <translation>本程序读取的架构版本为 {expected}，文件中为 {found}</translation>
    </message>
    <message>
        <source>is not valid TOML: {error}</source>
        <translation>不是有效的 TOML：{error}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language / 语言</source>
        <translation>语言 / Language</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>设置文件</translation>
    </message>
    <message>
        <source>Workstation id</source>
        <translation>工作站标识</translation>
    </message>
</context>
<context>
    <name>StaffVehiclesPanel</name>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>车主</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Add staff vehicle</source>
        <translation>添加内部车辆</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
</context>
<context>
    <name>StationForm</name>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>未保存：</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>未保存：{0}</translation>
    </message>
    <message>
        <source>Duty post</source>
        <translation>值守岗位</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <source>Sync hub</source>
        <translation>同步中心</translation>
    </message>
    <message>
        <source>Check station</source>
        <translation>查验台</translation>
    </message>
    <message>
        <source>Visitors and privacy</source>
        <translation>访客与个人信息保护</translation>
    </message>
    <message>
        <source>Post name</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <source>Fever from (°C)</source>
        <translation>发热判定阈值（°C）</translation>
    </message>
    <message>
        <source>Lowest plausible reading (°C)</source>
        <translation>有效读数下限（°C）</translation>
    </message>
    <message>
        <source>Highest plausible reading (°C)</source>
        <translation>有效读数上限（°C）</translation>
    </message>
    <message>
        <source>QR scanner port</source>
        <translation>扫码器端口</translation>
    </message>
    <message>
        <source>Scanner line ending</source>
        <translation>扫码器行结束符</translation>
    </message>
    <message>
        <source>Thermometer port</source>
        <translation>测温仪端口</translation>
    </message>
    <message>
        <source>Thermometer protocol</source>
        <translation>测温仪协议</translation>
    </message>
    <message>
        <source>Modbus address</source>
        <translation>Modbus 地址</translation>
    </message>
    <message>
        <source>Modbus register</source>
        <translation>Modbus 寄存器</translation>
    </message>
    <message>
        <source>ID card reader port</source>
        <translation>身份证阅读器端口</translation>
    </message>
    <message>
        <source>Gate relay port</source>
        <translation>闸机继电器端口</translation>
    </message>
    <message>
        <source>Gate relay protocol</source>
        <translation>闸机继电器协议</translation>
    </message>
    <message>
        <source>Relay channel (USB board)</source>
        <translation>继电器通道（USB 继电器板）</translation>
    </message>
    <message>
        <source>Relay Modbus address</source>
        <translation>继电器 Modbus 地址</translation>
    </message>
    <message>
        <source>Relay coil (Modbus)</source>
        <translation>继电器线圈（Modbus）</translation>
    </message>
    <message>
        <source>Gate stays open (seconds)</source>
        <translation>开闸保持时间（秒）</translation>
    </message>
    <message>
        <source>Configured cameras</source>
        <translation>已配置摄像机</translation>
    </message>
    <message>
        <source>Entry policy</source>
        <translation>通行规则</translation>
    </message>
    <message>
        <source>Scan and reading within (seconds)</source>
        <translation>扫码与测温间隔上限（秒）</translation>
    </message>
    <message>
        <source>Staff card pattern</source>
        <translation>员工卡匹配模式</translation>
    </message>
    <message>
        <source>Health-code service</source>
        <translation>健康码核验服务</translation>
    </message>
    <message>
        <source>Service key</source>
        <translation>服务密钥</translation>
    </message>
    <message>
        <source>Service timeout (seconds)</source>
        <translation>服务超时（秒）</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>同步中心地址</translation>
    </message>
    <message>
        <source>Sync every (seconds)</source>
        <translation>同步间隔（秒）</translation>
    </message>
    <message>
        <source>Keep visitor personal data (days)</source>
        <translation>访客个人信息保留期（天）</translation>
    </message>
    <message>
        <source>Sign out visitors still inside at (hour, -1: never)</source>
        <translation>仍在场访客自动登记离开时间（时，-1 表示从不）</translation>
    </message>
    <message>
        <source>Camera for visitor photos</source>
        <translation>访客拍照摄像机</translation>
    </message>
    <message>
        <source>ID card fills the address</source>
        <translation>读卡填写住址</translation>
    </message>
    <message>
        <source>Save each day&apos;s report to</source>
        <translation>每日报表归档到</translation>
    </message>
    <message>
        <source>{0} (edited in the settings file until the camera wall is available)</source>
        <translation>{0} 台（视频监控功能上线前请在设置文件中编辑）</translation>
    </message>
    <message>
        <source>e.g. COM3, /dev/ttyACM0, socket://host:port</source>
        <translation>例如 COM3、/dev/ttyACM0、socket://主机:端口</translation>
    </message>
    <message>
        <source>e.g. COM4, rfc2217://host:port</source>
        <translation>例如 COM4、rfc2217://主机:端口</translation>
    </message>
    <message>
        <source>e.g. COM5; empty: no card reader</source>
        <translation>例如 COM5；留空：不接身份证阅读器</translation>
    </message>
    <message>
        <source>e.g. COM6; empty: the guard opens the gate</source>
        <translation>例如 COM6；留空：由保安手动开闸</translation>
    </message>
    <message>
        <source>also store the address read from the card</source>
        <translation>同时保存从身份证读取的住址</translation>
    </message>
    <message>
        <source>empty: this workstation works alone</source>
        <translation>留空：本工作站单机运行</translation>
    </message>
    <message>
        <source>e.g. rtsp://…, usb:0; empty: no photos</source>
        <translation>例如 rtsp://…、usb:0；留空表示不拍照</translation>
    </message>
    <message>
        <source>a folder, e.g. a share of the bureau&apos;s archive; empty: not saved</source>
        <translation>文件夹，例如局档案室的共享目录；留空：不自动保存</translation>
    </message>
    <message>
        <source>Version {0}: pass only with a green code (or a valid pass or staff card), a temperature below {1} °C and no watchlist match; otherwise deny with the reasons. A code that cannot be verified is a manual check.</source>
        <translation>版本 {0}：仅当码为绿码（或有效通行证、员工卡）、体温低于 {1} °C 且不在布控名单中时放行；否则禁止通行并说明原因。无法核验的码转人工核验。</translation>
    </message>
    <message>
        <source>empty: every health code is a manual check</source>
        <translation>留空：所有健康码均转人工核验</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Only an administrator can change these settings.</source>
        <translation>只有管理员可以修改这些设置。</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>(card expired)</source>
        <translation>（证件已过期）</translation>
    </message>
    <message>
        <source>QR scanner</source>
        <translation>扫码器</translation>
    </message>
    <message>
        <source>Thermometer</source>
        <translation>测温仪</translation>
    </message>
    <message>
        <source>ID card reader</source>
        <translation>身份证阅读器</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>连接中…</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>未配置</translation>
    </message>
    <message>
        <source>Passed today</source>
        <translation>今日通过</translation>
    </message>
    <message>
        <source>Denied today</source>
        <translation>今日禁止</translation>
    </message>
    <message>
        <source>Incomplete today</source>
        <translation>今日未完成</translation>
    </message>
    <message>
        <source>Manual today</source>
        <translation>今日人工核验</translation>
    </message>
    <message>
        <source>Guard&apos;s decision (F8)</source>
        <translation>人工决定（F8）</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>全屏（F11）</translation>
    </message>
    <message>
        <source>Open a work order for this denial</source>
        <translation>将此次拒绝放行上报为工单</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>码类型</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>体温 °C</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>StationStatusBar</name>
    <message>
        <source>Roster: none published</source>
        <translation>排班：尚未发布</translation>
    </message>
    <message>
        <source>On duty now: {0}</source>
        <translation>当前在岗：{0}</translation>
    </message>
    <message>
        <source>Next shift at {0}:</source>
        <translation>下一班次 {0}：</translation>
    </message>
    <message>
        <source>On duty: {0} ({1})</source>
        <translation>值班：{0}（{1}）</translation>
    </message>
    <message>
        <source>Post: {0}</source>
        <translation>岗位：{0}</translation>
    </message>
    <message>
        <source>Devices: {0} configured</source>
        <translation>设备：已配置 {0} 台</translation>
    </message>
    <message>
        <source>Devices: not configured</source>
        <translation>设备：未配置</translation>
    </message>
    <message>
        <source>Cameras: {0} configured</source>
        <translation>摄像机：已配置 {0} 台</translation>
    </message>
    <message>
        <source>Cameras: not configured</source>
        <translation>摄像机：未配置</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>数据库：{0}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Sync: stand-alone</source>
        <translation>同步：单机运行</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Synced {time}</source>
        <translation>已同步 {time}</translation>
    </message>
    <message>
        <source>Offline since {time}</source>
        <translation>自 {time} 起离线</translation>
    </message>
    <message>
        <source>Upgrade needed: the hub runs a newer version</source>
        <translation>需要升级：同步中心运行的是更新的版本</translation>
    </message>
    <message>
        <source>The hub refused this workstation ({reason})</source>
        <translation>同步中心拒绝了本工作站（{reason}）</translation>
    </message>
    <message>
        <source>{n} pending</source>
        <translation>{n} 条待上传</translation>
    </message>
    <message>
        <source>{n} conflicts</source>
        <translation>{n} 处冲突</translation>
    </message>
    <message>
        <source>{n} rejected</source>
        <translation>{n} 条被拒绝</translation>
    </message>
    <message>
        <source>clock {s} s off the hub&apos;s</source>
        <translation>时钟与同步中心相差 {s} 秒</translation>
    </message>
</context>
<context>
    <name>SyncLight</name>
    <message>
        <source>Show rejected changes and conflicts</source>
        <translation>查看被拒绝的修改和冲突</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>this log can only be added to</source>
        <translation>此记录只能追加，不能修改</translation>
    </message>
    <message>
        <source>only a lead&apos;s workstation may change the roster</source>
        <translation>只有队长的工作站可以修改排班</translation>
    </message>
    <message>
        <source>settings and watchlists are changed centrally</source>
        <translation>设置和布控名单由中心统一修改</translation>
    </message>
    <message>
        <source>changed centrally meanwhile; the hub&apos;s version was kept</source>
        <translation>中心已先行修改，保留了同步中心的版本</translation>
    </message>
    <message>
        <source>the hub does not know this record</source>
        <translation>同步中心没有这条记录</translation>
    </message>
    <message>
        <source>this version of the program is unknown to the hub</source>
        <translation>同步中心不认识本程序的这个版本</translation>
    </message>
    <message>
        <source>damaged change</source>
        <translation>损坏的修改</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Changes the hub refused</source>
        <translation>同步中心拒绝的修改</translation>
    </message>
    <message>
        <source>Concurrent changes that lost (the newer one was kept)</source>
        <translation>同时修改中被覆盖的一方（保留了较新的修改）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留的值</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>被覆盖的值</translation>
    </message>
</context>
<context>
    <name>TemplateTab</name>
    <message>
        <source>the guard&apos;s first post for the shift</source>
        <translation>按队员资格自动选岗</translation>
    </message>
    <message>
        <source>Choose the guards first.</source>
        <translation>请先选择队员。</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>轮班模板</translation>
    </message>
    <message>
        <source>{0} guards pinned to the rotation.</source>
        <translation>已按模板固定 {0} 名队员的班次。</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>轮班模板</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Stagger the guards</source>
        <translation>队员错开相位</translation>
    </message>
    <message>
        <source>A/B 12-hour: a day on, a day off</source>
        <translation>A/B 12 小时：上一休一</translation>
    </message>
    <message>
        <source>A/B 12-hour: two days, two nights, two off</source>
        <translation>A/B 12 小时：两白两夜两休</translation>
    </message>
    <message>
        <source>Day-night-off-off (白-夜-休-休)</source>
        <translation>白-夜-休-休</translation>
    </message>
    <message>
        <source>Three shifts: early, middle, night</source>
        <translation>三班倒：早、中、夜</translation>
    </message>
    <message>
        <source>24-hour duty: a day on, a day off (做一休一)</source>
        <translation>24小时值班：做一休一</translation>
    </message>
    <message>
        <source>24-hour duty: a day on, two days off (做一休二)</source>
        <translation>24小时值班：做一休二</translation>
    </message>
    <message>
        <source>Apply the rotation</source>
        <translation>应用轮班模板</translation>
    </message>
</context>
<context>
    <name>TrendsPanel</name>
    <message>
        <source>Total in the range: {0}</source>
        <translation>区间合计：{0}</translation>
    </message>
    <message>
        <source>staff vehicles</source>
        <translation>内部车辆</translation>
    </message>
    <message>
        <source>visitor vehicles</source>
        <translation>访客车辆</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>通行</translation>
    </message>
    <message>
        <source>Denials by reason</source>
        <translation>禁止通行原因</translation>
    </message>
    <message>
        <source>Visitors by host department</source>
        <translation>按被访部门统计访客</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Incidents by type</source>
        <translation>按类型统计事件</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>by hour</source>
        <translation>按小时</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>按天</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Export data (CSV)…</source>
        <translation>导出数据（CSV）…</translation>
    </message>
    <message>
        <source>Export chart (PNG)…</source>
        <translation>导出图表（PNG）…</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Unlock selected account</source>
        <translation>解锁所选账号</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>添加账号</translation>
    </message>
</context>
<context>
    <name>VehiclesPanel</name>
    <message>
        <source>staff vehicle</source>
        <translation>内部车辆</translation>
    </message>
    <message>
        <source>overstayed</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Vehicles on site now: {0}</source>
        <translation>当前在场车辆：{0} 辆</translation>
    </message>
    <message>
        <source>Plate, e.g. A12345 (Enter: in)</source>
        <translation>车牌，例如 A12345（回车：入场）</translation>
    </message>
    <message>
        <source>In</source>
        <translation>入场</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出场</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>入场时间</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>登记方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Scan the code and take the temperature</source>
        <translation>请扫码并测量体温</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>NO ENTRY</source>
        <translation>禁止通行</translation>
    </message>
    <message>
        <source>MANUAL CHECK</source>
        <translation>人工核验</translation>
    </message>
    <message>
        <source>NOT COMPLETED</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>TAKE TEMPERATURE</source>
        <translation>请测体温</translation>
    </message>
    <message>
        <source>MEASURE AGAIN</source>
        <translation>请重新测量</translation>
    </message>
    <message>
        <source>SCAN THE CODE</source>
        <translation>请扫码</translation>
    </message>
</context>
<context>
    <name>VisitLogPanel</name>
    <message>
        <source>Export the visit log</source>
        <translation>导出来访记录</translation>
    </message>
    <message>
        <source>{0} visits exported (masked); the export is recorded in the audit log.</source>
        <translation>已导出 {0} 条来访记录（证件号已脱敏）；本次导出已记入审计日志。</translation>
    </message>
    <message>
        <source>Name begins with</source>
        <translation>姓名开头</translation>
    </message>
    <message>
        <source>Document number (exact)</source>
        <translation>证件号码（精确）</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>被访部门</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>自该日起</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>禁止</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>人工核验</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Show visits up to this day, newest first</source>
        <translation>显示截至该日的来访记录，最新的在前</translation>
    </message>
</context>
<context>
    <name>VisitorsPage</name>
    <message>
        <source>overstayed</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>On site now: {0}</source>
        <translation>当前在场访客：{0} 人</translation>
    </message>
    <message>
        <source>Expected visitors</source>
        <translation>预约访客名单</translation>
    </message>
    <message>
        <source>Save the passes (PNG) in</source>
        <translation>通行证图片（PNG）保存到</translation>
    </message>
    <message>
        <source>{0} passes issued.</source>
        <translation>已签发 {0} 张通行证。</translation>
    </message>
    <message>
        <source>{0} overstayed — call their hosts</source>
        <translation>{0} 人已超时，请联系被访人</translation>
    </message>
    <message>
        <source>Show the full number</source>
        <translation>查看完整号码</translation>
    </message>
    <message>
        <source>Why is the full number needed? (recorded in the audit log)</source>
        <translation>为何需要查看完整号码？（将记入审计日志）</translation>
    </message>
    <message>
        <source>Full number: {0}</source>
        <translation>完整号码：{0}</translation>
    </message>
    <message>
        <source>row {0}: {1}</source>
        <translation>第 {0} 行：{1}</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>到访时间</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>被访部门/人</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Check out the selected visitor</source>
        <translation>为所选访客办理离开</translation>
    </message>
    <message>
        <source>Print the on-site list</source>
        <translation>打印在场名单</translation>
    </message>
    <message>
        <source>Scan the slip or pass to check out</source>
        <translation>扫描访客单或通行证办理离开</translation>
    </message>
    <message>
        <source>Show the full number…</source>
        <translation>查看完整号码…</translation>
    </message>
    <message>
        <source>Import expected visitors…</source>
        <translation>导入预约访客…</translation>
    </message>
    <message>
        <source>Pre-register a visitor…</source>
        <translation>预约访客…</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>在场访客</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Visit log</source>
        <translation>来访记录</translation>
    </message>
    <message>
        <source>Staff vehicles</source>
        <translation>内部车辆</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>布控名单</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>Nothing was imported: {n} rows have problems.</source>
        <translation>未导入任何记录：有 {n} 行存在问题。</translation>
    </message>
    <message>
        <source>Enter the visitor&apos;s name.</source>
        <translation>请输入访客姓名。</translation>
    </message>
    <message>
        <source>Unknown document kind {kind}.</source>
        <translation>未知的证件类型：{kind}。</translation>
    </message>
    <message>
        <source>The pass must run from today or later, at most {days} days.</source>
        <translation>通行证有效期须从今天或以后开始，最长 {days} 天。</translation>
    </message>
    <message>
        <source>The file has no column {column}.</source>
        <translation>文件中缺少“{column}”列。</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD.</source>
        <translation>日期应写作 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The expected stay is between 1 minute and 24 hours.</source>
        <translation>预计停留时间应在 1 分钟至 24 小时之间。</translation>
    </message>
    <message>
        <source>STOP: this person or vehicle is on the watchlist. Call the lead.</source>
        <translation>停止放行：此人或车辆在布控名单中，请立即报告队长。</translation>
    </message>
    <message>
        <source>No such visit.</source>
        <translation>没有这条来访记录。</translation>
    </message>
    <message>
        <source>State why the full number is needed.</source>
        <translation>请说明需要查看完整号码的理由。</translation>
    </message>
    <message>
        <source>Nothing to unmask for this visit.</source>
        <translation>此来访记录没有可显示的证件号码。</translation>
    </message>
    <message>
        <source>This is not a pass this compound issued.</source>
        <translation>这不是本单位签发的通行证。</translation>
    </message>
    <message>
        <source>This visitor has not come in yet.</source>
        <translation>该访客尚未入场。</translation>
    </message>
    <message>
        <source>A photo is taken only when the visitor agrees to it.</source>
        <translation>仅在访客同意时才拍照。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>From the ID card: {0}, born {1}, {2}</source>
        <translation>身份证信息：{0}，出生 {1}，{2}族</translation>
    </message>
    <message>
        <source>EXPIRED on {0}: ask for a valid document</source>
        <translation>证件已过期（{0}）：请出示有效证件</translation>
    </message>
    <message>
        <source>Registered: {0} ({1})</source>
        <translation>已登记：{0}（{1}）</translation>
    </message>
    <message>
        <source>Walk-in visitor</source>
        <translation>临时访客登记</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>被访人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>被访部门</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>Expected stay (minutes)</source>
        <translation>预计停留（分钟）</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>随行人数</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>optional, e.g. 京A12345</source>
        <translation>选填，例如 京A12345</translation>
    </message>
    <message>
        <source>Register (Enter)</source>
        <translation>登记（回车）</translation>
    </message>
    <message>
        <source>Print the visitor slip</source>
        <translation>打印访客单</translation>
    </message>
    <message>
        <source>The visitor agrees to a photo</source>
        <translation>访客同意拍照</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>Clear card</source>
        <translation>清除证件</translation>
    </message>
    <message>
        <source>type it, or lay the ID card on the reader</source>
        <translation>手工输入，或将身份证放在阅读器上</translation>
    </message>
    <message>
        <source>No photo camera is set in Settings</source>
        <translation>设置中未配置拍照摄像机</translation>
    </message>
</context>
<context>
    <name>WatchlistPanel</name>
    <message>
        <source>no end</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Identity number, plate or code to stop</source>
        <translation>需拦截的证件号码、车牌或码</translation>
    </message>
    <message>
        <source>Who or what (shown to the guard)</source>
        <translation>对象说明（向值班保安显示）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>布控原因</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Add to the watchlist</source>
        <translation>加入布控名单</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>撤销所选布控</translation>
    </message>
    <message>
        <source>Who or what</source>
        <translation>布控对象</translation>
    </message>
</context>
<context>
    <name>WhyPanel</name>
    <message>
        <source>off</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>{0}, day {1}: {2}</source>
        <translation>{0}，{1} 日：{2}</translation>
    </message>
    <message>
        <source>No rule or cost touches this cell.</source>
        <translation>此格不涉及任何规则或扣分。</translation>
    </message>
    <message>
        <source>{0} more hard rules broken</source>
        <translation>新增 {0} 条硬性规则违规</translation>
    </message>
    <message>
        <source>no new broken rule</source>
        <translation>不新增违规</translation>
    </message>
    <message>
        <source>Who could take this shift (best first)</source>
        <translation>可替班人员（由优到次）</translation>
    </message>
</context>
<context>
    <name>WorkOrderKind</name>
    <message>
        <source>camera alert</source>
        <translation>视频告警</translation>
    </message>
    <message>
        <source>turned away at the gate</source>
        <translation>门岗拒绝放行</translation>
    </message>
    <message>
        <source>reported by a guard</source>
        <translation>保安上报</translation>
    </message>
    <message>
        <source>intrusion</source>
        <translation>非法闯入</translation>
    </message>
    <message>
        <source>fire alarm</source>
        <translation>火警</translation>
    </message>
    <message>
        <source>medical</source>
        <translation>医疗急救</translation>
    </message>
    <message>
        <source>lost property</source>
        <translation>失物招领</translation>
    </message>
    <message>
        <source>dispute</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <source>petition crowd</source>
        <translation>上访聚集</translation>
    </message>
    <message>
        <source>hazard</source>
        <translation>安全隐患</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>WorkOrderState</name>
    <message>
        <source>new</source>
        <translation>新告警</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>false alarm</source>
        <translation>误报</translation>
    </message>
</context>
<context>
    <name>WorkOrders</name>
    <message>
        <source>Choose the kind of incident.</source>
        <translation>请选择事件类型。</translation>
    </message>
    <message>
        <source>Say in a few words what happened.</source>
        <translation>请简要说明发生了什么。</translation>
    </message>
    <message>
        <source>That check does not exist.</source>
        <translation>该核验记录不存在。</translation>
    </message>
    <message>
        <source>Unknown work-order state.</source>
        <translation>未知的工单状态。</translation>
    </message>
    <message>
        <source>Say what was done (or why it was a false alarm) before closing.</source>
        <translation>办结前请说明处置情况（或误报原因）。</translation>
    </message>
    <message>
        <source>This work order is {state} and cannot go there.</source>
        <translation>该工单当前为 {state}，不能转到该状态。</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>备注为空。</translation>
    </message>
    <message>
        <source>Say what was done.</source>
        <translation>请说明采取的措施。</translation>
    </message>
    <message>
        <source>That work order does not exist.</source>
        <translation>该工单不存在。</translation>
    </message>
</context>
<context>
    <name>ZoneEditor</name>
    <message>
        <source>excluded</source>
        <translation>屏蔽</translation>
    </message>
    <message>
        <source>watched</source>
        <translation>布防</translation>
    </message>
    <message>
        <source>always</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>Motion zones: {0}</source>
        <translation>移动侦测区域：{0}</translation>
    </message>
    <message>
        <source>Click the corners of the zone on the picture, then name it and save. Motion in a watched zone raises an alert; an excluded zone (a tree, a flag, a road) never does.</source>
        <translation>在画面上依次点击区域的各个角点，然后命名并保存。布防区域内有移动即告警；屏蔽区域（树木、旗帜、道路）从不告警。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>屏蔽</translation>
    </message>
    <message>
        <source>Sensitivity (1-100)</source>
        <translation>灵敏度（1-100）</translation>
    </message>
    <message>
        <source>Minimum changed area</source>
        <translation>最小变化面积</translation>
    </message>
    <message>
        <source>Armed from (HH:MM)</source>
        <translation>布防开始（时:分）</translation>
    </message>
    <message>
        <source>Armed until (HH:MM)</source>
        <translation>布防结束（时:分）</translation>
    </message>
    <message>
        <source>never raise alerts here</source>
        <translation>此处从不告警</translation>
    </message>
    <message>
        <source>Remove the selected zone</source>
        <translation>删除选中的区域</translation>
    </message>
    <message>
        <source>Undo the last corner</source>
        <translation>撤销上一个角点</translation>
    </message>
</context>
</TS>
