<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiError</name>
    <message>
        <source>The request was sent but its answer was lost, so the task may or may not have been created. It was not sent again, to avoid a second billed task; check the task list (DescribeTasks) before generating again.</source>
        <translation>请求已发出，但未收到应答，因此任务可能已创建，也可能未创建。为避免重复计费，请求未重新发送；请先查看任务列表（DescribeTasks），再决定是否重新生成。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified. Check the endpoint, the system time and any proxy that intercepts HTTPS.</source>
        <translation>无法验证服务器证书。请检查接入点、系统时间以及任何拦截 HTTPS 的代理。</translation>
    </message>
    <message>
        <source>The request&apos;s time was rejected even after correcting for the server&apos;s clock. Check the system clock and time zone settings.</source>
        <translation>即使已按服务器时钟校正，请求时间仍被拒绝。请检查系统时钟和时区设置。</translation>
    </message>
    <message>
        <source>The signature was rejected: check the SecretKey of this profile.</source>
        <translation>签名被拒绝：请检查此配置文件的 SecretKey。</translation>
    </message>
    <message>
        <source>The SecretId does not exist or is disabled: check the SecretId of this profile.</source>
        <translation>SecretId 不存在或已被禁用：请检查此配置文件的 SecretId。</translation>
    </message>
    <message>
        <source>The temporary credentials (token) have expired: get new ones.</source>
        <translation>临时凭证（token）已过期：请重新获取。</translation>
    </message>
    <message>
        <source>VOD is not activated for this account.</source>
        <translation>此账号尚未开通云点播（VOD）。</translation>
    </message>
    <message>
        <source>The SubAppId is wrong for this account: check the profile&apos;s SubAppId.</source>
        <translation>SubAppId 与此账号不匹配：请检查配置文件中的 SubAppId。</translation>
    </message>
    <message>
        <source>The key lacks permission for this action, or the credentials are wrong.</source>
        <translation>该密钥无权执行此操作，或凭证有误。</translation>
    </message>
    <message>
        <source>The service is rate limiting this account; try again in a moment.</source>
        <translation>服务正在对此账号限流，请稍后重试。</translation>
    </message>
    <message>
        <source>A temporary problem with the network or the service; try again later.</source>
        <translation>网络或服务出现临时故障，请稍后重试。</translation>
    </message>
    <message>
        <source>A field of the request was refused; correct it and try again.</source>
        <translation>请求中的某个字段被拒绝，请更正后重试。</translation>
    </message>
    <message>
        <source>The prompt or reference media was refused by content moderation.</source>
        <translation>提示词或参考素材未通过内容审核。</translation>
    </message>
    <message>
        <source>The AIGC quota of this account is exhausted.</source>
        <translation>此账号的 AIGC 配额已用尽。</translation>
    </message>
    <message>
        <source>The task or file is unknown (tasks can be queried for 3 days only).</source>
        <translation>任务或文件不存在（任务仅可在 3 天内查询）。</translation>
    </message>
    <message>
        <source>The request was malformed; this is a bug in the client, please report it with the RequestId.</source>
        <translation>请求格式有误；这是客户端的缺陷，请附上 RequestId 报告此问题。</translation>
    </message>
    <message>
        <source>Check the system clock.</source>
        <translation>请检查系统时钟。</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的配置文件。</translation>
    </message>
    <message>
        <source>The local emulator could not start: %1</source>
        <translation>无法启动本地模拟器：%1</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;: %2</source>
        <translation>没有名为“%1”的配置文件：%2</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>could not write %1: no free temporary name beside it</source>
        <translation>无法写入 %1：其旁边没有可用的临时文件名</translation>
    </message>
</context>
<context>
    <name>AudioExporter</name>
    <message>
        <source>could not write %1: %2; nothing was written</source>
        <translation>无法写入 %1：%2；未写入任何内容</translation>
    </message>
    <message>
        <source>%1 must end in .%2 to hold %3</source>
        <translation>%1 必须以 .%2 结尾才能保存 %3</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>无法在 %1 中写入：%2</translation>
    </message>
    <message>
        <source>%1 appeared while exporting; choose overwrite to replace it</source>
        <translation>导出期间出现了 %1；如要替换，请选择覆盖</translation>
    </message>
    <message>
        <source>loudness: reached %1 LUFS, %2 LU short of the target %3 LUFS: more gain would lift the true peak above the ceiling of %4 dBTP (it is %5 dBTP before the gain); lower the target or raise the ceiling</source>
        <translation>响度：达到 %1 LUFS，距目标 %3 LUFS 还差 %2 LU：再增加增益会使真峰值超过 %4 dBTP 的上限（增益前为 %5 dBTP）；请降低目标或提高上限</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>loudness: the sound is silent (below the -70 LUFS gate), so it was left as it is instead of being brought to %1 LUFS</source>
        <translation>响度：声音为静音（低于 -70 LUFS 门限），因此保持原样，未调整到 %1 LUFS</translation>
    </message>
    <message>
        <source>%1 has %2 MiB free; this export needs about %3 MiB</source>
        <translation>%1 剩余 %2 MiB；此次导出约需 %3 MiB</translation>
    </message>
    <message>
        <source>%1 cannot hold %2 Hz, the rate of %3; choose a rate such as 48000</source>
        <translation>%1 无法保存 %2 Hz（%3 的采样率）；请选择 48000 等采样率</translation>
    </message>
    <message>
        <source>%1 is the source itself; an export never replaces its source</source>
        <translation>%1 就是源文件本身；导出绝不会替换源文件</translation>
    </message>
    <message>
        <source>%1 exists already; choose overwrite to replace it</source>
        <translation>%1 已存在；如要替换，请选择覆盖</translation>
    </message>
    <message>
        <source>cannot save the %1 sound as %2: the name has no extension to say its format (%3)</source>
        <translation>无法将 %1 声音另存为 %2：文件名没有表示格式的扩展名（%3）</translation>
    </message>
    <message>
        <source>cannot save the %1 sound as %2: .%3 is not an audio format this app writes (%4)</source>
        <translation>无法将 %1 声音另存为 %2：.%3 不是本应用可写入的音频格式（%4）</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
</context>
<context>
    <name>AudioModelCatalog</name>
    <message>
        <source>Sound effects from text, or from a reference video</source>
        <translation>根据文本或参考视频生成音效</translation>
    </message>
    <message>
        <source>Video to sound effect: background music prompt</source>
        <translation>视频生成音效：背景音乐提示词</translation>
    </message>
    <message>
        <source>ASMR mode</source>
        <translation>ASMR 模式</translation>
    </message>
    <message>
        <source>Music, with optional lyrics</source>
        <translation>音乐，可附带歌词</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>歌词</translation>
    </message>
    <message>
        <source>Music (documented for the sibling MPS product)</source>
        <translation>音乐（文档见姊妹产品 MPS）</translation>
    </message>
    <message>
        <source>Fireworks during Spring Festival celebrations</source>
        <translation>春节庆祝时的烟花爆竹声</translation>
    </message>
    <message>
        <source>Rain on a tin roof at night, distant thunder</source>
        <translation>夜晚雨打铁皮屋顶，远处雷声隆隆</translation>
    </message>
    <message>
        <source>Footsteps on gravel, slow and heavy</source>
        <translation>缓慢沉重的碎石路脚步声</translation>
    </message>
    <message>
        <source>A temple bell ringing once in the mountains</source>
        <translation>山中寺庙钟声，敲响一下</translation>
    </message>
    <message>
        <source>A sports car engine revving and speeding away</source>
        <translation>跑车引擎轰鸣后疾驰而去</translation>
    </message>
    <message>
        <source>Crackling campfire with wind in the pines</source>
        <translation>噼啪作响的篝火，松林间风声阵阵</translation>
    </message>
    <message>
        <source>A calm piano piece for a tea house, healing mood</source>
        <translation>适合茶馆的舒缓钢琴曲，治愈氛围</translation>
    </message>
    <message>
        <source>Epic orchestral battle theme, fast and tense</source>
        <translation>史诗级管弦乐战斗主题，快速紧张</translation>
    </message>
    <message>
        <source>Happy festive melody with guzheng and drums</source>
        <translation>欢快喜庆的古筝与鼓乐旋律</translation>
    </message>
</context>
<context>
    <name>AudioTask</name>
    <message>
        <source>the task finished without any output</source>
        <translation>任务已完成，但没有任何输出</translation>
    </message>
</context>
<context>
    <name>AudioTaskRequest</name>
    <message>
        <source>must be at most %1 characters (got %2)</source>
        <translation>不能超过 %1 个字符（当前为 %2）</translation>
    </message>
    <message>
        <source>is required unless a reference video or audio is given</source>
        <translation>未提供参考视频或音频时为必填项</translation>
    </message>
    <message>
        <source>must be one of %1 (got &quot;%2&quot;)</source>
        <translation>必须是 %1 之一（当前为“%2”）</translation>
    </message>
    <message>
        <source>must not start or end with spaces (got &quot;%1&quot;)</source>
        <translation>开头和结尾不能有空格（当前为“%1”）</translation>
    </message>
    <message>
        <source>must be a JSON object: %1 at character %2</source>
        <translation>必须是 JSON 对象：%1（位于第 %2 个字符）</translation>
    </message>
    <message>
        <source>must be a JSON object such as {&quot;lyrics&quot;:&quot;...&quot;}</source>
        <translation>必须是 JSON 对象，例如 {&quot;lyrics&quot;:&quot;...&quot;}</translation>
    </message>
    <message>
        <source>must be an object with Type, FileId or Url</source>
        <translation>必须是包含 Type、FileId 或 Url 的对象</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
</context>
<context>
    <name>Audition</name>
    <message>
        <source>Auto-play on Select</source>
        <translation>选中即播放</translation>
    </message>
    <message>
        <source>Play a sound as soon as its row is selected, so the arrow keys audition the takes</source>
        <translation>选中某行即播放其声音，用方向键即可逐个试听</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Enter a SecretId and a SecretKey first.</source>
        <translation>请先输入 SecretId 和 SecretKey。</translation>
    </message>
    <message>
        <source>The endpoint is not valid: choose a site or enter an http(s):// URL.</source>
        <translation>接入点无效：请选择站点或输入 http(s):// URL。</translation>
    </message>
    <message>
        <source>Connected: the credentials work (%1 ms).</source>
        <translation>已连接：凭证有效（%1 毫秒）。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 s behind the service&apos;s; requests are corrected for it, but you should correct the system time.</source>
        <translation>本机时钟比服务端慢 %1 秒；请求已自动校正，但仍建议校准系统时间。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 s ahead of the service&apos;s; requests are corrected for it, but you should correct the system time.</source>
        <translation>本机时钟比服务端快 %1 秒；请求已自动校正，但仍建议校准系统时间。</translation>
    </message>
    <message>
        <source>The SecretKey is wrong for this SecretId.</source>
        <translation>SecretKey 与此 SecretId 不匹配。</translation>
    </message>
    <message>
        <source>The service does not know this SecretId, or it is disabled: check that it was copied whole.</source>
        <translation>服务无法识别此 SecretId，或其已被禁用：请检查是否完整复制。</translation>
    </message>
    <message>
        <source>The temporary token has expired or does not match: get new temporary credentials.</source>
        <translation>临时 token 已过期或不匹配：请重新获取临时凭证。</translation>
    </message>
    <message>
        <source>The computer&apos;s clock is %1 s behind the service&apos;s: correct the system time.</source>
        <translation>本机时钟比服务端慢 %1 秒：请校准系统时间。</translation>
    </message>
    <message>
        <source>The computer&apos;s clock is %1 s ahead of the service&apos;s: correct the system time.</source>
        <translation>本机时钟比服务端快 %1 秒：请校准系统时间。</translation>
    </message>
    <message>
        <source>The service refused the request&apos;s time stamp: check the system time and time zone.</source>
        <translation>服务拒绝了请求的时间戳：请检查系统时间和时区。</translation>
    </message>
    <message>
        <source>The credentials work but lack permission for VOD: ask the account&apos;s administrator to grant it (CAM).</source>
        <translation>凭证有效，但没有云点播（VOD）权限：请联系账号管理员授权（CAM）。</translation>
    </message>
    <message>
        <source>The credentials work, but VOD is not activated for this account.</source>
        <translation>凭证有效，但此账号尚未开通云点播（VOD）。</translation>
    </message>
    <message>
        <source>The credentials work, but this SubAppId does not belong to the account.</source>
        <translation>凭证有效，但此 SubAppId 不属于该账号。</translation>
    </message>
    <message>
        <source>The service answered with an error: %1</source>
        <translation>服务返回错误：%1</translation>
    </message>
    <message>
        <source>(%1; RequestId %2)</source>
        <translation>（%1；RequestId %2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Could not reach the service: %1.</source>
        <translation>无法连接到服务：%1。</translation>
    </message>
    <message>
        <source>The service did not answer in time: check the network connection and proxy.</source>
        <translation>服务未及时响应：请检查网络连接和代理。</translation>
    </message>
    <message>
        <source>Something answered, but not like the VOD API: %1. Check the endpoint.</source>
        <translation>收到了应答，但不像是 VOD API 的应答：%1。请检查接入点。</translation>
    </message>
    <message>
        <source>The test failed: %1.</source>
        <translation>测试失败：%1。</translation>
    </message>
    <message>
        <source>The secure (TLS) connection failed: %1</source>
        <translation>安全连接（TLS）失败：%1</translation>
    </message>
</context>
<context>
    <name>CosJob</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>upload cancelled</source>
        <translation>上传已取消</translation>
    </message>
    <message>
        <source>no progress for %1 s talking to object storage</source>
        <translation>与对象存储通信时 %1 秒内没有进展</translation>
    </message>
    <message>
        <source>object storage: secure connection failed: %1</source>
        <translation>对象存储：安全连接失败：%1</translation>
    </message>
    <message>
        <source>object storage unreachable: %1</source>
        <translation>无法连接到对象存储：%1</translation>
    </message>
    <message>
        <source>object storage request failed: %1</source>
        <translation>对象存储请求失败：%1</translation>
    </message>
    <message>
        <source>object storage answered HTTP %1 without an XML error</source>
        <translation>对象存储返回了 HTTP %1，但没有 XML 错误信息</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>object storage: %1</source>
        <translation>对象存储：%1</translation>
    </message>
    <message>
        <source>object storage answered with more than %1 MB: it was not read</source>
        <translation>对象存储的应答超过 %1 MB：未读取</translation>
    </message>
</context>
<context>
    <name>CredentialResolver</name>
    <message>
        <source>profile &quot;%1&quot;</source>
        <translation>配置文件“%1”</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; (no profiles exist yet)</source>
        <translation>没有名为“%1”的配置文件（目前还没有任何配置文件）</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; (profiles: %2)</source>
        <translation>没有名为“%1”的配置文件（现有配置文件：%2）</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: no secret store is available to read its secrets</source>
        <translation>配置文件“%1”：没有可用的密钥存储来读取其密钥</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>配置文件“%1”：%2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no SecretId and SecretKey saved (%2): enter them in the profile</source>
        <translation>配置文件“%1”未保存 SecretId 和 SecretKey（%2）：请在配置文件中填写</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>环境变量：%1</translation>
    </message>
    <message>
        <source>tccli profile &quot;%1&quot; (%2)</source>
        <translation>tccli 配置“%1”（%2）</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>No credentials found. Tried: the default profile (none is set); the environment (%1 and %2 are not set); %3; %4 [default]. Create a profile, or set %1 and %2.</source>
        <translation>未找到凭证。已尝试：默认配置文件（未设置）；环境变量（未设置 %1 和 %2）；%3；%4 [default]。请创建配置文件，或设置 %1 和 %2。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the proxy password: %2</source>
        <translation>配置文件“%1”：代理密码：%2</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;: %2</source>
        <translation>没有名为“%1”的配置文件：%2</translation>
    </message>
</context>
<context>
    <name>DescribeTasksRequest</name>
    <message>
        <source>must be one of %1 (got &quot;%2&quot;)</source>
        <translation>必须是 %1 之一（当前为“%2”）</translation>
    </message>
    <message>
        <source>must be CreateTime or FinishTime (got &quot;%1&quot;)</source>
        <translation>必须是 CreateTime 或 FinishTime（当前为“%1”）</translation>
    </message>
    <message>
        <source>must be Asc or Desc (got &quot;%1&quot;)</source>
        <translation>必须是 Asc 或 Desc（当前为“%1”）</translation>
    </message>
    <message>
        <source>must be an integer from 1 to %1 (got %2)</source>
        <translation>必须是 1 到 %1 之间的整数（当前为 %2）</translation>
    </message>
</context>
<context>
    <name>DiagnosticsReport</name>
    <message>
        <source>AIGC Audio Studio diagnostics</source>
        <translation>AIGC Audio Studio 诊断信息</translation>
    </message>
    <message>
        <source>Secrets (SecretKey, token, proxy passwords) are not included; SecretIds are masked.</source>
        <translation>不包含任何密钥（SecretKey、token、代理密码）；SecretId 已做掩码处理。</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>config: %1</source>
        <translation>配置：%1</translation>
    </message>
    <message>
        <source>data: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <source>library: %1</source>
        <translation>素材库：%1</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source> (active)</source>
        <translation>（当前）</translation>
    </message>
    <message>
        <source>, secrets in a plain-text file</source>
        <translation>，密钥保存在明文文件中</translation>
    </message>
    <message>
        <source>, secrets in the keychain</source>
        <translation>，密钥保存在钥匙串中</translation>
    </message>
    <message>
        <source>, offline demo</source>
        <translation>，离线演示</translation>
    </message>
    <message>
        <source>active endpoint: %1</source>
        <translation>当前接入点：%1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>unfinished uploads: %1</source>
        <translation>未完成的上传：%1</translation>
    </message>
    <message>
        <source>Latest tasks</source>
        <translation>最近的任务</translation>
    </message>
    <message>
        <source>(no TaskId)</source>
        <translation>（无 TaskId）</translation>
    </message>
    <message>
        <source>download: %1</source>
        <translation>下载：%1</translation>
    </message>
    <message>
        <source>Recent log</source>
        <translation>最近的日志</translation>
    </message>
</context>
<context>
    <name>DownloadJob</name>
    <message>
        <source>cannot download &quot;%1&quot;: not an http(s) URL</source>
        <translation>无法下载“%1”：不是 http(s) URL</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>download cancelled</source>
        <translation>下载已取消</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>range not satisfiable</source>
        <translation>请求的范围无法满足</translation>
    </message>
    <message>
        <source>the file server answered HTTP %1 for %2</source>
        <translation>文件服务器对 %2 返回了 HTTP %1</translation>
    </message>
    <message>
        <source>the file is gone (HTTP %1): a temporary URL is valid for 7 days</source>
        <translation>文件已不存在（HTTP %1）：临时 URL 的有效期为 7 天</translation>
    </message>
    <message>
        <source>no data for %1 s while downloading</source>
        <translation>下载时 %1 秒内未收到数据</translation>
    </message>
    <message>
        <source>download failed: %1</source>
        <translation>下载失败：%1</translation>
    </message>
    <message>
        <source>download restarted</source>
        <translation>下载已重新开始</translation>
    </message>
    <message>
        <source>the download ended after %1 of %2 bytes</source>
        <translation>下载在收到 %1/%2 字节后中断</translation>
    </message>
    <message>
        <source>cannot move the download into place at %1</source>
        <translation>无法将下载的文件移动到 %1</translation>
    </message>
    <message>
        <source>the download from %1 is larger than %2 MB, more than this file can be: it was stopped and nothing was kept</source>
        <translation>来自 %1 的下载大于 %2 MB，超出此文件可能的大小：已停止，未保留任何内容</translation>
    </message>
    <message>
        <source>the download did not finish within %1 min</source>
        <translation>下载未在 %1 分钟内完成</translation>
    </message>
    <message>
        <source>the download did not finish within %1 s</source>
        <translation>下载未在 %1 秒内完成</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>&quot;%1&quot; is not a region name such as ap-singapore</source>
        <translation>“%1”不是有效的地域名称（例如 ap-singapore）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an endpoint: use china, intl, region:NAME or an http(s):// URL</source>
        <translation>“%1”不是有效的接入点：请使用 china、intl、region:NAME 或 http(s):// URL</translation>
    </message>
    <message>
        <source>China (vod.tencentcloudapi.com)</source>
        <translation>中国站（vod.tencentcloudapi.com）</translation>
    </message>
    <message>
        <source>International (vod.intl.tencentcloudapi.com)</source>
        <translation>国际站（vod.intl.tencentcloudapi.com）</translation>
    </message>
    <message>
        <source>Region %1 (%2)</source>
        <translation>地域 %1（%2）</translation>
    </message>
    <message>
        <source>Custom (%1)</source>
        <translation>自定义（%1）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; carries a user or password (user:password@): an endpoint URL may not; the API is signed with the profile&apos;s SecretId and SecretKey</source>
        <translation>“%1”带有用户名或密码（user:password@）：接入点 URL 不得包含；API 使用配置文件的 SecretId 和 SecretKey 签名</translation>
    </message>
</context>
<context>
    <name>EnvCredentials</name>
    <message>
        <source>%1 is set but %2 is not: set both, or neither</source>
        <translation>已设置 %1 但未设置 %2：请同时设置两者，或都不设置</translation>
    </message>
    <message>
        <source>%1 and %2 are both set, to different tokens: unset one of them</source>
        <translation>%1 和 %2 都已设置且 token 不同：请取消设置其中一个</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a region name such as ap-singapore</source>
        <translation>%1“%2”不是有效的地域名称（例如 ap-singapore）</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Sample &amp;rate:</source>
        <translation>采样率(&amp;R)：</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>采样率</translation>
    </message>
    <message>
        <source>&amp;Bit depth:</source>
        <translation>位深(&amp;B)：</translation>
    </message>
    <message>
        <source>Bit depth</source>
        <translation>位深</translation>
    </message>
    <message>
        <source>&amp;Loudness:</source>
        <translation>响度(&amp;L)：</translation>
    </message>
    <message>
        <source>Loudness target</source>
        <translation>响度目标</translation>
    </message>
    <message>
        <source> LUFS</source>
        <translation> LUFS</translation>
    </message>
    <message>
        <source>true peak at most</source>
        <translation>真峰值不超过</translation>
    </message>
    <message>
        <source>True-peak ceiling</source>
        <translation>真峰值上限</translation>
    </message>
    <message>
        <source> dBTP</source>
        <translation> dBTP</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>文件名(&amp;N)：</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>文件名模板</translation>
    </message>
    <message>
        <source>Tokens: {prompt} {date} {model} {variation} {taskid} {rating}; the extension follows the format</source>
        <translation>标记：{prompt} {date} {model} {variation} {taskid} {rating}；扩展名随格式而定</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>导出文件夹</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace files that &amp;exist</source>
        <translation>替换已存在的文件(&amp;E)</translation>
    </message>
    <message numerus="yes">
        <source>%n sound(s), exported from the library&apos;s files (which stay as they are).</source>
        <translation>
            <numerusform>%n 个声音，从素材库文件导出（素材库文件保持不变）。</numerusform>
        </translation>
    </message>
    <message>
        <source>As the source</source>
        <translation>与源文件相同</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Nothing was written:</source>
        <translation>未写入任何内容：</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) written.</source>
        <translation>
            <numerusform>已取消：已写入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be written:</source>
        <translation>
            <numerusform>%n 个文件无法写入：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>16-bit PCM</source>
        <translation>16 位 PCM</translation>
    </message>
    <message>
        <source>24-bit PCM</source>
        <translation>24 位 PCM</translation>
    </message>
    <message>
        <source>32-bit float</source>
        <translation>32 位浮点</translation>
    </message>
    <message>
        <source>the format&apos;s default</source>
        <translation>格式默认值</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>%1 has no saved audio file</source>
        <translation>%1 没有已保存的音频文件</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>is required: the folder to export into</source>
        <translation>为必填项：导出到的文件夹</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>无法在 %1 中写入：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would be the name of both %2 and %3; add {variation} or {taskid} to the name</source>
        <translation>“%1”会同时成为 %2 和 %3 的名称；请在名称中加入 {variation} 或 {taskid}</translation>
    </message>
</context>
<context>
    <name>ExportMetadata</name>
    <message>
        <source>libsndfile refused the %1 tag: %2</source>
        <translation>libsndfile 拒绝了 %1 标签：%2</translation>
    </message>
    <message>
        <source>libsndfile refused the bext chunk: %1</source>
        <translation>libsndfile 拒绝了 bext 块：%1</translation>
    </message>
    <message>
        <source>libsndfile refused the iXML chunk: %1</source>
        <translation>libsndfile 拒绝了 iXML 块：%1</translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <source>%1 holds 16- or 24-bit PCM, not %2</source>
        <translation>%1 只能保存 16 位或 24 位 PCM，不能保存 %2</translation>
    </message>
    <message>
        <source>%1 is a compressed format without a bit depth; leave the bit depth unset</source>
        <translation>%1 是没有位深的压缩格式；请不要设置位深</translation>
    </message>
    <message>
        <source>must be from %1 to %2 Hz, e.g. 44100, 48000 or 96000 (got %3)</source>
        <translation>必须在 %1 到 %2 Hz 之间，例如 44100、48000 或 96000（实际为 %3）</translation>
    </message>
    <message>
        <source>Ogg Opus holds 48000 Hz only (got %1)</source>
        <translation>Ogg Opus 只支持 48000 Hz（实际为 %1）</translation>
    </message>
    <message>
        <source>%1 cannot hold %2 Hz; 44100 or 48000 Hz can</source>
        <translation>%1 无法保存 %2 Hz；44100 或 48000 Hz 可以</translation>
    </message>
    <message>
        <source>must be from %1 to %2 LUFS, e.g. -23, -16 or -14 (got %3)</source>
        <translation>必须在 %1 到 %2 LUFS 之间，例如 -23、-16 或 -14（实际为 %3）</translation>
    </message>
    <message>
        <source>a target of %1 LUFS is above the true-peak ceiling of %2 dBTP: a sound&apos;s peaks are always above its loudness, so every sound would clip past the ceiling; lower the target or raise the ceiling</source>
        <translation>%1 LUFS 的目标高于 %2 dBTP 的真峰值上限：声音的峰值总是高于其响度，因此每个声音都会超出上限而削波；请降低目标或提高上限</translation>
    </message>
    <message>
        <source>must be from %1 to %2 dBTP, e.g. -1 (got %3)</source>
        <translation>必须在 %1 到 %2 dBTP 之间，例如 -1（实际为 %3）</translation>
    </message>
    <message>
        <source>must not start before 0 ms (got %1 ms)</source>
        <translation>不得早于 0 毫秒开始（实际为 %1 毫秒）</translation>
    </message>
    <message>
        <source>must end after it starts (got %1 ms to %2 ms)</source>
        <translation>结束必须晚于开始（实际为 %1 毫秒到 %2 毫秒）</translation>
    </message>
    <message>
        <source>must be at least %1 ms long (got %2 ms, from %3 to %4 ms)</source>
        <translation>长度至少为 %1 毫秒（实际为 %2 毫秒，从 %3 到 %4 毫秒）</translation>
    </message>
    <message>
        <source>must be 0 ms or more (got %1 ms)</source>
        <translation>必须为 0 毫秒或以上（实际为 %1 毫秒）</translation>
    </message>
    <message>
        <source>the fades (%1 ms in, %2 ms out) are longer together than the region (%3 ms)</source>
        <translation>淡入淡出（淡入 %1 毫秒，淡出 %2 毫秒）合计长于选区（%3 毫秒）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UCS CatID of the list (e.g. RAINMetl, FIREBurn, WHSH)</source>
        <translation>“%1”不是列表中的 UCS CatID（例如 RAINMetl、FIREBurn、WHSH）</translation>
    </message>
    <message>
        <source>the name uses {catid}: choose a UCS category</source>
        <translation>名称使用了 {catid}：请选择一个 UCS 类别</translation>
    </message>
    <message>
        <source>must be from 0 (smallest) to 1 (best) (got %1)</source>
        <translation>必须在 0（最小）到 1（最佳）之间（实际为 %1）</translation>
    </message>
</context>
<context>
    <name>ExportSources</name>
    <message>
        <source>%1 is not in the local history; give its file with --input</source>
        <translation>%1 不在本地历史记录中；请用 --input 指定其文件</translation>
    </message>
    <message>
        <source>%1 has no saved file yet (download: %2)</source>
        <translation>%1 还没有已保存的文件（下载：%2）</translation>
    </message>
    <message>
        <source>the saved file of %1 is missing: %2</source>
        <translation>%1 的已保存文件丢失：%2</translation>
    </message>
</context>
<context>
    <name>FieldParse</name>
    <message>
        <source>must be a string (got %1)</source>
        <translation>必须是字符串（当前为 %1）</translation>
    </message>
    <message>
        <source>must be an integer (got %1)</source>
        <translation>必须是整数（当前为 %1）</translation>
    </message>
    <message>
        <source>must be an unsigned integer (got %1)</source>
        <translation>必须是非负整数（当前为 %1）</translation>
    </message>
    <message>
        <source>must be an integer (got &quot;%1&quot;)</source>
        <translation>必须是整数（当前为“%1”）</translation>
    </message>
    <message>
        <source>must be an unsigned integer (got &quot;%1&quot;)</source>
        <translation>必须是非负整数（当前为“%1”）</translation>
    </message>
</context>
<context>
    <name>FileRangeDevice</name>
    <message>
        <source>a file range is read-only</source>
        <translation>文件范围为只读</translation>
    </message>
    <message>
        <source>the file is shorter than expected (%1 bytes, needed %2): was it changed?</source>
        <translation>文件比预期的短（%1 字节，需要 %2）：文件是否被修改过？</translation>
    </message>
</context>
<context>
    <name>GenerationForm</name>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>提示词(&amp;P)：</translation>
    </message>
    <message>
        <source>Describe the sound, e.g. fireworks during Spring Festival celebrations</source>
        <translation>描述想要的声音，例如：春节庆祝时的烟花爆竹声</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>0 / 1000</source>
        <translation>0 / 1000</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Example prompts</source>
        <translation>示例提示词</translation>
    </message>
    <message>
        <source>&amp;Scene:</source>
        <translation>场景(&amp;S)：</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>模型版本</translation>
    </message>
    <message>
        <source>References</source>
        <translation>参考素材</translation>
    </message>
    <message>
        <source>Reference videos</source>
        <translation>参考视频</translation>
    </message>
    <message>
        <source>Add URL…</source>
        <translation>添加 URL…</translation>
    </message>
    <message>
        <source>Add FileId…</source>
        <translation>添加 FileId…</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Reference audios</source>
        <translation>参考音频</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>时长(&amp;D)：</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>模型默认值</translation>
    </message>
    <message>
        <source>Duration in seconds</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Output format</source>
        <translation>输出格式</translation>
    </message>
    <message>
        <source>S&amp;torage:</source>
        <translation>存储(&amp;T)：</translation>
    </message>
    <message>
        <source>Storage mode</source>
        <translation>存储方式</translation>
    </message>
    <message>
        <source>Media &amp;name:</source>
        <translation>媒体名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Media name</source>
        <translation>媒体名称</translation>
    </message>
    <message>
        <source>optional, at most 64 characters</source>
        <translation>可选，最多 64 个字符</translation>
    </message>
    <message>
        <source>&amp;Class ID:</source>
        <translation>分类 ID(&amp;C)：</translation>
    </message>
    <message>
        <source>Class ID</source>
        <translation>分类 ID</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>过期时间(&amp;E)：</translation>
    </message>
    <message>
        <source>At</source>
        <translation>指定时间</translation>
    </message>
    <message>
        <source>Expire time</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>&amp;Additional parameters:</source>
        <translation>附加参数(&amp;A)：</translation>
    </message>
    <message>
        <source>Additional parameters, a JSON object</source>
        <translation>附加参数（JSON 对象）</translation>
    </message>
    <message>
        <source>{&quot;lyrics&quot;: &quot;...&quot;}</source>
        <translation>{&quot;lyrics&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Sub&amp;AppId:</source>
        <translation>Sub&amp;AppId：</translation>
    </message>
    <message>
        <source>SubAppId</source>
        <translation>SubAppId</translation>
    </message>
    <message>
        <source>Va&amp;riations:</source>
        <translation>生成数量(&amp;R)：</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>生成数量</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>AIGC Audio Studio</source>
        <translation>AIGC Audio Studio</translation>
    </message>
    <message>
        <source>Public http(s) URL:</source>
        <translation>公开的 http(s) URL：</translation>
    </message>
    <message>
        <source>VOD FileId:</source>
        <translation>VOD FileId：</translation>
    </message>
    <message>
        <source>Sound effect (sfx)</source>
        <translation>音效（sfx）</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>音乐</translation>
    </message>
    <message>
        <source>Temporary (download link for 7 days)</source>
        <translation>临时（下载链接有效期 7 天）</translation>
    </message>
    <message>
        <source>Permanent (kept in VOD)</source>
        <translation>永久（保存在 VOD 中）</translation>
    </message>
    <message>
        <source>A model this version does not know: it is sent as typed.</source>
        <translation>此版本无法识别该模型：将按输入内容原样发送。</translation>
    </message>
    <message>
        <source>%1 (from the profile)</source>
        <translation>%1（来自配置文件）</translation>
    </message>
    <message>
        <source>none (the profile sets none)</source>
        <translation>无（配置文件未设置）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Empty: no model-specific parameters</source>
        <translation>留空：无模型专属参数</translation>
    </message>
    <message>
        <source>✓ Valid JSON object</source>
        <translation>✓ 有效的 JSON 对象</translation>
    </message>
    <message>
        <source>✗ Not a JSON object</source>
        <translation>✗ 不是 JSON 对象</translation>
    </message>
    <message numerus="yes">
        <source>Send %n task(s) (Ctrl+Enter)</source>
        <translation>
            <numerusform>发送 %n 个任务（Ctrl+Enter）</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the marked fields first</source>
        <translation>请先更正标记的字段</translation>
    </message>
    <message>
        <source>FileId %1</source>
        <translation>FileId %1</translation>
    </message>
    <message>
        <source>stable version</source>
        <translation>稳定版</translation>
    </message>
    <message>
        <source>model name</source>
        <translation>模型名称</translation>
    </message>
    <message>
        <source>Add a reference video</source>
        <translation>添加参考视频</translation>
    </message>
    <message>
        <source>Add a reference audio</source>
        <translation>添加参考音频</translation>
    </message>
    <message>
        <source>Drop files or URLs here. A local file is uploaded to VOD as soon as it is added; a task generated meanwhile is sent when its files are uploaded.</source>
        <translation>可将文件或 URL 拖放到此处。本地文件添加后会立即上传到 VOD；在此期间生成的任务将在其文件上传完成后发送。</translation>
    </message>
    <message>
        <source>Video files (%1)</source>
        <translation>视频文件 (%1)</translation>
    </message>
    <message>
        <source>Audio files (%1)</source>
        <translation>音频文件 (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose reference videos</source>
        <translation>选择参考视频</translation>
    </message>
    <message>
        <source>Choose reference audios</source>
        <translation>选择参考音频</translation>
    </message>
    <message>
        <source>%1 was not uploaded: retry or remove it (%2)</source>
        <translation>%1 未上传：请重试或将其移除（%2）</translation>
    </message>
    <message>
        <source>the upload is not known</source>
        <translation>找不到该上传记录</translation>
    </message>
    <message numerus="yes">
        <source>Send %n task(s) as soon as the reference files are uploaded (Ctrl+Enter)</source>
        <translation>
            <numerusform>参考文件上传完成后立即发送 %n 个任务（Ctrl+Enter）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reference file(s) still uploading: Generate now and the task is sent once they are done.</source>
        <translation>
            <numerusform>仍有 %n 个参考文件正在上传：现在即可点击“生成”，任务将在上传完成后发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: there is nothing to upload it with</source>
        <translation>%1：没有可用的上传方式</translation>
    </message>
    <message>
        <source>Not added:
%1</source>
        <translation>未添加：
%1</translation>
    </message>
    <message>
        <source>the upload is not known any more</source>
        <translation>该上传记录已不存在</translation>
    </message>
    <message>
        <source>the upload stopped</source>
        <translation>上传已停止</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>the history database is not open</source>
        <translation>历史数据库未打开</translation>
    </message>
    <message>
        <source>TaskId %1 is already in the history</source>
        <translation>TaskId %1 已在历史记录中</translation>
    </message>
    <message>
        <source>adding a task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <source>%1: there is no history record %2</source>
        <translation>%1：历史记录 %2 不存在</translation>
    </message>
    <message>
        <source>setCreated: empty TaskId</source>
        <translation>setCreated：TaskId 为空</translation>
    </message>
    <message>
        <source>recording the TaskId</source>
        <translation>记录 TaskId</translation>
    </message>
    <message>
        <source>recording a failed submission</source>
        <translation>记录提交失败</translation>
    </message>
    <message>
        <source>recording an unknown outcome</source>
        <translation>记录未知结果</translation>
    </message>
    <message>
        <source>resolveOutcome: empty TaskId</source>
        <translation>resolveOutcome：TaskId 为空</translation>
    </message>
    <message>
        <source>recording a reconciled task</source>
        <translation>记录已核对的任务</translation>
    </message>
    <message>
        <source>the task answer has no TaskId</source>
        <translation>任务应答中没有 TaskId</translation>
    </message>
    <message>
        <source>no history record has TaskId %1</source>
        <translation>没有 TaskId 为 %1 的历史记录</translation>
    </message>
    <message>
        <source>recording the task&apos;s status</source>
        <translation>记录任务状态</translation>
    </message>
    <message>
        <source>recording the download</source>
        <translation>记录下载</translation>
    </message>
    <message>
        <source>finding expired tasks</source>
        <translation>查找已过期的任务</translation>
    </message>
    <message>
        <source>no final answer within the %1 hours the service keeps a task</source>
        <translation>在服务保留任务的 %1 小时内未得到最终结果</translation>
    </message>
    <message>
        <source>marking expired tasks</source>
        <translation>标记已过期的任务</translation>
    </message>
    <message>
        <source>recording a lost task</source>
        <translation>记录丢失的任务</translation>
    </message>
    <message>
        <source>removing a task</source>
        <translation>移除任务</translation>
    </message>
    <message>
        <source>restoring a task</source>
        <translation>恢复任务</translation>
    </message>
    <message>
        <source>finding removed tasks</source>
        <translation>查找已移除的任务</translation>
    </message>
    <message>
        <source>purging removed tasks</source>
        <translation>彻底清除已移除的任务</translation>
    </message>
    <message>
        <source>reading the history</source>
        <translation>读取历史记录</translation>
    </message>
    <message>
        <source>there is no history record %1</source>
        <translation>历史记录 %1 不存在</translation>
    </message>
    <message>
        <source>counting tasks</source>
        <translation>统计任务数</translation>
    </message>
    <message>
        <source>recording the uploaded references</source>
        <translation>记录已上传的参考文件</translation>
    </message>
    <message>
        <source>recording the media URL</source>
        <translation>记录媒体 URL</translation>
    </message>
    <message>
        <source>the history database</source>
        <translation>历史记录数据库</translation>
    </message>
    <message>
        <source>record %1 is %2, not %3</source>
        <translation>记录 %1 的状态是 %2，不是 %3</translation>
    </message>
    <message>
        <source>awaiting a TaskId</source>
        <translation>等待 TaskId</translation>
    </message>
    <message>
        <source>waiting for uploads</source>
        <translation>等待上传</translation>
    </message>
    <message>
        <source>being submitted</source>
        <translation>正在提交</translation>
    </message>
    <message>
        <source>awaiting reconciliation</source>
        <translation>等待核对</translation>
    </message>
    <message>
        <source>a rating is from 0 to %1 stars (got %2)</source>
        <translation>评分范围为 0 到 %1 星（实际为 %2）</translation>
    </message>
    <message>
        <source>rating a task</source>
        <translation>为任务评分</translation>
    </message>
    <message>
        <source>marking a favourite</source>
        <translation>标记收藏</translation>
    </message>
    <message>
        <source>tagging a task</source>
        <translation>为任务添加标签</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>secrets stored in the system keychain</source>
        <translation>密钥保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>错误 %1</translation>
    </message>
    <message>
        <source>the secrets of profile &quot;%1&quot; could not be read</source>
        <translation>无法读取配置文件“%1”的密钥</translation>
    </message>
    <message>
        <source>secrets were not saved</source>
        <translation>密钥未保存</translation>
    </message>
    <message>
        <source>secrets were not removed</source>
        <translation>密钥未删除</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1): %2</source>
        <translation>访问系统钥匙串被拒绝（%1）：%2</translation>
    </message>
    <message>
        <source>The system keychain could not delete the entry (%1): %2</source>
        <translation>系统钥匙串无法删除该条目（%1）：%2</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1): %2</source>
        <translation>系统钥匙串不可用（%1）：%2</translation>
    </message>
    <message>
        <source>The keychain entry of profile &quot;%1&quot; is damaged (%2): save the profile&apos;s secrets again</source>
        <translation>配置文件“%1”的钥匙串条目已损坏（%2）：请重新保存该配置文件的密钥</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>AIGC Audio Studio</source>
        <translation>AIGC Audio Studio</translation>
    </message>
    <message>
        <source>Search prompt, TaskId, model or error</source>
        <translation>搜索提示词、TaskId、模型或错误</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>搜索任务</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Filter by model</source>
        <translation>按模型筛选</translation>
    </message>
    <message>
        <source>Filter by profile</source>
        <translation>按配置文件筛选</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>No tasks yet. Describe a sound on the left and press Generate (Ctrl+Enter).</source>
        <translation>还没有任务。在左侧描述想要的声音，然后点击“生成”（Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>任务(&amp;T)</translation>
    </message>
    <message>
        <source>P&amp;rofiles</source>
        <translation>配置文件(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Player and details</source>
        <translation>播放器和详情</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>任务详情</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Send the form (Ctrl+Enter)</source>
        <translation>提交表单（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;Abort</source>
        <translation>中止(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Abort the selected task (only while it is waiting)</source>
        <translation>中止所选任务（仅限等待中的任务）</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Send the selected task&apos;s request again as a new task</source>
        <translation>将所选任务的请求作为新任务重新发送</translation>
    </message>
    <message>
        <source>&amp;Use These Settings Again</source>
        <translation>再次使用这些设置(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Ask the service for the selected task now</source>
        <translation>立即向服务查询所选任务</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save the selected result as a file</source>
        <translation>将所选结果保存为文件</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>Copy &amp;TaskId</source>
        <translation>复制 &amp;TaskId</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy &amp;RequestId</source>
        <translation>复制 &amp;RequestId</translation>
    </message>
    <message>
        <source>&amp;Remove from History</source>
        <translation>从历史记录中移除(&amp;R)</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Undo Remove</source>
        <translation>撤销移除(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Request &amp;Inspector…</source>
        <translation>请求检查器(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>The request and response of the selected task, and how it was signed</source>
        <translation>查看所选任务的请求、响应及签名过程</translation>
    </message>
    <message>
        <source>&amp;Manage Profiles…</source>
        <translation>管理配置文件(&amp;M)…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About AIGC Audio Studio</source>
        <translation>关于 AIGC Audio Studio(&amp;A)</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>清除筛选条件</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; could not be used: %2</source>
        <translation>无法使用配置文件“%1”：%2</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>未创建：%1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Could not save the result: %1</source>
        <translation>无法保存结果：%1</translation>
    </message>
    <message>
        <source>Save the result as</source>
        <translation>将结果另存为</translation>
    </message>
    <message>
        <source>About AIGC Audio Studio</source>
        <translation>关于 AIGC Audio Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AIGC Audio Studio %1&lt;/h3&gt;&lt;p&gt;Sound effects and music from a description, with Tencent Cloud VOD&apos;s AI audio generation (CreateAigcAudioTask).&lt;/p&gt;&lt;p&gt;Qt %2. The offline demo runs a local emulator that synthesises its results on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AIGC Audio Studio %1&lt;/h3&gt;&lt;p&gt;借助腾讯云点播（VOD）的 AI 音频生成功能（CreateAigcAudioTask），根据文字描述生成音效和音乐。&lt;/p&gt;&lt;p&gt;Qt %2。离线演示模式会运行本地模拟器，在本机上合成结果。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>所有模型</translation>
    </message>
    <message>
        <source>Any profile</source>
        <translation>所有配置文件</translation>
    </message>
    <message>
        <source>No profile is active: choose one in Profiles.</source>
        <translation>没有启用的配置文件：请在“配置文件”菜单中选择一个。</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n task(s)…</source>
        <translation>
            <numerusform>正在发送 %n 个任务…</numerusform>
        </translation>
    </message>
    <message>
        <source>Using profile &quot;%1&quot;</source>
        <translation>正在使用配置文件“%1”</translation>
    </message>
    <message>
        <source>%1 — AIGC Audio Studio</source>
        <translation>%1 — AIGC Audio Studio</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>无配置文件</translation>
    </message>
    <message>
        <source>Profile: %1 — offline demo, nothing is sent to Tencent Cloud</source>
        <translation>配置文件：%1 — 离线演示，不会向腾讯云发送任何内容</translation>
    </message>
    <message>
        <source>Profile: %1 (%2)</source>
        <translation>配置文件：%1（%2）</translation>
    </message>
    <message>
        <source>The new language applies when AIGC Audio Studio starts again.</source>
        <translation>新语言将在 AIGC Audio Studio 重新启动后生效。</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n task(s) from the history — Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>已从历史记录中移除 %n 个任务，按 Ctrl+Z 可恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your sound is ready</source>
        <translation>音频已生成</translation>
    </message>
    <message>
        <source>A task failed</source>
        <translation>有任务失败</translation>
    </message>
    <message>
        <source>Aborting the task</source>
        <translation>中止任务</translation>
    </message>
    <message>
        <source>Looking for the task that was sent without an answer</source>
        <translation>查找已发送但未收到应答的任务</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) will be sent once the reference files are uploaded.</source>
        <translation>
            <numerusform>%n 个任务将在参考文件上传完成后发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export Diagnostics…</source>
        <translation>导出诊断信息(&amp;E)…</translation>
    </message>
    <message>
        <source>Save versions, settings, recent tasks and the log (never a secret) to attach to a bug report</source>
        <translation>保存版本、设置、最近的任务和日志（绝不包含密钥），以便附在问题报告中</translation>
    </message>
    <message>
        <source>Export Diagnostics</source>
        <translation>导出诊断信息</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Diagnostics saved to %1 (no secrets in it)</source>
        <translation>诊断信息已保存到 %1（不含任何密钥）</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>The service refused what was asked, so the same request will most likely fail again.</source>
        <translation>服务拒绝了所请求的内容，因此同样的请求很可能会再次失败。</translation>
    </message>
    <message>
        <source>Change the prompt or the settings with &quot;Use These Settings Again&quot; first.</source>
        <translation>请先通过“再次使用这些设置”修改提示词或设置。</translation>
    </message>
    <message>
        <source>Use These Settings Again</source>
        <translation>再次使用这些设置</translation>
    </message>
    <message>
        <source>Retry Anyway</source>
        <translation>仍然重试</translation>
    </message>
    <message>
        <source>Send the request again as a new task: %1. %2</source>
        <translation>将请求作为新任务再次发送：%1。%2</translation>
    </message>
    <message>
        <source>Could not save %1: %2. A file already there is unchanged.</source>
        <translation>无法保存 %1：%2。已有的文件保持不变。</translation>
    </message>
    <message>
        <source>Saved %1, converted to %2</source>
        <translation>已保存 %1，已转换为 %2</translation>
    </message>
    <message>
        <source>Words search the prompt, TaskId, model and error; tag:rain, rating&gt;=4 and fav narrow the list to a tag, a rating and favourites</source>
        <translation>关键词搜索提示词、TaskId、模型和错误；tag:rain、rating&gt;=4 和 fav 可按标签、评分和收藏筛选</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the selected results: format, sample rate, bit depth, loudness, names and folder</source>
        <translation>导出所选结果：格式、采样率、位深、响度、文件名和文件夹</translation>
    </message>
    <message>
        <source>None of the selected tasks has a saved sound to export yet.</source>
        <translation>所选任务中还没有可导出的已保存声音。</translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled; %n file(s) written to %1.</source>
        <translation>
            <numerusform>导出已取消；已向 %1 写入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1; some could not be written.</source>
        <translation>
            <numerusform>已将 %n 个文件导出到 %1；部分文件无法写入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个文件导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManageTaskRequest</name>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be Abort (got &quot;%1&quot;)</source>
        <translation>必须为 Abort（当前为“%1”）</translation>
    </message>
</context>
<context>
    <name>MediaFileTypes</name>
    <message>
        <source>no file was given</source>
        <translation>未指定文件</translation>
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation>文件 %1 不存在</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 是文件夹，而不是文件</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 不是普通文件</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 has no file extension; VOD needs one of: %2</source>
        <translation>%1 没有文件扩展名；VOD 要求以下扩展名之一：%2</translation>
    </message>
    <message>
        <source>&quot;.%1&quot; files are not supported; audio: %2; video: %3</source>
        <translation>不支持“.%1”文件；音频：%2；视频：%3</translation>
    </message>
    <message>
        <source>%1 is a video file; reference audio must be one of: %2</source>
        <translation>%1 是视频文件；参考音频必须是以下格式之一：%2</translation>
    </message>
    <message>
        <source>%1 is an audio file; reference video must be one of: %2</source>
        <translation>%1 是音频文件；参考视频必须是以下格式之一：%2</translation>
    </message>
</context>
<context>
    <name>MediaReference</name>
    <message>
        <source>is required when Type is File</source>
        <translation>Type 为 File 时为必填项</translation>
    </message>
    <message>
        <source>must not contain spaces (got &quot;%1&quot;)</source>
        <translation>不能包含空格（当前为“%1”）</translation>
    </message>
    <message>
        <source>is required when Type is Url</source>
        <translation>Type 为 Url 时为必填项</translation>
    </message>
    <message>
        <source>must be an http:// or https:// URL (got &quot;%1&quot;)</source>
        <translation>必须是 http:// 或 https:// URL（当前为“%1”）</translation>
    </message>
    <message>
        <source>must be File or Url (got &quot;%1&quot;)</source>
        <translation>必须是 File 或 Url（当前为“%1”）</translation>
    </message>
</context>
<context>
    <name>MediaUploader</name>
    <message>
        <source>there is no upload #%1 to resume</source>
        <translation>没有可继续的上传 #%1</translation>
    </message>
    <message>
        <source>upload #%1 already ended: %2</source>
        <translation>上传 #%1 已结束：%2</translation>
    </message>
    <message>
        <source>%1 changed or disappeared since its upload began; add it again to upload it anew</source>
        <translation>%1 在开始上传后已被修改或已不存在；请重新添加该文件以重新上传</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>upload cancelled</source>
        <translation>上传已取消</translation>
    </message>
    <message>
        <source>the temporary upload credentials expired</source>
        <translation>临时上传凭证已过期</translation>
    </message>
    <message>
        <source>the upload had to start over too often (%1)</source>
        <translation>上传重新开始的次数过多（%1）</translation>
    </message>
    <message>
        <source>ApplyUpload answered without VodSessionKey, StorageBucket, StorageRegion, MediaStoragePath or TempCertificate</source>
        <translation>ApplyUpload 的应答中缺少 VodSessionKey、StorageBucket、StorageRegion、MediaStoragePath 或 TempCertificate</translation>
    </message>
    <message>
        <source>object storage answered the start of a multipart upload without an UploadId</source>
        <translation>对象存储对分块上传初始化请求的应答中没有 UploadId</translation>
    </message>
    <message>
        <source>object storage confirmed part %1 without an ETag</source>
        <translation>对象存储确认了分块 %1，但未返回 ETag</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>分块 %1</translation>
    </message>
    <message>
        <source>CommitUpload answered without a FileId</source>
        <translation>CommitUpload 的应答中没有 FileId</translation>
    </message>
    <message>
        <source>ApplyUpload answered with an unusable StorageBucket &quot;%1&quot; or StorageRegion &quot;%2&quot; (each must be letters, digits and &apos;-&apos;): nothing was uploaded</source>
        <translation>ApplyUpload 返回了不可用的 StorageBucket“%1”或 StorageRegion“%2”（只能包含字母、数字和“-”）：未上传任何内容</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>secrets kept in memory only (not saved)</source>
        <translation>密钥仅保存在内存中（不会写入磁盘）</translation>
    </message>
</context>
<context>
    <name>NamingTemplate</name>
    <message>
        <source>is empty; write a template such as %1</source>
        <translation>为空；请填写模板，例如 %1</translation>
    </message>
    <message>
        <source>must not contain &quot;%1&quot;: it names a file, not a folder (choose the folder separately)</source>
        <translation>不得包含“%1”：它命名的是文件而非文件夹（请单独选择文件夹）</translation>
    </message>
    <message>
        <source>&quot;}&quot; at position %1 closes no token</source>
        <translation>位置 %1 的“}”没有对应的标记</translation>
    </message>
    <message>
        <source>&quot;{&quot; at position %1 is not closed; tokens are written like {prompt}</source>
        <translation>位置 %1 的“{”未闭合；标记的写法如 {prompt}</translation>
    </message>
    <message>
        <source>unknown token {%1}; the tokens are %2</source>
        <translation>未知标记 {%1}；可用标记为 %2</translation>
    </message>
</context>
<context>
    <name>NetworkErrorText</name>
    <message>
        <source>it has expired</source>
        <translation>证书已过期</translation>
    </message>
    <message>
        <source>it expired on %1</source>
        <translation>证书已于 %1 过期</translation>
    </message>
    <message>
        <source>it is not valid yet</source>
        <translation>证书尚未生效</translation>
    </message>
    <message>
        <source>it is not valid before %1</source>
        <translation>证书要到 %1 才生效</translation>
    </message>
    <message>
        <source>it is self-signed, and no authority this computer trusts vouches for it</source>
        <translation>证书是自签名的，且没有本机信任的证书颁发机构为其担保</translation>
    </message>
    <message>
        <source>it is not signed by a certificate authority this computer trusts</source>
        <translation>证书并非由本机信任的证书颁发机构签发</translation>
    </message>
    <message>
        <source>it was not issued for %1</source>
        <translation>证书并非为 %1 签发</translation>
    </message>
    <message>
        <source>it was issued for %1, not for %2</source>
        <translation>证书是为 %1 签发的，而不是为 %2</translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation>证书已被吊销</translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation>无法建立安全连接</translation>
    </message>
    <message>
        <source>check the host name of the endpoint</source>
        <translation>请检查接入点的主机名</translation>
    </message>
    <message>
        <source>check this computer&apos;s date and time; if they are right, the server&apos;s certificate is out of date</source>
        <translation>请检查本机的日期和时间；如果日期和时间正确，则是服务器的证书不在有效期内</translation>
    </message>
    <message>
        <source>if a proxy or security software inspects HTTPS on this network, add its certificate authority to the system&apos;s trusted certificates</source>
        <translation>如果此网络中有代理或安全软件检查 HTTPS 流量，请将其证书颁发机构添加到系统的受信任证书中</translation>
    </message>
    <message>
        <source>the certificate of %1 was refused, so nothing was sent: %2. What to do: %3. (Certificate errors are never ignored.)</source>
        <translation>%1 的证书被拒绝，因此未发送任何内容：%2。解决方法：%3。（证书错误绝不会被忽略。）</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>代理服务器</translation>
    </message>
    <message>
        <source>%1 refused the connection (is it running?): check the proxy setting of the profile</source>
        <translation>%1 拒绝了连接（它是否正在运行？）：请检查配置文件的代理设置</translation>
    </message>
    <message>
        <source>%1 was not found (unknown host name): check the proxy setting of the profile</source>
        <translation>找不到 %1（未知主机名）：请检查配置文件的代理设置</translation>
    </message>
    <message>
        <source>%1 refused the user name or password: check the proxy&apos;s user and password in the profile</source>
        <translation>%1 拒绝了用户名或密码：请检查配置文件中代理的用户名和密码</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 未及时响应</translation>
    </message>
    <message>
        <source>%1 closed the connection (%2)</source>
        <translation>%1 关闭了连接（%2）</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
</context>
<context>
    <name>OutputConfig</name>
    <message>
        <source>must be one of %1 (got &quot;%2&quot;)</source>
        <translation>必须是 %1 之一（当前为“%2”）</translation>
    </message>
    <message>
        <source>must be at most %1 characters (got %2)</source>
        <translation>不能超过 %1 个字符（当前为 %2）</translation>
    </message>
    <message>
        <source>must be an integer of 0 or more (got %1)</source>
        <translation>必须是大于或等于 0 的整数（当前为 %1）</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time such as 2026-12-31T23:59:59+08:00 (got &quot;%1&quot;)</source>
        <translation>必须是 ISO 8601 格式的日期时间，例如 2026-12-31T23:59:59+08:00（当前为“%1”）</translation>
    </message>
    <message>
        <source>must be in the future (got %1, now is %2)</source>
        <translation>必须是将来的时间（当前值为 %1，现在是 %2）</translation>
    </message>
    <message>
        <source>must be an integer from 0 to %1 seconds (got %2)</source>
        <translation>必须是 0 到 %1 秒之间的整数（当前为 %2）</translation>
    </message>
</context>
<context>
    <name>OutputLibrary</name>
    <message>
        <source>task %1 has no output to download</source>
        <translation>任务 %1 没有可下载的输出</translation>
    </message>
    <message>
        <source>task %1 has no download URL (FileId %2): ask DescribeMediaInfos for one</source>
        <translation>任务 %1 没有下载 URL（FileId %2）：请通过 DescribeMediaInfos 获取</translation>
    </message>
    <message>
        <source>the temporary URL has expired: it was valid until %1 (7 days after the task finished)</source>
        <translation>临时 URL 已过期：有效期至 %1（任务完成后 7 天）</translation>
    </message>
    <message>
        <source>download cancelled</source>
        <translation>下载已取消</translation>
    </message>
    <message>
        <source>saved, but the sidecar could not be written: %1</source>
        <translation>已保存，但无法写入附属文件：%1</translation>
    </message>
    <message>
        <source>the temporary URL has expired or was withdrawn (HTTP %1): a Temporary output can be downloaded for 7 days after the task finished, until %2</source>
        <translation>临时 URL 已过期或已被撤回（HTTP %1）：临时输出可在任务完成后 7 天内下载，截止时间为 %2</translation>
    </message>
    <message>
        <source>the file is no longer available (HTTP %1): the URL has expired or was withdrawn</source>
        <translation>文件已不可用（HTTP %1）：URL 已过期或已被撤回</translation>
    </message>
    <message>
        <source>the history record %1 is gone</source>
        <translation>历史记录 %1 已不存在</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>OutputLocator</name>
    <message>
        <source>the output of task %1 has neither a FileUrl nor a FileId</source>
        <translation>任务 %1 的输出既没有 FileUrl 也没有 FileId</translation>
    </message>
    <message>
        <source>no client to look up FileId %1</source>
        <translation>没有可用于查询 FileId %1 的客户端</translation>
    </message>
    <message>
        <source>could not look up FileId %1</source>
        <translation>无法查询 FileId %1</translation>
    </message>
    <message>
        <source>VOD does not know FileId %1 (the output of task %2): the media was deleted, has expired or belongs to another SubAppId</source>
        <translation>VOD 不认识 FileId %1（任务 %2 的输出）：媒体已删除、已过期或属于另一个 SubAppId</translation>
    </message>
</context>
<context>
    <name>PlaintextSecretStore</name>
    <message>
        <source>secrets stored in plain text at %1</source>
        <translation>密钥以明文形式保存在 %1</translation>
    </message>
    <message>
        <source>Could not read the secrets file %1: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>The secrets file %1 is %2</source>
        <translation>密钥文件 %1 无效：%2</translation>
    </message>
    <message>
        <source>Could not create the folder %1: secrets were not saved</source>
        <translation>无法创建文件夹 %1：密钥未保存</translation>
    </message>
    <message>
        <source>Could not make %1 readable by its owner only: secrets were not saved</source>
        <translation>无法将 %1 设为仅所有者可读：密钥未保存</translation>
    </message>
    <message>
        <source>Could not delete %1 (%2): secrets were not removed</source>
        <translation>无法删除 %1（%2）：密钥未删除</translation>
    </message>
    <message>
        <source>%1: secrets were not saved</source>
        <translation>%1：密钥未保存</translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <source>Player</source>
        <translation>播放器</translation>
    </message>
    <message>
        <source>No audio selected</source>
        <translation>未选择音频</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>播放（空格键）</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation>播放位置</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Elapsed and total time</source>
        <translation>已播放时间和总时长</translation>
    </message>
    <message>
        <source>Repeat the audio until stopped</source>
        <translation>循环播放音频，直到停止</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>输出(&amp;O)：</translation>
    </message>
    <message>
        <source>Audio output device</source>
        <translation>音频输出设备</translation>
    </message>
    <message>
        <source>Output device</source>
        <translation>输出设备</translation>
    </message>
    <message>
        <source>Player status</source>
        <translation>播放器状态</translation>
    </message>
    <message>
        <source>The audio cannot be played.</source>
        <translation>无法播放该音频。</translation>
    </message>
    <message>
        <source>Drawing the waveform…</source>
        <translation>正在绘制波形…</translation>
    </message>
    <message>
        <source>Streaming: the waveform appears once the file is downloaded</source>
        <translation>正在流式播放：文件下载完成后将显示波形</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Elapsed / total playback time, e.g. &quot;0:03 / 0:06&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>暂停（空格键）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>取消静音</translation>
    </message>
    <message>
        <source>Volume: %1%</source>
        <extracomment>Tooltip of the volume slider; %1 is 0..100</extracomment>
        <translation>音量：%1%</translation>
    </message>
    <message>
        <source>No audio output device found</source>
        <translation>未找到音频输出设备</translation>
    </message>
    <message>
        <source>No audio output device was found. Connect one; the list updates by itself.</source>
        <translation>未找到音频输出设备。请连接一个设备，列表会自动更新。</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>This audio cannot be played.</source>
        <translation>无法播放此音频。</translation>
    </message>
    <message>
        <source>No waveform: %1</source>
        <translation>无法显示波形：%1</translation>
    </message>
    <message>
        <source>Play/Pause</source>
        <translation>播放/暂停</translation>
    </message>
    <message>
        <source>Play or pause the selected audio</source>
        <translation>播放或暂停所选音频</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Library &amp;folder:</source>
        <translation>素材库文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>素材库文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Every finished result is saved here with a .json file of its request and response.</source>
        <translation>每个已完成的结果都会保存在这里，并附带一个记录其请求和响应的 .json 文件。</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>The library folder &quot;%1&quot; cannot be created.</source>
        <translation>无法创建素材库文件夹“%1”。</translation>
    </message>
    <message>
        <source>The library folder could not be recorded in %1.</source>
        <translation>无法将素材库文件夹记录到 %1。</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>cannot make %1 readable by its owner only (mode %2): %3</source>
        <translation>无法将 %1 设为仅所有者可读（模式 %2）：%3</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must not contain &apos;/&apos;, &apos;\&apos; or control characters</source>
        <translation>不能包含“/”、“\”或控制字符</translation>
    </message>
    <message>
        <source>must not start or end with spaces</source>
        <translation>开头和结尾不能有空格</translation>
    </message>
    <message>
        <source>must be at most %1 characters (got %2)</source>
        <translation>不能超过 %1 个字符（当前为 %2）</translation>
    </message>
    <message>
        <source>is not valid: use china, intl, region:NAME or an http(s):// URL</source>
        <translation>无效：请使用 china、intl、region:NAME 或 http(s):// URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid: use china, intl, region:NAME or an http(s):// URL</source>
        <translation>“%1”无效：请使用 china、intl、region:NAME 或 http(s):// URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region name such as ap-singapore</source>
        <translation>“%1”不是有效的地域名称（例如 ap-singapore）</translation>
    </message>
    <message>
        <source>must be empty, zh-CN or en-US (got &quot;%1&quot;)</source>
        <translation>必须为空、zh-CN 或 en-US（当前为“%1”）</translation>
    </message>
</context>
<context>
    <name>ProfileFormFields</name>
    <message>
        <source>China (vod.tencentcloudapi.com)</source>
        <translation>中国站（vod.tencentcloudapi.com）</translation>
    </message>
    <message>
        <source>International (vod.intl.tencentcloudapi.com)</source>
        <translation>国际站（vod.intl.tencentcloudapi.com）</translation>
    </message>
    <message>
        <source>Regional (vod.&lt;region&gt;.tencentcloudapi.com)</source>
        <translation>指定地域（vod.&lt;region&gt;.tencentcloudapi.com）</translation>
    </message>
    <message>
        <source>Local emulator (offline demo)</source>
        <translation>本地模拟器（离线演示）</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>自定义 URL</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>不发送</translation>
    </message>
    <message>
        <source>Service default</source>
        <translation>服务默认</translation>
    </message>
    <message>
        <source>Chinese (zh-CN)</source>
        <translation>中文（zh-CN）</translation>
    </message>
    <message>
        <source>English (en-US)</source>
        <translation>英语（en-US）</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>系统设置</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP 代理</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5 代理</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置文件名称</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接入点</translation>
    </message>
    <message>
        <source>Endpoint region</source>
        <translation>接入点地域</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>接入点 URL</translation>
    </message>
    <message>
        <source>X-TC-Region header</source>
        <translation>X-TC-Region 请求头</translation>
    </message>
    <message>
        <source>SubAppId</source>
        <translation>SubAppId</translation>
    </message>
    <message>
        <source>Language of error messages</source>
        <translation>错误信息语言</translation>
    </message>
    <message>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <source>SecretKey</source>
        <translation>SecretKey</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Show the SecretKey</source>
        <translation>显示 SecretKey</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>显示 token</translation>
    </message>
    <message>
        <source>Keep secrets in a plain-text file</source>
        <translation>将密钥保存在明文文件中</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新配置文件</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>创建配置文件副本</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置文件</translation>
    </message>
    <message>
        <source>Import credentials</source>
        <translation>导入凭证</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存配置文件</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>设为当前</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>连接测试结果</translation>
    </message>
    <message>
        <source>Use a plain-text file</source>
        <translation>使用明文文件</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>代理主机</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>代理端口</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>代理用户名</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>代理密码</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region name such as ap-singapore</source>
        <translation>“%1”不是有效的地域名称（例如 ap-singapore）</translation>
    </message>
    <message>
        <source>enter an http:// or https:// URL, such as %1</source>
        <translation>请输入 http:// 或 https:// URL，例如 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>“%1”不是 http:// 或 https:// URL</translation>
    </message>
    <message>
        <source>another profile is already called &quot;%1&quot;</source>
        <translation>已有另一个名为“%1”的配置文件</translation>
    </message>
    <message>
        <source>must be digits only (got &quot;%1&quot;)</source>
        <translation>只能包含数字（当前为“%1”）</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must not contain spaces</source>
        <translation>不能包含空格</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>X-TC-Region</source>
        <translation>X-TC-Region</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Follows the system proxy settings (on Linux the http_proxy, https_proxy, all_proxy and no_proxy variables). The local emulator and other loopback addresses are never proxied.</source>
        <translation>遵循系统代理设置（在 Linux 上为 http_proxy、https_proxy、all_proxy 和 no_proxy 环境变量）。本地模拟器和其他环回地址始终不经过代理。</translation>
    </message>
    <message>
        <source>Connects directly, whatever the system settings say.</source>
        <translation>直接连接，不受系统设置影响。</translation>
    </message>
    <message>
        <source>Every call, upload and download of this profile goes through this proxy. The password is kept with the profile&apos;s secrets, never in the settings file.</source>
        <translation>此配置文件的所有调用、上传和下载都经由此代理。密码与配置文件的密钥保存在一起，绝不会写入设置文件。</translation>
    </message>
</context>
<context>
    <name>ProfileManager</name>
    <message>
        <source>no secret store is available</source>
        <translation>没有可用的密钥存储</translation>
    </message>
    <message>
        <source>no profile file is open</source>
        <translation>没有打开的配置文件文件</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;</source>
        <translation>没有名为“%1”的配置文件</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists</source>
        <translation>名为“%1”的配置文件已存在</translation>
    </message>
    <message>
        <source>No secret store is available: nothing was saved.</source>
        <translation>没有可用的密钥存储：未保存任何内容。</translation>
    </message>
    <message>
        <source>The secrets of &quot;%1&quot; could not be removed yet (%2); they will be at the next start.</source>
        <translation>暂时无法删除“%1”的密钥（%2）；将在下次启动时删除。</translation>
    </message>
    <message>
        <source>The proxy password could not be stored: %1. Nothing was saved.</source>
        <translation>无法存储代理密码：%1。未保存任何内容。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was deleted, but its secrets could not be removed yet (%2); they will be at the next start.</source>
        <translation>配置文件“%1”已删除，但其密钥暂时无法删除（%2）；将在下次启动时删除。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profile cannot be saved: %1</source>
        <translation>无法保存配置文件：%1</translation>
    </message>
    <message>
        <source>Could not create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;</source>
        <translation>没有名为“%1”的配置文件</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists</source>
        <translation>名为“%1”的配置文件已存在</translation>
    </message>
    <message>
        <source>The profile cannot be renamed: %1</source>
        <translation>无法重命名配置文件：%1</translation>
    </message>
    <message>
        <source>The profile file %1 is damaged (%2)</source>
        <translation>配置文件文件 %1 已损坏（%2）</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>it is not a valid INI file</source>
        <translation>不是有效的 INI 文件</translation>
    </message>
    <message>
        <source>it has no formatVersion and no profiles: it was cut short or is not a profile file</source>
        <translation>没有 formatVersion 也没有配置文件：文件被截断或不是配置文件文件</translation>
    </message>
    <message>
        <source>formatVersion is &quot;%1&quot;, not a version</source>
        <translation>formatVersion 为“%1”，不是版本号</translation>
    </message>
    <message>
        <source>it ends early: the end marker is missing, the file was cut short</source>
        <translation>文件提前结束：缺少结束标记，文件被截断</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has no %2</source>
        <translation>配置文件“%1”没有 %2</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2 is &quot;%3&quot;, not true or false</source>
        <translation>配置文件“%1”：%2 为“%3”，不是 true 或 false</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: the endpoint is not valid (%2)</source>
        <translation>配置文件“%1”：接入点无效（%2）</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: SubAppId &quot;%2&quot; is not a number</source>
        <translation>配置文件“%1”：SubAppId“%2”不是数字</translation>
    </message>
    <message>
        <source>%1, and it could not be moved aside to %2: nothing was changed</source>
        <translation>%1，且无法将其移到 %2：未做任何更改</translation>
    </message>
    <message>
        <source>%1: it was moved to %2 and a new file was started</source>
        <translation>%1：已将其移到 %2 并新建了文件</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Could not save the profiles: %1; %2 is unchanged</source>
        <translation>无法保存配置文件：%1；%2 保持不变</translation>
    </message>
    <message>
        <source>the write failed</source>
        <translation>写入失败</translation>
    </message>
    <message>
        <source>the new file did not read back (%1)</source>
        <translation>新文件无法读回（%1）</translation>
    </message>
    <message>
        <source>profiles %1 instead of %2</source>
        <translation>配置文件为 %1 而不是 %2</translation>
    </message>
    <message>
        <source>default &quot;%1&quot; instead of &quot;%2&quot;</source>
        <translation>默认为“%1”而不是“%2”</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; did not read back as written</source>
        <translation>配置文件“%1”读回的内容与写入的不同</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>配置文件(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>接入点(&amp;E)：</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>地域(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL：</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8708/</source>
        <translation>http://127.0.0.1:8708/</translation>
    </message>
    <message>
        <source>X-TC-&amp;Region:</source>
        <translation>X-TC-&amp;Region：</translation>
    </message>
    <message>
        <source>Optional: sent as X-TC-Region only when set</source>
        <translation>可选：仅在设置时作为 X-TC-Region 发送</translation>
    </message>
    <message>
        <source>&amp;SubAppId:</source>
        <translation>&amp;SubAppId：</translation>
    </message>
    <message>
        <source>Optional: digits only, e.g. 1500012345</source>
        <translation>可选：仅限数字，例如 1500012345</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The language of the service&apos;s error messages</source>
        <translation>服务返回错误信息所用的语言</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Secret&amp;Id:</source>
        <translation>Secret&amp;Id：</translation>
    </message>
    <message>
        <source>AKID…</source>
        <translation>AKID…</translation>
    </message>
    <message>
        <source>Secret&amp;Key:</source>
        <translation>Secret&amp;Key：</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show or hide the SecretKey</source>
        <translation>显示或隐藏 SecretKey</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token：</translation>
    </message>
    <message>
        <source>Only for temporary (STS) credentials</source>
        <translation>仅用于临时（STS）凭证</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>显示或隐藏 token</translation>
    </message>
    <message>
        <source>Keep secrets in a plain-text file instead of the system keychain (not recommended)</source>
        <translation>将密钥保存在明文文件中，而不是系统钥匙串（不推荐）</translation>
    </message>
    <message>
        <source>The SecretKey and token will be written unencrypted to a file only your user can read (mode 0600). Anyone with access to your account, or to its backups, can read them.</source>
        <translation>SecretKey 和 token 将以未加密形式写入仅当前用户可读的文件（权限 0600）。任何能访问你的账户或其备份的人都能读取它们。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Make one signed read request (DescribeTasks) with the values in the form</source>
        <translation>使用表单中的值发送一次签名的只读请求（DescribeTasks）</translation>
    </message>
    <message>
        <source>Use a plain-text file</source>
        <translation>使用明文文件</translation>
    </message>
    <message>
        <source>Make &amp;active</source>
        <translation>设为当前(&amp;A)</translation>
    </message>
    <message>
        <source>Use this profile for new requests</source>
        <translation>新请求将使用此配置文件</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置文件</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and the secrets stored for it?</source>
        <translation>要删除配置文件“%1”及为其保存的密钥吗？</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The new profile is not saved. Discard it?</source>
        <translation>新配置文件尚未保存。要放弃它吗？</translation>
    </message>
    <message>
        <source>The changes to &quot;%1&quot; are not saved. Discard them?</source>
        <translation>对“%1”的更改尚未保存。要放弃这些更改吗？</translation>
    </message>
    <message>
        <source>Import from tccli</source>
        <translation>从 tccli 导入</translation>
    </message>
    <message>
        <source>Profile of the official CLI (~/.tccli):</source>
        <translation>官方命令行工具的配置（~/.tccli）：</translation>
    </message>
    <message>
        <source>No profiles yet: fill in the form and Save.</source>
        <translation>还没有配置文件：请填写表单并点击“保存”。</translation>
    </message>
    <message>
        <source>SecretKey</source>
        <translation>SecretKey</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新配置文件</translation>
    </message>
    <message>
        <source>From environment variables</source>
        <translation>从环境变量导入</translation>
    </message>
    <message>
        <source>From the official CLI (tccli) profile…</source>
        <translation>从官方命令行工具（tccli）配置导入…</translation>
    </message>
    <message>
        <source>From ~/.tencentcloud/credentials</source>
        <translation>从 ~/.tencentcloud/credentials 导入</translation>
    </message>
    <message>
        <source>Import ▾</source>
        <translation>导入 ▾</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Hide the %1</source>
        <translation>隐藏 %1</translation>
    </message>
    <message>
        <source>Show the %1</source>
        <translation>显示 %1</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>%1 — local emulator (offline demo)</source>
        <translation>%1 — 本地模拟器（离线演示）</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1（当前）</translation>
    </message>
    <message>
        <source>Offline demo: talks to the local emulator, nothing is sent to Tencent Cloud.</source>
        <translation>离线演示：与本地模拟器通信，不会向腾讯云发送任何内容。</translation>
    </message>
    <message>
        <source>No active profile</source>
        <translation>没有当前配置文件</translation>
    </message>
    <message>
        <source>Active: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <source>No secret store is available for this profile.</source>
        <translation>此配置文件没有可用的密钥存储。</translation>
    </message>
    <message>
        <source>The secrets of &quot;%1&quot; could not be read: %2</source>
        <translation>无法读取“%1”的密钥：%2</translation>
    </message>
    <message>
        <source>this profile</source>
        <translation>此配置文件</translation>
    </message>
    <message>
        <source>no secret store is available</source>
        <translation>没有可用的密钥存储</translation>
    </message>
    <message>
        <source>Save the profile first</source>
        <translation>请先保存配置文件</translation>
    </message>
    <message>
        <source>A new profile: fill in the form and Save.</source>
        <translation>新配置文件：请填写表单并点击“保存”。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>A copy, not saved yet: rename it and Save.</source>
        <translation>副本尚未保存：请重命名后点击“保存”。</translation>
    </message>
    <message>
        <source>The profile could not be deleted: %1</source>
        <translation>无法删除配置文件：%1</translation>
    </message>
    <message>
        <source>No profiles left: fill in the form and Save.</source>
        <translation>已没有配置文件：请填写表单并点击“保存”。</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>The secrets could not be stored: %1. Nothing was saved.</source>
        <translation>无法保存密钥：%1。未保存任何内容。</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>无法保存配置文件：%1</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;: %2.</source>
        <translation>已保存“%1”：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the active profile.</source>
        <translation>“%1”现为当前配置文件。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY are not set in this program&apos;s environment.</source>
        <translation>本程序的环境变量中未设置 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY。</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Imported from the environment variables: review and Save.</source>
        <translation>已从环境变量导入：请检查后点击“保存”。</translation>
    </message>
    <message>
        <source>No profiles of the official CLI were found in %1.</source>
        <translation>在 %1 中未找到官方命令行工具的配置。</translation>
    </message>
    <message>
        <source>The tccli profile &quot;%1&quot; has no credentials.</source>
        <translation>tccli 配置“%1”中没有凭证。</translation>
    </message>
    <message>
        <source>tccli %1</source>
        <translation>tccli %1</translation>
    </message>
    <message>
        <source>Imported from the tccli profile &quot;%1&quot;: review and Save.</source>
        <translation>已从 tccli 配置“%1”导入：请检查后点击“保存”。</translation>
    </message>
    <message>
        <source>%1 has no [default] section.</source>
        <translation>%1 中没有 [default] 节。</translation>
    </message>
    <message>
        <source>SDK credentials</source>
        <translation>SDK 凭证</translation>
    </message>
    <message>
        <source>Imported from %1: review and Save.</source>
        <translation>已从 %1 导入：请检查后点击“保存”。</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>代理(&amp;X)：</translation>
    </message>
    <message>
        <source>How this profile reaches the network: the system proxy settings, no proxy, or an HTTP or SOCKS5 proxy of its own</source>
        <translation>此配置文件访问网络的方式：使用系统代理设置、不使用代理，或使用其专属的 HTTP 或 SOCKS5 代理</translation>
    </message>
    <message>
        <source>Proxy &amp;host:</source>
        <translation>代理主机(&amp;H)：</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Proxy &amp;user:</source>
        <translation>代理用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>代理密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Kept with the profile&apos;s secrets (the system keychain, or the plain-text file when chosen), never in the settings file</source>
        <translation>与配置文件的密钥保存在一起（系统钥匙串，或在选择明文文件时保存在该文件中），绝不会写入设置文件</translation>
    </message>
    <message>
        <source>The secrets could not be stored in the system keychain: %1. Nothing was saved. You can keep them in a plain-text file instead (not recommended): %2, a file readable and writable by you only (mode 0600), not encrypted.</source>
        <translation>无法将密钥保存到系统钥匙串：%1。未保存任何内容。你也可以改为将密钥保存在明文文件中（不推荐）：%2，该文件仅你本人可读写（权限 0600），且未加密。</translation>
    </message>
</context>
<context>
    <name>ProxySettings</name>
    <message>
        <source>the system proxy settings</source>
        <translation>系统代理设置</translation>
    </message>
    <message>
        <source>no proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>the HTTP proxy %1</source>
        <translation>HTTP 代理 %1</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy %1</source>
        <translation>SOCKS5 代理 %1</translation>
    </message>
    <message>
        <source>the proxy %1</source>
        <translation>代理 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a proxy: use system, none, http://HOST:PORT or socks5://HOST:PORT</source>
        <translation>“%1”不是有效的代理：请使用 system、none、http://HOST:PORT 或 socks5://HOST:PORT</translation>
    </message>
    <message>
        <source>the proxy must be http://HOST:PORT or socks5://HOST:PORT (got the scheme &quot;%1&quot;)</source>
        <translation>代理必须是 http://HOST:PORT 或 socks5://HOST:PORT（当前协议为“%1”）</translation>
    </message>
    <message>
        <source>the proxy %1 needs a port, as in %2://%1:PORT</source>
        <translation>代理 %1 需要指定端口，例如 %2://%1:PORT</translation>
    </message>
    <message>
        <source>the proxy password must not be part of the URL (other users could read it from the process list): give only the user name</source>
        <translation>代理密码不能写在 URL 中（其他用户可能从进程列表中读取到它）：请只提供用户名</translation>
    </message>
    <message>
        <source>needs a host name</source>
        <translation>需要填写主机名</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>“%1”不是有效的主机名</translation>
    </message>
    <message>
        <source>needs a port from 1 to 65535</source>
        <translation>需要 1 到 65535 之间的端口</translation>
    </message>
    <message>
        <source>the user name must not contain &apos;:&apos;</source>
        <translation>用户名不能包含“:”</translation>
    </message>
</context>
<context>
    <name>RequestInspector</name>
    <message>
        <source>Request inspector</source>
        <translation>请求检查器</translation>
    </message>
    <message>
        <source>No request yet. Test a connection or submit a task, and the last request and its answer appear here, exactly as they crossed the wire (without secrets).</source>
        <translation>暂无请求。测试连接或提交任务后，最近一次请求及其应答会按实际传输的原样显示在这里（不含密钥）。</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Copy a shell snippet that signs this request itself from TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY and sends it with curl</source>
        <translation>复制一段 shell 脚本：它根据 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY 自行为此请求签名，并用 curl 发送</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>复制为 cURL 命令</translation>
    </message>
    <message>
        <source>Copy the same call as a command of the official Tencent Cloud CLI (tccli)</source>
        <translation>将同一调用复制为腾讯云官方命令行工具（tccli）的命令</translation>
    </message>
    <message>
        <source>Copy as tccli command</source>
        <translation>复制为 tccli 命令</translation>
    </message>
    <message>
        <source>%1: HTTP %2 in %3 ms</source>
        <translation>%1：HTTP %2，耗时 %3 毫秒</translation>
    </message>
    <message>
        <source>%1: no HTTP answer</source>
        <translation>%1：无 HTTP 应答</translation>
    </message>
    <message>
        <source>RequestId %1</source>
        <translation>RequestId %1</translation>
    </message>
    <message>
        <source>Copied. It reads TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY%1 from the environment.</source>
        <translation>已复制。它会从环境变量读取 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY%1。</translation>
    </message>
    <message>
        <source> and TENCENTCLOUD_TOKEN</source>
        <translation> 以及 TENCENTCLOUD_TOKEN</translation>
    </message>
    <message>
        <source>Copied. tccli uses its own configured credentials.</source>
        <translation>已复制。tccli 会使用其自身配置的凭证。</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>（空正文）</translation>
    </message>
    <message>
        <source>(%1 more bytes not shown)</source>
        <translation>（另有 %1 字节未显示）</translation>
    </message>
    <message>
        <source>Canonical request:</source>
        <translation>规范请求串：</translation>
    </message>
    <message>
        <source>String to sign:</source>
        <translation>待签名字符串：</translation>
    </message>
    <message>
        <source>The signature is an HMAC-SHA256 chain keyed by the SecretKey, which is never shown.</source>
        <translation>签名是以 SecretKey 为密钥的 HMAC-SHA256 链式计算结果，SecretKey 始终不会显示。</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>No HTTP status</source>
        <translation>无 HTTP 状态</translation>
    </message>
</context>
<context>
    <name>SafeFileName</name>
    <message>
        <source>refused to write &quot;%1&quot; in %2: not a plain file name</source>
        <translation>拒绝在 %2 中写入“%1”：不是普通文件名</translation>
    </message>
    <message>
        <source>refused to write %1: it is a link that leads outside %2 (to %3)</source>
        <translation>拒绝写入 %1：它是指向 %2 之外的链接（指向 %3）</translation>
    </message>
</context>
<context>
    <name>SdkCredentialsFile</name>
    <message>
        <source>line %1: a section header must look like [name]</source>
        <translation>第 %1 行：节标题的格式必须为 [name]</translation>
    </message>
    <message>
        <source>line %1: the section has no name</source>
        <translation>第 %1 行：该节没有名称</translation>
    </message>
    <message>
        <source>line %1: a key is missing before &apos;=&apos;</source>
        <translation>第 %1 行：“=”前缺少键名</translation>
    </message>
    <message>
        <source>line %1: expected key = value or [section]</source>
        <translation>第 %1 行：应为 key = value 或 [section]</translation>
    </message>
    <message>
        <source>line %1: a key comes before any [section]</source>
        <translation>第 %1 行：键出现在任何 [section] 之前</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: section [%2] has no secret_id</source>
        <translation>%1：节 [%2] 中没有 secret_id</translation>
    </message>
    <message>
        <source>%1: section [%2] has no secret_key</source>
        <translation>%1：节 [%2] 中没有 secret_key</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>不是有效的 JSON（%1，位于第 %2 个字符）</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>“%1”不是字符串</translation>
    </message>
</context>
<context>
    <name>SignalChain</name>
    <message>
        <source>%1 holds no audio</source>
        <translation>%1 不包含音频</translation>
    </message>
    <message>
        <source>%1 to %2 ms is past the end of the sound, which is %3 ms long</source>
        <translation>%1 到 %2 毫秒超出了声音的结尾（声音长 %3 毫秒）</translation>
    </message>
    <message>
        <source>the sound is %1 ms long; an export must be at least %2 ms</source>
        <translation>声音长 %1 毫秒；导出至少需要 %2 毫秒</translation>
    </message>
    <message>
        <source>the fades (%1 ms in, %2 ms out) are longer together than the sound exported (%3 ms)</source>
        <translation>淡入淡出（淡入 %1 毫秒，淡出 %2 毫秒）合计长于导出的声音（%3 毫秒）</translation>
    </message>
    <message>
        <source>cannot read %1 up to the region&apos;s start: %2</source>
        <translation>无法读取 %1 至选区开始处：%2</translation>
    </message>
    <message>
        <source>cannot resample from %1 to %2 Hz: %3</source>
        <translation>无法从 %1 重采样到 %2 Hz：%3</translation>
    </message>
    <message>
        <source>cannot decode %1: %2</source>
        <translation>无法解码 %1：%2</translation>
    </message>
    <message>
        <source>cannot resample %1: %2</source>
        <translation>无法重采样 %1：%2</translation>
    </message>
</context>
<context>
    <name>SndFile</name>
    <message>
        <source>the device took %1 of %2 bytes</source>
        <translation>设备只接受了 %2 字节中的 %1 字节</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1 as audio: %2</source>
        <translation>无法将 %1 作为音频读取：%2</translation>
    </message>
    <message>
        <source>libsndfile cannot write this format at %1 Hz with %2 channels</source>
        <translation>libsndfile 无法以 %1 Hz、%2 声道写入此格式</translation>
    </message>
</context>
<context>
    <name>SqliteDatabase</name>
    <message>
        <source>%1 failed in %2 %3: %4</source>
        <translation>%1 在 %2 %3 中失败：%4</translation>
    </message>
    <message>
        <source>%1 is not open</source>
        <translation>%1 未打开</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>开始事务</translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation>提交事务</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for %2: %3</source>
        <translation>无法为 %2 创建文件夹 %1：%3</translation>
    </message>
    <message>
        <source>%1 %2 is not a file</source>
        <translation>%1 %2 不是文件</translation>
    </message>
    <message>
        <source>the SQLite driver of Qt (qsqlite) is not available</source>
        <translation>Qt 的 SQLite 驱动（qsqlite）不可用</translation>
    </message>
    <message>
        <source>cannot open %1 %2: %3</source>
        <translation>无法打开 %1 %2：%3</translation>
    </message>
    <message>
        <source>cannot switch %1 %2 to WAL: %3</source>
        <translation>无法将 %1 %2 切换到 WAL：%3</translation>
    </message>
    <message>
        <source>cannot configure %1 %2 (%3): %4</source>
        <translation>无法配置 %1 %2（%3）：%4</translation>
    </message>
    <message>
        <source>%1 %2 is damaged or is not a SQLite database (%3). Move it aside to start anew.</source>
        <translation>%1 %2 已损坏或不是 SQLite 数据库（%3）。请将其移走以重新开始。</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more problem(s)</source>
        <translation>
            <numerusform>；另有 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 is damaged (integrity check: %3). Move it aside to start anew.</source>
        <translation>%1 %2 已损坏（完整性检查：%3）。请将其移走以重新开始。</translation>
    </message>
    <message>
        <source>cannot read the schema version of %1: %2</source>
        <translation>无法读取 %1 的架构版本：%2</translation>
    </message>
    <message>
        <source>%1 %2 has schema version %3, written by a newer version of this program (this one knows up to %4)</source>
        <translation>%1 %2 的架构版本为 %3，由本程序的更新版本写入（此版本最高支持 %4）</translation>
    </message>
    <message>
        <source>migrating to schema version %1</source>
        <translation>迁移到架构版本 %1</translation>
    </message>
    <message>
        <source>writing schema version %1</source>
        <translation>写入架构版本 %1</translation>
    </message>
</context>
<context>
    <name>TaskDetailsHtml</name>
    <message>
        <source>Select a task to see its details.</source>
        <translation>选择一个任务以查看详情。</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation>反向提示词</translation>
    </message>
    <message>
        <source>Prompt enhancement</source>
        <translation>提示词优化</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Reference audio</source>
        <translation>参考音频</translation>
    </message>
    <message>
        <source>Reference video</source>
        <translation>参考视频</translation>
    </message>
    <message>
        <source>Sent once uploaded</source>
        <translation>上传完成后发送</translation>
    </message>
    <message>
        <source>TaskId</source>
        <translation>TaskId</translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation>RequestId</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>%1 s, %2</source>
        <translation>%1 秒，%2</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>怎么办</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Saved as</source>
        <translation>保存位置</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Link valid until</source>
        <translation>链接有效期至</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>TaskFailure</name>
    <message>
        <source>Too many of the account&apos;s tasks were running at once, so this one did not run.</source>
        <translation>该账号同时运行的任务过多，因此此任务未运行。</translation>
    </message>
    <message>
        <source>Retry when some of your running tasks have finished.</source>
        <translation>请在部分运行中的任务完成后重试。</translation>
    </message>
    <message>
        <source>The prompt goes against the service&apos;s content-safety policy.</source>
        <translation>提示词违反了服务的内容安全策略。</translation>
    </message>
    <message>
        <source>Reword the prompt, then generate again.</source>
        <translation>请改写提示词，然后重新生成。</translation>
    </message>
    <message>
        <source>A setting has a value the model does not accept.</source>
        <translation>某项设置的值不被模型接受。</translation>
    </message>
    <message>
        <source>Check the model version, duration, format and additional parameters, then generate again.</source>
        <translation>请检查模型版本、时长、格式和附加参数，然后重新生成。</translation>
    </message>
    <message>
        <source>The model&apos;s queue was full (model tasks piled up), so this task did not run.</source>
        <translation>模型队列已满（模型任务堆积），因此此任务未运行。</translation>
    </message>
    <message>
        <source>Retry in a few minutes.</source>
        <translation>请几分钟后重试。</translation>
    </message>
    <message>
        <source>The service had an internal error.</source>
        <translation>服务发生内部错误。</translation>
    </message>
    <message>
        <source>Retry; if it happens again, export diagnostics (Help menu) and contact Tencent Cloud support.</source>
        <translation>请重试；如果再次发生，请导出诊断信息（“帮助”菜单）并联系腾讯云技术支持。</translation>
    </message>
    <message>
        <source>The request has a setting the service does not accept.</source>
        <translation>请求中有服务不接受的设置。</translation>
    </message>
    <message>
        <source>Check the settings and reference files, then generate again.</source>
        <translation>请检查设置和参考文件，然后重新生成。</translation>
    </message>
    <message>
        <source>A reference file is in a media format the model cannot read.</source>
        <translation>某个参考文件的媒体格式模型无法读取。</translation>
    </message>
    <message>
        <source>Use a reference in a common format (WAV or MP3 audio, MP4 video), then generate again.</source>
        <translation>请使用常见格式的参考文件（WAV 或 MP3 音频、MP4 视频），然后重新生成。</translation>
    </message>
    <message>
        <source>The prompt, a reference or the generated sound did not pass content moderation.</source>
        <translation>提示词、参考文件或生成的声音未通过内容审核。</translation>
    </message>
    <message>
        <source>Change the prompt or the reference files, then generate again.</source>
        <translation>请修改提示词或参考文件，然后重新生成。</translation>
    </message>
    <message>
        <source>The service did not have the resources to run the task.</source>
        <translation>服务没有足够的资源来运行此任务。</translation>
    </message>
    <message>
        <source>The model could not generate a sound for this request.</source>
        <translation>模型无法为此请求生成声音。</translation>
    </message>
    <message>
        <source>Retry; if it fails again, reword the prompt or shorten the duration.</source>
        <translation>请重试；如果再次失败，请改写提示词或缩短时长。</translation>
    </message>
    <message>
        <source>A reference file (its FileId or URL) could not be found.</source>
        <translation>找不到某个参考文件（其 FileId 或 URL）。</translation>
    </message>
    <message>
        <source>Check that the reference files still exist and are reachable, or add them again.</source>
        <translation>请检查参考文件是否仍然存在且可访问，或重新添加。</translation>
    </message>
    <message>
        <source>The task was cancelled before it finished.</source>
        <translation>任务在完成前被取消。</translation>
    </message>
    <message>
        <source>Retry if you still want this sound.</source>
        <translation>如果仍需要此声音，请重试。</translation>
    </message>
    <message>
        <source>The task took longer than the service allows.</source>
        <translation>任务耗时超过服务允许的时间。</translation>
    </message>
    <message>
        <source>Retry; a shorter duration finishes sooner.</source>
        <translation>请重试；时长越短完成越快。</translation>
    </message>
    <message>
        <source>The task finished without a sound and without an error code.</source>
        <translation>任务已完成，但没有声音，也没有错误码。</translation>
    </message>
    <message>
        <source>Retry.</source>
        <translation>请重试。</translation>
    </message>
    <message>
        <source>The task ended without a sound and without an error code.</source>
        <translation>任务已结束，但没有声音，也没有错误码。</translation>
    </message>
    <message>
        <source>The service reported the error code %1, which this version does not know.</source>
        <translation>服务报告了错误码 %1，此版本无法识别。</translation>
    </message>
    <message>
        <source>Retry once; if it fails again, check the message and the settings.</source>
        <translation>请重试一次；如果再次失败，请检查消息和设置。</translation>
    </message>
    <message>
        <source>free to retry</source>
        <translation>可放心重试</translation>
    </message>
    <message>
        <source>change the input first</source>
        <translation>请先修改输入</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>TaskListView</name>
    <message>
        <source>Default Columns</source>
        <translation>默认列</translation>
    </message>
</context>
<context>
    <name>TaskMarksMenu</name>
    <message>
        <source>Marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>No Rating</source>
        <translation>无评分</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Edit Tags…</source>
        <translation>编辑标签…</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>编辑标签</translation>
    </message>
    <message>
        <source>Tags, separated by commas (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;):</source>
        <translation>标签，以逗号分隔（字母、数字、“-”、“_”和“.”）：</translation>
    </message>
    <message>
        <source>Nothing was changed: %1.</source>
        <translation>未做任何更改：%1。</translation>
    </message>
</context>
<context>
    <name>TaskRecord</name>
    <message>
        <source>Submitting</source>
        <translation>正在提交</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>Submission failed</source>
        <translation>提交失败</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Unknown to the service</source>
        <translation>服务端无此任务</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>未下载</translation>
    </message>
    <message>
        <source>Download pending</source>
        <translation>等待下载</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>已下载</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>下载失败</translation>
    </message>
    <message>
        <source>Waiting for uploads</source>
        <translation>等待上传</translation>
    </message>
    <message>
        <source>a tag may not be empty</source>
        <translation>标签不能为空</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; is longer than %2 characters</source>
        <translation>标签“%1”超过 %2 个字符</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; has &quot;%2&quot;: a tag is letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>标签“%1”含有“%2”：标签只能包含字母、数字、“-”、“_”和“.”</translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <source>Could not check %1: %2</source>
        <translation>无法检查 %1：%2</translation>
    </message>
    <message>
        <source>The history database refused the task: %1</source>
        <translation>历史数据库拒绝了该任务：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) older than the service&apos;s 3-day window never finished and are marked expired.</source>
        <translation>
            <numerusform>有 %n 个任务超过服务的 3 天保留期仍未完成，已标记为过期。</numerusform>
        </translation>
    </message>
    <message>
        <source>the app stopped while sending this task</source>
        <translation>发送此任务时应用已停止</translation>
    </message>
    <message>
        <source>No task matching &quot;%1&quot; was found on the service: it was probably not created. Use Retry to send it again.</source>
        <translation>服务端未找到与“%1”匹配的任务：它可能未被创建。请使用“重试”重新发送。</translation>
    </message>
    <message>
        <source>Found the task that was sent without an answer: %1</source>
        <translation>已找到发送后未收到应答的任务：%1</translation>
    </message>
    <message>
        <source>cancelled while its files were uploading; nothing was sent</source>
        <translation>在文件上传期间被取消；未发送任何内容</translation>
    </message>
    <message>
        <source>the upload of %1 is not known any more; add the file again</source>
        <translation>%1 的上传记录已不存在；请重新添加该文件</translation>
    </message>
    <message>
        <source>%1 could not be uploaded: %2</source>
        <translation>无法上传 %1：%2</translation>
    </message>
    <message>
        <source>the upload stopped</source>
        <translation>上传已停止</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>未发送任何内容：%1</translation>
    </message>
    <message>
        <source>a reference file has no FileId</source>
        <translation>某个参考文件没有 FileId</translation>
    </message>
    <message>
        <source>Could not look up the result %1: %2</source>
        <translation>无法查询结果 %1：%2</translation>
    </message>
    <message>
        <source>Local reference files need the upload state, which is not open: nothing was sent.</source>
        <translation>本地参考文件需要上传状态，但它未打开：未发送任何内容。</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>%1, saving…</source>
        <translation>%1，正在保存…</translation>
    </message>
    <message>
        <source>%1, not saved</source>
        <translation>%1，未保存</translation>
    </message>
    <message>
        <source>(reference only)</source>
        <translation>（仅参考素材）</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
</context>
<context>
    <name>TccliProfiles</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2 at character %3)</source>
        <translation>%1：不是有效的 JSON（%2，位于第 %3 个字符）</translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1：不是 JSON 对象</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string</source>
        <translation>%1：“%2”必须是字符串</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tccli profile name</source>
        <translation>“%1”不是有效的 tccli 配置名称</translation>
    </message>
    <message>
        <source>%1: &quot;secretId&quot; is missing or empty</source>
        <translation>%1：缺少“secretId”或其值为空</translation>
    </message>
    <message>
        <source>%1: &quot;secretKey&quot; is missing or empty</source>
        <translation>%1：缺少“secretKey”或其值为空</translation>
    </message>
    <message>
        <source>%1: &quot;_sys_param&quot; must be an object</source>
        <translation>%1：“_sys_param”必须是对象</translation>
    </message>
    <message>
        <source>%1: &quot;vod&quot; must be an object</source>
        <translation>%1：“vod”必须是对象</translation>
    </message>
    <message>
        <source>%1: region &quot;%2&quot; is not a region name such as ap-singapore</source>
        <translation>%1：地域“%2”不是有效的地域名称（例如 ap-singapore）</translation>
    </message>
    <message>
        <source>%1: vod endpoint: %2</source>
        <translation>%1：vod 接入点：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid</source>
        <translation>“%1”无效</translation>
    </message>
</context>
<context>
    <name>UploadItemWidget</name>
    <message>
        <source>Upload state</source>
        <translation>上传状态</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop uploading this file</source>
        <translation>停止上传此文件</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Upload this file again</source>
        <translation>重新上传此文件</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>上传进度</translation>
    </message>
    <message>
        <source>Upload details</source>
        <translation>上传详情</translation>
    </message>
    <message>
        <source>Starting the upload…</source>
        <translation>正在开始上传…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>正在上传</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Paused: continues when the profile it was started with is active again</source>
        <translation>已暂停：重新启用开始上传时所用的配置文件后将继续</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>已上传</translation>
    </message>
    <message>
        <source>Uploaded — FileId %1</source>
        <translation>已上传 — FileId %1</translation>
    </message>
    <message>
        <source>Not uploaded</source>
        <translation>未上传</translation>
    </message>
    <message>
        <source>Not uploaded: %1</source>
        <translation>未上传：%1</translation>
    </message>
</context>
<context>
    <name>UploadQueue</name>
    <message>
        <source>no profile is active: choose one in Profiles, then retry the upload</source>
        <translation>没有启用的配置文件：请在“配置文件”菜单中选择一个，然后重试上传</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>replaced by a new upload</source>
        <translation>已被新的上传取代</translation>
    </message>
</context>
<context>
    <name>UploadStore</name>
    <message>
        <source>the upload state is not open</source>
        <translation>上传状态未打开</translation>
    </message>
    <message>
        <source>cannot record the upload: %1</source>
        <translation>无法记录上传：%1</translation>
    </message>
    <message>
        <source>cannot read the upload state: %1</source>
        <translation>无法读取上传状态：%1</translation>
    </message>
    <message>
        <source>the history database</source>
        <translation>历史记录数据库</translation>
    </message>
    <message>
        <source>writing the upload state</source>
        <translation>写入上传状态</translation>
    </message>
    <message>
        <source>reading the upload state</source>
        <translation>读取上传状态</translation>
    </message>
</context>
<context>
    <name>VodClient</name>
    <message>
        <source>TaskId: is required</source>
        <translation>TaskId：为必填项</translation>
    </message>
    <message>
        <source>DescribeMediaInfos takes 1 to %1 FileIds (got %2)</source>
        <translation>DescribeMediaInfos 需要 1 到 %1 个 FileId（当前为 %2）</translation>
    </message>
</context>
<context>
    <name>VodJob</name>
    <message>
        <source>the client was destroyed</source>
        <translation>客户端已关闭</translation>
    </message>
    <message>
        <source>SecretId and SecretKey are required: choose a profile or set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY</source>
        <translation>需要 SecretId 和 SecretKey：请选择配置文件，或设置 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY</translation>
    </message>
    <message>
        <source>cancelled after the request was sent: the task may have been created</source>
        <translation>请求发出后已取消：任务可能已被创建</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>%1 秒内未收到完整应答</translation>
    </message>
    <message>
        <source>could not connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2%3</source>
        <translation>服务器返回 HTTP %1 %2%3</translation>
    </message>
    <message>
        <source>the answer was cut off after %1 of %2 bytes</source>
        <translation>应答在收到 %1/%2 字节后中断</translation>
    </message>
    <message>
        <source>the connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
    <message>
        <source>the answer ends in the middle of its JSON (%1 bytes)</source>
        <translation>应答在 JSON 中途结束（%1 字节）</translation>
    </message>
    <message>
        <source>the answer is not JSON (Content-Type %1): %2</source>
        <translation>应答不是 JSON（Content-Type 为 %1）：%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>empty body</source>
        <translation>空正文</translation>
    </message>
    <message>
        <source>the answer is JSON but has no &quot;Response&quot; object</source>
        <translation>应答是 JSON，但没有“Response”对象</translation>
    </message>
    <message>
        <source>the request was sent but no usable answer came back (%1); it was not sent again, so that no second task is billed</source>
        <translation>请求已发出，但未收到可用的应答（%1）；为避免重复计费，请求未重新发送</translation>
    </message>
    <message>
        <source>the server&apos;s clock differs from this computer&apos;s by %1 s</source>
        <translation>服务器时钟与本机相差 %1 秒</translation>
    </message>
    <message>
        <source>the TLS connection failed: %1</source>
        <translation>TLS 连接失败：%1</translation>
    </message>
    <message>
        <source>the service answered %1, which does not say whether the task was created; it was not sent again, so that no second task is billed</source>
        <translation>服务返回了 %1，无法据此判断任务是否已创建；为避免重复计费，请求未重新发送</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB, far more than any answer of this API: it was not read</source>
        <translation>应答大于 %1 MB，远超此 API 的任何应答：未读取</translation>
    </message>
    <message>
        <source>the service answered without a TaskId; the task may have been created, so check the task list before generating again</source>
        <translation>服务的应答中没有 TaskId；任务可能已创建，请在重新生成前检查任务列表</translation>
    </message>
    <message>
        <source>the service described a task of another type (%1), not an AI audio task</source>
        <translation>服务描述的是其他类型的任务（%1），不是 AI 音频任务</translation>
    </message>
    <message>
        <source>the service&apos;s answer has no AigcAudioTask for %1</source>
        <translation>服务的应答中没有 %1 的 AigcAudioTask</translation>
    </message>
    <message>
        <source>DescribeTaskDetail answered about task &quot;%1&quot; when asked about %2</source>
        <translation>询问的是 %2，DescribeTaskDetail 却返回了任务“%1”的信息</translation>
    </message>
</context>
<context>
    <name>WaveformLoader</name>
    <message>
        <source>Decoding stopped making progress.</source>
        <translation>解码停滞，无法继续。</translation>
    </message>
    <message>
        <source>The file %1 does not exist or cannot be read.</source>
        <translation>文件 %1 不存在或无法读取。</translation>
    </message>
    <message>
        <source>The file contains no audio.</source>
        <translation>文件中不含音频。</translation>
    </message>
    <message>
        <source>The audio could not be decoded.</source>
        <translation>无法解码该音频。</translation>
    </message>
</context>
<context>
    <name>WaveformWidget</name>
    <message>
        <source>Waveform</source>
        <translation>波形</translation>
    </message>
    <message>
        <source>Waveform of the selected audio. Click or drag to seek; the Left and Right arrow keys skip five seconds.</source>
        <translation>所选音频的波形。单击或拖动可跳转播放位置；按左右方向键可快退或快进 5 秒。</translation>
    </message>
    <message>
        <source>Select a finished task to see its waveform</source>
        <translation>选择已完成的任务以查看其波形</translation>
    </message>
</context>
</TS>
