<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../app/gui/accounts_dialog.py" line="53"/>
        <source>新增账户</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts_dialog.py" line="53"/>
        <source>修改账户</source>
        <translation>Edit account</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts_dialog.py" line="70"/>
        <source>登录名</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts_dialog.py" line="71"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts_dialog.py" line="73"/>
        <source>初始密码</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts_dialog.py" line="74"/>
        <source>初始密码须在首次登录时由本人修改。</source>
        <translation>The initial password must be changed by its owner at first login. </translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts_dialog.py" line="83"/>
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts_dialog.py" line="93"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts_dialog.py" line="94"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AccountMenu</name>
    <message>
        <location filename="../../app/gui/account_menu.py" line="37"/>
        <source>账户(&amp;A)</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_menu.py" line="45"/>
        <source>当前用户：{0}（{1}）</source>
        <translation>Logged in: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_menu.py" line="49"/>
        <source>修改密码…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_menu.py" line="50"/>
        <source>锁定</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_menu.py" line="52"/>
        <source>切换用户…</source>
        <translation>Switch user…</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_menu.py" line="53"/>
        <source>注销</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_menu.py" line="54"/>
        <source>账户管理…</source>
        <translation>Accounts…</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_menu.py" line="55"/>
        <source>安全设置…</source>
        <translation>Security settings…</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../app/gui/setup_wizard.py" line="103"/>
        <source>驻场工程师账号</source>
        <translation>Resident engineer account</translation>
    </message>
    <message>
        <location filename="../../app/gui/setup_wizard.py" line="106"/>
        <source>用于登录本程序，同时是系统管理员（之后由它添加审计员和甲方确认人的账户）。密码至少8个字符，包含小写字母、大写字母、数字、符号中的至少3类；程序不保存密码本身，只保存无法还原出密码的校验值，任何人都看不到您的密码。</source>
        <translation>Used to log in to the program; it is also the administrator (it adds the auditors&apos; and the client&apos;s approvers&apos; accounts later). The password needs at least 8 characters from at least 3 of: lower-case letters, upper-case letters, digits, symbols. The program never stores the password itself, only a check value the password cannot be recovered from: nobody can see your password.</translation>
    </message>
    <message>
        <location filename="../../app/gui/setup_wizard.py" line="115"/>
        <source>如：孙工（不填则用登录名）</source>
        <translation>e.g. Eng. Sun (the login name if left empty)</translation>
    </message>
    <message>
        <location filename="../../app/gui/setup_wizard.py" line="122"/>
        <source>登录名</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location filename="../../app/gui/setup_wizard.py" line="123"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/gui/setup_wizard.py" line="124"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/gui/setup_wizard.py" line="125"/>
        <source>确认密码</source>
        <translation>Confirm password</translation>
    </message>
    <message>
        <location filename="../../app/gui/setup_wizard.py" line="133"/>
        <source>两次输入的密码不一致，请重新输入</source>
        <translation>The passwords do not match. Please enter them again.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../app/gui/accounts_dialog.py" line="36"/>
        <source>登录名</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts_dialog.py" line="37"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts_dialog.py" line="38"/>
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts_dialog.py" line="39"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts_dialog.py" line="40"/>
        <source>最近登录</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts_dialog.py" line="41"/>
        <source>密码修改</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts_dialog.py" line="191"/>
        <source>账户管理</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts_dialog.py" line="201"/>
        <source>新增账户…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts_dialog.py" line="202"/>
        <source>修改姓名和角色…</source>
        <translation>Edit name and roles…</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts_dialog.py" line="203"/>
        <location filename="../../app/gui/accounts_dialog.py" line="303"/>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts_dialog.py" line="204"/>
        <source>重置密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts_dialog.py" line="205"/>
        <source>解除锁定</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts_dialog.py" line="222"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts_dialog.py" line="249"/>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts_dialog.py" line="251"/>
        <source>锁定至 {0}</source>
        <translation>Locked until {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts_dialog.py" line="253"/>
        <source>待本人修改初始密码</source>
        <translation>Initial password to be changed</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts_dialog.py" line="255"/>
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts_dialog.py" line="303"/>
        <source>重新启用</source>
        <translation>Reactivate</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../app/gui/tickets/acknowledge_dialog.py" line="57"/>
        <source>{0} · 逐级上报确认</source>
        <translation>{0} · Acknowledge escalation</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/acknowledge_dialog.py" line="72"/>
        <source>如：同意先提供备用机，14:30 前修复后回报</source>
        <translation>e.g. agreed to provide a loaner first; report back once fixed, before 14:30</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/acknowledge_dialog.py" line="74"/>
        <source>联系到的人 *</source>
        <translation>Person reached *</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/acknowledge_dialog.py" line="75"/>
        <source>联系方式 *</source>
        <translation>Contacted by *</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/acknowledge_dialog.py" line="76"/>
        <source>商定内容 *</source>
        <translation>What was agreed *</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/acknowledge_dialog.py" line="82"/>
        <source>确认已联系</source>
        <translation>Confirm contact</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/acknowledge_dialog.py" line="83"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/acknowledge_dialog.py" line="84"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../app/gui/tickets/action_dialog.py" line="86"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/action_dialog.py" line="117"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/action_dialog.py" line="120"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/action_dialog.py" line="170"/>
        <source>请选择</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/action_dialog.py" line="301"/>
        <source>打印签字单…</source>
        <translation>Print form to sign…</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/action_dialog.py" line="311"/>
        <source>操作问题：向提出人解释后，工单转为咨询类问题并关闭。</source>
        <translation>Operation problem: once it is explained to the requester, the ticket becomes a consultation and is closed.</translation>
    </message>
</context>
<context>
    <name>AdviceDialog</name>
    <message>
        <location filename="../../app/gui/reports/dialogs.py" line="145"/>
        <source>修改改进建议</source>
        <translation>Edit improvement advice</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/dialogs.py" line="145"/>
        <source>添加改进建议</source>
        <translation>Add improvement advice</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/dialogs.py" line="167"/>
        <source>改进建议 *</source>
        <translation>Improvement advice *</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/dialogs.py" line="168"/>
        <source>责任人 *</source>
        <translation>Owner *</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/dialogs.py" line="169"/>
        <source>完成期限 *</source>
        <translation>Deadline *</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/dialogs.py" line="170"/>
        <source>执行情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/dialogs.py" line="171"/>
        <source>情况说明</source>
        <translation>Status note</translation>
    </message>
</context>
<context>
    <name>AdviceModel</name>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="105"/>
        <source>改进建议</source>
        <translation>Improvement advice</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="105"/>
        <source>责任人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="105"/>
        <source>完成期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="105"/>
        <source>执行情况</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../app/gui/changes/approval_dialog.py" line="25"/>
        <source>审批需求变更 {0}</source>
        <translation>Approve change request {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/approval_dialog.py" line="35"/>
        <source>{0}（{1}，预计 {2} 个工作日）须由{3}书面审批。</source>
        <translation>{0} ({1}, estimated effort {2} working day(s)) must be approved in writing by the {3}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/approval_dialog.py" line="47"/>
        <source>驳回时必填驳回理由</source>
        <translation>Required when rejecting: the reason</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/approval_dialog.py" line="49"/>
        <source>书面驳回的领导姓名</source>
        <translation>Name of the lead who rejected it in writing</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/approval_dialog.py" line="51"/>
        <source>审批结果</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/approval_dialog.py" line="52"/>
        <source>审批意见</source>
        <translation>Approval comments</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/approval_dialog.py" line="53"/>
        <source>驳回领导</source>
        <translation>Rejected by</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/approval_dialog.py" line="57"/>
        <source>将生成带编号和二维码的需求变更申请单（PDF），打印后交{0}签字；签字件交回并登记签字回执后即批准。书面驳回时填写驳回领导和理由。</source>
        <translation>A numbered change request form with a QR code (PDF) will be made; print it for the {0} to sign. The change is approved once the signed copy is returned and its receipt is registered. For a written rejection, enter the lead and the reason.</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/approval_dialog.py" line="75"/>
        <source>打印申请单…</source>
        <translation>Print request form…</translation>
    </message>
</context>
<context>
    <name>ArticleEditorDialog</name>
    <message>
        <location filename="../../app/gui/plans/article_editor.py" line="51"/>
        <source>编辑知识库条目</source>
        <translation>Edit knowledge article</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/article_editor.py" line="53"/>
        <source>由工单 {0} 生成知识库条目</source>
        <translation>Knowledge article from ticket {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/article_editor.py" line="55"/>
        <source>新建知识库条目</source>
        <translation>New knowledge article</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/article_editor.py" line="63"/>
        <source>设备型号、常用叫法，空格分隔</source>
        <translation>Device models, common names, separated by spaces</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/article_editor.py" line="73"/>
        <source>条目标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/article_editor.py" line="74"/>
        <source>涉及系统</source>
        <translation>Systems</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/article_editor.py" line="75"/>
        <source>关键词</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/article_editor.py" line="76"/>
        <source>故障现象</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/article_editor.py" line="77"/>
        <source>原因</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/article_editor.py" line="78"/>
        <source>解决方法</source>
        <translation>Solution</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/article_editor.py" line="79"/>
        <source>预防措施</source>
        <translation>Prevention measures</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/article_editor.py" line="81"/>
        <source>保存后关联工单 {0}</source>
        <translation>Linked to ticket {0} when saved</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/article_editor.py" line="85"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/article_editor.py" line="85"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../app/gui/audit/model.py" line="22"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/model.py" line="23"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/model.py" line="24"/>
        <source>账户</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/model.py" line="25"/>
        <source>工作站</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/model.py" line="26"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/model.py" line="27"/>
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/model.py" line="28"/>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/model.py" line="29"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/model.py" line="32"/>
        <source>成功</source>
        <translation>Success</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/model.py" line="33"/>
        <source>已拒绝</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/model.py" line="34"/>
        <source>失败</source>
        <translation>Failure</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../app/gui/audit/view.py" line="44"/>
        <source>新增</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/view.py" line="45"/>
        <source>修改</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/view.py" line="46"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/view.py" line="47"/>
        <source>基线</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/view.py" line="77"/>
        <source>对象或说明中包含……</source>
        <translation>Object or details contain…</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/view.py" line="79"/>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/view.py" line="83"/>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/view.py" line="84"/>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/view.py" line="85"/>
        <source>账户</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/view.py" line="86"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/view.py" line="87"/>
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/view.py" line="88"/>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/view.py" line="112"/>
        <source>表</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/view.py" line="113"/>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/view.py" line="114"/>
        <source>变更</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/view.py" line="115"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/view.py" line="116"/>
        <source>原值 → 新值</source>
        <translation>Old → new value</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/view.py" line="130"/>
        <source>验证审计链</source>
        <translation>Verify audit trail</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/view.py" line="132"/>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/view.py" line="139"/>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/view.py" line="140"/>
        <source>保存保留期限</source>
        <translation>Save retention</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/view.py" line="149"/>
        <source>保留期限至少</source>
        <translation>Keep at least</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/view.py" line="179"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/view.py" line="201"/>
        <source>共 {0} 条</source>
        <translation>{0} records</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/view.py" line="213"/>
        <source>（仅指纹）</source>
        <translation>(fingerprint only)</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/view.py" line="242"/>
        <source>正在验证审计链和全部受审计的数据……</source>
        <translation>Verifying the audit trail and all audited data…</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/view.py" line="255"/>
        <source>审计链完整：{0} 条记录，链头 {1}；受审计的数据 {2} 行均与审计记录一致。</source>
        <translation>Audit trail intact: {0} records, head {1}; all {2} audited rows match their audit records.</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/view.py" line="264"/>
        <source>共 {0} 处数据与审计记录不符</source>
        <translation>{0} places in the data do not match the audit records</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/view.py" line="275"/>
        <source>导出审计记录</source>
        <translation>Export audit trail</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/view.py" line="275"/>
        <source>审计记录.xlsx</source>
        <translation>audit-trail.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/view.py" line="290"/>
        <source>已导出 {0} 条审计记录：{1}</source>
        <translation>Exported {0} audit records: {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/view.py" line="306"/>
        <source>审计记录保留期限已设为至少 {0} 天（不少于 {1} 天）；本程序不删除审计记录。</source>
        <translation>Audit records are now kept at least {0} days (never under {1}); the program deletes no audit record.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../app/gui/inspections/backup_dialogs.py" line="92"/>
        <source>登记备份</source>
        <translation>Record backup</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backup_dialogs.py" line="113"/>
        <source>如：2048</source>
        <translation>e.g. 2048</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backup_dialogs.py" line="116"/>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backup_dialogs.py" line="117"/>
        <source>备份类型</source>
        <translation>Backup type</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backup_dialogs.py" line="118"/>
        <source>备份时间</source>
        <translation>Backup time</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backup_dialogs.py" line="119"/>
        <source>存放位置</source>
        <translation>Stored at</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backup_dialogs.py" line="120"/>
        <source>大小（MB）</source>
        <translation>Size (MB)</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backup_dialogs.py" line="121"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <location filename="../../app/gui/inspections/backup_dialogs.py" line="50"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backup_dialogs.py" line="51"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BackupDueModel</name>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="83"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="84"/>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="85"/>
        <source>备份类型</source>
        <translation>Backup type</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="86"/>
        <source>周期</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="87"/>
        <source>应完成日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="88"/>
        <source>上次备份</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="89"/>
        <source>上次恢复测试</source>
        <translation>Last restore test</translation>
    </message>
</context>
<context>
    <name>BackupRunner</name>
    <message>
        <location filename="../../app/gui/backup_actions.py" line="58"/>
        <source>备份数据库到…</source>
        <translation>Back up the database to…</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_actions.py" line="54"/>
        <source>数据库备份 (*.sqlite3)</source>
        <translation>Database backups (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_actions.py" line="52"/>
        <source>服务器数据库备份 (*.dump)</source>
        <translation>Server database backups (*.dump)</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_actions.py" line="72"/>
        <source>备份失败</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_actions.py" line="78"/>
        <source>备份完成</source>
        <translation>Backup complete</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_actions.py" line="79"/>
        <source>数据库已备份并校验通过：
{0}
（{1}）

请把备份介质妥善保管。</source>
        <translation>The database was backed up and the copy verified:
{0}
({1})

Keep the backup medium in a safe place.</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <location filename="../../app/gui/backup_actions.py" line="136"/>
        <source>备份设置</source>
        <translation>Backup settings</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_actions.py" line="138"/>
        <source>每天自动备份一次（数据有变化时）</source>
        <translation>Back up automatically once a day (when the data changed)</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_actions.py" line="156"/>
        <source>自动备份保存在：{0}</source>
        <translation>Automatic backups are kept in: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_actions.py" line="159"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_actions.py" line="159"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <location filename="../../app/gui/backup_actions.py" line="186"/>
        <source>数据未备份</source>
        <translation>Data not backed up</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_actions.py" line="188"/>
        <source>数据备份 今天</source>
        <translation>Data backup today</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_actions.py" line="190"/>
        <source>数据备份 昨天</source>
        <translation>Data backup yesterday</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_actions.py" line="191"/>
        <source>数据备份 {0} 天前</source>
        <translation>Data backup {0} days ago</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="262"/>
        <source>备份时间</source>
        <translation>Backup time</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="263"/>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="264"/>
        <source>备份类型</source>
        <translation>Backup type</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="265"/>
        <source>存放位置</source>
        <translation>Stored at</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="266"/>
        <source>大小（MB）</source>
        <translation>Size (MB)</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="267"/>
        <source>登记人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="268"/>
        <source>恢复测试</source>
        <translation>Restore test</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="269"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="287"/>
        <source>未测试</source>
        <translation>Not tested</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="288"/>
        <source>恢复成功</source>
        <translation>Restore succeeded</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="288"/>
        <source>恢复失败</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="289"/>
        <source>{0}（{1} {2}）</source>
        <translation>{0} ({1} {2})</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../app/gui/inspections/backups_page.py" line="60"/>
        <source>回车或双击修改备份策略</source>
        <translation>Press Enter or double-click to change the backup policy</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backups_page.py" line="61"/>
        <source>修改策略…</source>
        <translation>Change policy…</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backups_page.py" line="63"/>
        <source>备份策略</source>
        <translation>Backup policies</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backups_page.py" line="67"/>
        <source>合同要求：关键数据每日增量备份，并定期全备份。</source>
        <translation>The contract requires a daily incremental backup of key data and regular full backups.</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backups_page.py" line="75"/>
        <source>全部系统</source>
        <translation>All systems</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backups_page.py" line="80"/>
        <source>登记备份…</source>
        <translation>Record backup…</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backups_page.py" line="82"/>
        <source>登记一次已完成的备份（Ctrl+Shift+B）</source>
        <translation>Record a backup that has been done (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backups_page.py" line="83"/>
        <source>记录恢复测试…</source>
        <translation>Record restore test…</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backups_page.py" line="85"/>
        <source>记录选中的备份是否经恢复测试验证</source>
        <translation>Record whether a restore test verified the selected backup</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backups_page.py" line="88"/>
        <source>备份记录</source>
        <translation>Backups done</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backups_page.py" line="91"/>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backups_page.py" line="160"/>
        <source>共 {0} 条</source>
        <translation>Total: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backups_page.py" line="164"/>
        <source>查询失败：{0}</source>
        <translation>Query failed: {0}</translation>
    </message>
</context>
<context>
    <name>CallSection</name>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="145"/>
        <source>报修信息</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="154"/>
        <source>{0}（硬件故障）</source>
        <translation>{0} (hardware fault)</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="156"/>
        <source>提出人</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="157"/>
        <source>报修方式</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="158"/>
        <source>报修时间</source>
        <translation>Call time</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="159"/>
        <source>地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="160"/>
        <source>所属系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="161"/>
        <source>设备</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="162"/>
        <source>问题描述</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <location filename="../../app/gui/changes/dialogs.py" line="71"/>
        <source>修改需求变更</source>
        <translation>Edit change request</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/dialogs.py" line="71"/>
        <source>登记需求变更</source>
        <translation>Register change request</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/dialogs.py" line="86"/>
        <source>请选择</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/dialogs.py" line="89"/>
        <source>工作日，可填半天，如 2.5</source>
        <translation>Working days, half days allowed, e.g. 2.5</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/dialogs.py" line="93"/>
        <source>对业务、其他系统和配置项的影响</source>
        <translation>Impact on operations, other systems and configuration items</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/dialogs.py" line="95"/>
        <source>设备编号，多个用空格或逗号分隔</source>
        <translation>Device codes, separated by spaces or commas</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/dialogs.py" line="97"/>
        <source>由工单引出时填写工单编号</source>
        <translation>Ticket number, when a ticket led to this change</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/dialogs.py" line="99"/>
        <source>失败时如何恢复到变更前</source>
        <translation>How to return to the state before the change if it fails</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/dialogs.py" line="100"/>
        <source>已约定</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/dialogs.py" line="110"/>
        <source>变更名称 *</source>
        <translation>Change title *</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/dialogs.py" line="111"/>
        <source>提出人 *</source>
        <translation>Requester *</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/dialogs.py" line="112"/>
        <source>提出部门</source>
        <translation>Requesting department</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/dialogs.py" line="113"/>
        <source>所属系统 *</source>
        <translation>System *</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/dialogs.py" line="114"/>
        <source>变更类别 *</source>
        <translation>Change kind *</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/dialogs.py" line="115"/>
        <source>预计工作量（工作日）*</source>
        <translation>Estimated effort (working days) *</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/dialogs.py" line="117"/>
        <source>变更内容 *</source>
        <translation>Change description *</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/dialogs.py" line="118"/>
        <source>影响分析</source>
        <translation>Impact analysis</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/dialogs.py" line="119"/>
        <source>涉及设备（配置项）</source>
        <translation>Devices (configuration items)</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/dialogs.py" line="120"/>
        <source>关联工单</source>
        <translation>Linked ticket</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/dialogs.py" line="121"/>
        <source>实施方案 *</source>
        <translation>Implementation plan *</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/dialogs.py" line="122"/>
        <source>回退方案 *</source>
        <translation>Rollback plan *</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/dialogs.py" line="125"/>
        <source>计划实施窗口</source>
        <translation>Planned window</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/dialogs.py" line="159"/>
        <source>填写类别和工作量后显示审批人和费用</source>
        <translation>The approver and the charge are shown once kind and effort are filled in</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/dialogs.py" line="165"/>
        <source>缺陷处理：登记后即可实施，无需审批；{0}</source>
        <translation>Defect fix: may be implemented once registered, no approval needed; {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/dialogs.py" line="166"/>
        <source>须书面提交{0}审批，批准后方可实施；{1}</source>
        <translation>Must be submitted in writing to the {0} and approved before work starts; {1}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../app/gui/password_dialog.py" line="27"/>
        <source>密码至少 {0} 个字符，包含小写字母、大写字母、数字、符号中的至少 {1} 类，不能包含登录名；有效期 {2} 天。</source>
        <translation>At least {0} characters from at least {1} of: lower case, upper case, digits, symbols; not containing the login name; valid for {2} days.</translation>
    </message>
    <message>
        <location filename="../../app/gui/password_dialog.py" line="52"/>
        <source>修改密码 — {0}</source>
        <translation>Change password — {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/password_dialog.py" line="67"/>
        <source>原密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../app/gui/password_dialog.py" line="70"/>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../app/gui/password_dialog.py" line="71"/>
        <source>再次输入新密码</source>
        <translation>New password again</translation>
    </message>
    <message>
        <location filename="../../app/gui/password_dialog.py" line="80"/>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../app/gui/password_dialog.py" line="81"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ChangePrinter</name>
    <message>
        <location filename="../../app/gui/changes/tab.py" line="101"/>
        <source>导出变更台账</source>
        <translation>Export change log</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/tab.py" line="102"/>
        <source>变更台账_{0}.xlsx</source>
        <translation>change_log_{0}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/tab.py" line="110"/>
        <source>已导出 {0} 条需求变更及变更统计到：
{1}</source>
        <translation>Exported {0} change requests with the change statistics to:
{1}</translation>
    </message>
</context>
<context>
    <name>ChangeStepDialog</name>
    <message>
        <location filename="../../app/gui/changes/dialogs.py" line="231"/>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/dialogs.py" line="242"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/dialogs.py" line="246"/>
        <source>新的工作量（工作日）*</source>
        <translation>New effort (working days) *</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/dialogs.py" line="250"/>
        <source>确认验收的提出人姓名</source>
        <translation>Name of the requester who accepts the change</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../app/gui/changes/tab.py" line="47"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/tab.py" line="48"/>
        <source>登记时间</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/tab.py" line="49"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/tab.py" line="50"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/tab.py" line="51"/>
        <source>工作量</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/tab.py" line="52"/>
        <source>审批人</source>
        <translation>Approver</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/tab.py" line="53"/>
        <source>费用</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/tab.py" line="54"/>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/tab.py" line="55"/>
        <source>提出人</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/tab.py" line="56"/>
        <source>关联工单</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/tab.py" line="57"/>
        <source>变更名称</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>ChangesTab</name>
    <message>
        <location filename="../../app/gui/changes/tab.py" line="135"/>
        <source>点击设备在设备台账中查看</source>
        <translation>Click a device to see it in the device register</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/tab.py" line="144"/>
        <source>登记变更…</source>
        <translation>Register change…</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/tab.py" line="145"/>
        <source>修改申请…</source>
        <translation>Edit request…</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/tab.py" line="146"/>
        <source>审批…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/tab.py" line="147"/>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/tab.py" line="148"/>
        <source>打印申请单…</source>
        <translation>Print request form…</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/tab.py" line="149"/>
        <source>导出变更台账…</source>
        <translation>Export change log…</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/tab.py" line="232"/>
        <source>涉及设备：{0}</source>
        <translation>Devices: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/changes/tab.py" line="243"/>
        <source>：{0}</source>
        <translation>: {0}</translation>
    </message>
</context>
<context>
    <name>ClocksSection</name>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="89"/>
        <source>时限</source>
        <translation>Service clocks</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="106"/>
        <source>时限 {0}</source>
        <translation>Target {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="108"/>
        <source>应于 {0}</source>
        <translation>Due {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="110"/>
        <source>实际 {0}</source>
        <translation>Actual {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="124"/>
        <source>备用机</source>
        <translation>Loaner</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="128"/>
        <source>未修复硬件的备用机时限 {0}</source>
        <translation>Loaner due {0} if the hardware is still unfixed</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="133"/>
        <source>需提供</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="134"/>
        <source>未到时限</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="135"/>
        <source>不需要</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="136"/>
        <source>不适用</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="137"/>
        <source>已提供</source>
        <translation>Provided</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../app/gui/reports/dialogs.py" line="125"/>
        <source>投诉处理结果</source>
        <translation>Complaint outcome</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/dialogs.py" line="132"/>
        <source>投诉内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/dialogs.py" line="133"/>
        <source>处理结果 *</source>
        <translation>Outcome *</translation>
    </message>
</context>
<context>
    <name>ConfigSnapshots</name>
    <message>
        <location filename="../../app/gui/plans/config_snapshots.py" line="25"/>
        <source>最新配置快照（按此恢复配置）</source>
        <translation>Latest configuration snapshots (restore from these)</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/config_snapshots.py" line="26"/>
        <source>第 {0} 版</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/config_snapshots.py" line="27"/>
        <source>设备台账中还没有配置快照。</source>
        <translation>The device register has no configuration snapshots yet.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../app/gui/connect_dialog.py" line="106"/>
        <source>连接数据库</source>
        <translation>Connect to Database</translation>
    </message>
    <message>
        <location filename="../../app/gui/connect_dialog.py" line="113"/>
        <source>本机数据库文件</source>
        <translation>Database file on this computer</translation>
    </message>
    <message>
        <location filename="../../app/gui/connect_dialog.py" line="115"/>
        <source>数据库服务器（多台工作站共用）</source>
        <translation>Database server (shared by several workstations)</translation>
    </message>
    <message>
        <location filename="../../app/gui/connect_dialog.py" line="134"/>
        <source>不保存；每次启动时输入</source>
        <translation>Not saved; enter it at each start</translation>
    </message>
    <message>
        <location filename="../../app/gui/connect_dialog.py" line="138"/>
        <location filename="../../app/gui/connect_dialog.py" line="195"/>
        <source>服务器地址</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../app/gui/connect_dialog.py" line="139"/>
        <source>端口</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../app/gui/connect_dialog.py" line="140"/>
        <location filename="../../app/gui/connect_dialog.py" line="196"/>
        <source>数据库名</source>
        <translation>Database name</translation>
    </message>
    <message>
        <location filename="../../app/gui/connect_dialog.py" line="141"/>
        <location filename="../../app/gui/connect_dialog.py" line="197"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../app/gui/connect_dialog.py" line="142"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/gui/connect_dialog.py" line="143"/>
        <source>加密连接（TLS）</source>
        <translation>Encrypted connection (TLS)</translation>
    </message>
    <message>
        <location filename="../../app/gui/connect_dialog.py" line="151"/>
        <source>连接</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../app/gui/connect_dialog.py" line="152"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/gui/connect_dialog.py" line="153"/>
        <source>测试连接</source>
        <translation>Test Connection</translation>
    </message>
    <message>
        <location filename="../../app/gui/connect_dialog.py" line="199"/>
        <source>请填写“{0}”</source>
        <translation>Please fill in “{0}”</translation>
    </message>
    <message>
        <location filename="../../app/gui/connect_dialog.py" line="216"/>
        <source>正在连接 {0} ……</source>
        <translation>Connecting to {0}…</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../../app/gui/contract_dialog.py" line="42"/>
        <source>合同设置</source>
        <translation>Contract settings</translation>
    </message>
    <message>
        <location filename="../../app/gui/contract_dialog.py" line="55"/>
        <source>合同信息</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../app/gui/contract_dialog.py" line="56"/>
        <source>逐级上报</source>
        <translation>Escalation ladder</translation>
    </message>
    <message>
        <location filename="../../app/gui/contract_dialog.py" line="59"/>
        <source>服务时限</source>
        <translation>Service targets</translation>
    </message>
    <message>
        <location filename="../../app/gui/contract_dialog.py" line="65"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/gui/contract_dialog.py" line="66"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/gui/contract_dialog.py" line="86"/>
        <source>保存失败，没有做任何修改：{0}</source>
        <translation>Could not save; nothing was changed: {0}</translation>
    </message>
</context>
<context>
    <name>ContractFields</name>
    <message>
        <location filename="../../app/gui/contract_fields.py" line="40"/>
        <source>售后服务部</source>
        <translation>Service department</translation>
    </message>
    <message>
        <location filename="../../app/gui/contract_fields.py" line="42"/>
        <source>密级标识</source>
        <translation>Classification label</translation>
    </message>
</context>
<context>
    <name>ContractInfoForm</name>
    <message>
        <location filename="../../app/gui/contract_fields.py" line="100"/>
        <source>打印的文档页眉上显示，如“内部资料 注意保密”</source>
        <translation>Printed in the header of documents, e.g. “内部资料 注意保密” (internal, confidential)</translation>
    </message>
</context>
<context>
    <name>ContractPage</name>
    <message>
        <location filename="../../app/gui/setup_wizard.py" line="70"/>
        <source>合同信息</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../app/gui/setup_wizard.py" line="71"/>
        <source>按售后服务合同填写。这些内容以后可在“文件 → 合同设置”中修改。</source>
        <translation>Enter the details of the after-sales service contract. You can change them later under File → Contract settings.</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../app/gui/datetime_field.py" line="25"/>
        <source>←/→ 选择年、月、日、时、分；↑/↓ 调整；Tab 到下一项</source>
        <translation>←/→ choose the year, month, day, hour or minute; ↑/↓ change it; Tab to the next field</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../app/gui/status_bar.py" line="35"/>
        <source>当前登录的驻场工程师</source>
        <translation>The resident engineer logged in</translation>
    </message>
    <message>
        <location filename="../../app/gui/status_bar.py" line="37"/>
        <source>未关闭的工单</source>
        <translation>Tickets not yet closed</translation>
    </message>
    <message>
        <location filename="../../app/gui/status_bar.py" line="39"/>
        <source>有时限已超时且仍在计时的工单（点击在工单页列出）</source>
        <translation>Tickets with a running clock past its deadline (click to list them on the Tickets tab)</translation>
    </message>
    <message>
        <location filename="../../app/gui/status_bar.py" line="42"/>
        <source>有时限已用去预警比例（未超时）的工单（点击在工单页列出）</source>
        <translation>Tickets with a clock past its warning share, not yet breached (click to list them on the Tickets tab)</translation>
    </message>
    <message>
        <location filename="../../app/gui/status_bar.py" line="46"/>
        <source>硬件故障超过时限未修复、应提供相同型号备用机的工单（点击在工单页列出）</source>
        <translation>Hardware faults unrepaired past the limit that need a loaner of the same model (click to list them on the Tickets tab)</translation>
    </message>
    <message>
        <location filename="../../app/gui/status_bar.py" line="50"/>
        <source>在用巡检表中，已有整期未完成巡检的巡检表数（点击打开“巡检”页的待办）</source>
        <translation>Checklists in use with a whole period not inspected (click to open the Inspections tab&apos;s to-do list)</translation>
    </message>
    <message>
        <location filename="../../app/gui/status_bar.py" line="54"/>
        <source>按备份策略，已有整期未登记备份的备份项数（点击打开“巡检”页的待办）</source>
        <translation>Backup items with a whole period without a recorded backup (click to open the Inspections tab&apos;s to-do list)</translation>
    </message>
    <message>
        <location filename="../../app/gui/status_bar.py" line="57"/>
        <source>库存不高于最低库存的备品备件种数（点击列出）</source>
        <translation>Spare parts at or below their minimum stock (click to list them)</translation>
    </message>
    <message>
        <location filename="../../app/gui/status_bar.py" line="88"/>
        <source>当前用户 {0}</source>
        <translation>User: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/status_bar.py" line="96"/>
        <source>质保期剩余 {0} 天</source>
        <translation>Warranty: {0} days left</translation>
    </message>
    <message>
        <location filename="../../app/gui/status_bar.py" line="99"/>
        <source>已过质保期 {0} 天</source>
        <translation>Warranty expired {0} days ago</translation>
    </message>
    <message>
        <location filename="../../app/gui/status_bar.py" line="102"/>
        <source>质保期 {0} 年，至 {1} 止</source>
        <translation>Warranty of {0} years, until {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/status_bar.py" line="108"/>
        <source>未关闭 {0}</source>
        <translation>Open: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/status_bar.py" line="109"/>
        <source>超时 {0}</source>
        <translation>Breached: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/status_bar.py" line="110"/>
        <source>预警 {0}</source>
        <translation>Warning: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/status_bar.py" line="111"/>
        <source>备用机待提供 {0}</source>
        <translation>Loaners due: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/status_bar.py" line="114"/>
        <source>巡检逾期 {0}</source>
        <translation>Inspections overdue {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/status_bar.py" line="119"/>
        <source>备份逾期 {0}</source>
        <translation>Backups overdue {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/status_bar.py" line="122"/>
        <source>低库存 {0}</source>
        <translation>Low stock {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/status_bar.py" line="138"/>
        <source>最近一次数据备份：{0}（{1}）
{2}</source>
        <translation>Last backup of the data: {0} ({1})
{2}</translation>
    </message>
    <message>
        <location filename="../../app/gui/status_bar.py" line="143"/>
        <source>本数据库尚未备份</source>
        <translation>This database has not been backed up yet</translation>
    </message>
    <message>
        <location filename="../../app/gui/status_bar.py" line="145"/>
        <source>已超过两天没有备份：请用“文件 → 备份到…”备份到 U 盘等介质</source>
        <translation>No backup for more than two days: use File → Back up to… to back up to a USB stick or other medium</translation>
    </message>
    <message>
        <location filename="../../app/gui/status_bar.py" line="147"/>
        <source>自动备份失败：{0}</source>
        <translation>Automatic backup failed: {0}</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../app/gui/tickets/detail_panel.py" line="78"/>
        <source>在工单列表中选择一张工单，查看详情并办理下一步。</source>
        <translation>Select a ticket in the list to see its details and take the next step.</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_panel.py" line="98"/>
        <source>登记需求变更…</source>
        <translation>Register change request…</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_panel.py" line="100"/>
        <source>此工单需要修改程序功能时，登记需求变更并与工单关联</source>
        <translation>When this ticket needs a program change, register a change request linked to it</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_panel.py" line="147"/>
        <source>处理记录</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_panel.py" line="254"/>
        <source>待纸质签字：{0}（签字单 {1}，{2} {3} 打印）。签字件交回后在“文件 → 登记签字回执”中按编号归档并填写签字人，此步骤即完成；确认人在场时也可改用电子签字。</source>
        <translation>Signed on paper (pending): {0} (form {1}, printed {2} by {3}). File the signed copy by its serial under File → Signed-copy receipt, naming the signer, and the step is done; if the confirmer is here, they can sign electronically instead.</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_panel.py" line="266"/>
        <source>保存/打印提交单</source>
        <translation>Save/print defect form</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_panel.py" line="267"/>
        <source>把系统缺陷类问题提交单保存为 PDF，打开后打印</source>
        <translation>Save the defect form as a PDF, then open it to print</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_panel.py" line="269"/>
        <source>保存/打印咨询记录</source>
        <translation>Save/print consultation record</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_panel.py" line="270"/>
        <source>把咨询类问题记录保存为 PDF，打开后打印</source>
        <translation>Save the consultation record as a PDF, then open it to print</translation>
    </message>
</context>
<context>
    <name>DeviceChangesModel</name>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="96"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="97"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="98"/>
        <source>变更名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="99"/>
        <source>登记时间</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="100"/>
        <source>计划实施窗口</source>
        <translation>Planned window</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="101"/>
        <source>完成时间</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="117"/>
        <source>{0} 至 {1}</source>
        <translation>{0} to {1}</translation>
    </message>
</context>
<context>
    <name>DeviceDetail</name>
    <message>
        <location filename="../../app/gui/devices/detail_panel.py" line="57"/>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/detail_panel.py" line="58"/>
        <source>变更状态…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/detail_panel.py" line="59"/>
        <source>关联设备…</source>
        <translation>Link device…</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/detail_panel.py" line="60"/>
        <source>登记升级…</source>
        <translation>Record upgrade…</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/detail_panel.py" line="61"/>
        <source>取消关联</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/detail_panel.py" line="81"/>
        <source>关联设备</source>
        <translation>Linked devices</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/detail_panel.py" line="88"/>
        <source>双击打开工单</source>
        <translation>Double-click to open the ticket</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/detail_panel.py" line="97"/>
        <source>双击或按回车打开需求变更</source>
        <translation>Double-click or press Enter to open the change request</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/detail_panel.py" line="101"/>
        <source>基本信息</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/detail_panel.py" line="102"/>
        <source>工单</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/detail_panel.py" line="103"/>
        <source>备件与备用机</source>
        <translation>Parts and loaners</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/detail_panel.py" line="104"/>
        <source>变更记录</source>
        <translation>Change log</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/detail_panel.py" line="105"/>
        <source>配置快照</source>
        <translation>Configuration snapshots</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/detail_panel.py" line="106"/>
        <source>升级</source>
        <translation>Upgrades</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/detail_panel.py" line="107"/>
        <source>需求变更</source>
        <translation>Change requests</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/detail_panel.py" line="114"/>
        <source>在设备台账中选择一台设备，查看其工单、变更和配置快照。</source>
        <translation>Select a device in the register to see its tickets, changes and configuration snapshots.</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/detail_panel.py" line="152"/>
        <source>工单（{0}）</source>
        <translation>Tickets ({0})</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/detail_panel.py" line="153"/>
        <source>需求变更（{0}）</source>
        <translation>Change requests ({0})</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/detail_panel.py" line="165"/>
        <source>所属系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/detail_panel.py" line="166"/>
        <source>安装位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/detail_panel.py" line="167"/>
        <source>设备类型</source>
        <translation>Device type</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/detail_panel.py" line="168"/>
        <source>品牌 / 型号</source>
        <translation>Brand / model</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/detail_panel.py" line="169"/>
        <source>序列号</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/detail_panel.py" line="170"/>
        <source>资产编号</source>
        <translation>Asset number</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/detail_panel.py" line="171"/>
        <source>IP地址</source>
        <translation>IP address</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/detail_panel.py" line="172"/>
        <source>MAC地址</source>
        <translation>MAC address</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/detail_panel.py" line="173"/>
        <source>固件/软件版本</source>
        <translation>Firmware/software version</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/detail_panel.py" line="174"/>
        <source>安装日期</source>
        <translation>Installed on</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/detail_panel.py" line="175"/>
        <source>质保到期</source>
        <translation>Warranty ends</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/detail_panel.py" line="176"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="28"/>
        <source>修改设备 · {0}</source>
        <translation>Edit device · {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="28"/>
        <source>登记设备</source>
        <translation>Register a device</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="38"/>
        <source>如 SP-0001（台账内唯一）</source>
        <translation>e.g. SP-0001 (unique in the register)</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="39"/>
        <source>如 10.10.1.13</source>
        <translation>e.g. 10.10.1.13</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="40"/>
        <source>如 B4:A3:82:00:00:13</source>
        <translation>e.g. B4:A3:82:00:00:13</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="49"/>
        <source>按名称判断</source>
        <translation>From the name</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="58"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="62"/>
        <source>如：更换主板后重新配置 IP</source>
        <translation>e.g. IP set again after the main board was replaced</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="64"/>
        <source>设备编号 *</source>
        <translation>Device code *</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="65"/>
        <source>设备名称 *</source>
        <translation>Device name *</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="66"/>
        <source>所属系统 *</source>
        <translation>System *</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="67"/>
        <source>安装位置 *</source>
        <translation>Location *</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="68"/>
        <source>设备类型</source>
        <translation>Device type</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="69"/>
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="70"/>
        <source>型号</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="71"/>
        <source>序列号</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="72"/>
        <source>资产编号</source>
        <translation>Asset number</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="73"/>
        <source>IP地址</source>
        <translation>IP address</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="74"/>
        <source>MAC地址</source>
        <translation>MAC address</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="75"/>
        <source>固件/软件版本</source>
        <translation>Firmware/software version</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="76"/>
        <source>安装日期</source>
        <translation>Installed on</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="77"/>
        <source>质保到期</source>
        <translation>Warranty ends</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="78"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="79"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="82"/>
        <source>变更原因</source>
        <translation>Reason for the change</translation>
    </message>
</context>
<context>
    <name>DeviceFiles</name>
    <message>
        <location filename="../../app/gui/devices/device_files.py" line="38"/>
        <source>导入设备台账</source>
        <translation>Import the device register</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_files.py" line="40"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_files.py" line="49"/>
        <source>设备台账</source>
        <translation>Device register</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_files.py" line="50"/>
        <location filename="../../app/gui/devices/device_files.py" line="58"/>
        <source>导出{0}</source>
        <translation>Export {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_files.py" line="57"/>
        <source>升级记录</source>
        <translation>Upgrade register</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_files.py" line="83"/>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_files.py" line="85"/>
        <source>新增设备 {0} 台，更新 {1} 台，未变 {2} 台；新建关联 {3} 条；按设备名称关联既有工单 {4} 张。</source>
        <translation>{0} devices added, {1} updated, {2} unchanged; {3} new links; {4} existing tickets linked by device name.</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_files.py" line="96"/>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_files.py" line="96"/>
        <source>已导出 {0} 行到：
{1}</source>
        <translation>Exported {0} rows to:
{1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_files.py" line="107"/>
        <source>……另有 {0} 行</source>
        <translation>… and {0} more rows</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_files.py" line="108"/>
        <source>未导入</source>
        <translation>Nothing imported</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_files.py" line="113"/>
        <source>操作失败</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>DeviceFilterBar</name>
    <message>
        <location filename="../../app/gui/devices/filter_bar.py" line="32"/>
        <source>查找：名称、编号、IP、型号、序列号（Ctrl+F）</source>
        <translation>Find: name, code, IP, model, serial number (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/filter_bar.py" line="34"/>
        <source>全部系统</source>
        <translation>All systems</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/filter_bar.py" line="39"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/filter_bar.py" line="43"/>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/filter_bar.py" line="64"/>
        <source>全部地点</source>
        <translation>All locations</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/filter_bar.py" line="82"/>
        <source>共 {0} 台</source>
        <translation>{0} devices</translation>
    </message>
</context>
<context>
    <name>DevicePicker</name>
    <message>
        <location filename="../../app/gui/devices/picker.py" line="47"/>
        <source>按地点列出设备；输入名称、编号或 IP 查找</source>
        <translation>Devices at the location are listed; type a name, code or IP to find one</translation>
    </message>
</context>
<context>
    <name>DeviceTicketsModel</name>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="21"/>
        <source>工单号</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="22"/>
        <source>报修时间</source>
        <translation>Call time</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="23"/>
        <source>类别</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="24"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="25"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>DeviceUpgradesModel</name>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="74"/>
        <source>升级单号</source>
        <translation>Upgrade no.</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="75"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="76"/>
        <source>原版本</source>
        <translation>From version</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="77"/>
        <source>升级后</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="78"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <location filename="../../app/gui/devices/register_model.py" line="57"/>
        <source>设备编号</source>
        <translation>Device code</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/register_model.py" line="58"/>
        <source>设备名称</source>
        <translation>Device name</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/register_model.py" line="59"/>
        <source>所属系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/register_model.py" line="60"/>
        <source>安装位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/register_model.py" line="61"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/register_model.py" line="62"/>
        <source>型号</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/register_model.py" line="63"/>
        <source>IP地址</source>
        <translation>IP address</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/register_model.py" line="64"/>
        <source>固件/软件版本</source>
        <translation>Firmware/software version</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/register_model.py" line="65"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/register_model.py" line="66"/>
        <source>质保到期</source>
        <translation>Warranty ends</translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <location filename="../../app/gui/devices/tab.py" line="32"/>
        <source>设备台账</source>
        <translation>Device register</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/tab.py" line="33"/>
        <source>升级记录</source>
        <translation>Upgrade register</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/tab.py" line="34"/>
        <source>维护资料</source>
        <translation>Maintenance documents</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="86"/>
        <source>登记维护资料</source>
        <translation>Register a maintenance document</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="91"/>
        <source>全部系统</source>
        <translation>All systems</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="99"/>
        <source>同系统、同类别、同名称的资料登记为新版本，旧版本保留</source>
        <translation>Same system, kind and title: recorded as a newer version; the older one is kept</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="108"/>
        <source>纸质</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="114"/>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="128"/>
        <source>所属系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="129"/>
        <source>资料类别 *</source>
        <translation>Document kind *</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="130"/>
        <source>资料名称 *</source>
        <translation>Document title *</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="131"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="132"/>
        <source>移交人 *</source>
        <translation>Handed over by *</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="133"/>
        <source>移交日期</source>
        <translation>Handed over on</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="134"/>
        <source>电子版文件</source>
        <translation>Electronic file</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="135"/>
        <source>纸质份数</source>
        <translation>Paper copies</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="136"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="158"/>
        <source>选择电子版文件</source>
        <translation>Choose the electronic file</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <location filename="../../app/gui/documents_runner.py" line="72"/>
        <source>无法写入文件：{0}（{1}）</source>
        <translation>Cannot write the file: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_runner.py" line="52"/>
        <location filename="../../app/gui/print_preview.py" line="387"/>
        <source>保存{0}</source>
        <translation>Save {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_runner.py" line="45"/>
        <location filename="../../app/gui/print_preview.py" line="392"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_runner.py" line="80"/>
        <source>{0} {1} 已保存到：
{2}

打开后即可预览和打印；签字件交回后请登记签字回执。</source>
        <translation>{0} {1} was saved to:
{2}

Open it to preview and print; when the signed copy comes back, file it with Signed copy received.</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_runner.py" line="132"/>
        <source>无法保存文档</source>
        <translation>Cannot save the document</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="44"/>
        <source>所属系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="45"/>
        <source>资料类别</source>
        <translation>Document kind</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="46"/>
        <source>资料名称</source>
        <translation>Document title</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="47"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="48"/>
        <source>形式</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="49"/>
        <source>移交人</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="50"/>
        <source>移交日期</source>
        <translation>Handed over on</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="51"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="63"/>
        <source>现行</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="63"/>
        <source>已被新版本替代</source>
        <translation>Replaced by a newer version</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="68"/>
        <source>电子</source>
        <translation>electronic</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="69"/>
        <source>纸质{0}份</source>
        <translation>{0} paper copies</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="71"/>
        <source>＋</source>
        <translation> + </translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="174"/>
        <source>全部系统</source>
        <translation>All systems</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="177"/>
        <source>只看现行版本</source>
        <translation>Current versions only</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="181"/>
        <source>登记资料…</source>
        <translation>Register document…</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="182"/>
        <source>另存电子版…</source>
        <translation>Save file as…</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="184"/>
        <source>打印移交清单…</source>
        <translation>Print hand-over list…</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="232"/>
        <source>另存电子版</source>
        <translation>Save the electronic file</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="234"/>
        <source>全部文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="243"/>
        <source>无法另存文件</source>
        <translation>Cannot save the file</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="246"/>
        <source>文件已保存</source>
        <translation>File saved</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/documents_page.py" line="246"/>
        <source>已核对校验值并保存到：
{0}</source>
        <translation>Checksum verified; saved to:
{0}</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <location filename="../../app/gui/tickets/documents_section.py" line="22"/>
        <source>打印文档</source>
        <translation>Printed documents</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/documents_section.py" line="36"/>
        <source>尚未打印文档</source>
        <translation>No document printed yet</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/documents_section.py" line="42"/>
        <source>{0} 由 {1} 打印</source>
        <translation>printed {0} by {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/documents_section.py" line="46"/>
        <source>作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/documents_section.py" line="49"/>
        <source>{0} 作废：{1}</source>
        <translation>{0} voided: {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/documents_section.py" line="52"/>
        <source>已归档 {0}</source>
        <translation>Filed {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/documents_section.py" line="54"/>
        <source>签字件由 {0} 归档</source>
        <translation>Signed copy filed by {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/documents_section.py" line="56"/>
        <source>扫描件：{0}</source>
        <translation>Scan: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/documents_section.py" line="59"/>
        <source>未归档</source>
        <translation>Not filed</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/documents_section.py" line="61"/>
        <source>签字件尚未归档：用“文件 → 登记签字回执”扫描编号</source>
        <translation>The signed copy is not filed yet: scan its number with File → Signed copy received</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../app/gui/training/dialogs.py" line="113"/>
        <source>修改演练记录</source>
        <translation>Edit drill record</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/dialogs.py" line="113"/>
        <source>登记应急演练</source>
        <translation>Record an emergency drill</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/dialogs.py" line="120"/>
        <source>请选择预案</source>
        <translation>Choose a plan</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/dialogs.py" line="127"/>
        <source>每行“时间 经过”，如：09:05 指挥中心报修，演练开始</source>
        <translation>One line per step, “time what happened”, e.g. 09:05 call from the command centre, drill starts</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/dialogs.py" line="132"/>
        <source>演练时间 *</source>
        <translation>Drill time *</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/dialogs.py" line="133"/>
        <source>演练预案 *</source>
        <translation>Plan drilled *</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/dialogs.py" line="134"/>
        <source>演练场景 *</source>
        <translation>Scenario *</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/dialogs.py" line="135"/>
        <source>方案与脚本 *</source>
        <translation>Plan and script *</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/dialogs.py" line="136"/>
        <source>参演人员 *</source>
        <translation>Participants *</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/dialogs.py" line="137"/>
        <source>演练经过 *</source>
        <translation>What happened *</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/dialogs.py" line="138"/>
        <source>发现的问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/dialogs.py" line="139"/>
        <source>改进措施</source>
        <translation>Improvements</translation>
    </message>
</context>
<context>
    <name>DrillsModel</name>
    <message>
        <location filename="../../app/gui/training/tab.py" line="86"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/tab.py" line="87"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/tab.py" line="88"/>
        <source>演练预案</source>
        <translation>Plan drilled</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/tab.py" line="89"/>
        <source>场景</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/tab.py" line="90"/>
        <source>改进措施</source>
        <translation>Improvements</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="33"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="34"/>
        <source>巡检表</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="35"/>
        <location filename="../../app/gui/reports/tab.py" line="47"/>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="36"/>
        <source>周期</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="37"/>
        <source>本期</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="38"/>
        <source>应完成日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="39"/>
        <source>漏检期数</source>
        <translation>Periods missed</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="40"/>
        <source>上次巡检</source>
        <translation>Last inspection</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="60"/>
        <source>从未巡检</source>
        <translation>Never inspected</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="44"/>
        <source>应回访日</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="45"/>
        <source>工单</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="46"/>
        <source>处理完成</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="48"/>
        <source>提出人</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="49"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="50"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="54"/>
        <source>（逾期）</source>
        <translation> (overdue)</translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message>
        <location filename="../../app/gui/inspections/due_page.py" line="67"/>
        <source>回车或双击开始巡检</source>
        <translation>Press Enter or double-click to start the inspection</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/due_page.py" line="74"/>
        <source>回车或双击登记这项备份</source>
        <translation>Press Enter or double-click to record this backup</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/due_page.py" line="81"/>
        <source>开始巡检</source>
        <translation>Start inspection</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/due_page.py" line="83"/>
        <source>按选中的巡检表开始巡检（回车）</source>
        <translation>Start an inspection with the selected checklist (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/due_page.py" line="86"/>
        <source>登记备份…</source>
        <translation>Record backup…</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/due_page.py" line="89"/>
        <source>巡检待办</source>
        <translation>Inspections due</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/due_page.py" line="97"/>
        <source>备份待办</source>
        <translation>Backups due</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/due_page.py" line="106"/>
        <source>培训与应急演练（每年至少一次）</source>
        <translation>Training and emergency drills (at least once a year)</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/due_page.py" line="153"/>
        <source>逾期 {0}&#x3000;今日到期 {1}&#x3000;本周到期 {2}</source>
        <translation>Overdue {0}   Due today {1}   Due this week {2}</translation>
    </message>
</context>
<context>
    <name>EscalationBanner</name>
    <message>
        <location filename="../../app/gui/tickets/acknowledge_dialog.py" line="34"/>
        <source>第{level}级 {clock}超时 → {role} {contact}</source>
        <translation>Level {level}: {clock} breached → {role} {contact}</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/escalation_banner.py" line="181"/>
        <source>在工单页列出所有待确认上报的工单</source>
        <translation>List every ticket with an unacknowledged escalation on the Tickets tab</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/escalation_banner.py" line="232"/>
        <source>还有 {0} 张工单待确认上报…</source>
        <translation>{0} more tickets with unacknowledged escalations…</translation>
    </message>
</context>
<context>
    <name>EscalationRow</name>
    <message>
        <location filename="../../app/gui/tickets/escalation_banner.py" line="94"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/escalation_banner.py" line="96"/>
        <source>（未填写姓名电话：文件 → 合同设置）</source>
        <translation>(no name or phone: File → Contract settings)</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/escalation_banner.py" line="100"/>
        <source>⚠ 第{level}级 {number} {title} · {clocks}超时 → {role} {contact}（应于 {due} 上报）</source>
        <translation>⚠ Level {level} {number} {title} · {clocks} breached → {role} {contact} (due {due})</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/escalation_banner.py" line="114"/>
        <source>查看</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/escalation_banner.py" line="116"/>
        <source>在工单页打开 {0}</source>
        <translation>Open {0} in the Tickets tab</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/escalation_banner.py" line="117"/>
        <source>已联系…</source>
        <translation>Contacted…</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/escalation_banner.py" line="120"/>
        <source>记录联系到的人、联系方式和商定内容：记入工单时间线，不再提示</source>
        <translation>Record whom you reached, how, and what was agreed: written to the ticket&apos;s timeline, no further reminder</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/escalation_banner.py" line="139"/>
        <source>✓ {number} 已联系 {reached}</source>
        <translation>✓ {number} contacted {reached}</translation>
    </message>
</context>
<context>
    <name>EscalationsSection</name>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="248"/>
        <source>逐级上报</source>
        <translation>Escalations</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="259"/>
        <source>第{0}级&#x3000;{1}超时（{2}）&#x3000;联系：{3}</source>
        <translation>Level {0}: {1} breached ({2}) · call {3}</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="268"/>
        <source>已联系…</source>
        <translation>Contacted…</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="270"/>
        <source>记录联系到的人、联系方式和商定内容</source>
        <translation>Record whom you reached, how, and what was agreed</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="283"/>
        <source>&#x3000;已确认（{0} {1}）</source>
        <translation>  Acknowledged ({0} {1})</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="287"/>
        <source>&#x3000;已联系 {reached}（{method}），{by} {at}：{agreed}</source>
        <translation>  Contacted {reached} ({method}), {by} {at}: {agreed}</translation>
    </message>
</context>
<context>
    <name>FailureDialog</name>
    <message>
        <location filename="../../app/gui/failures.py" line="71"/>
        <source>驻场运维台 — 操作失败</source>
        <translation>Resident Desk — action failed</translation>
    </message>
    <message>
        <location filename="../../app/gui/failures.py" line="75"/>
        <source>操作失败：{0}</source>
        <translation>Action failed: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/failures.py" line="82"/>
        <source>刚才的操作没有完成，其中的修改没有保存；此前已保存的数据不受影响。可以重试；如果再次出现，请把详细信息交给售后服务部。</source>
        <translation>The action did not complete and none of its changes were saved; data saved before is not affected. You can try again; if it happens again, give the details to the service department.</translation>
    </message>
    <message>
        <location filename="../../app/gui/failures.py" line="88"/>
        <source>详细信息已记录在日志：{0}</source>
        <translation>The details are recorded in the log: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/failures.py" line="97"/>
        <source>复制详细信息</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../app/gui/failures.py" line="99"/>
        <source>显示详细信息</source>
        <translation>Show details</translation>
    </message>
    <message>
        <location filename="../../app/gui/failures.py" line="101"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/gui/failures.py" line="125"/>
        <source>驻场运维台 — {0} 个操作失败</source>
        <translation>Resident Desk — {0} actions failed</translation>
    </message>
    <message>
        <location filename="../../app/gui/failures.py" line="129"/>
        <source>已复制</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <location filename="../../app/gui/failures.py" line="60"/>
        <source>{0}
详细信息已记录在日志：{1}</source>
        <translation>{0}
The details are recorded in the log: {1}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../app/gui/tickets/filter_bar.py" line="53"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/filter_bar.py" line="54"/>
        <source>未关闭</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/filter_bar.py" line="58"/>
        <source>只看未关闭</source>
        <translation>Open only</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/filter_bar.py" line="61"/>
        <source>只显示尚未关闭的工单</source>
        <translation>Show only tickets that are not closed</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/filter_bar.py" line="65"/>
        <source>全部类别</source>
        <translation>All classes</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/filter_bar.py" line="71"/>
        <source>全部紧急程度</source>
        <translation>All severities</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/filter_bar.py" line="77"/>
        <source>全部系统</source>
        <translation>All systems</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/filter_bar.py" line="82"/>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/filter_bar.py" line="85"/>
        <source>至</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/filter_bar.py" line="91"/>
        <source>搜索编号、标题、描述、地点、设备、提出人…</source>
        <translation>Search by number, title, description, location, device…</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/filter_bar.py" line="105"/>
        <source>只列出状态栏这一计数的工单；点此或按 Esc 取消</source>
        <translation>Only the tickets this status-bar count counts; click here or press Esc to show all</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/filter_bar.py" line="181"/>
        <source>共 {0} 条</source>
        <translation>Total: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/filter_bar.py" line="207"/>
        <source>只看：{0} ✕</source>
        <translation>Only: {0} ✕</translation>
    </message>
</context>
<context>
    <name>FindingTicket</name>
    <message>
        <location filename="../../app/gui/inspections/finding_ticket.py" line="21"/>
        <source>开缺陷工单（巡检发现）</source>
        <translation>Open defect ticket (inspection finding)</translation>
    </message>
</context>
<context>
    <name>FindingsSection</name>
    <message>
        <location filename="../../app/gui/inspections/ticket_findings.py" line="18"/>
        <source>巡检发现</source>
        <translation>Inspection findings</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/ticket_findings.py" line="39"/>
        <source>由巡检发现：{0} 第{1}项「{2}」</source>
        <translation>Found by inspection {0}, line {1} “{2}”</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/ticket_findings.py" line="44"/>
        <source>查看巡检记录</source>
        <translation>Show inspection</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/ticket_findings.py" line="46"/>
        <source>转到“巡检”页，显示 {0}</source>
        <translation>Go to the Inspections tab and show {0}</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../app/gui/reports/dialogs.py" line="43"/>
        <source>回访工单 {0}</source>
        <translation>Follow-up of ticket {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/dialogs.py" line="43"/>
        <source>季度满意度调查</source>
        <translation>Quarterly satisfaction survey</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/dialogs.py" line="58"/>
        <source>请选择</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/dialogs.py" line="61"/>
        <source>不满意时必填，将记入月报的投诉</source>
        <translation>Required when dissatisfied; listed as a complaint in the monthly report</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/dialogs.py" line="62"/>
        <source>问题复发（重新打开工单）</source>
        <translation>Problem recurred (reopens the ticket)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/dialogs.py" line="66"/>
        <source>{0}（{1}）处理完成于 {2}，提出人 {3} {4}</source>
        <translation>{0} ({1}) fixed at {2}, requester {3} {4}</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/dialogs.py" line="76"/>
        <source>回访时间 *</source>
        <translation>Follow-up time *</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/dialogs.py" line="77"/>
        <source>回访方式 *</source>
        <translation>Way *</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/dialogs.py" line="78"/>
        <source>回访对象 *</source>
        <translation>Person contacted *</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/dialogs.py" line="79"/>
        <source>满意度 *</source>
        <translation>Satisfaction *</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/dialogs.py" line="80"/>
        <source>回访意见 *</source>
        <translation>Comments *</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/dialogs.py" line="81"/>
        <source>不满意原因（投诉记录）</source>
        <translation>Reason for dissatisfaction (complaint)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/dialogs.py" line="84"/>
        <source>调查季度</source>
        <translation>Survey quarter</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="72"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="73"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="74"/>
        <source>工单/季度</source>
        <translation>Ticket / quarter</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="75"/>
        <source>方式</source>
        <translation>Way</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="76"/>
        <source>对象</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="77"/>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="78"/>
        <source>复发</source>
        <translation>Recurred</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="79"/>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="80"/>
        <source>意见</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="86"/>
        <source>已处理</source>
        <translation>Dealt with</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="86"/>
        <source>待处理</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="94"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>HandoverAcceptDialog</name>
    <message>
        <location filename="../../app/gui/handover_accept_dialog.py" line="39"/>
        <source>接班确认</source>
        <translation>Handover acceptance</translation>
    </message>
    <message>
        <location filename="../../app/gui/handover_accept_dialog.py" line="51"/>
        <source>接班人本人的登录名</source>
        <translation>The incoming engineer&apos;s own login name</translation>
    </message>
    <message>
        <location filename="../../app/gui/handover_accept_dialog.py" line="55"/>
        <source>由接班人本人输入</source>
        <translation>Typed by the incoming engineer</translation>
    </message>
    <message>
        <location filename="../../app/gui/handover_accept_dialog.py" line="59"/>
        <source>核对了哪些工单、借出设备、巡检与备份，有何异议</source>
        <translation>Which tickets, loaned devices, inspections and backups were checked; any objections</translation>
    </message>
    <message>
        <location filename="../../app/gui/handover_accept_dialog.py" line="62"/>
        <source>交接班记录</source>
        <translation>Shift handover</translation>
    </message>
    <message>
        <location filename="../../app/gui/handover_accept_dialog.py" line="63"/>
        <source>接班人账户</source>
        <translation>Incoming engineer&apos;s account</translation>
    </message>
    <message>
        <location filename="../../app/gui/handover_accept_dialog.py" line="64"/>
        <source>接班人密码</source>
        <translation>Incoming engineer&apos;s password</translation>
    </message>
    <message>
        <location filename="../../app/gui/handover_accept_dialog.py" line="65"/>
        <source>接班检查意见</source>
        <translation>Incoming engineer&apos;s check remarks</translation>
    </message>
    <message>
        <location filename="../../app/gui/handover_accept_dialog.py" line="69"/>
        <source>接班人核对交接班记录后，在本机用自己的账户和密码确认接班；确认记入审计记录，补打的交接班记录印有确认人、时间和检查意见。</source>
        <translation>Once the incoming engineer has checked the shift handover, they accept it here with their own account and password; the acceptance is recorded in the audit trail, and a reprinted handover carries who accepted it, when, and the check remarks.</translation>
    </message>
    <message>
        <location filename="../../app/gui/handover_accept_dialog.py" line="73"/>
        <source>没有待确认接班的交接班记录。</source>
        <translation>No shift handover is waiting for acceptance.</translation>
    </message>
    <message>
        <location filename="../../app/gui/handover_accept_dialog.py" line="84"/>
        <source>确认接班</source>
        <translation>Accept shift handover</translation>
    </message>
    <message>
        <location filename="../../app/gui/handover_accept_dialog.py" line="89"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/gui/handover_accept_dialog.py" line="103"/>
        <source>{0}  {1} → {2}（{3} 至 {4}）</source>
        <translation>{0}  {1} → {2} ({3} to {4})</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../app/gui/handover_dialog.py" line="55"/>
        <source>交接班记录</source>
        <translation>Shift handover</translation>
    </message>
    <message>
        <location filename="../../app/gui/handover_dialog.py" line="78"/>
        <source>默认自上次交接（{0}）起</source>
        <translation>By default from the last handover ({0})</translation>
    </message>
    <message>
        <location filename="../../app/gui/handover_dialog.py" line="80"/>
        <source>没有上次交接，默认为前12小时</source>
        <translation>No earlier handover: by default the last 12 hours</translation>
    </message>
    <message>
        <location filename="../../app/gui/handover_dialog.py" line="85"/>
        <source>本班的情况、遗留问题和需要接班人注意的事项</source>
        <translation>How the shift went, open problems and what the next engineer must watch</translation>
    </message>
    <message>
        <location filename="../../app/gui/handover_dialog.py" line="87"/>
        <source>交班人</source>
        <translation>Handing over</translation>
    </message>
    <message>
        <location filename="../../app/gui/handover_dialog.py" line="88"/>
        <source>接班人</source>
        <translation>Taking over</translation>
    </message>
    <message>
        <location filename="../../app/gui/handover_dialog.py" line="89"/>
        <source>本班开始</source>
        <translation>Shift start</translation>
    </message>
    <message>
        <location filename="../../app/gui/handover_dialog.py" line="90"/>
        <source>交接时间</source>
        <translation>Handover time</translation>
    </message>
    <message>
        <location filename="../../app/gui/handover_dialog.py" line="91"/>
        <source>交班说明</source>
        <translation>Shift notes</translation>
    </message>
    <message>
        <location filename="../../app/gui/handover_dialog.py" line="94"/>
        <source>交接班记录列出全部未关闭工单、未处理的逐级上报和本班记录，双方签字后归档。</source>
        <translation>The shift handover lists every open ticket, the unacknowledged escalations and the shift&apos;s records; both engineers sign it before it is filed.</translation>
    </message>
    <message>
        <location filename="../../app/gui/handover_dialog.py" line="105"/>
        <location filename="../../app/gui/handover_dialog.py" line="183"/>
        <source>保存交接班记录…</source>
        <translation>Save shift handover…</translation>
    </message>
    <message>
        <location filename="../../app/gui/handover_dialog.py" line="109"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/gui/handover_dialog.py" line="172"/>
        <source>无法写入文件：{0}（{1}）</source>
        <translation>Cannot write the file: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../app/gui/handover_dialog.py" line="176"/>
        <source>无法生成交接班记录：{0}</source>
        <translation>Cannot make the shift handover: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/handover_dialog.py" line="183"/>
        <source>正在生成…</source>
        <translation>Generating…</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="172"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="174"/>
        <source>用户手册</source>
        <translation>User manual</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="178"/>
        <source>快捷键…</source>
        <translation>Keyboard shortcuts…</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../app/gui/inspections/history_page.py" line="56"/>
        <source>按日期</source>
        <translation>By date</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/history_page.py" line="69"/>
        <source>巡检情况汇总…</source>
        <translation>Inspection summary…</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/history_page.py" line="72"/>
        <source>一周或一个月的巡检情况汇总（PDF）：完成与漏检、不合格项及其工单、备份情况</source>
        <translation>Inspection summary of a week or a month (PDF): inspections done and missed, failed items and their tickets, backups</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/history_page.py" line="74"/>
        <source>导出巡检台账…</source>
        <translation>Export inspection log…</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/history_page.py" line="77"/>
        <source>把巡检记录、检查项结果和备份记录导出为 Excel（勾选“按日期”时只导出该期间）</source>
        <translation>Export inspections, item results and backups to Excel (only the chosen days when “By date” is ticked)</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/history_page.py" line="84"/>
        <source>巡检表</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/history_page.py" line="89"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/history_page.py" line="127"/>
        <source>全部巡检表</source>
        <translation>All checklists</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/history_page.py" line="129"/>
        <source>{0}（已停用）</source>
        <translation>{0} (retired)</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/history_page.py" line="168"/>
        <source>巡检情况汇总</source>
        <translation>Inspection summary</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/history_page.py" line="206"/>
        <source>（只列出最近 {0} 条）</source>
        <translation> (only the latest {0} are listed)</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/history_page.py" line="208"/>
        <source>共 {0} 条{1}</source>
        <translation>Total: {0}{1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/history_page.py" line="212"/>
        <source>查询失败：{0}</source>
        <translation>Query failed: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/history_page.py" line="216"/>
        <source>正在查询…</source>
        <translation>Searching…</translation>
    </message>
</context>
<context>
    <name>IncidentReportDialog</name>
    <message>
        <location filename="../../app/gui/plans/incident_dialog.py" line="36"/>
        <source>问题汇报：{0}</source>
        <translation>Incident report: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/incident_dialog.py" line="42"/>
        <source>事件经过</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/incident_dialog.py" line="43"/>
        <source>影响范围</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/incident_dialog.py" line="44"/>
        <source>原因分析</source>
        <translation>Cause analysis</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/incident_dialog.py" line="45"/>
        <source>处理措施</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/incident_dialog.py" line="46"/>
        <source>预防措施</source>
        <translation>Prevention measures</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/incident_dialog.py" line="55"/>
        <source>已保存的问题汇报</source>
        <translation>Saved incident report</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/incident_dialog.py" line="57"/>
        <source>由工单内容生成的草稿，请补充影响范围等内容后保存</source>
        <translation>A draft made from the ticket: complete the impact and the rest, then save</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/incident_dialog.py" line="63"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/incident_dialog.py" line="65"/>
        <source>保存并生成 PDF…</source>
        <translation>Save and make PDF…</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/incident_dialog.py" line="70"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>InspectionFormat</name>
    <message>
        <location filename="../../app/gui/inspections/formatting.py" line="40"/>
        <source>第{0}项</source>
        <translation>Line {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/formatting.py" line="42"/>
        <source>第{0}项「{1}」</source>
        <translation>Line {0} “{1}”</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/formatting.py" line="69"/>
        <source>{0}（漏检 {1} 期）</source>
        <translation>{0} ({1} periods missed)</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/formatting.py" line="81"/>
        <source>{0}年第{1}周</source>
        <translation>Week {1} of {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/formatting.py" line="84"/>
        <source>{0}年{1}月</source>
        <translation>{1}/{0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/formatting.py" line="88"/>
        <source>{0}年第{1}季度</source>
        <translation>Q{1} {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/formatting.py" line="104"/>
        <source>{0} 起逾期</source>
        <translation>Overdue since {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/formatting.py" line="112"/>
        <source>{0}（漏备份 {1} 期）</source>
        <translation>{0} ({1} backups missed)</translation>
    </message>
</context>
<context>
    <name>InspectionLogExporter</name>
    <message>
        <location filename="../../app/gui/inspections/documents.py" line="91"/>
        <location filename="../../app/gui/inspections/documents.py" line="100"/>
        <location filename="../../app/gui/inspections/documents.py" line="116"/>
        <source>导出巡检台账</source>
        <translation>Export inspection log</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/documents.py" line="100"/>
        <source>巡检台账_{0}.xlsx</source>
        <translation>Inspection log_{0}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/documents.py" line="110"/>
        <source>正在导出巡检台账…</source>
        <translation>Exporting the inspection log…</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/documents.py" line="117"/>
        <source>已导出 {0} 次巡检（{1} 个检查项）和 {2} 条备份记录到：
{3}</source>
        <translation>Exported {0} inspections ({1} item results) and {2} backups to:
{3}</translation>
    </message>
</context>
<context>
    <name>InspectionsTab</name>
    <message>
        <location filename="../../app/gui/inspections/tab.py" line="40"/>
        <source>待办</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/tab.py" line="41"/>
        <source>巡检记录</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/tab.py" line="42"/>
        <source>巡检表</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/tab.py" line="43"/>
        <source>备份登记</source>
        <translation>Backup register</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/tab.py" line="92"/>
        <source>不能开始巡检</source>
        <translation>Cannot start the inspection</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/tab.py" line="92"/>
        <source>巡检表“{0}”已停用</source>
        <translation>Checklist “{0}” is retired</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/tab.py" line="145"/>
        <source>已保存 {0}（{1}），全部合格</source>
        <translation>Saved {0} ({1}): all passed</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <location filename="../../app/gui/inspections/run_rows.py" line="103"/>
        <source>测量值</source>
        <translation>Measured value</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_rows.py" line="105"/>
        <source>允许范围 {0}</source>
        <translation>Allowed range {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_rows.py" line="109"/>
        <source>（{0}）</source>
        <translation>({0})</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_rows.py" line="117"/>
        <source>检查情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_rows.py" line="125"/>
        <source>按键选择：P 或 1 合格，F 或 2 不合格，N 或 3 不适用</source>
        <translation>Keys: P or 1 pass, F or 2 fail, N or 3 not applicable</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_rows.py" line="126"/>
        <source>按测量值</source>
        <translation>By value</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_rows.py" line="126"/>
        <source>—请选择—</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_rows.py" line="128"/>
        <source>按填写情况</source>
        <translation>By findings</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_rows.py" line="142"/>
        <source>备注（不合格时写明问题）</source>
        <translation>Note (say what was found when failed)</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_rows.py" line="223"/>
        <source>不是数字</source>
        <translation>Not a number</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_rows.py" line="232"/>
        <source>未填</source>
        <translation>Not filled</translation>
    </message>
</context>
<context>
    <name>ItemView</name>
    <message>
        <location filename="../../app/gui/plans/item_view.py" line="36"/>
        <source>输入关键词查找应急预案和知识库条目，例如“断网”“NVR 离线”。</source>
        <translation>Type keywords to find emergency plans and knowledge articles (Chinese or Latin words, e.g. NVR).</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/item_view.py" line="46"/>
        <location filename="../../app/gui/plans/item_view.py" line="89"/>
        <source>全部系统</source>
        <translation>All systems</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/item_view.py" line="47"/>
        <source>{0}，第 {1} 版，{2} 由 {3} 修订（{4}）</source>
        <translation>{0}, revision {1}, revised {2} by {3} ({4})</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/item_view.py" line="74"/>
        <source>紧急情况</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/item_view.py" line="76"/>
        <source>应急策略（按顺序处置）</source>
        <translation>Emergency strategy (in this order)</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/item_view.py" line="78"/>
        <source>联系人（逐级上报）</source>
        <translation>Whom to call (escalation ladder)</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/item_view.py" line="81"/>
        <location filename="../../app/gui/plans/item_view.py" line="106"/>
        <source>预防措施</source>
        <translation>Prevention measures</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/item_view.py" line="83"/>
        <source>相关备品备件</source>
        <translation>Related spare parts</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/item_view.py" line="90"/>
        <source>知识库条目 {0}，{1} 由 {2} 编写</source>
        <translation>Knowledge article {0}, written {1} by {2}</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/item_view.py" line="96"/>
        <source>关键词</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/item_view.py" line="100"/>
        <source>故障现象</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/item_view.py" line="102"/>
        <source>原因</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/item_view.py" line="104"/>
        <source>解决方法</source>
        <translation>Solution</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/item_view.py" line="108"/>
        <source>关联工单</source>
        <translation>Linked tickets</translation>
    </message>
</context>
<context>
    <name>LadderForm</name>
    <message>
        <location filename="../../app/gui/contract_fields.py" line="163"/>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/gui/contract_fields.py" line="163"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/gui/contract_fields.py" line="163"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/gui/contract_fields.py" line="163"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/gui/contract_fields.py" line="170"/>
        <source>第{0}级</source>
        <translation>Level {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/contract_fields.py" line="178"/>
        <source>如：何经理</source>
        <translation>e.g. Manager He</translation>
    </message>
    <message>
        <location filename="../../app/gui/contract_fields.py" line="179"/>
        <source>如：内线 9001</source>
        <translation>e.g. ext. 9001</translation>
    </message>
</context>
<context>
    <name>LadderPage</name>
    <message>
        <location filename="../../app/gui/setup_wizard.py" line="94"/>
        <source>逐级上报</source>
        <translation>Escalation ladder</translation>
    </message>
    <message>
        <location filename="../../app/gui/setup_wizard.py" line="95"/>
        <source>时限超时后，程序提示逐级联系以下人员。姓名和电话可以以后再填。</source>
        <translation>When a clock is breached, the program tells you to call these people, level by level. Names and phones can be filled in later.</translation>
    </message>
</context>
<context>
    <name>LendDialog</name>
    <message>
        <location filename="../../app/gui/store/loan_dialogs.py" line="121"/>
        <source>借出测试设备</source>
        <translation>Lend test equipment</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/loan_dialogs.py" line="137"/>
        <source>测试设备 *</source>
        <translation>Test equipment *</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/loan_dialogs.py" line="138"/>
        <source>借用人 *</source>
        <translation>Borrower *</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/loan_dialogs.py" line="139"/>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/loan_dialogs.py" line="140"/>
        <source>预计归还</source>
        <translation>Due back</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/loan_dialogs.py" line="142"/>
        <source>没有在库的测试设备</source>
        <translation>No test equipment in stock</translation>
    </message>
</context>
<context>
    <name>LinkDeviceDialog</name>
    <message>
        <location filename="../../app/gui/tickets/device_section.py" line="51"/>
        <source>关联设备台账</source>
        <translation>Link to the device register</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/device_section.py" line="56"/>
        <source>设备编号，如 SP-0003</source>
        <translation>Device code, e.g. SP-0003</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/device_section.py" line="57"/>
        <source>设备编号 *</source>
        <translation>Device code *</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="151"/>
        <source>关联设备 · {0}</source>
        <translation>Link device · {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="156"/>
        <source>关联设备的编号，如 SP-0001</source>
        <translation>Code of the related device, e.g. SP-0001</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="158"/>
        <source>如：通道 D3、端口 GE1/0/12</source>
        <translation>e.g. channel D3, port GE1/0/12</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="159"/>
        <source>关联设备编号 *</source>
        <translation>Related device code *</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="160"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>LinksModel</name>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="125"/>
        <source>设备编号</source>
        <translation>Device code</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="126"/>
        <source>设备名称</source>
        <translation>Device name</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="127"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="128"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="129"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../../app/gui/i18n.py" line="24"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n.py" line="29"/>
        <source>&#x3000;</source>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>LoanerDialog</name>
    <message>
        <location filename="../../app/gui/store/loan_dialogs.py" line="47"/>
        <source>提供备用机 · {0}</source>
        <translation>Provide a loaner · {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/loan_dialogs.py" line="55"/>
        <source>故障设备</source>
        <translation>Faulty device</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/loan_dialogs.py" line="58"/>
        <source>{0} {1}&#x3000;序列号 {2}（货架 {3}）</source>
        <translation>{0} {1}  serial {2} (shelf {3})</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/loan_dialogs.py" line="62"/>
        <source>同类替代：{0}</source>
        <translation>Same kind, not the same model: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/loan_dialogs.py" line="64"/>
        <source>其他（注明）…</source>
        <translation>Other (describe)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/loan_dialogs.py" line="66"/>
        <source>如：售后服务部调拨 解码器 DEC-16H 1台，序列号 …</source>
        <translation>e.g. one DEC-16H decoder from the service department, serial …</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/loan_dialogs.py" line="67"/>
        <source>备用机 *</source>
        <translation>Loaner *</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/loan_dialogs.py" line="68"/>
        <source>注明</source>
        <translation>Describe</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/loan_dialogs.py" line="70"/>
        <source>甲方签收人，如 监管科 值班民警</source>
        <translation>Client&apos;s receiver, e.g. duty officer, custody section</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/loan_dialogs.py" line="72"/>
        <source>默认为工单地点</source>
        <translation>Defaults to the ticket&apos;s place</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/loan_dialogs.py" line="74"/>
        <source>借用人 *</source>
        <translation>Borrower *</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/loan_dialogs.py" line="75"/>
        <source>使用地点</source>
        <translation>Used at</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/loan_dialogs.py" line="76"/>
        <source>预计归还</source>
        <translation>Due back</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/loan_dialogs.py" line="82"/>
        <source>库存中没有与“{0}”相同型号或同类的整机：请注明其他来源的备用机，或联系售后服务部调拨。</source>
        <translation>The store has no whole unit of the same model or kind as “{0}”: describe a loaner from elsewhere, or ask the service department for one.</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/loan_dialogs.py" line="86"/>
        <source>库存中没有相同型号的整机，以下为同类替代设备。</source>
        <translation>The store has no unit of the same model; these are units of the same kind.</translation>
    </message>
</context>
<context>
    <name>LoansModel</name>
    <message>
        <location filename="../../app/gui/store/models.py" line="99"/>
        <source>借用单号</source>
        <translation>Loan no.</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="100"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="101"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="102"/>
        <source>型号</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="103"/>
        <source>序列号</source>
        <translation>Serial</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="104"/>
        <source>工单</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="105"/>
        <source>借用人</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="106"/>
        <source>借出时间</source>
        <translation>Lent at</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="107"/>
        <source>预计归还</source>
        <translation>Due back</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="108"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="113"/>
        <source>已归还 {0}</source>
        <translation>Returned {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="114"/>
        <source>逾期未还</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="114"/>
        <source>借出中</source>
        <translation>Out</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="119"/>
        <source>无序列号</source>
        <translation>No serial number</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="120"/>
        <source>无序列号 ×{0}</source>
        <translation>No serial number ×{0}</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../app/gui/idle_lock.py" line="49"/>
        <source>驻场运维台 — 已锁定</source>
        <translation>Resident Desk — locked</translation>
    </message>
    <message>
        <location filename="../../app/gui/idle_lock.py" line="53"/>
        <source>长时间无操作，程序已锁定。{0}（{1}）请输入密码解锁。</source>
        <translation>Locked after a time without use. {0} ({1}), type your password to unlock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/idle_lock.py" line="63"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/gui/idle_lock.py" line="71"/>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../app/gui/idle_lock.py" line="73"/>
        <source>注销</source>
        <translation>Log out</translation>
    </message>
</context>
<context>
    <name>LogExporter</name>
    <message>
        <location filename="../../app/gui/tickets/export_log.py" line="24"/>
        <location filename="../../app/gui/tickets/export_log.py" line="35"/>
        <location filename="../../app/gui/tickets/export_log.py" line="58"/>
        <source>导出工单台账</source>
        <translation>Export ticket log</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/export_log.py" line="35"/>
        <source>工单台账_{0}.xlsx</source>
        <translation>Ticket log_{0}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_runner.py" line="61"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/export_log.py" line="49"/>
        <source>正在导出工单台账…</source>
        <translation>Exporting the ticket log…</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_runner.py" line="201"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/export_log.py" line="50"/>
        <source>正在导出工单台账：{0} / {1} 张工单</source>
        <translation>Exporting the ticket log: {0} / {1} tickets</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_runner.py" line="250"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/export_log.py" line="59"/>
        <source>已导出 {0} 张工单到：
{1}</source>
        <translation>Exported {0} tickets to:
{1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_runner.py" line="258"/>
        <source>已取消导出，没有生成文件。</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_runner.py" line="227"/>
        <source>无法写入文件：{0}（{1}）</source>
        <translation>Cannot write the file: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_runner.py" line="232"/>
        <source>导出失败：{0}</source>
        <translation>Export failed: {0}</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="62"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="62"/>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="62"/>
        <source>变更</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="62"/>
        <source>详情</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/gui/login_dialog.py" line="43"/>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../app/gui/login_dialog.py" line="44"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/gui/login_dialog.py" line="46"/>
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../app/gui/login_dialog.py" line="52"/>
        <source>连接数据库…</source>
        <translation>Connect to Database…</translation>
    </message>
    <message>
        <location filename="../../app/gui/login_dialog.py" line="134"/>
        <source>须先修改密码才能使用本程序</source>
        <translation>The password must be changed before using the program</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="14"/>
        <source>登录 — 驻场运维台</source>
        <translation>Log in — Resident Desk</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="41"/>
        <source>驻场运维台</source>
        <translation>Resident Desk</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="69"/>
        <source>登录名</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="82"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="88"/>
        <source>工单</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="89"/>
        <source>巡检</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="90"/>
        <source>备品备件</source>
        <translation>Spare parts</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="91"/>
        <source>应急预案</source>
        <translation>Emergency plans</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="92"/>
        <source>设备</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="93"/>
        <source>培训演练</source>
        <translation>Training and drills</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="94"/>
        <source>变更</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="95"/>
        <source>报告</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="104"/>
        <source>审计记录</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="154"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="155"/>
        <source>合同设置…</source>
        <translation>Contract settings…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="156"/>
        <source>修改合同信息、服务时限和逐级上报联系人</source>
        <translation>Edit the contract, its service targets and the escalation contacts</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="157"/>
        <source>登记签字回执…</source>
        <translation>Signed copy received…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="159"/>
        <source>扫描或输入文档编号，登记签字件已归档</source>
        <translation>Scan or type a document number to record its signed copy as filed</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="160"/>
        <source>交接班记录…</source>
        <translation>Shift handover…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="161"/>
        <source>生成交接班记录，交接双方签字</source>
        <translation>Make the shift handover for both engineers to sign</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="162"/>
        <source>接班确认…</source>
        <translation>Handover acceptance…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="164"/>
        <source>接班人用自己的账户确认接班，填写接班检查意见</source>
        <translation>The incoming engineer accepts the handover with their own account and check remarks</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="166"/>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="172"/>
        <source>备份到…</source>
        <translation>Back up to…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="173"/>
        <source>把数据库备份到 U 盘等位置（校验后保存）</source>
        <translation>Back up the database to a USB stick or another place (verified before it is kept)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="174"/>
        <source>备份设置…</source>
        <translation>Backup settings…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="175"/>
        <source>每日自动备份和保留份数</source>
        <translation>Daily automatic backup and how many copies are kept</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="178"/>
        <source>用 pg_dump 把服务器上的数据库备份到 U 盘等位置（校验后保存）</source>
        <translation>Back up the server&apos;s database with pg_dump to a USB stick or elsewhere (verified before it is kept)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="182"/>
        <source>服务器上的数据库由服务器管理员定时备份，本程序不做每日自动备份</source>
        <translation>The server&apos;s database is backed up on schedule by the server&apos;s administrator; this program makes no daily automatic backup</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="193"/>
        <source>工单(&amp;T)</source>
        <translation>&amp;Tickets</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="194"/>
        <source>新建工单</source>
        <translation>New ticket…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="196"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="199"/>
        <source>导出工单台账…</source>
        <translation>Export ticket log…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="200"/>
        <source>把当前筛选条件下的工单导出为 Excel 工单台账</source>
        <translation>Export the tickets the current filter shows as an Excel ticket log</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="208"/>
        <source>快速查找预案和知识库…</source>
        <translation>Find plans and knowledge…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="215"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="230"/>
        <source>巡检(&amp;I)</source>
        <translation>&amp;Inspections</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="231"/>
        <source>巡检待办</source>
        <translation>Inspections due</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="233"/>
        <source>查看今日、本周到期和已逾期的巡检与备份</source>
        <translation>Inspections and backups due today, due this week and overdue</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="234"/>
        <source>开始巡检…</source>
        <translation>Start inspection…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="236"/>
        <source>按待办中选中的巡检表开始巡检</source>
        <translation>Start an inspection with the checklist selected in the due list</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="237"/>
        <source>登记备份…</source>
        <translation>Record backup…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="239"/>
        <source>登记一次已完成的增量备份或全备份</source>
        <translation>Record an incremental or full backup that has been done</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="240"/>
        <source>巡检表…</source>
        <translation>Checklists…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="241"/>
        <source>新建、修改、停用巡检表</source>
        <translation>Add, edit and retire checklists</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="242"/>
        <source>备份策略与记录</source>
        <translation>Backup policies and records</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="243"/>
        <source>各系统的备份策略、备份记录和恢复测试</source>
        <translation>Each system’s backup policy, the backups done and their restore tests</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="251"/>
        <source>巡检情况汇总…</source>
        <translation>Inspection summary…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="253"/>
        <source>生成一周或一个月的巡检情况汇总（PDF）</source>
        <translation>Make the inspection summary of a week or a month (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="255"/>
        <source>导出巡检台账…</source>
        <translation>Export inspection log…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="257"/>
        <source>把巡检记录、检查项结果和备份记录导出为 Excel</source>
        <translation>Export inspections, item results and backups to Excel</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="275"/>
        <source>设备(&amp;D)</source>
        <translation>&amp;Devices</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="276"/>
        <source>设备台账</source>
        <translation>Device register</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="279"/>
        <source>按系统、地点、状态查找设备及其工单、快照</source>
        <translation>Find devices by system, location and status, with their tickets and snapshots</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="281"/>
        <source>升级记录</source>
        <translation>Upgrade register</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="282"/>
        <source>软件、固件升级记录及其测试与回退方案</source>
        <translation>Software and firmware upgrades with their tests and rollback plans</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="283"/>
        <source>维护资料</source>
        <translation>Maintenance documents</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="284"/>
        <source>合同要求移交的维护资料，按系统和版本</source>
        <translation>The maintenance documents the contract requires, by system and version</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="285"/>
        <source>培训与应急演练</source>
        <translation>Training and emergency drills</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="286"/>
        <source>培训记录、签到表、应急演练及报告</source>
        <translation>Training records, sign-in sheets, emergency drills and reports</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="402"/>
        <source>驻场运维台 — {0}</source>
        <translation>Resident Desk — {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="402"/>
        <source>驻场运维台</source>
        <translation>Resident Desk</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="414"/>
        <source>逐级上报检查失败：{0}</source>
        <translation>Escalation check failed: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="562"/>
        <source>缺陷工单已登记，已与巡检项关联</source>
        <translation>Defect ticket logged and linked to the inspection item</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="654"/>
        <source>合同设置已保存</source>
        <translation>Contract settings saved</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="741"/>
        <source>自动备份失败：{0}</source>
        <translation>Automatic backup failed: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="765"/>
        <source>关于驻场运维台</source>
        <translation>About Resident Desk</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="769"/>
        <source>&lt;b&gt;驻场运维台&lt;/b&gt; 版本 {0}</source>
        <translation>&lt;b&gt;Resident Desk&lt;/b&gt; version {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="770"/>
        <source>驻场工程师的工单、服务时限与逐级上报台。</source>
        <translation>The resident engineer&apos;s desk for tickets, service clocks and escalation.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="777"/>
        <source>项目：{0}</source>
        <translation>Project: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="778"/>
        <source>甲方：{0}；乙方：{1}</source>
        <translation>Client: {0}; contractor: {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="781"/>
        <source>竣工验收：{0}；质保期 {1} 年，至 {2} 止</source>
        <translation>Final acceptance: {0}; warranty of {1} years, until {2}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="786"/>
        <source>质保期剩余 {0} 天</source>
        <translation>Warranty: {0} days left</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="788"/>
        <source>已过质保期 {0} 天</source>
        <translation>Warranty expired {0} days ago</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="65"/>
        <source>manual_zh_CN.html</source>
        <translation>manual_en.html</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="78"/>
        <source>驻场运维台 用户手册</source>
        <translation>Resident Desk user manual</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="85"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../app/gui/store/move_dialog.py" line="30"/>
        <source>{0} · {1} {2}</source>
        <translation>{0} · {1} {2}</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/move_dialog.py" line="39"/>
        <source>备件</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/move_dialog.py" line="43"/>
        <source>当前库存</source>
        <translation>In stock</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/move_dialog.py" line="49"/>
        <source>盘盈填正数，盘亏填负数</source>
        <translation>Positive for a surplus, negative for a shortage</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/move_dialog.py" line="57"/>
        <source>多个序列号用逗号或空格分隔</source>
        <translation>Separate several serials with commas or spaces</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/move_dialog.py" line="64"/>
        <source>选择序列号</source>
        <translation>Choose serials</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/move_dialog.py" line="66"/>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/move_dialog.py" line="68"/>
        <source>序列号</source>
        <translation>Serial</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/move_dialog.py" line="71"/>
        <source>工单号，如 GD-2026-0001</source>
        <translation>Ticket number, e.g. GD-2026-0001</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/move_dialog.py" line="74"/>
        <source>备件装入的设备及位置</source>
        <translation>Device and place the part went into</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/move_dialog.py" line="80"/>
        <source>工单 *</source>
        <translation>Ticket *</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/move_dialog.py" line="81"/>
        <source>装入设备 *</source>
        <translation>Fitted into *</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/move_dialog.py" line="83"/>
        <source>工单</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/move_dialog.py" line="84"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/move_dialog.py" line="86"/>
        <source>如：售后服务部补货、厂家返修件</source>
        <translation>e.g. restock from the service department, repaired by the maker</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/move_dialog.py" line="87"/>
        <source>来源 *</source>
        <translation>Source *</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/move_dialog.py" line="89"/>
        <source>原因 *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/move_dialog.py" line="105"/>
        <source>已{0}：{1} {2} ×{3} {4}</source>
        <translation>{0} saved: {1} {2} ×{3} {4}</translation>
    </message>
</context>
<context>
    <name>MovementsModel</name>
    <message>
        <location filename="../../app/gui/store/models.py" line="61"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="62"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="63"/>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="64"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="65"/>
        <source>序列号</source>
        <translation>Serial</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="66"/>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="67"/>
        <source>工单</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="68"/>
        <source>装入设备</source>
        <translation>Fitted into</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="69"/>
        <source>来源/原因</source>
        <translation>Source / reason</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="70"/>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <location filename="../../app/gui/tickets/new_ticket_dialog.py" line="81"/>
        <source>登记</source>
        <translation>Log call</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/new_ticket_dialog.py" line="82"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/new_ticket_dialog.py" line="86"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/new_ticket_dialog.py" line="116"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/new_ticket_dialog.py" line="125"/>
        <source>如：监区一 3号监仓</source>
        <translation>e.g. Block 1, Cell 3</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/new_ticket_dialog.py" line="129"/>
        <source>请选择系统</source>
        <translation>Choose a system</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket.ui" line="14"/>
        <source>登记报修</source>
        <translation>Log a call</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket.ui" line="25"/>
        <source>报修人</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket.ui" line="34"/>
        <source>提出人 *</source>
        <translation>Requester *</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket.ui" line="50"/>
        <source>输入姓名，或从已知的提出人中选择（自动填写部门和电话）</source>
        <translation>Type a name or pick a known requester (fills in department and phone)</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket.ui" line="57"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket.ui" line="70"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket.ui" line="83"/>
        <source>报修方式 *</source>
        <translation>Channel *</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket.ui" line="96"/>
        <source>报修时间 *</source>
        <translation>Call time *</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket.ui" line="106"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket.ui" line="112"/>
        <source>默认为当前时间；事后补登时请改为实际报修时间</source>
        <translation>Defaults to now; when logging a call afterwards, enter the actual call time</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket.ui" line="122"/>
        <source>故障位置</source>
        <translation>Fault location</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket.ui" line="131"/>
        <source>地点 *</source>
        <translation>Location *</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket.ui" line="151"/>
        <source>所属系统 *</source>
        <translation>System *</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket.ui" line="164"/>
        <source>设备</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket.ui" line="190"/>
        <source>硬件故障（超过时限未修复需提供备用机）</source>
        <translation>Hardware fault (a loaner is due if it is not fixed in time)</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket.ui" line="202"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket.ui" line="208"/>
        <source>问题类别 *</source>
        <translation>Class *</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket.ui" line="221"/>
        <source>紧急程度 *</source>
        <translation>Severity *</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket.ui" line="234"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket.ui" line="247"/>
        <source>可不填，默认取问题描述的第一行</source>
        <translation>Optional: the first line of the description by default</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket.ui" line="254"/>
        <source>问题描述 *</source>
        <translation>Description *</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket.ui" line="270"/>
        <source>现象、范围、发现时间、已做的处理……</source>
        <translation>Symptoms, scope, when it was noticed, what has been done…</translation>
    </message>
</context>
<context>
    <name>OfficeWindow</name>
    <message>
        <location filename="../../app/gui/office_window.py" line="26"/>
        <source>驻场运维台 — {0}</source>
        <translation>Resident Desk — {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/office_window.py" line="29"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/gui/office_window.py" line="30"/>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../app/gui/office_window.py" line="41"/>
        <source>当前用户：{0}（{1}）</source>
        <translation>Logged in: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../app/gui/office_window.py" line="52"/>
        <source>系统管理员：管理账户和角色、安全设置与合同设置。工单、巡检等记录由驻场工程师办理，审计记录由审计员查看。</source>
        <translation>System administrator: accounts and roles, security settings and contract settings. Tickets, inspections and other records are the resident engineer&apos;s; the audit trail is the auditor&apos;s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/office_window.py" line="60"/>
        <source>账户管理…</source>
        <translation>Accounts…</translation>
    </message>
    <message>
        <location filename="../../app/gui/office_window.py" line="61"/>
        <source>安全设置…</source>
        <translation>Security settings…</translation>
    </message>
    <message>
        <location filename="../../app/gui/office_window.py" line="66"/>
        <source>合同设置…</source>
        <translation>Contract settings…</translation>
    </message>
</context>
<context>
    <name>OpenFileBox</name>
    <message>
        <location filename="../../app/gui/messages.py" line="38"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="39"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="48"/>
        <source>无法打开文件</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="49"/>
        <source>无法用系统中的程序打开此文件，请手动打开：
{0}</source>
        <translation>No program on this computer could open the file; open it yourself:
{0}</translation>
    </message>
</context>
<context>
    <name>PartDialog</name>
    <message>
        <location filename="../../app/gui/store/part_dialog.py" line="18"/>
        <source>新增备件</source>
        <translation>New part</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/part_dialog.py" line="30"/>
        <source>如 A-01</source>
        <translation>e.g. A-01</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/part_dialog.py" line="33"/>
        <source>按序列号逐件管理（整机、测试设备、硬盘等）</source>
        <translation>Track each item by serial number (whole devices, test equipment, disks …)</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/part_dialog.py" line="35"/>
        <source>编码 *</source>
        <translation>Code *</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/part_dialog.py" line="36"/>
        <source>名称 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/part_dialog.py" line="37"/>
        <source>型号规格</source>
        <translation>Model / specification</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/part_dialog.py" line="38"/>
        <source>类别 *</source>
        <translation>Category *</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/part_dialog.py" line="39"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/part_dialog.py" line="40"/>
        <source>货架</source>
        <translation>Shelf</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/part_dialog.py" line="41"/>
        <source>最低库存</source>
        <translation>Minimum stock</translation>
    </message>
</context>
<context>
    <name>PartsModel</name>
    <message>
        <location filename="../../app/gui/store/models.py" line="25"/>
        <source>货架</source>
        <translation>Shelf</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="26"/>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="27"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="28"/>
        <source>型号规格</source>
        <translation>Model / specification</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="29"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="30"/>
        <source>库存</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="31"/>
        <source>借出在外</source>
        <translation>Lent out</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="32"/>
        <source>最低库存</source>
        <translation>Minimum stock</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="33"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="34"/>
        <source>序列号管理</source>
        <translation>By serial</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="44"/>
        <source>（低）</source>
        <translation> (low)</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/models.py" line="48"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>PartsUsedModel</name>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="41"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="42"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="43"/>
        <source>备件</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="44"/>
        <source>序列号</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="45"/>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="46"/>
        <source>工单</source>
        <translation>Tickets</translation>
    </message>
</context>
<context>
    <name>PausesSection</name>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="223"/>
        <source>暂停记录</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="230"/>
        <source>{0} 起，暂停中</source>
        <translation>Paused since {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="232"/>
        <source>{0} 至 {1}（{2}）</source>
        <translation>{0} to {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="237"/>
        <source>{0}&#x3000;{1}</source>
        <translation>{0} — {1}</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../app/gui/inspections/documents.py" line="148"/>
        <source>本周</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/documents.py" line="149"/>
        <source>上周</source>
        <translation>Last week</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/documents.py" line="150"/>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/documents.py" line="151"/>
        <source>上月</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/documents.py" line="155"/>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/documents.py" line="165"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/documents.py" line="168"/>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/documents.py" line="169"/>
        <source>日期</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/documents.py" line="173"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/documents.py" line="174"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PlanEditorDialog</name>
    <message>
        <location filename="../../app/gui/plans/plan_editor.py" line="41"/>
        <source>修订应急预案 {0}</source>
        <translation>Revise emergency plan {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/plan_editor.py" line="41"/>
        <source>新建应急预案</source>
        <translation>New emergency plan</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/plan_editor.py" line="55"/>
        <source>每行一步，按处置顺序填写</source>
        <translation>One step per line, in the order to follow</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/plan_editor.py" line="73"/>
        <source>每行一种备件</source>
        <translation>One spare part per line</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/plan_editor.py" line="76"/>
        <source>本次修订了什么、为什么</source>
        <translation>What this revision changes, and why</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/plan_editor.py" line="79"/>
        <source>预案名称</source>
        <translation>Plan title</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/plan_editor.py" line="80"/>
        <source>严重程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/plan_editor.py" line="81"/>
        <source>涉及系统</source>
        <translation>Systems</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/plan_editor.py" line="82"/>
        <source>紧急情况</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/plan_editor.py" line="83"/>
        <source>应急策略（处置步骤）</source>
        <translation>Emergency strategy (steps)</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/plan_editor.py" line="84"/>
        <source>预防措施</source>
        <translation>Prevention measures</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/plan_editor.py" line="85"/>
        <source>联系人</source>
        <translation>Whom to call</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/plan_editor.py" line="86"/>
        <source>联系说明</source>
        <translation>Note on contacts</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/plan_editor.py" line="87"/>
        <source>相关备品备件</source>
        <translation>Related spare parts</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/plan_editor.py" line="88"/>
        <source>修订说明</source>
        <translation>Revision note</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/plan_editor.py" line="90"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/plan_editor.py" line="90"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PlanPrinter</name>
    <message>
        <location filename="../../app/gui/plans/printing.py" line="29"/>
        <source>应急预案</source>
        <translation>Emergency plan</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/printing.py" line="44"/>
        <source>{0} 个预案</source>
        <translation>{0} plans</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/printing.py" line="40"/>
        <source>应急预案汇编</source>
        <translation>Emergency plans booklet</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/printing.py" line="50"/>
        <source>问题汇报</source>
        <translation>Incident report</translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <location filename="../../app/gui/plans/tab.py" line="56"/>
        <source>查找应急预案和知识库（Ctrl+K）：如 断网、NVR 离线、电磁锁</source>
        <translation>Find emergency plans and knowledge articles (Ctrl+K): type Chinese or Latin words, e.g. NVR</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/tab.py" line="60"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/tab.py" line="60"/>
        <source>应急预案</source>
        <translation>Emergency plans</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/tab.py" line="60"/>
        <source>知识库</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/tab.py" line="64"/>
        <source>新建预案</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/tab.py" line="66"/>
        <source>新建知识库条目</source>
        <translation>New knowledge article</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/tab.py" line="68"/>
        <source>打印预案汇编…</source>
        <translation>Print plans booklet…</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/tab.py" line="70"/>
        <source>全部应急预案保存为一个 PDF，每个预案一页</source>
        <translation>All emergency plans as one PDF, one page per plan</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/tab.py" line="89"/>
        <location filename="../../app/gui/plans/tab.py" line="186"/>
        <source>修订…</source>
        <translation>Revise…</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/tab.py" line="91"/>
        <source>修订历史</source>
        <translation>Revision history</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/tab.py" line="93"/>
        <source>打印本预案…</source>
        <translation>Print this plan…</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/tab.py" line="95"/>
        <source>保存为一页 PDF，打印后张贴在机柜旁</source>
        <translation>Save as a one-page PDF to print and pin up beside the rack</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/tab.py" line="186"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/tab.py" line="221"/>
        <source>找到 {0} 条</source>
        <translation>Found: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/tab.py" line="223"/>
        <source>共 {0} 条</source>
        <translation>Total: {0}</translation>
    </message>
</context>
<context>
    <name>PoliciesModel</name>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="234"/>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="235"/>
        <source>增量备份</source>
        <translation>Incremental</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="236"/>
        <source>全备份</source>
        <translation>Full</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="237"/>
        <source>执行自</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="238"/>
        <source>存放位置</source>
        <translation>Stored at</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="239"/>
        <source>备份内容</source>
        <translation>Data backed up</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="245"/>
        <location filename="../../app/gui/inspections/models.py" line="246"/>
        <source>不做</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../app/gui/inspections/backup_dialogs.py" line="202"/>
        <source>备份策略 — {0}</source>
        <translation>Backup policy — {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backup_dialogs.py" line="213"/>
        <source>不做</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backup_dialogs.py" line="221"/>
        <source>增量备份</source>
        <translation>Incremental backup</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backup_dialogs.py" line="222"/>
        <source>全备份</source>
        <translation>Full backup</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backup_dialogs.py" line="223"/>
        <source>存放位置</source>
        <translation>Stored at</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backup_dialogs.py" line="224"/>
        <source>备份内容</source>
        <translation>Data backed up</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backup_dialogs.py" line="225"/>
        <source>改变备份周期后，从今天起按新周期计算是否逾期。</source>
        <translation>After a change of schedule, overdue backups are counted by the new schedule from today.</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../../app/gui/print_job.py" line="68"/>
        <source>打印失败：{0}</source>
        <translation>Printing failed: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/print_job.py" line="82"/>
        <source>无法开始打印：打印机不可用或输出文件无法写入。</source>
        <translation>Cannot start printing: the printer is unavailable or the output file cannot be written.</translation>
    </message>
    <message>
        <location filename="../../app/gui/print_job.py" line="102"/>
        <source>已取消打印，已送出 {0} 页。</source>
        <translation>Printing cancelled after {0} pages were sent.</translation>
    </message>
    <message>
        <location filename="../../app/gui/print_job.py" line="113"/>
        <source>打印机报告错误，请检查打印机后重试。</source>
        <translation>The printer reported an error. Check the printer and try again.</translation>
    </message>
    <message>
        <location filename="../../app/gui/print_job.py" line="116"/>
        <source>已送出 {0} 页到打印机。</source>
        <translation>{0} pages sent to the printer.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../app/gui/print_preview.py" line="103"/>
        <source>打印预览 - {0}</source>
        <translation>Print preview - {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/print_preview.py" line="124"/>
        <source>正在生成文档…</source>
        <translation>Making the document…</translation>
    </message>
    <message>
        <location filename="../../app/gui/print_preview.py" line="132"/>
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../app/gui/print_preview.py" line="133"/>
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../app/gui/print_preview.py" line="138"/>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../app/gui/print_preview.py" line="139"/>
        <source>整页</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../app/gui/print_preview.py" line="142"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../app/gui/print_preview.py" line="143"/>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../app/gui/print_preview.py" line="144"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/gui/print_preview.py" line="151"/>
        <source>缩放：</source>
        <translation>Zoom:</translation>
    </message>
    <message>
        <location filename="../../app/gui/print_preview.py" line="224"/>
        <source>{0}  编号 {1}{2}，共 {3} 页</source>
        <translation>{0}  serial {1}{2}, pages: {3}</translation>
    </message>
    <message>
        <location filename="../../app/gui/print_preview.py" line="231"/>
        <source>注意：以下字符字体中没有，已印为“〓”，请在纸面上手写补全：{0}</source>
        <translation>Note: these characters are in no font and print as the geta mark (U+3013); write them in by hand on paper: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/print_preview.py" line="243"/>
        <location filename="../../app/gui/print_preview.py" line="249"/>
        <source>无法生成文档</source>
        <translation>Cannot make the document</translation>
    </message>
    <message>
        <location filename="../../app/gui/print_preview.py" line="256"/>
        <source>无法写入文件：{0}（{1}）</source>
        <translation>Cannot write the file: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../app/gui/print_preview.py" line="326"/>
        <source>正在打印…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../app/gui/print_preview.py" line="326"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/gui/print_preview.py" line="330"/>
        <location filename="../../app/gui/print_preview.py" line="345"/>
        <location filename="../../app/gui/print_preview.py" line="373"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../app/gui/print_preview.py" line="353"/>
        <source>正在打印第 {0} / {1} 页…</source>
        <translation>Printing page {0} / {1}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/print_preview.py" line="360"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../app/gui/print_preview.py" line="416"/>
        <source>无法保存文档</source>
        <translation>Cannot save the document</translation>
    </message>
    <message>
        <location filename="../../app/gui/print_preview.py" line="418"/>
        <source>已保存到：{0}</source>
        <translation>Saved to: {0}</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../app/gui/tickets/queue_model.py" line="173"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/queue_model.py" line="174"/>
        <source>类别</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/queue_model.py" line="175"/>
        <source>紧急程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/queue_model.py" line="176"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/queue_model.py" line="177"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/queue_model.py" line="178"/>
        <source>所属系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/queue_model.py" line="179"/>
        <source>地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/queue_model.py" line="180"/>
        <source>提出人</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/queue_model.py" line="181"/>
        <source>报修时间</source>
        <translation>Call time</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/queue_model.py" line="185"/>
        <source>备用机</source>
        <translation>Loaner</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/queue_model.py" line="186"/>
        <source>升级</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/queue_model.py" line="404"/>
        <source>此列不能排序</source>
        <translation>This column cannot be sorted</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/queue_model.py" line="445"/>
        <source>未修复的硬件已超过备用机时限，应提供相同型号的备用机</source>
        <translation>The hardware is unfixed past the loaner limit: provide a loaner of the same model</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/queue_model.py" line="461"/>
        <source>需提供</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/queue_model.py" line="463"/>
        <source>第{0}级</source>
        <translation>Level {0}</translation>
    </message>
</context>
<context>
    <name>QuickFindDialog</name>
    <message>
        <location filename="../../app/gui/plans/quick_find.py" line="33"/>
        <source>快速查找预案和知识库</source>
        <translation>Quick find: plans and knowledge base</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/quick_find.py" line="38"/>
        <source>输入关键词，如 断网、NVR 离线；↑↓ 选择，回车打开</source>
        <translation>Type keywords (Chinese or Latin, e.g. NVR); ↑↓ to choose, Enter to open</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/quick_find.py" line="101"/>
        <source>全部应急预案和最新的知识库条目</source>
        <translation>All emergency plans and the newest knowledge articles</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/quick_find.py" line="103"/>
        <source>找到 {0} 条，回车打开第一条</source>
        <translation>Found: {0}. Enter opens the first</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/quick_find.py" line="105"/>
        <source>没有找到“{0}”</source>
        <translation>Nothing found for “{0}”</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../app/gui/receipt_dialog.py" line="47"/>
        <source>登记签字回执</source>
        <translation>Signed copy received</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_dialog.py" line="51"/>
        <source>签字后的纸质文档交回时，用扫码枪扫描文档上的二维码，或输入文档编号后按回车。</source>
        <translation>When a signed paper document comes back, scan its QR code with the barcode scanner, or type its document number and press Enter.</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_dialog.py" line="57"/>
        <source>例如 QX-2026-0001</source>
        <translation>e.g. QX-2026-0001</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_dialog.py" line="61"/>
        <source>签字单（待纸质签字的步骤）须填写：纸上签字人的姓名</source>
        <translation>For a form of a step signed on paper: the name of the person who signed it</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_dialog.py" line="66"/>
        <source>可选：签字件的扫描文件</source>
        <translation>Optional: a scan of the signed copy</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_dialog.py" line="68"/>
        <source>附加扫描件…</source>
        <translation>Attach scan…</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_dialog.py" line="74"/>
        <source>文档编号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_dialog.py" line="75"/>
        <source>签字人</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_dialog.py" line="76"/>
        <source>扫描件</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_dialog.py" line="86"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_dialog.py" line="94"/>
        <source>本次已归档</source>
        <translation>Filed in this session</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_dialog.py" line="112"/>
        <source>此文档是待纸质签字步骤的签字单：请填写签字人（纸上签字的人）后再按回车。</source>
        <translation>This is the form of a step signed on paper: type the signer (who signed on the paper), then press Enter.</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_dialog.py" line="126"/>
        <source>
步骤已完成：{0}</source>
        <translation>
Step done: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_dialog.py" line="128"/>
        <source>已归档：{0}（工单 {1}），{2}</source>
        <translation>Filed: {0} (ticket {1}), {2}</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_dialog.py" line="134"/>
        <source>{0}&#x3000;工单 {1}</source>
        <translation>{0}  ticket {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_dialog.py" line="159"/>
        <source>选择签字件的扫描文件</source>
        <translation>Choose the scan of the signed copy</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_dialog.py" line="161"/>
        <source>扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../app/gui/devices/register_page.py" line="52"/>
        <source>回车修改选中的设备</source>
        <translation>Press Enter to edit the selected device</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/register_page.py" line="55"/>
        <source>登记设备…</source>
        <translation>Register device…</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/register_page.py" line="57"/>
        <source>从 Excel 导入…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/register_page.py" line="60"/>
        <source>导出设备台账…</source>
        <translation>Export register…</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="133"/>
        <source>导出回访台账</source>
        <translation>Export follow-up log</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="134"/>
        <source>回访台账_{0}.xlsx</source>
        <translation>follow_up_log_{0}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="142"/>
        <source>已导出 {0} 条回访记录及满意度统计到：
{1}</source>
        <translation>Exported {0} follow-ups with the satisfaction statistics to:
{1}</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="167"/>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="170"/>
        <source>报告月份</source>
        <translation>Report month</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="172"/>
        <source>生成运行状况分析报告…</source>
        <translation>Make operating-status analysis report…</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="173"/>
        <source>导出回访台账…</source>
        <translation>Export follow-up log…</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="175"/>
        <source>修复后回访期限</source>
        <translation>Follow-up due after the fix</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="183"/>
        <source>待回访（已修复的缺陷）</source>
        <translation>Follow-ups due (fixed defects)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="185"/>
        <source>报告月份的回访与满意度调查</source>
        <translation>The report month&apos;s follow-ups and satisfaction surveys</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="190"/>
        <source>报告月份的改进建议（写入月报第十二节）</source>
        <translation>The report month&apos;s improvement advice (section 12 of the report)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="193"/>
        <source>记录回访…</source>
        <translation>Record follow-up…</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="194"/>
        <source>季度满意度调查…</source>
        <translation>Quarterly satisfaction survey…</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="195"/>
        <source>投诉处理结果…</source>
        <translation>Complaint outcome…</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="196"/>
        <source>添加建议…</source>
        <translation>Add advice…</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports/tab.py" line="197"/>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
</context>
<context>
    <name>ResetForm</name>
    <message>
        <location filename="../../app/gui/accounts_dialog.py" line="140"/>
        <source>重置密码 — {0}</source>
        <translation>Reset password — {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts_dialog.py" line="145"/>
        <source>临时密码</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts_dialog.py" line="146"/>
        <source>本人下次登录时须修改此密码；锁定也随之解除。</source>
        <translation>Its owner must change it at the next login; a lockout ends too.</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts_dialog.py" line="156"/>
        <source>重置</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts_dialog.py" line="157"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../app/gui/tickets/device_section.py" line="30"/>
        <source>按配置快照恢复配置</source>
        <translation>Restore the configuration from a snapshot</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/device_section.py" line="35"/>
        <source>{0} 第 {1} 版（{2}，{3}）</source>
        <translation>{0} version {1} ({2}, {3})</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/device_section.py" line="39"/>
        <source>如：已按快照恢复录像计划与校时参数，抽查正常</source>
        <translation>e.g. recording schedule and time sync restored from the snapshot, spot check fine</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/device_section.py" line="40"/>
        <source>配置快照</source>
        <translation>Configuration snapshots</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/device_section.py" line="41"/>
        <source>恢复情况</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <location filename="../../app/gui/restore_flow.py" line="36"/>
        <source>驻场运维台</source>
        <translation>Resident Desk</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_flow.py" line="43"/>
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_flow.py" line="49"/>
        <source>在此新建数据库（原文件改名保留）</source>
        <translation>Create a new database here (the old file is kept, renamed)</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_flow.py" line="53"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_flow.py" line="72"/>
        <source>选择要恢复的备份文件</source>
        <translation>Choose the backup file to restore</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_flow.py" line="74"/>
        <source>数据库备份 (*.sqlite3 *.bak);;所有文件 (*)</source>
        <translation>Database backups (*.sqlite3 *.bak);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_flow.py" line="86"/>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_flow.py" line="87"/>
        <source>用备份
{0}
替换当前数据库
{1}？

当前数据库不会删除：它会保留在 backups 文件夹中（pre-restore），需要时可以再恢复回来。</source>
        <translation>Replace the current database
{1}
with the backup
{0}?

The current database is not deleted: it is kept in the backups folder (pre-restore) and can be restored again if needed.</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_flow.py" line="96"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_flow.py" line="99"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_flow.py" line="110"/>
        <location filename="../../app/gui/restore_flow.py" line="117"/>
        <source>无法恢复</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_flow.py" line="123"/>
        <source>原数据库已保留为：
{0}</source>
        <translation>The previous database was kept as:
{0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_flow.py" line="125"/>
        <source>（原来没有数据库文件）</source>
        <translation>(there was no database file before)</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_flow.py" line="128"/>
        <source>注意：恢复记录未能写入审计记录，详见日志。</source>
        <translation>Note: the restore could not be written to the audit trail; see the log.</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_flow.py" line="133"/>
        <source>恢复完成</source>
        <translation>Restore complete</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_flow.py" line="134"/>
        <source>已从备份恢复：
{0}

{1}</source>
        <translation>Restored from the backup:
{0}

{1}</translation>
    </message>
</context>
<context>
    <name>RestoreTestDialog</name>
    <message>
        <location filename="../../app/gui/inspections/backup_dialogs.py" line="165"/>
        <source>记录恢复测试</source>
        <translation>Record restore test</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backup_dialogs.py" line="170"/>
        <source>{0} {1}，{2}，存放于 {3}</source>
        <translation>{0} {1}, {2}, stored at {3}</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backup_dialogs.py" line="181"/>
        <source>恢复成功</source>
        <translation>Restore succeeded</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backup_dialogs.py" line="182"/>
        <source>恢复失败</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backup_dialogs.py" line="185"/>
        <source>如：恢复到测试机，数据库可打开，抽查记录完整</source>
        <translation>e.g. restored to the test machine, the database opens, sampled records complete</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backup_dialogs.py" line="186"/>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backup_dialogs.py" line="187"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/backup_dialogs.py" line="188"/>
        <source>恢复测试情况</source>
        <translation>Restore test notes</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../app/gui/store/loan_dialogs.py" line="162"/>
        <source>归还 · 借用单 {0}</source>
        <translation>Return · loan {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/loan_dialogs.py" line="167"/>
        <source>借出物品</source>
        <translation>Item lent</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/loan_dialogs.py" line="168"/>
        <source>借用人</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/loan_dialogs.py" line="170"/>
        <source>如：完好归还；原设备修复装回</source>
        <translation>e.g. returned in good order; original unit repaired and refitted</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/loan_dialogs.py" line="171"/>
        <source>归还情况</source>
        <translation>Condition on return</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../../app/gui/plans/revisions_dialog.py" line="30"/>
        <source>修订历史：{0}</source>
        <translation>Revision history: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/revisions_dialog.py" line="35"/>
        <source>第 {0} 版&#x3000;{1}&#x3000;{2}</source>
        <translation>Revision {0}  {1}  {2}</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/revisions_dialog.py" line="47"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RunFormDialog</name>
    <message>
        <location filename="../../app/gui/inspections/run_form.py" line="80"/>
        <source>测量值后回车到下一行；Tab 到下一格；结论框按 P/1 合格、F/2 不合格、N/3 不适用；测量值超出允许范围自动判为不合格。Ctrl+回车保存。</source>
        <translation>Enter after a measured value goes to the next line; Tab to the next field; in the result box P/1 pass, F/2 fail, N/3 not applicable; a value outside its range fails by itself. Ctrl+Enter saves.</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_form.py" line="92"/>
        <source>如：第3项测量值录入错误</source>
        <translation>e.g. line 3: measured value entered wrongly</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_form.py" line="101"/>
        <source>整体情况（可不填）</source>
        <translation>Overall remarks (optional)</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_form.py" line="108"/>
        <source>巡检：{0}（{1}，{2}）</source>
        <translation>Inspection: {0} ({1}, {2})</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_form.py" line="110"/>
        <source>巡检 — {0}</source>
        <translation>Inspection — {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_form.py" line="118"/>
        <source>巡检时间</source>
        <translation>Inspected at</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_form.py" line="121"/>
        <source>巡检地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_form.py" line="123"/>
        <source>巡检人</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_form.py" line="126"/>
        <source>更正 {0}：{1}（{2}，{3}）</source>
        <translation>Correct {0}: {1} ({2}, {3})</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_form.py" line="130"/>
        <source>更正巡检记录 — {0}</source>
        <translation>Correct inspection — {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_form.py" line="133"/>
        <source>更正原因</source>
        <translation>Reason for correction</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_form.py" line="135"/>
        <source>巡检人 {0}&#x3000;巡检时间 {1}&#x3000;地点 {2}（更正不改变这些信息）</source>
        <translation>Inspector {0}   inspected at {1}   place {2} (a correction does not change these)</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_form.py" line="141"/>
        <source>原记录</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_form.py" line="145"/>
        <source>说明</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_form.py" line="153"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_form.py" line="154"/>
        <source>类别</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_form.py" line="155"/>
        <source>检查项目与方法</source>
        <translation>Check and method</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_form.py" line="156"/>
        <source>测量值/情况</source>
        <translation>Value / findings</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_form.py" line="157"/>
        <source>结论</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_form.py" line="158"/>
        <source>判定</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_form.py" line="159"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_form.py" line="212"/>
        <source>保存更正</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_form.py" line="212"/>
        <source>保存巡检记录</source>
        <translation>Save inspection</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_form.py" line="213"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_form.py" line="216"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_form.py" line="299"/>
        <source>放弃填写</source>
        <translation>Discard answers</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_form.py" line="300"/>
        <source>已填写的巡检结果尚未保存，确定放弃吗？</source>
        <translation>The answers typed have not been saved. Discard them?</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_form.py" line="304"/>
        <source>放弃</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_form.py" line="305"/>
        <source>继续填写</source>
        <translation>Keep filling in</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_form.py" line="357"/>
        <source>共 {0} 项：已填 {1} 项，不合格 {2} 项</source>
        <translation>{0} items: {1} filled, {2} failed</translation>
    </message>
</context>
<context>
    <name>RunGui</name>
    <message>
        <location filename="../../app/gui/app.py" line="94"/>
        <source>驻场运维台</source>
        <translation>Resident Desk</translation>
    </message>
    <message>
        <location filename="../../app/gui/app.py" line="178"/>
        <source>无法打开数据库：{0}（{1}）</source>
        <translation>Cannot open the database: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../app/gui/app.py" line="278"/>
        <source>此数据库尚未完成首次启动设置（合同信息和驻场工程师账号），无法截图。请先不带 --screenshot 启动程序完成设置，或用 demo 命令生成演示数据库。</source>
        <translation>This database is not set up yet (contract and resident engineer account), so there is nothing to take a screenshot of. Start the program once without --screenshot to set it up, or create a demo database with the demo command.</translation>
    </message>
    <message>
        <location filename="../../app/gui/app.py" line="287"/>
        <source>此数据库没有可用的驻场工程师账号，无法截图。</source>
        <translation>This database has no active resident engineer account, so no screenshot can be taken.</translation>
    </message>
    <message>
        <location filename="../../app/gui/app.py" line="310"/>
        <source>无法写入图片文件</source>
        <translation>Cannot write the image file</translation>
    </message>
    <message>
        <location filename="../../app/gui/app.py" line="315"/>
        <source>无法保存截图：{0}（{1}）</source>
        <translation>Cannot save the screenshot: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>RunItemsModel</name>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="164"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="165"/>
        <source>检查类别</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="166"/>
        <source>检查项目</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="167"/>
        <source>允许范围</source>
        <translation>Allowed range</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="168"/>
        <source>测量值/情况</source>
        <translation>Value / findings</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="169"/>
        <source>结论</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="170"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="171"/>
        <source>缺陷工单</source>
        <translation>Defect ticket</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <location filename="../../app/gui/inspections/run_view.py" line="49"/>
        <source>在上方列表中选择一条巡检记录查看详情。</source>
        <translation>Select an inspection in the list above to see it.</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_view.py" line="62"/>
        <source>开缺陷工单…</source>
        <translation>Open defect ticket…</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_view.py" line="64"/>
        <source>为选中的不合格项登记系统缺陷类工单，并与本项关联</source>
        <translation>Log a system-defect ticket for the selected failed item and link it to the item</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_view.py" line="65"/>
        <location filename="../../app/gui/inspections/run_view.py" line="211"/>
        <source>查看工单</source>
        <translation>Show ticket</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_view.py" line="67"/>
        <source>更正…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_view.py" line="70"/>
        <source>已完成的巡检记录不能修改；更正会新建一条关联的记录，原记录保留</source>
        <translation>A completed inspection cannot be edited; a correction is a new, linked record and the original stays</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_view.py" line="72"/>
        <source>保存/打印巡检报告</source>
        <translation>Save/print inspection report</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_view.py" line="75"/>
        <source>把本次巡检的巡检报告保存为 PDF（含签字栏），打开后打印</source>
        <translation>Save this inspection’s report as a PDF (with signature blocks), then open it to print</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_view.py" line="143"/>
        <source>{0}&#x3000;{1}（{2}，{3}）</source>
        <translation>{0}   {1} ({2}, {3})</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_view.py" line="149"/>
        <source>巡检人 {0}</source>
        <translation>Inspector {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_view.py" line="150"/>
        <source>巡检时间 {0}</source>
        <translation>Inspected at {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_view.py" line="151"/>
        <source>地点 {0}</source>
        <translation>Place {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_view.py" line="152"/>
        <source>{0} 项，不合格 {1} 项</source>
        <translation>{0} items, {1} failed</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_view.py" line="153"/>
        <source>{0} 于 {1} 登记</source>
        <translation>recorded by {0} at {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_view.py" line="156"/>
        <source>说明：{0}</source>
        <translation>Remarks: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_view.py" line="161"/>
        <source>本记录更正了 {0}，原因：{1}</source>
        <translation>This record corrects {0}; reason: {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_view.py" line="169"/>
        <source>本记录已被 {0} 更正，以更正后的记录为准</source>
        <translation>This record was corrected by {0}; the correction is what counts</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_view.py" line="209"/>
        <source>查看工单 {0}</source>
        <translation>Show ticket {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_view.py" line="217"/>
        <source>本记录已被 {0} 更正；请更正最新的记录</source>
        <translation>This record was corrected by {0}; correct the latest record</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_view.py" line="241"/>
        <source>不能开缺陷工单</source>
        <translation>Cannot open a defect ticket</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/run_view.py" line="294"/>
        <source>找不到巡检记录</source>
        <translation>Inspection not found</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="122"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="123"/>
        <source>巡检时间</source>
        <translation>Inspected at</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="124"/>
        <source>巡检表</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="125"/>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="126"/>
        <source>巡检人</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="127"/>
        <source>检查项</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="128"/>
        <source>不合格</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="129"/>
        <source>缺陷工单</source>
        <translation>Defect ticket</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="130"/>
        <source>更正关系</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="148"/>
        <source>更正 {0}</source>
        <translation>Corrects {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="150"/>
        <source>已被 {0} 更正</source>
        <translation>Corrected by {0}</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <location filename="../../app/gui/files.py" line="56"/>
        <source>文件已存在</source>
        <translation>File exists</translation>
    </message>
    <message>
        <location filename="../../app/gui/files.py" line="61"/>
        <source>“{0}”是只读的，不能覆盖，请另选文件名。</source>
        <translation>“{0}” is read-only and cannot be replaced. Choose another file name.</translation>
    </message>
    <message>
        <location filename="../../app/gui/files.py" line="69"/>
        <source>“{0}”已存在。要替换它吗？</source>
        <translation>“{0}” already exists. Replace it?</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../app/gui/plans/results_model.py" line="28"/>
        <source>应急预案</source>
        <translation>Emergency plan</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/results_model.py" line="29"/>
        <source>知识库</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/results_model.py" line="45"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/results_model.py" line="45"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/results_model.py" line="45"/>
        <source>涉及系统</source>
        <translation>Systems</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/results_model.py" line="45"/>
        <source>匹配内容</source>
        <translation>Matched text</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans/results_model.py" line="92"/>
        <source>全部系统</source>
        <translation>All systems</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../../app/gui/security_dialog.py" line="42"/>
        <source>安全设置</source>
        <translation>Security settings</translation>
    </message>
    <message>
        <location filename="../../app/gui/security_dialog.py" line="63"/>
        <source>审计记录保留至少 {0} 天（由审计员设置；本程序不删除审计记录）</source>
        <translation>Audit records are kept at least {0} days (set by the auditor; the program deletes no audit record)</translation>
    </message>
    <message>
        <location filename="../../app/gui/security_dialog.py" line="71"/>
        <source>第二重身份鉴别（USB 密钥等）在工作站的操作系统登录时完成，本程序不另设硬件令牌。</source>
        <translation>The second authentication factor (USB key etc.) is met at the workstation&apos;s operating-system login; the program has no hardware token of its own.</translation>
    </message>
    <message>
        <location filename="../../app/gui/security_dialog.py" line="85"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/gui/security_dialog.py" line="86"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../app/gui/setup_wizard.py" line="147"/>
        <source>驻场运维台 — 首次启动设置</source>
        <translation>Resident Desk — First-time setup</translation>
    </message>
    <message>
        <location filename="../../app/gui/setup_wizard.py" line="151"/>
        <source>&lt; 上一步</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../app/gui/setup_wizard.py" line="152"/>
        <source>下一步 &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/setup_wizard.py" line="153"/>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../app/gui/setup_wizard.py" line="154"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/gui/setup_wizard.py" line="159"/>
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../app/gui/setup_wizard.py" line="223"/>
        <source>保存失败：{0}</source>
        <translation>Could not save: {0}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="30"/>
        <location filename="../../app/gui/help_dialogs.py" line="35"/>
        <source>对话框</source>
        <translation>Dialogs</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="32"/>
        <source>保存并关闭</source>
        <translation>Save and close</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="37"/>
        <source>取消（已填写的内容会先询问）</source>
        <translation>Cancel (asks first if anything was typed)</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="40"/>
        <source>工单页</source>
        <translation>Tickets tab</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="42"/>
        <source>取消状态栏计数的筛选，显示全部工单</source>
        <translation>Clear a status-bar count&apos;s filter, show all tickets</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="45"/>
        <source>时间输入框</source>
        <translation>Time fields</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="47"/>
        <source>调整光标所在的年、月、日、时或分</source>
        <translation>Change the year, month, day, hour or minute under the cursor</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="50"/>
        <location filename="../../app/gui/help_dialogs.py" line="55"/>
        <source>巡检记录</source>
        <translation>Inspection form</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="52"/>
        <source>测量值后到下一行的测量值</source>
        <translation>After a measured value, go to the next line&apos;s value</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="57"/>
        <source>结论框：合格、不合格、不适用</source>
        <translation>Result box: pass, fail, not applicable</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="130"/>
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="137"/>
        <source>位置</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="137"/>
        <source>按键</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="137"/>
        <source>作用</source>
        <translation>What it does</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_dialogs.py" line="149"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SignOffWidget</name>
    <message>
        <location filename="../../app/gui/signoff_widget.py" line="30"/>
        <source>签字确认（{0}）</source>
        <translation>Sign-off ({0})</translation>
    </message>
    <message>
        <location filename="../../app/gui/signoff_widget.py" line="33"/>
        <source>电子签字：确认人在本机输入自己的账户和密码</source>
        <translation>Electronic: the confirmer types their own account and password here</translation>
    </message>
    <message>
        <location filename="../../app/gui/signoff_widget.py" line="37"/>
        <source>纸质签字：打印签字单，签字件交回并归档后此步骤才完成</source>
        <translation>On paper: print the form; the step completes when the signed copy is filed</translation>
    </message>
    <message>
        <location filename="../../app/gui/signoff_widget.py" line="46"/>
        <source>确认人的登录名</source>
        <translation>Confirmer&apos;s login name</translation>
    </message>
    <message>
        <location filename="../../app/gui/signoff_widget.py" line="50"/>
        <source>由确认人本人输入</source>
        <translation>Typed by the confirmer</translation>
    </message>
    <message>
        <location filename="../../app/gui/signoff_widget.py" line="52"/>
        <source>确认人账户</source>
        <translation>Confirmer account</translation>
    </message>
    <message>
        <location filename="../../app/gui/signoff_widget.py" line="53"/>
        <source>确认人密码</source>
        <translation>Confirmer password</translation>
    </message>
    <message>
        <location filename="../../app/gui/signoff_widget.py" line="56"/>
        <source>保存时将生成带编号和二维码的系统缺陷类问题提交单（PDF），打印后交确认人签字。</source>
        <translation>Saving makes the defect form (PDF) with its serial and QR code; print it for the confirmer to sign.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signoff_widget.py" line="76"/>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <location filename="../../app/gui/devices/snapshot_dialog.py" line="39"/>
        <source>保存配置快照 · {0}</source>
        <translation>Save configuration snapshot · {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/snapshot_dialog.py" line="49"/>
        <source>如：修改 NTP 服务器后导出；升级前备份</source>
        <translation>e.g. exported after changing the NTP server; backup before an upgrade</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/snapshot_dialog.py" line="51"/>
        <source>粘贴关键参数或配置文本，每项一行</source>
        <translation>Paste the key parameters or configuration text, one item per line</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/snapshot_dialog.py" line="57"/>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/snapshot_dialog.py" line="63"/>
        <source>设备</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/snapshot_dialog.py" line="64"/>
        <source>快照类型</source>
        <translation>Snapshot kind</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/snapshot_dialog.py" line="65"/>
        <source>原因 *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/snapshot_dialog.py" line="66"/>
        <source>配置内容</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/snapshot_dialog.py" line="67"/>
        <source>文件（不超过 {0} MB）</source>
        <translation>File (at most {0} MB)</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/snapshot_dialog.py" line="95"/>
        <source>选择配置文件或截图</source>
        <translation>Choose a configuration file or screenshot</translation>
    </message>
</context>
<context>
    <name>SnapshotPane</name>
    <message>
        <location filename="../../app/gui/devices/snapshot_pane.py" line="65"/>
        <source>保存配置快照…</source>
        <translation>Save snapshot…</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/snapshot_pane.py" line="66"/>
        <source>另存文件…</source>
        <translation>Save file as…</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/snapshot_pane.py" line="99"/>
        <source>还没有配置快照。配置修改、升级前后请保存一份，配置丢失时据此恢复。</source>
        <translation>No configuration snapshots yet. Save one after changing the configuration and before and after upgrades; restore from it when the configuration is lost.</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/snapshot_pane.py" line="103"/>
        <source>第 {0} 版 · {1} · {2} · {3}：{4}</source>
        <translation>Version {0} · {1} · {2} · {3}: {4}</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/snapshot_pane.py" line="116"/>
        <source>文件：{0}（{1} 字节，SHA-256 {2}）</source>
        <translation>File: {0} ({1} bytes, SHA-256 {2})</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/snapshot_pane.py" line="128"/>
        <source>与第 {0} 版比较：新增 {1} 行，删除 {2} 行</source>
        <translation>Against version {0}: {1} lines added, {2} removed</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/snapshot_pane.py" line="132"/>
        <source>第一版文本</source>
        <translation>First text version</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/snapshot_pane.py" line="178"/>
        <source>另存快照文件</source>
        <translation>Save the snapshot file</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/snapshot_pane.py" line="178"/>
        <source>全部文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/snapshot_pane.py" line="186"/>
        <source>无法另存文件</source>
        <translation>Cannot save the file</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/snapshot_pane.py" line="189"/>
        <source>文件已保存</source>
        <translation>File saved</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/snapshot_pane.py" line="189"/>
        <source>已核对校验值并保存到：
{0}</source>
        <translation>Checksum verified; saved to:
{0}</translation>
    </message>
</context>
<context>
    <name>SnapshotsModel</name>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="147"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="148"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="149"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="150"/>
        <source>保存人</source>
        <translation>Saved by</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="151"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/history_models.py" line="156"/>
        <source>第 {0} 版</source>
        <translation>Version {0}</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="127"/>
        <source>变更状态 · {0}</source>
        <translation>Change status · {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="136"/>
        <source>如：硬盘故障送厂维修</source>
        <translation>e.g. disk failed, sent to the maker for repair</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="137"/>
        <source>设备</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="138"/>
        <source>新状态</source>
        <translation>New status</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="139"/>
        <source>原因 *</source>
        <translation>Reason *</translation>
    </message>
</context>
<context>
    <name>StocktakeModel</name>
    <message>
        <location filename="../../app/gui/store/stocktake.py" line="44"/>
        <source>货架</source>
        <translation>Shelf</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/stocktake.py" line="45"/>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/stocktake.py" line="46"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/stocktake.py" line="47"/>
        <source>型号规格</source>
        <translation>Model / specification</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/stocktake.py" line="48"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/stocktake.py" line="49"/>
        <source>账面</source>
        <translation>Book</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/stocktake.py" line="50"/>
        <source>实盘</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/stocktake.py" line="51"/>
        <source>差异</source>
        <translation>Difference</translation>
    </message>
</context>
<context>
    <name>StocktakePage</name>
    <message>
        <location filename="../../app/gui/store/stocktake.py" line="146"/>
        <source>过账差异</source>
        <translation>Post differences</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/stocktake.py" line="148"/>
        <source>把本货架的盘盈盘亏一次记为库存调整</source>
        <translation>Post this shelf&apos;s surpluses and shortages as stock adjustments in one step</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/stocktake.py" line="149"/>
        <source>打印盘点表…</source>
        <translation>Print stocktake sheet…</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/stocktake.py" line="154"/>
        <source>货架</source>
        <translation>Shelf</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/stocktake.py" line="157"/>
        <source>在“实盘”列填写清点数量（双击或直接输入），差异随即显示。</source>
        <translation>Enter the counted quantities in the &quot;Counted&quot; column (double-click or just type); differences show at once.</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/stocktake.py" line="177"/>
        <source>全部货架</source>
        <translation>All shelves</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/stocktake.py" line="206"/>
        <source>共 {0} 项，已盘 {1} 项，有差异 {2} 项</source>
        <translation>{0} items, {1} counted, {2} with a difference</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/stocktake.py" line="227"/>
        <source>无法过账盘点</source>
        <translation>Cannot post the stocktake</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/stocktake.py" line="231"/>
        <source>盘点已过账</source>
        <translation>Stocktake posted</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/stocktake.py" line="232"/>
        <source>盘点 {0} 项，{1} 项有差异，已记为库存调整（盘点记录 {2}）。</source>
        <translation>{0} items counted, {1} with a difference, posted as stock adjustments (stocktake {2}).</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <location filename="../../app/gui/store/dialog_base.py" line="33"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/dialog_base.py" line="33"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StoreFiles</name>
    <message>
        <location filename="../../app/gui/store/store_files.py" line="40"/>
        <source>库存清单</source>
        <translation>Stock list</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/store_files.py" line="41"/>
        <source>出入库台账</source>
        <translation>Movement ledger</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/store_files.py" line="42"/>
        <source>借用登记</source>
        <translation>Loans</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/store_files.py" line="46"/>
        <source>导出{0}</source>
        <translation>Export {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/store_files.py" line="87"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/store_files.py" line="85"/>
        <source>导入备件清单</source>
        <translation>Import parts list</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/store_files.py" line="99"/>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/store_files.py" line="99"/>
        <source>已导出 {0} 行到：
{1}</source>
        <translation>Exported {0} rows to:
{1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/store_files.py" line="110"/>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/store_files.py" line="111"/>
        <source>已导入备件 {0} 种，期初库存 {1} 件。</source>
        <translation>Imported {0} parts with {1} items of opening stock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/store_files.py" line="118"/>
        <source>……另有 {0} 行</source>
        <translation>… and {0} more rows</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/store_files.py" line="119"/>
        <source>未导入</source>
        <translation>Nothing imported</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/store_files.py" line="124"/>
        <source>操作失败</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>StoreTab</name>
    <message>
        <location filename="../../app/gui/store/tab.py" line="59"/>
        <source>库存</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/tab.py" line="60"/>
        <source>出入库记录</source>
        <translation>Movements</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/tab.py" line="61"/>
        <source>借用</source>
        <translation>Loans</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/tab.py" line="63"/>
        <source>盘点</source>
        <translation>Stocktake</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/tab.py" line="83"/>
        <source>按编码、名称、型号查找</source>
        <translation>Find by code, name or model</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/tab.py" line="87"/>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/tab.py" line="90"/>
        <source>只看低库存</source>
        <translation>Low stock only</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/tab.py" line="97"/>
        <source>新增备件…</source>
        <translation>New part…</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/tab.py" line="113"/>
        <source>从 Excel 导入…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/tab.py" line="115"/>
        <source>导出库存清单…</source>
        <translation>Export stock list…</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/tab.py" line="155"/>
        <source>导出出入库台账…</source>
        <translation>Export movement ledger…</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/tab.py" line="159"/>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/tab.py" line="161"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/tab.py" line="173"/>
        <source>只看未归还</source>
        <translation>Not yet returned only</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/tab.py" line="180"/>
        <source>借出测试设备…</source>
        <translation>Lend test equipment…</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/tab.py" line="182"/>
        <source>归还…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/tab.py" line="184"/>
        <source>打印借用单…</source>
        <translation>Print loan form…</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/tab.py" line="186"/>
        <source>导出借用登记…</source>
        <translation>Export loans…</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/tab.py" line="188"/>
        <source>备用机在工单详情中按工单提供；此处可查看、归还和打印借用单。</source>
        <translation>Loaners are provided per ticket from the ticket detail; here you can view, return and print loan forms.</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/tab.py" line="238"/>
        <source>低库存 {0} 项</source>
        <translation>{0} low on stock</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/tab.py" line="257"/>
        <source>只显示最近 {0} 条；全部记录请导出出入库台账</source>
        <translation>Only the newest {0} shown; export the movement ledger for all</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/tab.py" line="267"/>
        <source>逾期未还 {0}</source>
        <translation>Overdue {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/tab.py" line="281"/>
        <source>请先在列表中选择一种备件</source>
        <translation>Select a part in the list first</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <location filename="../../app/gui/setup_wizard.py" line="82"/>
        <source>服务时限</source>
        <translation>Service targets</translation>
    </message>
    <message>
        <location filename="../../app/gui/setup_wizard.py" line="83"/>
        <source>合同承诺的响应、到场、修复时限（7×24小时，按日历时间计）。</source>
        <translation>The response, arrival and fix times the contract promises (7×24, in calendar time).</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <location filename="../../app/gui/inspections/template_editor.py" line="59"/>
        <source>新建巡检表</source>
        <translation>New checklist</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/template_editor.py" line="61"/>
        <source>编辑巡检表 — {0}</source>
        <translation>Edit checklist — {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/template_editor.py" line="73"/>
        <source>如：中心机房</source>
        <translation>e.g. central machine room</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/template_editor.py" line="75"/>
        <source>巡检表名称</source>
        <translation>Checklist name</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/template_editor.py" line="79"/>
        <source>巡检周期</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/template_editor.py" line="82"/>
        <source>巡检地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/template_editor.py" line="84"/>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/template_editor.py" line="88"/>
        <source>修改巡检表只影响以后的巡检：已完成的巡检记录保存了当时的检查项，不会随之改变。</source>
        <translation>Editing a checklist only affects future inspections: completed inspections keep the items they had and do not change.</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/template_editor.py" line="100"/>
        <source>检查类别</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/template_editor.py" line="101"/>
        <source>检查项目</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/template_editor.py" line="102"/>
        <source>检查方法</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/template_editor.py" line="103"/>
        <source>结果类型</source>
        <translation>Answer type</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/template_editor.py" line="104"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/template_editor.py" line="105"/>
        <source>下限</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/template_editor.py" line="106"/>
        <source>上限</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/template_editor.py" line="118"/>
        <source>添加一项</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/template_editor.py" line="120"/>
        <source>删除此项</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/template_editor.py" line="122"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/template_editor.py" line="124"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/template_editor.py" line="133"/>
        <source>保存巡检表</source>
        <translation>Save checklist</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/template_editor.py" line="133"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/template_editor.py" line="148"/>
        <source>{0}（副本）</source>
        <translation>{0} (copy)</translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="206"/>
        <source>巡检表</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="207"/>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="208"/>
        <source>周期</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="209"/>
        <source>巡检地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="210"/>
        <source>检查项</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="211"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="221"/>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/models.py" line="221"/>
        <source>已停用</source>
        <translation>Retired</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../app/gui/inspections/templates_page.py" line="38"/>
        <source>回车或双击编辑</source>
        <translation>Press Enter or double-click to edit</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/templates_page.py" line="39"/>
        <source>显示已停用的</source>
        <translation>Show retired</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/templates_page.py" line="41"/>
        <source>新建巡检表…</source>
        <translation>New checklist…</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/templates_page.py" line="43"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/templates_page.py" line="45"/>
        <source>复制为新表…</source>
        <translation>Copy as new…</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/templates_page.py" line="47"/>
        <location filename="../../app/gui/inspections/templates_page.py" line="98"/>
        <source>停用</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/templates_page.py" line="51"/>
        <source>修改巡检表不会改变已完成的巡检记录；停用的巡检表不再出现在待办中，其巡检记录仍然保留，可随时恢复使用。</source>
        <translation>Editing a checklist never changes completed inspections; a retired checklist leaves the due list, its inspections are kept, and it can be restored at any time.</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/templates_page.py" line="98"/>
        <source>恢复使用</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspections/templates_page.py" line="137"/>
        <source>无法保存</source>
        <translation>Could not save</translation>
    </message>
</context>
<context>
    <name>TicketDeviceSection</name>
    <message>
        <location filename="../../app/gui/tickets/device_section.py" line="76"/>
        <source>设备与配置</source>
        <translation>Device and configuration</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/device_section.py" line="97"/>
        <source>未关联设备台账（登记为：{0}）</source>
        <translation>Not linked to the device register (logged as: {0})</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/device_section.py" line="99"/>
        <source>关联设备…</source>
        <translation>Link device…</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/device_section.py" line="109"/>
        <source>查看设备</source>
        <translation>Open device</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/device_section.py" line="116"/>
        <source>此设备还没有配置快照</source>
        <translation>This device has no configuration snapshot yet</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/device_section.py" line="121"/>
        <source>最新配置快照：第 {0} 版，{1}，{2}（{3}）</source>
        <translation>Latest configuration snapshot: version {0}, {1}, {2} ({3})</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/device_section.py" line="128"/>
        <source>按快照恢复配置…</source>
        <translation>Restore from snapshot…</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/device_section.py" line="130"/>
        <source>配置丢失时按此快照重新配置，并记入处理记录</source>
        <translation>When the configuration is lost, configure the device again from this snapshot and record it on the timeline</translation>
    </message>
</context>
<context>
    <name>TicketFormat</name>
    <message>
        <location filename="../../app/gui/tickets/formatting.py" line="31"/>
        <source>{0}天{1}小时</source>
        <translation>{0}d {1}h</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/formatting.py" line="33"/>
        <source>{0}小时{1}分</source>
        <translation>{0}h {1}m</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/formatting.py" line="35"/>
        <source>不足1分</source>
        <translation>&lt; 1m</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/formatting.py" line="36"/>
        <source>{0}分</source>
        <translation>{0}m</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/formatting.py" line="47"/>
        <source>达标 {0}</source>
        <translation>Met in {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/formatting.py" line="51"/>
        <source>超时 {0}</source>
        <translation>Over by {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/formatting.py" line="56"/>
        <source>剩余 {0}</source>
        <translation>{0} left</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/formatting.py" line="64"/>
        <source>{0}：不适用</source>
        <translation>{0}: N/A</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/formatting.py" line="68"/>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/formatting.py" line="71"/>
        <source>时限 {0}</source>
        <translation>Target {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/formatting.py" line="75"/>
        <source>应于 {0}</source>
        <translation>Due {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/formatting.py" line="79"/>
        <source>实际 {0}</source>
        <translation>Actual {0}</translation>
    </message>
</context>
<context>
    <name>TicketLoansSection</name>
    <message>
        <location filename="../../app/gui/tickets/loans_section.py" line="27"/>
        <source>备用机</source>
        <translation>Loaner</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/loans_section.py" line="39"/>
        <source>已超过时限未修复，应提供相同型号备用机</source>
        <translation>Unrepaired past the mark: provide a same-model loaner</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/loans_section.py" line="40"/>
        <source>未到时限；超过时限仍未修复时需提供备用机</source>
        <translation>Mark not reached; a loaner is needed if still unrepaired past it</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/loans_section.py" line="41"/>
        <source>在时限内已恢复，不需要备用机</source>
        <translation>Restored within the mark; no loaner needed</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/loans_section.py" line="42"/>
        <source>非硬件故障，不适用</source>
        <translation>Not a hardware fault; not applicable</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/loans_section.py" line="43"/>
        <source>已提供备用机</source>
        <translation>Loaner provided</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/loans_section.py" line="61"/>
        <source>时限 {0}</source>
        <translation>Mark {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/loans_section.py" line="65"/>
        <source>提供备用机…</source>
        <translation>Provide loaner…</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/loans_section.py" line="74"/>
        <source>已归还 {0}</source>
        <translation>Returned {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/loans_section.py" line="76"/>
        <source>逾期未还</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/loans_section.py" line="76"/>
        <source>尚未归还</source>
        <translation>Not yet returned</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/loans_section.py" line="78"/>
        <source>借用单 {0}：{1} {2} 序列号 {3}，{4} 于 {5} 借出；{6}</source>
        <translation>Loan {0}: {1} {2} serial {3}, lent to {4} at {5}; {6}</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/loans_section.py" line="91"/>
        <source>借用单</source>
        <translation>Loan form</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/loans_section.py" line="96"/>
        <source>归还…</source>
        <translation>Return…</translation>
    </message>
</context>
<context>
    <name>TicketPlansSection</name>
    <message>
        <location filename="../../app/gui/tickets/plans_section.py" line="34"/>
        <source>应急预案与知识库</source>
        <translation>Emergency plans and knowledge base</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/plans_section.py" line="76"/>
        <source>正在查找相关预案……</source>
        <translation>Looking for related plans…</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/plans_section.py" line="78"/>
        <source>没有找到相关预案；可在“应急预案”页查找（Ctrl+K）</source>
        <translation>No related plan found; search on the Emergency plans tab (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/plans_section.py" line="86"/>
        <source>打开预案</source>
        <translation>Open plan</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/plans_section.py" line="93"/>
        <source>已按此预案处置</source>
        <translation>Followed this plan</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/plans_section.py" line="97"/>
        <source>按此预案处置</source>
        <translation>Followed this plan…</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/plans_section.py" line="99"/>
        <source>在工单处理记录中记下：已按此预案处置</source>
        <translation>Record on the ticket’s timeline that this plan was followed</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/plans_section.py" line="109"/>
        <source>生成知识库条目…</source>
        <translation>Make knowledge article…</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/plans_section.py" line="113"/>
        <source>用已修复问题的原因、处理结果和预防建议编写知识库条目</source>
        <translation>Write a knowledge article from the fixed problem’s cause, resolution and prevention advice</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/plans_section.py" line="115"/>
        <source>问题汇报…</source>
        <translation>Incident report…</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/plans_section.py" line="118"/>
        <source>重大紧急问题解决后形成问题汇报，打印后签字</source>
        <translation>After a serious incident is resolved, write the incident report; print it for signatures</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/plans_section.py" line="143"/>
        <source>无法保存</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/plans_section.py" line="155"/>
        <source>无法生成知识库条目</source>
        <translation>Cannot make a knowledge article</translation>
    </message>
</context>
<context>
    <name>TicketsTab</name>
    <message>
        <location filename="../../app/gui/tickets/tab.py" line="84"/>
        <source>登记报修</source>
        <translation>Log a call</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/tab.py" line="86"/>
        <source>登记一次新的报修（Ctrl+N）</source>
        <translation>Log a new call as a ticket (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/tab.py" line="87"/>
        <source>导出台账…</source>
        <translation>Export log…</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/tab.py" line="89"/>
        <source>把当前筛选条件下的工单导出为 Excel 工单台账</source>
        <translation>Export the tickets the current filter shows as an Excel ticket log</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/tab.py" line="231"/>
        <source>正在查询…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/tab.py" line="325"/>
        <source>查询失败</source>
        <translation>Query failed</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="315"/>
        <source>（{0} 补记）</source>
        <translation>(entered later, at {0})</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="327"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="327"/>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="327"/>
        <source>内容</source>
        <translation>Entry</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../app/gui/training/dialogs.py" line="39"/>
        <source>修改培训记录</source>
        <translation>Edit training record</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/dialogs.py" line="39"/>
        <source>登记培训</source>
        <translation>Record a training session</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/dialogs.py" line="55"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/dialogs.py" line="58"/>
        <source>每行一人“姓名 部门”，或“部门：姓名、姓名”</source>
        <translation>One person per line, “name department”, or “department: name, name”</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/dialogs.py" line="61"/>
        <source>如：现场实操考核、书面问答</source>
        <translation>e.g. hands-on test on site, written questions</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/dialogs.py" line="64"/>
        <source>培训时间 *</source>
        <translation>Held at *</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/dialogs.py" line="65"/>
        <source>培训类别</source>
        <translation>Training kind</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/dialogs.py" line="66"/>
        <source>培训主题 *</source>
        <translation>Topic *</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/dialogs.py" line="67"/>
        <source>培训人 *</source>
        <translation>Trainer *</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/dialogs.py" line="68"/>
        <source>培训地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/dialogs.py" line="69"/>
        <source>培训时长 *</source>
        <translation>Duration *</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/dialogs.py" line="70"/>
        <source>培训内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/dialogs.py" line="71"/>
        <source>参加人员 *</source>
        <translation>Attendees *</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/dialogs.py" line="72"/>
        <source>效果检验方式 *</source>
        <translation>How the effect was checked *</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/dialogs.py" line="73"/>
        <source>检验结果</source>
        <translation>Result of the check</translation>
    </message>
</context>
<context>
    <name>TrainingDue</name>
    <message>
        <location filename="../../app/gui/training/tab.py" line="47"/>
        <source>下次{0}：尚无记录，请尽快安排（{1}）</source>
        <translation>{0} next due: none recorded yet, arrange one soon ({1})</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/tab.py" line="51"/>
        <source>下次{0}：{1}（{2} {3} 天）</source>
        <translation>{0} next due: {1} ({2} {3} days)</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/tab.py" line="54"/>
        <source>下次{0}：{1}（{2}，还有 {3} 天）</source>
        <translation>{0} next due: {1} ({2}, {3} days left)</translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <location filename="../../app/gui/training/tab.py" line="156"/>
        <source>培训</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/tab.py" line="158"/>
        <source>登记培训…</source>
        <translation>Record training…</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/tab.py" line="158"/>
        <location filename="../../app/gui/training/tab.py" line="164"/>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/tab.py" line="159"/>
        <source>打印签到表…</source>
        <translation>Print sign-in sheet…</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/tab.py" line="162"/>
        <source>应急演练</source>
        <translation>Emergency drills</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/tab.py" line="164"/>
        <source>登记演练…</source>
        <translation>Record drill…</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/tab.py" line="165"/>
        <source>打印演练报告…</source>
        <translation>Print drill report…</translation>
    </message>
</context>
<context>
    <name>TrainingsModel</name>
    <message>
        <location filename="../../app/gui/training/tab.py" line="62"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/tab.py" line="63"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/tab.py" line="64"/>
        <source>类别</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/tab.py" line="65"/>
        <source>主题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/tab.py" line="66"/>
        <source>培训人</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/tab.py" line="67"/>
        <source>人数</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/tab.py" line="68"/>
        <source>效果检验</source>
        <translation>Effect check</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <location filename="../../app/gui/devices/upgrades_page.py" line="81"/>
        <source>登记升级</source>
        <translation>Record an upgrade</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/upgrades_page.py" line="88"/>
        <source>设备编号，多台用顿号或空格分隔，如 SP-0001、SP-0002</source>
        <translation>Device codes separated by spaces or commas, e.g. SP-0001, SP-0002</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/upgrades_page.py" line="96"/>
        <source>如 GD-2026-0012（可不填）</source>
        <translation>e.g. GD-2026-0012 (optional)</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/upgrades_page.py" line="98"/>
        <source>需求变更单编号（可不填）</source>
        <translation>Change request number (optional)</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/upgrades_page.py" line="113"/>
        <source>升级设备 *</source>
        <translation>Devices *</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/upgrades_page.py" line="114"/>
        <source>升级类型</source>
        <translation>Upgrade kind</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/upgrades_page.py" line="115"/>
        <source>目标版本 *</source>
        <translation>Target version *</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/upgrades_page.py" line="116"/>
        <source>升级原因 *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/upgrades_page.py" line="117"/>
        <source>关联工单</source>
        <translation>Linked ticket</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/upgrades_page.py" line="118"/>
        <source>关联变更</source>
        <translation>Linked change</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/upgrades_page.py" line="119"/>
        <source>测试情况 *</source>
        <translation>Tests done *</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/upgrades_page.py" line="120"/>
        <source>回退方案 *</source>
        <translation>Rollback plan *</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/upgrades_page.py" line="121"/>
        <source>升级结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/upgrades_page.py" line="122"/>
        <source>结果说明</source>
        <translation>Result notes</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/upgrades_page.py" line="123"/>
        <source>升级时间</source>
        <translation>Performed at</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/upgrades_page.py" line="124"/>
        <source>实施人</source>
        <translation>Performed by</translation>
    </message>
</context>
<context>
    <name>UpgradesModel</name>
    <message>
        <location filename="../../app/gui/devices/upgrades_page.py" line="38"/>
        <source>升级单号</source>
        <translation>Upgrade no.</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/upgrades_page.py" line="39"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/upgrades_page.py" line="40"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/upgrades_page.py" line="41"/>
        <source>设备</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/upgrades_page.py" line="42"/>
        <source>目标版本</source>
        <translation>Target version</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/upgrades_page.py" line="43"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/upgrades_page.py" line="44"/>
        <source>关联工单/变更</source>
        <translation>Ticket / change</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/upgrades_page.py" line="45"/>
        <source>费用</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/upgrades_page.py" line="46"/>
        <source>实施人</source>
        <translation>Performed by</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/upgrades_page.py" line="47"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>UpgradesPage</name>
    <message>
        <location filename="../../app/gui/devices/upgrades_page.py" line="161"/>
        <source>登记升级…</source>
        <translation>Record upgrade…</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/upgrades_page.py" line="163"/>
        <source>导出升级记录…</source>
        <translation>Export upgrades…</translation>
    </message>
</context>
<context>
    <name>WorkflowSection</name>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="172"/>
        <source>处理情况</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="190"/>
        <source>由{0}转为{1}</source>
        <translation>Changed from {0} to {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="195"/>
        <source>{0}（{1} 签字确认）</source>
        <translation>{0} (signed {1})</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="200"/>
        <source>类别变更</source>
        <translation>Class change</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="203"/>
        <source>主管领导</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../app/gui/tickets/detail_sections.py" line="215"/>
        <source>关闭时间</source>
        <translation>Closed at</translation>
    </message>
</context>
<context>
    <name>access</name>
    <message>
        <location filename="../../app/services/context.py" line="67"/>
        <source>账户“{who}”无权执行“{action}”</source>
        <translation>Account “{who}” may not “{action}”</translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <location filename="../../app/services/accounts.py" line="182"/>
        <source>没有这个账户</source>
        <translation>No such account</translation>
    </message>
    <message>
        <location filename="../../app/services/accounts.py" line="213"/>
        <location filename="../../app/services/accounts.py" line="230"/>
        <source>至少要保留一个启用的系统管理员账户</source>
        <translation>At least one active system administrator account must remain</translation>
    </message>
    <message>
        <location filename="../../app/services/accounts.py" line="227"/>
        <source>不能停用自己正在使用的账户</source>
        <translation>You cannot deactivate the account you are using</translation>
    </message>
</context>
<context>
    <name>action</name>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="47"/>
        <source>已电话响应</source>
        <translation>Responded by phone</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="48"/>
        <source>已到场</source>
        <translation>Arrived on site</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="49"/>
        <source>已恢复正常运行</source>
        <translation>Service restored</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="50"/>
        <source>暂停计时</source>
        <translation>Pause clocks</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="51"/>
        <source>恢复计时</source>
        <translation>Resume clocks</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="52"/>
        <source>添加备注</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="53"/>
        <source>解答并关闭</source>
        <translation>Answer and close</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="54"/>
        <source>问题分析</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="55"/>
        <source>主管领导确认</source>
        <translation>Supervisor sign-off</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="56"/>
        <source>处理完成</source>
        <translation>Record fix</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="57"/>
        <source>上报服务中心</source>
        <translation>Report to service centre</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="58"/>
        <source>回复提出人</source>
        <translation>Reply to requester</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="59"/>
        <source>回访后关闭</source>
        <translation>Follow up and close</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="60"/>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="61"/>
        <source>更正时间</source>
        <translation>Correct a time</translation>
    </message>
</context>
<context>
    <name>attention</name>
    <message>
        <location filename="../../app/domain/tickets/attention.py" line="24"/>
        <source>超时</source>
        <translation>Breached</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/attention.py" line="25"/>
        <source>预警</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/attention.py" line="26"/>
        <source>备用机待提供</source>
        <translation>Loaner due</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/attention.py" line="27"/>
        <source>待确认上报</source>
        <translation>Escalations to acknowledge</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="40"/>
        <source>首次启动设置</source>
        <translation>First-start setup</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="41"/>
        <source>命令行初始化数据库</source>
        <translation>Database set up from the command line</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="42"/>
        <source>数据库结构升级（基线）</source>
        <translation>Schema upgrade (baseline)</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="43"/>
        <source>生成演示数据</source>
        <translation>Demo data generated</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="44"/>
        <source>载入内置巡检表和预案</source>
        <translation>Shipped checklists and plans loaded</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="45"/>
        <source>记录逐级上报</source>
        <translation>Escalations recorded</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="46"/>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="47"/>
        <source>登录失败</source>
        <translation>Login failed</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="48"/>
        <source>账户锁定</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="49"/>
        <source>注销</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="50"/>
        <source>无操作自动锁定</source>
        <translation>Screen locked when idle</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="51"/>
        <source>解除锁定</source>
        <translation>Screen unlocked</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="52"/>
        <source>签字人身份认证</source>
        <translation>Signer authenticated</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="53"/>
        <source>签字认证失败</source>
        <translation>Signer authentication failed</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="54"/>
        <source>无权操作被拒绝</source>
        <translation>Refused: not permitted</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="57"/>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="60"/>
        <source>新增账户</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="61"/>
        <source>修改账户姓名或角色</source>
        <translation>Change an account&apos;s name or roles</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="62"/>
        <source>停用账户</source>
        <translation>Deactivate account</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="63"/>
        <source>重新启用账户</source>
        <translation>Reactivate account</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="64"/>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="65"/>
        <source>解除账户锁定</source>
        <translation>Unlock account</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="66"/>
        <source>修改安全设置</source>
        <translation>Change security settings</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="67"/>
        <source>修改合同设置</source>
        <translation>Change contract settings</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="71"/>
        <source>修改审计记录保留期限</source>
        <translation>Change audit retention</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="73"/>
        <source>查看审计记录</source>
        <translation>View the audit trail</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="74"/>
        <source>导出审计记录</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="77"/>
        <source>登记报修</source>
        <translation>Log a call</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="82"/>
        <source>待纸质签字（打印签字单）</source>
        <translation>Signed on paper (pending): form printed</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="84"/>
        <source>纸质签字件归档，步骤完成</source>
        <translation>Signed copy filed, step done</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="86"/>
        <source>确认已联系上报人</source>
        <translation>Escalation acknowledged</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="87"/>
        <source>按应急预案处置</source>
        <translation>Handled by an emergency plan</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="88"/>
        <source>保存问题汇报</source>
        <translation>Save incident report</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="91"/>
        <source>确认接班</source>
        <translation>Accept shift handover</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="92"/>
        <source>备份数据库</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="95"/>
        <source>从备份恢复数据库</source>
        <translation>Restore the database from a backup</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="96"/>
        <source>修改数据备份设置</source>
        <translation>Change the backup settings</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="97"/>
        <source>打印文档</source>
        <translation>Print a document</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="98"/>
        <source>打印或另存文档副本</source>
        <translation>Print or save a copy of a document</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="99"/>
        <source>撤回未生成文件的文档登记</source>
        <translation>Withdraw the register entry of a document whose file was not made</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="100"/>
        <source>登记签字件归档</source>
        <translation>File a signed copy</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="101"/>
        <source>导出台账</source>
        <translation>Export a log</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="104"/>
        <source>保存巡检记录</source>
        <translation>Save an inspection</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="105"/>
        <source>更正巡检记录</source>
        <translation>Correct an inspection</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="107"/>
        <source>巡检不合格项开缺陷工单</source>
        <translation>Defect ticket from an inspection finding</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="109"/>
        <source>保存巡检表</source>
        <translation>Save a checklist</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="111"/>
        <source>启用或停用巡检表</source>
        <translation>Retire or reactivate a checklist</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="113"/>
        <source>修改备份策略</source>
        <translation>Change a backup policy</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="114"/>
        <source>登记备份</source>
        <translation>Record a backup</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="115"/>
        <source>记录恢复测试</source>
        <translation>Record a restore test</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="118"/>
        <source>保存备件</source>
        <translation>Save a part</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="119"/>
        <source>出入库</source>
        <translation>Stock movement</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="120"/>
        <source>借出</source>
        <translation>Lend out</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="121"/>
        <source>归还</source>
        <translation>Return a loan</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="122"/>
        <source>盘点过账</source>
        <translation>Post a stocktake</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="123"/>
        <source>导入备件目录</source>
        <translation>Import the parts catalogue</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="126"/>
        <source>保存应急预案</source>
        <translation>Save an emergency plan</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="127"/>
        <source>保存知识库条目</source>
        <translation>Save a knowledge article</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="130"/>
        <source>登记设备</source>
        <translation>Register a device</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="131"/>
        <source>修改设备</source>
        <translation>Edit a device</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="132"/>
        <source>设备状态变更</source>
        <translation>Change a device&apos;s status</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="133"/>
        <source>导入设备台账</source>
        <translation>Import the device register</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="134"/>
        <source>设备关联</source>
        <translation>Link devices</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="135"/>
        <source>工单关联设备</source>
        <translation>Link a ticket to a device</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="136"/>
        <source>保存配置快照</source>
        <translation>Save a configuration snapshot</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="137"/>
        <source>按快照恢复配置</source>
        <translation>Restore a configuration from a snapshot</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="138"/>
        <source>登记升级</source>
        <translation>Record an upgrade</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="139"/>
        <source>登记维护资料</source>
        <translation>File a maintenance document</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="140"/>
        <source>保存培训记录</source>
        <translation>Save a training record</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="141"/>
        <source>保存应急演练记录</source>
        <translation>Save an emergency drill record</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="144"/>
        <source>登记或修改需求变更</source>
        <translation>Register or edit change request</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="145"/>
        <source>需求变更步骤</source>
        <translation>Change request step</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="146"/>
        <source>需求变更审批</source>
        <translation>Change request approval</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="147"/>
        <source>登记回访</source>
        <translation>Record follow-up</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="148"/>
        <source>处理不满意投诉</source>
        <translation>Deal with complaint</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="149"/>
        <source>保存改进建议</source>
        <translation>Save improvement advice</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit/actions.py" line="150"/>
        <source>修改回访期限</source>
        <translation>Change follow-up due days</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../app/db/backup.py" line="39"/>
        <source>备份文件不存在：{path}</source>
        <translation>The backup file does not exist: {path}</translation>
    </message>
    <message>
        <location filename="../../app/db/backup.py" line="40"/>
        <source>这是一个文件夹，不是备份文件：{path}</source>
        <translation>This is a folder, not a backup file: {path}</translation>
    </message>
    <message>
        <location filename="../../app/db/backup.py" line="41"/>
        <source>备份文件是空的：{path}</source>
        <translation>The backup file is empty: {path}</translation>
    </message>
    <message>
        <location filename="../../app/db/backup.py" line="42"/>
        <location filename="../../app/services/server_backups.py" line="87"/>
        <source>此文件不是驻场运维台的数据库备份：{path}</source>
        <translation>This file is not a Resident Desk database backup: {path}</translation>
    </message>
    <message>
        <location filename="../../app/db/backup.py" line="43"/>
        <source>备份文件已损坏，不能使用：{path}（{problem}）</source>
        <translation>The backup file is damaged and cannot be used: {path} ({problem})</translation>
    </message>
    <message>
        <location filename="../../app/db/backup.py" line="44"/>
        <source>此备份由更新版本的驻场运维台创建（数据库结构版本 {revision}），本程序只支持到 {head}，不能用它恢复。请使用新版本程序。</source>
        <translation>This backup was made by a newer Resident Desk (schema version {revision}); this program supports up to {head} and cannot restore it. Use the newer program.</translation>
    </message>
    <message>
        <location filename="../../app/db/backup.py" line="85"/>
        <source>无法复制数据库：{reason}</source>
        <translation>The database could not be copied: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/database_backups.py" line="96"/>
        <source>此数据库不在本机文件中，请用数据库服务器的备份工具备份。</source>
        <translation>This database is not a file on this computer: back it up with the database server&apos;s backup tools.</translation>
    </message>
    <message>
        <location filename="../../app/services/database_backups.py" line="115"/>
        <location filename="../../app/services/database_backups.py" line="136"/>
        <source>保存位置的文件夹不存在：{path}</source>
        <translation>The folder to save in does not exist: {path}</translation>
    </message>
    <message>
        <location filename="../../app/services/database_backups.py" line="118"/>
        <source>不能把数据库备份到它自己：{path}</source>
        <translation>A database cannot be backed up onto itself: {path}</translation>
    </message>
    <message>
        <location filename="../../app/services/database_backups.py" line="121"/>
        <location filename="../../app/services/database_backups.py" line="140"/>
        <source>文件已存在：{path}。为免覆盖，请换一个文件名。</source>
        <translation>The file already exists: {path}. Choose another name so that nothing is overwritten.</translation>
    </message>
    <message>
        <location filename="../../app/services/restorers.py" line="49"/>
        <source>此备份中没有账户“{user}”，或密码不正确：不能恢复</source>
        <translation>This backup has no account “{user}”, or the password is wrong: cannot restore</translation>
    </message>
    <message>
        <location filename="../../app/services/restorers.py" line="54"/>
        <source>账户“{user}”在此备份中已停用，不能用它恢复</source>
        <translation>The account “{user}” is deactivated in this backup and cannot restore it</translation>
    </message>
    <message>
        <location filename="../../app/services/restorers.py" line="58"/>
        <source>只有驻场工程师或系统管理员可以恢复备份，“{user}”不是</source>
        <translation>Only a resident engineer or an administrator may restore a backup; “{user}” is neither</translation>
    </message>
    <message>
        <location filename="../../app/services/database_backups.py" line="279"/>
        <source>备份文件就是当前数据库，无需恢复：{path}</source>
        <translation>The backup file is the current database; nothing to restore: {path}</translation>
    </message>
    <message>
        <location filename="../../app/services/database_backups.py" line="284"/>
        <source>驻场运维台正在使用此数据库：{path}。请先退出程序，再恢复备份。</source>
        <translation>Resident Desk is using this database: {path}. Quit the program first, then restore the backup.</translation>
    </message>
    <message>
        <location filename="../../app/services/server_backups.py" line="38"/>
        <source>本工作站没有 {tool}，无法备份或恢复服务器上的数据库。请安装 PostgreSQL 客户端（Debian/麒麟/统信：apt-get install postgresql-client；Windows：PostgreSQL 安装包中的“Command Line Tools”），或请服务器管理员在服务器上运行：pg_dump -Fc -f 备份文件 {database}</source>
        <translation>This workstation has no {tool}, so it cannot back up or restore the database on the server. Install the PostgreSQL client (Debian/Kylin/UOS: apt-get install postgresql-client; Windows: “Command Line Tools” in the PostgreSQL installer), or ask the server&apos;s administrator to run on the server: pg_dump -Fc -f backup-file {database}</translation>
    </message>
    <message>
        <location filename="../../app/services/server_backups.py" line="71"/>
        <source>无法备份服务器上的数据库：{reason}</source>
        <translation>Cannot back up the database on the server: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/server_backups.py" line="136"/>
        <source>此文件不是可用的数据库备份：{path}（{reason}）</source>
        <translation>This file is not a usable database backup: {path} ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/services/server_backups.py" line="110"/>
        <source>此备份由更新版本的驻场运维台创建（数据库结构版本 {revision}），本程序只支持到结构版本 {head}，不能恢复：{path}</source>
        <translation>This backup was made by a newer version of Resident Desk (schema version {revision}); this program supports schema versions up to {head} and cannot restore it: {path}</translation>
    </message>
    <message>
        <location filename="../../app/services/server_backups.py" line="217"/>
        <source>还有其他工作站或程序连接着此数据库：{where}。请所有工作站先退出驻场运维台，再恢复备份。</source>
        <translation>Other workstations or programs are still connected to this database: {where}. Ask every workstation to quit Resident Desk first, then restore the backup.</translation>
    </message>
    <message>
        <location filename="../../app/services/server_backups.py" line="241"/>
        <source>恢复失败，数据库保持原样：{reason}</source>
        <translation>Restore failed; the database is unchanged: {reason}</translation>
    </message>
</context>
<context>
    <name>changes</name>
    <message>
        <location filename="../../app/domain/changes/routing.py" line="89"/>
        <source>“预计工作量（工作日）”应为数字，如 3 或 12.5</source>
        <translation>“Estimated effort (working days)” must be a number, e.g. 3 or 12.5</translation>
    </message>
    <message>
        <location filename="../../app/domain/changes/routing.py" line="93"/>
        <source>“预计工作量（工作日）”应在 0.5 到 999 个工作日之间</source>
        <translation>“Estimated effort (working days)” must be between 0.5 and 999 working days</translation>
    </message>
    <message>
        <location filename="../../app/domain/changes/routing.py" line="97"/>
        <source>“预计工作量（工作日）”按半天估算，如 0.5、1、1.5</source>
        <translation>“Estimated effort (working days)” is estimated in half days, e.g. 0.5, 1, 1.5</translation>
    </message>
    <message>
        <location filename="../../app/domain/changes/states.py" line="133"/>
        <source>变更当前状态“{state}”下不能“{step}”</source>
        <translation>A change in state “{state}” cannot “{step}”</translation>
    </message>
    <message>
        <location filename="../../app/services/changes/approval.py" line="74"/>
        <source>变更 {number} 当前为“{state}”，不在待审批状态</source>
        <translation>Change {number} is “{state}”, not awaiting approval</translation>
    </message>
    <message>
        <location filename="../../app/services/changes/approval.py" line="92"/>
        <source>只能签字批准或驳回</source>
        <translation>Only approval or rejection can be signed</translation>
    </message>
    <message>
        <location filename="../../app/services/changes/approval.py" line="96"/>
        <source>驳回时请填写审批意见（驳回理由）</source>
        <translation>When rejecting, enter the approval comments (the reason)</translation>
    </message>
    <message>
        <location filename="../../app/services/changes/approval.py" line="102"/>
        <source>合同设置的上报联系人中没有填写{lead}的姓名，不能电子签字：请系统管理员填写，或打印申请单由{lead}纸质签字</source>
        <translation>The escalation contacts in the contract settings have no name for the {lead}, so no electronic signature is possible: ask the administrator to fill it in, or print the request form for the {lead} to sign on paper</translation>
    </message>
    <message>
        <location filename="../../app/services/changes/approval.py" line="112"/>
        <source>此变更须由{lead}（{name}）审批，账户“{who}”不是合同设置中的{lead}</source>
        <translation>This change must be approved by the {lead} ({name}); account “{who}” is not the {lead} in the contract settings</translation>
    </message>
    <message>
        <location filename="../../app/services/changes/approval.py" line="150"/>
        <source>请填写驳回的领导姓名和驳回理由</source>
        <translation>Enter the name of the lead who rejected it and the reason</translation>
    </message>
    <message>
        <location filename="../../app/services/changes/requests.py" line="271"/>
        <source>变更 {number} 已提交或已处理，不能再修改申请内容</source>
        <translation>Change {number} has been submitted or handled; the request can no longer be edited</translation>
    </message>
    <message>
        <location filename="../../app/services/changes/requests.py" line="293"/>
        <source>没有这条需求变更（{id}）</source>
        <translation>No such change request ({id})</translation>
    </message>
    <message>
        <location filename="../../app/services/changes/requests.py" line="372"/>
        <source>没有编号为 {number} 的需求变更，请核对编号</source>
        <translation>No change request numbered {number}; please check the number</translation>
    </message>
    <message>
        <location filename="../../app/services/changes/steps.py" line="38"/>
        <source>审批须由审批领导签字：请使用审批功能</source>
        <translation>Approval must be signed by the approving lead: use Approve</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <location filename="../../app/db/engine.py" line="35"/>
        <source>数据库操作失败：{reason}</source>
        <translation>Database operation failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="45"/>
        <source>数据库正被另一个程序写入，等待超时（请稍后再试）</source>
        <translation>another program is writing to the database and the wait timed out (try again shortly)</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="48"/>
        <source>磁盘空间已满</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="49"/>
        <source>磁盘读写出错</source>
        <translation>disk read/write error</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="52"/>
        <source>数据库文件只读，无法写入</source>
        <translation>the database file is read-only</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="58"/>
        <location filename="../../app/db/engine.py" line="65"/>
        <source>数据库文件已损坏（请运行检查，必要时从备份恢复）</source>
        <translation>the database file is damaged (run the check; restore from a backup if needed)</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="75"/>
        <source>用户名或密码不对</source>
        <translation>wrong user name or password</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="79"/>
        <source>服务器要求密码，但没有填写</source>
        <translation>the server requires a password, but none was entered</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="83"/>
        <source>服务器上没有这个数据库或用户</source>
        <translation>the server has no such database or user</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="89"/>
        <source>服务器拒绝连接（地址、端口不对或服务未启动）</source>
        <translation>the server refused the connection (wrong address or port, or the service is not running)</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="94"/>
        <source>找不到这个服务器名</source>
        <translation>this server name cannot be found</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="96"/>
        <source>连接服务器超时</source>
        <translation>connecting to the server timed out</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="101"/>
        <source>另一台工作站正在修改同一条记录，等待超时（请稍后再试）</source>
        <translation>another workstation is changing the same record; the wait timed out (please try again later)</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="106"/>
        <source>与另一台工作站的修改冲突（请再试一次）</source>
        <translation>conflicts with a change made at another workstation (please try again)</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="108"/>
        <source>加密连接（TLS）失败</source>
        <translation>the encrypted connection (TLS) failed</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="111"/>
        <location filename="../../app/db/engine.py" line="115"/>
        <source>与数据库服务器的连接断开</source>
        <translation>the connection to the database server was lost</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="117"/>
        <source>服务器磁盘空间已满</source>
        <translation>the server&apos;s disk is full</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="207"/>
        <source>无法创建数据库所在的文件夹：{path}（{reason}）</source>
        <translation>Cannot create the database folder: {path} ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="213"/>
        <source>数据库文件不可写：{path}。请检查文件权限。</source>
        <translation>The database file is not writable: {path}. Check the file permissions.</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="223"/>
        <source>无法打开数据库文件：{path}（{reason}）。它可能不是本程序的数据库或已损坏。</source>
        <translation>Cannot open the database file: {path} ({reason}). It may not be a Resident Desk database, or it is damaged.</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="238"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="246"/>
        <source>无法连接数据库服务器：{where}（{reason}）</source>
        <translation>Cannot connect to the database server: {where} ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/db/lock.py" line="51"/>
        <source>另一个驻场运维台程序正在使用此数据库（{holder}）。请切换到已打开的窗口，不要同时打开两份。</source>
        <translation>Another Resident Desk is already using this database ({holder}). Switch to the window that is open; do not open the database twice.</translation>
    </message>
    <message>
        <location filename="../../app/services/setup.py" line="112"/>
        <source>无法写入数据库：{path}（{reason}）</source>
        <translation>Cannot write to the database: {path} ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/db/opening.py" line="20"/>
        <source>这是一个文件夹，不是数据库文件：{path}</source>
        <translation>This is a folder, not a database file: {path}</translation>
    </message>
    <message>
        <location filename="../../app/db/opening.py" line="21"/>
        <source>数据库文件是空的：{path}。这通常表示数据已丢失，而不是第一次使用。程序没有改动它。请从备份恢复；如确认要在此位置新建数据库，请明确选择新建（原文件会改名保留）。</source>
        <translation>The database file is empty: {path}. This usually means the data was lost, not a first start. The program has not changed it. Restore from a backup; to create a new database here, choose so explicitly (the old file is kept, renamed).</translation>
    </message>
    <message>
        <location filename="../../app/db/opening.py" line="26"/>
        <source>此文件不是驻场运维台的数据库：{path}。程序没有改动它。请检查路径；如确认要在此位置新建数据库，请明确选择新建（原文件会改名保留）。</source>
        <translation>This file is not a Resident Desk database: {path}. The program has not changed it. Check the path; to create a new database here, choose so explicitly (the old file is kept, renamed).</translation>
    </message>
    <message>
        <location filename="../../app/db/opening.py" line="31"/>
        <source>数据库文件已损坏：{path}（{problem}）。程序没有改动它。请从备份恢复，或运行 resident-desk check 查看全部检查结果。</source>
        <translation>The database file is damaged: {path} ({problem}). The program has not changed it. Restore from a backup, or run resident-desk check to see every finding.</translation>
    </message>
    <message>
        <location filename="../../app/db/opening.py" line="36"/>
        <source>此数据库由更新版本的驻场运维台创建（数据库结构版本 {revision}），本程序（版本 {version}）只支持到结构版本 {head}。请用新版本程序打开；本程序没有改动它。</source>
        <translation>This database was created by a newer Resident Desk (schema version {revision}); this program (version {version}) supports up to schema version {head}. Open it with the newer program; this program has not changed it.</translation>
    </message>
    <message>
        <location filename="../../app/db/opening.py" line="96"/>
        <source>数据库需要升级到本程序的结构版本，但另一个程序正在使用它：{path}。请先关闭正在运行的驻场运维台，再重试。</source>
        <translation>The database needs upgrading to this program&apos;s schema version, but another program is using it: {path}. Close the running Resident Desk first, then try again.</translation>
    </message>
    <message>
        <location filename="../../app/db/migrate.py" line="149"/>
        <source>数据库需要升级结构，升级前必须先备份，但本工作站没有 pg_dump。请安装 PostgreSQL 客户端（Debian/麒麟/统信：apt-get install postgresql-client；Windows：PostgreSQL 安装包中的“Command Line Tools”），或在装有 pg_dump 的工作站上先启动本程序完成升级。数据库没有改动。</source>
        <translation>The database&apos;s structure needs an upgrade, which must be preceded by a backup, but this workstation has no pg_dump. Install the PostgreSQL client (Debian/Kylin/UOS: apt-get install postgresql-client; Windows: “Command Line Tools” in the PostgreSQL installer), or first start this program on a workstation that has pg_dump to complete the upgrade. The database has not been changed.</translation>
    </message>
    <message>
        <location filename="../../app/db/migrate.py" line="160"/>
        <source>升级前备份数据库失败（{reason}），数据库没有改动。</source>
        <translation>Backing up the database before the upgrade failed ({reason}); the database has not been changed.</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../app/demo/builder.py" line="329"/>
        <source>服务器上的数据库不是空的：{path}。演示数据只写入新建的空数据库，不会覆盖已有数据。</source>
        <translation>The database on the server is not empty: {path}. Demo data is only written to a new, empty database and never overwrites existing data.</translation>
    </message>
    <message>
        <location filename="../../app/demo/builder.py" line="338"/>
        <location filename="../../app/demo/builder.py" line="436"/>
        <source>文件已存在：{path}。演示数据只写入新文件，不会覆盖已有数据库。</source>
        <translation>The file already exists: {path}. Demo data is only written to a new file, never over an existing database.</translation>
    </message>
</context>
<context>
    <name>devices</name>
    <message>
        <location filename="../../app/domain/devices/snapshots.py" line="45"/>
        <source>文件是空的：{name}</source>
        <translation>The file is empty: {name}</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/snapshots.py" line="48"/>
        <source>文件 {name} 有 {size} MB，超过单个附件上限 {limit} MB</source>
        <translation>The file {name} has {size} MB, over the limit of {limit} MB per attachment</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/snapshots.py" line="55"/>
        <source>附件总量将超过 {limit} MB（已存 {stored} MB）；请先清理不再需要的旧附件</source>
        <translation>Attachments would exceed {limit} MB in total ({stored} MB stored); remove old attachments no longer needed first</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/snapshots.py" line="69"/>
        <source>附件 {name} 校验失败（SHA-256 不符），内容可能已损坏，请从备份恢复</source>
        <translation>The attachment {name} failed its check (SHA-256 differs); it may be damaged, restore it from a backup</translation>
    </message>
    <message>
        <location filename="../../app/services/devices/attachments.py" line="39"/>
        <location filename="../../app/services/devices/importing.py" line="67"/>
        <source>文件不存在：{path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <location filename="../../app/services/devices/attachments.py" line="45"/>
        <source>无法读取文件：{path}（{reason}）</source>
        <translation>Cannot read the file: {path} ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/services/devices/attachments.py" line="77"/>
        <source>附件 {id} 不存在</source>
        <translation>No attachment {id}</translation>
    </message>
    <message>
        <location filename="../../app/services/devices/documents.py" line="137"/>
        <source>没有系统 {code}</source>
        <translation>No system {code}</translation>
    </message>
    <message>
        <location filename="../../app/services/devices/documents.py" line="242"/>
        <source>没有维护资料 {id}</source>
        <translation>No maintenance document {id}</translation>
    </message>
    <message>
        <location filename="../../app/services/devices/documents.py" line="251"/>
        <source>此资料没有电子版文件</source>
        <translation>This document has no electronic file</translation>
    </message>
    <message>
        <location filename="../../app/services/devices/importing.py" line="79"/>
        <source>无法读取 Excel 文件：{path}（{reason}）</source>
        <translation>Cannot read the Excel file: {path} ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/services/devices/importing.py" line="94"/>
        <source>第一张工作表缺少表头：{missing}</source>
        <translation>The first sheet lacks the headers: {missing}</translation>
    </message>
    <message>
        <location filename="../../app/services/devices/importing.py" line="102"/>
        <source>{count} 行有错误，未导入任何数据：</source>
        <translation>{count} rows have errors; nothing was imported:</translation>
    </message>
    <message>
        <location filename="../../app/services/devices/importing.py" line="127"/>
        <source>文件中没有设备数据行</source>
        <translation>The file has no device rows</translation>
    </message>
    <message>
        <location filename="../../app/services/devices/links.py" line="37"/>
        <source>不能把设备与它自己关联</source>
        <translation>A device cannot be linked to itself</translation>
    </message>
    <message>
        <location filename="../../app/services/devices/links.py" line="63"/>
        <source>{a} 与 {b} 已经关联</source>
        <translation>{a} and {b} are already linked</translation>
    </message>
    <message>
        <location filename="../../app/services/devices/printing.py" line="37"/>
        <source>没有符合条件的维护资料可列入移交清单</source>
        <translation>No maintenance documents match for the hand-over list</translation>
    </message>
    <message>
        <location filename="../../app/services/devices/register.py" line="37"/>
        <source>设备台账中没有 {ref}</source>
        <translation>The device register has no {ref}</translation>
    </message>
    <message>
        <location filename="../../app/services/devices/snapshots.py" line="168"/>
        <location filename="../../app/services/devices/snapshots.py" line="205"/>
        <source>没有配置快照 {id}</source>
        <translation>No configuration snapshot {id}</translation>
    </message>
    <message>
        <location filename="../../app/services/devices/snapshots.py" line="218"/>
        <source>此快照没有附件文件</source>
        <translation>This snapshot has no file</translation>
    </message>
    <message>
        <location filename="../../app/services/devices/snapshots.py" line="230"/>
        <source>工单或配置快照不存在</source>
        <translation>The ticket or the snapshot does not exist</translation>
    </message>
    <message>
        <location filename="../../app/services/devices/ticket_link.py" line="25"/>
        <source>没有工单 {id}</source>
        <translation>No ticket {id}</translation>
    </message>
    <message>
        <location filename="../../app/services/devices/upgrades.py" line="253"/>
        <source>没有升级记录 {id}</source>
        <translation>No upgrade record {id}</translation>
    </message>
</context>
<context>
    <name>document</name>
    <message>
        <location filename="../../app/services/documents.py" line="72"/>
        <source>系统缺陷类问题提交单</source>
        <translation>Defect form</translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="73"/>
        <source>咨询类问题记录</source>
        <translation>Consultation record</translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="74"/>
        <source>交接班记录</source>
        <translation>Shift handover</translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="75"/>
        <source>巡检报告</source>
        <translation>Inspection report</translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="76"/>
        <source>巡检情况汇总</source>
        <translation>Inspection summary</translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="77"/>
        <source>问题汇报</source>
        <translation>Incident report</translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="78"/>
        <source>备用机借用单</source>
        <translation>Loaner form</translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="79"/>
        <source>测试设备借用单</source>
        <translation>Test-equipment loan form</translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="80"/>
        <source>备品备件盘点表</source>
        <translation>Spare-parts stocktake sheet</translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="81"/>
        <source>维护资料移交清单</source>
        <translation>Maintenance documents hand-over list</translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="82"/>
        <source>培训签到表</source>
        <translation>Training sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="83"/>
        <source>应急演练报告</source>
        <translation>Emergency drill report</translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="84"/>
        <source>需求变更申请单</source>
        <translation>Change request form</translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="85"/>
        <source>系统运行状况分析报告</source>
        <translation>Operating-status analysis report</translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="167"/>
        <source>保存位置是一个文件夹，请给出文件名：{path}</source>
        <translation>The save location is a folder; give a file name: {path}</translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="172"/>
        <source>保存位置的文件夹不存在：{path}</source>
        <translation>The folder to save in does not exist: {path}</translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="176"/>
        <source>文件是只读的，不能覆盖：{path}</source>
        <translation>The file is read-only and cannot be replaced: {path}</translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="190"/>
        <source>文件已存在：{path}。如需覆盖，请加 --force。</source>
        <translation>The file exists: {path}. Add --force to replace it.</translation>
    </message>
    <message>
        <location filename="../../app/services/tickets/forms.py" line="63"/>
        <source>工单 {number} 是{actual}问题，不能打印“{wanted}”；请打印“{other}”。</source>
        <translation>Ticket {number} is a {actual} ticket: print the “{other}”, not the “{wanted}”.</translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="270"/>
        <location filename="../../app/services/plans/documents.py" line="72"/>
        <source>无法写入文件：{path}（{reason}）</source>
        <translation>Cannot write the file: {path} ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="381"/>
        <location filename="../../app/services/documents.py" line="382"/>
        <source>没有写入权限</source>
        <translation>no write permission</translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="383"/>
        <source>无法在此位置创建文件</source>
        <translation>cannot create a file here</translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="384"/>
        <source>只读的磁盘或文件夹</source>
        <translation>read-only disk or folder</translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="385"/>
        <source>磁盘空间不足</source>
        <translation>disk full</translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="409"/>
        <source>请输入或扫描文档编号</source>
        <translation>Enter or scan the document number</translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="414"/>
        <source>扫描件文件不存在：{path}</source>
        <translation>The scan file does not exist: {path}</translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="421"/>
        <source>没有编号为 {serial} 的文档，请核对编号</source>
        <translation>There is no document numbered {serial}; check the number</translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="426"/>
        <source>文档 {serial} 已作废（{reason}），不能归档</source>
        <translation>Document {serial} is voided ({reason}) and cannot be filed</translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="432"/>
        <source>文档 {serial} 的签字件已于 {at} 由 {who} 归档，无需重复归档</source>
        <translation>The signed copy of document {serial} was filed on {at} by {who}; no need to file it again</translation>
    </message>
    <message>
        <location filename="../../app/services/tickets/document_data.py" line="25"/>
        <source>找不到工单：{number}</source>
        <translation>Ticket not found: {number}</translation>
    </message>
    <message>
        <location filename="../../app/services/handover.py" line="422"/>
        <source>请填写交班人</source>
        <translation>Fill in who hands over</translation>
    </message>
    <message>
        <location filename="../../app/services/handover.py" line="423"/>
        <source>请填写接班人</source>
        <translation>Fill in who takes over</translation>
    </message>
    <message>
        <location filename="../../app/services/handover.py" line="426"/>
        <source>接班人不能与交班人是同一人：{name}</source>
        <translation>The engineer taking over cannot be the one handing over: {name}</translation>
    </message>
    <message>
        <location filename="../../app/services/handover.py" line="547"/>
        <source>交接班记录 {serial} 已由 {who} 确认接班，交班说明不能再改；另行交接请选择本班开始时间</source>
        <translation>Shift handover {serial} has been accepted by {who}; its handover notes can no longer be changed. For a new handover, choose the shift start.</translation>
    </message>
    <message>
        <location filename="../../app/services/handover.py" line="596"/>
        <source>本班开始时间必须早于交接时间</source>
        <translation>The shift must start before the handover time</translation>
    </message>
    <message>
        <location filename="../../app/services/inspections/documents.py" line="72"/>
        <source>开始日期不能晚于结束日期</source>
        <translation>The start date cannot be after the end date</translation>
    </message>
    <message>
        <location filename="../../app/services/inspections/documents.py" line="74"/>
        <source>统计期间不能超过三年</source>
        <translation>The period cannot be longer than three years</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/incident_report.py" line="84"/>
        <source>工单 {number} 是{actual}问题，问题汇报只用于系统缺陷类问题。</source>
        <translation>Ticket {number} is a {actual} ticket; incident reports are for system-defect tickets only.</translation>
    </message>
    <message>
        <location filename="../../app/services/filing.py" line="46"/>
        <source>{serial} 是待签字步骤的签字单：请填写在纸上签字的人的姓名（签字人）</source>
        <translation>{serial} is the form of a step awaiting signature: give the name of the person who signed it on paper (signer)</translation>
    </message>
    <message>
        <location filename="../../app/services/filing.py" line="55"/>
        <source>本程序不认识此签字单所签的步骤：{subject}</source>
        <translation>This program does not know the step this form signs: {subject}</translation>
    </message>
    <message>
        <location filename="../../app/services/tickets/signoff.py" line="166"/>
        <source>此步骤已在等待纸质签字（签字单 {serial}）：签字件归档后即完成，也可改用电子签字</source>
        <translation>This step already awaits a paper signature (form {serial}): it completes when the signed copy is filed, or sign electronically instead</translation>
    </message>
    <message>
        <location filename="../../app/services/handover_acceptance.py" line="84"/>
        <source>请填写接班检查意见</source>
        <translation>Please enter the handover acceptance remarks</translation>
    </message>
    <message>
        <location filename="../../app/services/handover_acceptance.py" line="101"/>
        <source>没有编号为 {serial} 的交接班记录</source>
        <translation>There is no shift handover numbered {serial}</translation>
    </message>
    <message>
        <location filename="../../app/services/handover_acceptance.py" line="106"/>
        <source>交接班记录 {serial} 已由 {who} 确认接班</source>
        <translation>Shift handover {serial} was already accepted by {who}</translation>
    </message>
    <message>
        <location filename="../../app/services/handover_acceptance.py" line="112"/>
        <source>接班人是 {taker}，请用 {taker} 的账户确认接班</source>
        <translation>The incoming engineer is {taker}; accept with {taker}&apos;s account</translation>
    </message>
    <message>
        <location filename="../../app/services/document_versions.py" line="31"/>
        <source>补打（第 {n} 次）</source>
        <translation>Reprint (no. {n})</translation>
    </message>
    <message>
        <location filename="../../app/services/document_versions.py" line="151"/>
        <source>文档已不在登记簿中，无法登记这份副本</source>
        <translation>The document is no longer in the register; this copy cannot be recorded</translation>
    </message>
    <message>
        <location filename="../../app/services/changes/approval.py" line="182"/>
        <source>此变更已在等待纸质签字（申请单 {serial}）：签字件归档后即批准，也可改用电子签字</source>
        <translation>This change is already waiting for a paper signature (form {serial}): it is approved when the signed copy is filed, or can be signed electronically instead</translation>
    </message>
</context>
<context>
    <name>enum</name>
    <message>
        <location filename="../../app/domain/enums.py" line="156"/>
        <source>咨询类</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="157"/>
        <source>系统缺陷类</source>
        <translation>System defect</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="158"/>
        <source>一般</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="159"/>
        <source>重大</source>
        <translation>Major</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="160"/>
        <source>紧急</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="161"/>
        <location filename="../../app/domain/enums.py" line="189"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="162"/>
        <source>传真</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="163"/>
        <source>远程</source>
        <translation>Remote</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="164"/>
        <source>现场</source>
        <translation>On site</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="165"/>
        <source>在线咨询</source>
        <translation>Online chat</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="166"/>
        <source>电子邮件</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="167"/>
        <source>巡检发现</source>
        <translation>Inspection finding</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="168"/>
        <source>现场发现</source>
        <translation>Found on site</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="169"/>
        <source>监控告警</source>
        <translation>Monitoring alarm</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="170"/>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="171"/>
        <source>已分析</source>
        <translation>Analysed</translation>
    </message>
    <message>
        <location filename="../../app/domain/changes/states.py" line="61"/>
        <source>登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../app/domain/changes/states.py" line="62"/>
        <source>待审批</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../app/domain/changes/states.py" line="63"/>
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../app/domain/changes/states.py" line="64"/>
        <source>已驳回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../app/domain/changes/states.py" line="65"/>
        <source>实施中</source>
        <translation>Implementing</translation>
    </message>
    <message>
        <location filename="../../app/domain/changes/states.py" line="66"/>
        <location filename="../../app/services/reports/advice.py" line="38"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../app/domain/changes/states.py" line="67"/>
        <source>已失败（已回退）</source>
        <translation>Failed (rolled back)</translation>
    </message>
    <message>
        <location filename="../../app/domain/changes/states.py" line="68"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../app/domain/changes/states.py" line="69"/>
        <location filename="../../app/domain/enums.py" line="172"/>
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../app/domain/changes/states.py" line="70"/>
        <source>修改申请</source>
        <translation>Edit request</translation>
    </message>
    <message>
        <location filename="../../app/domain/changes/states.py" line="71"/>
        <source>书面提交审批</source>
        <translation>Submit in writing</translation>
    </message>
    <message>
        <location filename="../../app/domain/changes/states.py" line="72"/>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../app/domain/changes/states.py" line="73"/>
        <source>驳回</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../app/domain/changes/states.py" line="74"/>
        <source>开始实施</source>
        <translation>Start implementation</translation>
    </message>
    <message>
        <location filename="../../app/domain/changes/states.py" line="75"/>
        <source>实施完成</source>
        <translation>Implementation done</translation>
    </message>
    <message>
        <location filename="../../app/domain/changes/states.py" line="76"/>
        <source>实施失败，已回退</source>
        <translation>Failed, rolled back</translation>
    </message>
    <message>
        <location filename="../../app/domain/changes/states.py" line="77"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/domain/changes/states.py" line="78"/>
        <source>提出人确认</source>
        <translation>Requester accepts</translation>
    </message>
    <message>
        <location filename="../../app/domain/changes/states.py" line="79"/>
        <source>重新估算工作量</source>
        <translation>Re-estimate effort</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="173"/>
        <source>已修复</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="174"/>
        <source>已上报</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="175"/>
        <source>已回复</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="176"/>
        <source>已关闭</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="177"/>
        <source>技术问题</source>
        <translation>Technical problem</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="178"/>
        <source>业务问题</source>
        <translation>Business problem</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="179"/>
        <source>操作问题</source>
        <translation>Operation problem</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="180"/>
        <source>改正性维护</source>
        <translation>Corrective maintenance</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="181"/>
        <source>适应性维护</source>
        <translation>Adaptive maintenance</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="182"/>
        <source>完善性维护</source>
        <translation>Perfective maintenance</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="183"/>
        <source>预防性维护</source>
        <translation>Preventive maintenance</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="184"/>
        <source>支援性维护</source>
        <translation>Supportive maintenance</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="185"/>
        <source>承包人原因（我方承担）</source>
        <translation>Contractor-caused (we pay)</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="186"/>
        <source>发包人原因（甲方承担）</source>
        <translation>Client-caused (the client pays)</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="187"/>
        <source>第三方原因（第三方承担）</source>
        <translation>Third-party-caused (third party pays)</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="188"/>
        <source>不可抗力（各自承担）</source>
        <translation>Force majeure (each side bears its own)</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="190"/>
        <source>当面</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="191"/>
        <source>短信</source>
        <translation>Text message</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="192"/>
        <source>对讲</source>
        <translation>Intercom</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="193"/>
        <source>保内</source>
        <translation>In warranty</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="194"/>
        <source>保外</source>
        <translation>Out of warranty</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="195"/>
        <source>响应</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="196"/>
        <source>到场</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="197"/>
        <source>修复</source>
        <translation>Fix</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="198"/>
        <source>达标</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="199"/>
        <source>计时中</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="200"/>
        <source>预警</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="201"/>
        <source>超时</source>
        <translation>Breached</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="202"/>
        <source>已暂停</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="203"/>
        <location filename="../../app/domain/enums.py" line="219"/>
        <source>不适用</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="204"/>
        <source>自行发现</source>
        <translation>Self-found</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="205"/>
        <source>每日</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="206"/>
        <source>每周</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="207"/>
        <source>每月</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="208"/>
        <source>每季度</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="209"/>
        <source>数据完整性检查</source>
        <translation>Data integrity check</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="210"/>
        <source>运行状态检查</source>
        <translation>Run status check</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="211"/>
        <source>功能检查</source>
        <translation>Function check</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="212"/>
        <source>可用性检查</source>
        <translation>Usability check</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="213"/>
        <source>安全性检查</source>
        <translation>Security check</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="214"/>
        <source>合格/不合格</source>
        <translation>Pass/fail</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="215"/>
        <source>测量数值</source>
        <translation>Measured number</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="216"/>
        <source>文字记录</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="217"/>
        <source>合格</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="218"/>
        <source>不合格</source>
        <translation>Fail</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="220"/>
        <source>增量备份</source>
        <translation>Incremental backup</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="221"/>
        <source>全备份</source>
        <translation>Full backup</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="222"/>
        <location filename="../../app/domain/training/rules.py" line="65"/>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="223"/>
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="224"/>
        <source>本周到期</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="225"/>
        <source>本期未做</source>
        <translation>Not done this period</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.py" line="226"/>
        <source>本期已完成</source>
        <translation>Done this period</translation>
    </message>
    <message>
        <location filename="../../app/domain/store/inventory.py" line="50"/>
        <source>备品备件</source>
        <translation>Spare parts</translation>
    </message>
    <message>
        <location filename="../../app/domain/store/inventory.py" line="51"/>
        <source>耗材</source>
        <translation>Consumable</translation>
    </message>
    <message>
        <location filename="../../app/domain/store/inventory.py" line="52"/>
        <source>整机（替换/备用机）</source>
        <translation>Whole device (replacement / loaner)</translation>
    </message>
    <message>
        <location filename="../../app/domain/store/inventory.py" line="53"/>
        <location filename="../../app/domain/store/inventory.py" line="66"/>
        <source>测试设备</source>
        <translation>Test equipment</translation>
    </message>
    <message>
        <location filename="../../app/domain/store/inventory.py" line="56"/>
        <source>入库</source>
        <translation>Stock in</translation>
    </message>
    <message>
        <location filename="../../app/domain/store/inventory.py" line="57"/>
        <source>出库</source>
        <translation>Stock out</translation>
    </message>
    <message>
        <location filename="../../app/domain/store/inventory.py" line="58"/>
        <source>退库</source>
        <translation>Return to stock</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="60"/>
        <source>在用</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="61"/>
        <source>维修中</source>
        <translation>In repair</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="62"/>
        <source>借用替换中</source>
        <translation>Loaner in place</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="63"/>
        <source>备用</source>
        <translation>Spare</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="64"/>
        <location filename="../../app/domain/store/inventory.py" line="59"/>
        <source>报废</source>
        <translation>Scrap</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="65"/>
        <source>摄像机</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="66"/>
        <source>硬盘录像机</source>
        <translation>NVR</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="67"/>
        <source>存储设备</source>
        <translation>Storage</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="68"/>
        <source>解码器</source>
        <translation>Decoder</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="69"/>
        <source>显示设备</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="70"/>
        <source>交换机</source>
        <translation>Switch</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="71"/>
        <source>防火墙/网闸</source>
        <translation>Firewall / gateway</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="72"/>
        <source>服务器</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="73"/>
        <source>工作站</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="74"/>
        <source>门禁控制器</source>
        <translation>Access controller</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="75"/>
        <source>读卡器/门禁终端</source>
        <translation>Reader / access terminal</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="76"/>
        <source>电锁/按钮</source>
        <translation>Lock / button</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="77"/>
        <source>对讲主机</source>
        <translation>Intercom master</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="78"/>
        <source>对讲分机</source>
        <translation>Intercom terminal</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="79"/>
        <source>报警主机</source>
        <translation>Alarm host</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="80"/>
        <source>报警防区/探测器</source>
        <translation>Alarm zone / detector</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="81"/>
        <source>UPS</source>
        <translation>UPS</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="82"/>
        <source>蓄电池组</source>
        <translation>Battery bank</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="83"/>
        <source>配电设备</source>
        <translation>Power distribution</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="84"/>
        <source>软件/模块</source>
        <translation>Software / module</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="85"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/domain/store/inventory.py" line="60"/>
        <source>调整</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <location filename="../../app/domain/store/inventory.py" line="61"/>
        <source>借出</source>
        <translation>Lent out</translation>
    </message>
    <message>
        <location filename="../../app/domain/store/inventory.py" line="62"/>
        <source>归还</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../app/domain/store/inventory.py" line="65"/>
        <source>备用机</source>
        <translation>Loaner</translation>
    </message>
    <message>
        <location filename="../../app/domain/accounts/roles.py" line="25"/>
        <source>驻场工程师</source>
        <translation>Resident engineer</translation>
    </message>
    <message>
        <location filename="../../app/domain/accounts/roles.py" line="26"/>
        <source>主管/甲方确认人</source>
        <translation>Supervisor / client confirmer</translation>
    </message>
    <message>
        <location filename="../../app/domain/accounts/roles.py" line="27"/>
        <source>系统管理员</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <location filename="../../app/domain/accounts/roles.py" line="28"/>
        <source>审计员</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/documents.py" line="27"/>
        <source>安装指导书</source>
        <translation>Installation guide</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/documents.py" line="28"/>
        <source>系统维护手册</source>
        <translation>Maintenance manual</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/documents.py" line="29"/>
        <source>系统操作手册</source>
        <translation>Operation manual</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/documents.py" line="30"/>
        <source>相关设备的配置数据文档</source>
        <translation>Device configuration data</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/documents.py" line="31"/>
        <source>接口规范和协议</source>
        <translation>Interface specifications and protocols</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/documents.py" line="32"/>
        <source>设计文档</source>
        <translation>Design documents</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/documents.py" line="33"/>
        <source>数据库设计文档及说明</source>
        <translation>Database design documents</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/documents.py" line="34"/>
        <source>其他资料</source>
        <translation>Other documents</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/snapshots.py" line="32"/>
        <source>关键参数文本</source>
        <translation>Key parameters (text)</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/snapshots.py" line="33"/>
        <source>导出的配置文件</source>
        <translation>Exported configuration file</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/snapshots.py" line="34"/>
        <source>设置截图</source>
        <translation>Settings screenshot</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/upgrades.py" line="40"/>
        <source>固件升级</source>
        <translation>Firmware upgrade</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/upgrades.py" line="41"/>
        <source>软件升级</source>
        <translation>Software upgrade</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/upgrades.py" line="42"/>
        <source>升级成功</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/upgrades.py" line="43"/>
        <source>已回退</source>
        <translation>Rolled back</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/upgrades.py" line="44"/>
        <source>升级失败</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/upgrades.py" line="45"/>
        <source>免费（质保期内）</source>
        <translation>Free (in warranty)</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/upgrades.py" line="46"/>
        <source>按成本价收费（质保期外）</source>
        <translation>At cost (out of warranty)</translation>
    </message>
    <message>
        <location filename="../../app/domain/training/rules.py" line="59"/>
        <source>操作培训</source>
        <translation>Operator training</translation>
    </message>
    <message>
        <location filename="../../app/domain/training/rules.py" line="60"/>
        <source>运维培训</source>
        <translation>Maintenance training</translation>
    </message>
    <message>
        <location filename="../../app/domain/training/rules.py" line="61"/>
        <source>应急预案培训</source>
        <translation>Emergency plan training</translation>
    </message>
    <message>
        <location filename="../../app/domain/training/rules.py" line="62"/>
        <source>培训</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../app/domain/training/rules.py" line="63"/>
        <source>应急演练</source>
        <translation>Emergency drill</translation>
    </message>
    <message>
        <location filename="../../app/domain/training/rules.py" line="64"/>
        <source>从未进行</source>
        <translation>Never held</translation>
    </message>
    <message>
        <location filename="../../app/domain/training/rules.py" line="66"/>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../app/domain/training/rules.py" line="67"/>
        <source>未到期</source>
        <translation>Not due</translation>
    </message>
    <message>
        <location filename="../../app/domain/changes/routing.py" line="69"/>
        <source>缺陷处理</source>
        <translation>Defect fix</translation>
    </message>
    <message>
        <location filename="../../app/domain/changes/routing.py" line="70"/>
        <source>技术协议模糊功能</source>
        <translation>Vague function of the technical agreement</translation>
    </message>
    <message>
        <location filename="../../app/domain/changes/routing.py" line="71"/>
        <source>新增需求</source>
        <translation>New requirement</translation>
    </message>
    <message>
        <location filename="../../app/domain/changes/routing.py" line="72"/>
        <source>无需审批</source>
        <translation>No approval needed</translation>
    </message>
    <message>
        <location filename="../../app/domain/changes/routing.py" line="73"/>
        <source>部门领导</source>
        <translation>department lead</translation>
    </message>
    <message>
        <location filename="../../app/domain/changes/routing.py" line="74"/>
        <source>公司领导</source>
        <translation>company lead</translation>
    </message>
    <message>
        <location filename="../../app/domain/changes/routing.py" line="75"/>
        <source>质保期内免费</source>
        <translation>free within the warranty period</translation>
    </message>
    <message>
        <location filename="../../app/domain/changes/routing.py" line="76"/>
        <source>质保期外按成本价核算</source>
        <translation>at cost price after the warranty period</translation>
    </message>
    <message>
        <location filename="../../app/domain/reports/followups.py" line="47"/>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../app/domain/reports/followups.py" line="48"/>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location filename="../../app/domain/reports/followups.py" line="49"/>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../../app/domain/reports/followups.py" line="50"/>
        <source>电话回访</source>
        <translation>By phone</translation>
    </message>
    <message>
        <location filename="../../app/domain/reports/followups.py" line="51"/>
        <source>上门回访</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../app/domain/reports/followups.py" line="52"/>
        <source>工单回访</source>
        <translation>Ticket follow-up</translation>
    </message>
    <message>
        <location filename="../../app/domain/reports/followups.py" line="53"/>
        <source>季度满意度调查</source>
        <translation>Quarterly satisfaction survey</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/advice.py" line="36"/>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/advice.py" line="37"/>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/advice.py" line="39"/>
        <source>不再执行</source>
        <translation>Dropped</translation>
    </message>
</context>
<context>
    <name>escalation</name>
    <message>
        <location filename="../../app/domain/tickets/escalation.py" line="18"/>
        <source>项目经理</source>
        <translation>Project manager</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/escalation.py" line="19"/>
        <source>售后服务部负责人</source>
        <translation>Head of service department</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/escalation.py" line="20"/>
        <source>公司领导</source>
        <translation>Company lead</translation>
    </message>
</context>
<context>
    <name>failure</name>
    <message>
        <location filename="../../app/services/diagnostics.py" line="156"/>
        <source>磁盘空间已满</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../../app/services/diagnostics.py" line="157"/>
        <location filename="../../app/services/diagnostics.py" line="158"/>
        <source>没有访问权限</source>
        <translation>access denied</translation>
    </message>
    <message>
        <location filename="../../app/services/diagnostics.py" line="159"/>
        <source>只读的磁盘或文件夹</source>
        <translation>read-only disk or folder</translation>
    </message>
    <message>
        <location filename="../../app/services/diagnostics.py" line="160"/>
        <source>磁盘读写出错</source>
        <translation>disk read/write error</translation>
    </message>
    <message>
        <location filename="../../app/services/diagnostics.py" line="161"/>
        <source>文件或文件夹不存在</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <location filename="../../app/services/diagnostics.py" line="171"/>
        <source>文件操作失败：{path}（{reason}）</source>
        <translation>File operation failed: {path} ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/services/diagnostics.py" line="175"/>
        <source>内存不足</source>
        <translation>out of memory</translation>
    </message>
    <message>
        <location filename="../../app/services/diagnostics.py" line="177"/>
        <source>程序内部错误（{kind}）</source>
        <translation>internal program error ({kind})</translation>
    </message>
</context>
<context>
    <name>field</name>
    <message>
        <location filename="../../app/domain/tickets/intake.py" line="23"/>
        <location filename="../../app/services/changes/requests.py" line="48"/>
        <source>提出人</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/intake.py" line="24"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/intake.py" line="25"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/intake.py" line="26"/>
        <source>报修方式</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/intake.py" line="27"/>
        <source>地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="162"/>
        <location filename="../../app/gui/tickets/device_section.py" line="64"/>
        <source>设备编号</source>
        <translation>Device code</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="163"/>
        <source>设备名称</source>
        <translation>Device name</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="164"/>
        <location filename="../../app/domain/tickets/intake.py" line="28"/>
        <location filename="../../app/services/changes/requests.py" line="49"/>
        <location filename="../../app/services/tickets/calls.py" line="76"/>
        <source>所属系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="165"/>
        <source>安装位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="166"/>
        <source>设备类型</source>
        <translation>Device type</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="167"/>
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="168"/>
        <source>型号</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="169"/>
        <source>序列号</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="170"/>
        <source>资产编号</source>
        <translation>Asset number</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="171"/>
        <source>IP地址</source>
        <translation>IP address</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="172"/>
        <source>MAC地址</source>
        <translation>MAC address</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="173"/>
        <source>固件/软件版本</source>
        <translation>Firmware/software version</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="174"/>
        <source>安装日期</source>
        <translation>Installed on</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="175"/>
        <source>质保到期</source>
        <translation>Warranty ends</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="176"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/intake.py" line="29"/>
        <location filename="../../app/services/tickets/calls.py" line="88"/>
        <source>设备</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/intake.py" line="30"/>
        <source>问题类别</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/intake.py" line="31"/>
        <source>紧急程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/intake.py" line="32"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/intake.py" line="33"/>
        <source>问题描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/intake.py" line="34"/>
        <source>报修时间</source>
        <translation>Call time</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="197"/>
        <source>响应时间</source>
        <translation>Response time</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="198"/>
        <source>到场时间</source>
        <translation>Arrival time</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="200"/>
        <source>恢复时间</source>
        <translation>Restored at</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="201"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="204"/>
        <source>暂停时间</source>
        <translation>Paused at</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="205"/>
        <source>暂停原因</source>
        <translation>Reason for pause</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="207"/>
        <source>恢复计时时间</source>
        <translation>Resumed at</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="177"/>
        <location filename="../../app/domain/tickets/workflow.py" line="208"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="210"/>
        <source>解答时间</source>
        <translation>Answered at</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="211"/>
        <source>解答内容</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="216"/>
        <source>问题类型</source>
        <translation>Problem type</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="220"/>
        <source>分析意见</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="223"/>
        <source>签字确认时间</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="224"/>
        <source>处理建议和措施</source>
        <translation>Proposed measures</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="227"/>
        <source>问题原因</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="228"/>
        <source>处理结果</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="229"/>
        <source>预防建议</source>
        <translation>Prevention advice</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="232"/>
        <source>维护类型</source>
        <translation>Maintenance type</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="236"/>
        <source>责任认定</source>
        <translation>Liability</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="237"/>
        <source>完成时间</source>
        <translation>Fixed at</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="238"/>
        <source>设备资产编号/序列号</source>
        <translation>Asset number / serial</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="241"/>
        <source>保内/保外（空则按质保期）</source>
        <translation>In / out of warranty (empty: by the warranty period)</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="246"/>
        <source>遗留问题</source>
        <translation>Outstanding issues</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="249"/>
        <source>上报时间</source>
        <translation>Reported at</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="250"/>
        <source>上报说明</source>
        <translation>Report note</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="253"/>
        <source>回复时间</source>
        <translation>Replied at</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="254"/>
        <source>回复内容（原因与变更记录）</source>
        <translation>Reply (cause and change record)</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="260"/>
        <source>回访对象（空则为提出人）</source>
        <translation>Person contacted (the requester if empty)</translation>
    </message>
    <message>
        <location filename="../../app/domain/reports/followups.py" line="57"/>
        <location filename="../../app/domain/tickets/workflow.py" line="257"/>
        <source>回访时间</source>
        <translation>Follow-up time</translation>
    </message>
    <message>
        <location filename="../../app/domain/reports/followups.py" line="58"/>
        <location filename="../../app/domain/tickets/workflow.py" line="259"/>
        <source>回访方式</source>
        <translation>Way</translation>
    </message>
    <message>
        <location filename="../../app/domain/reports/followups.py" line="59"/>
        <source>回访对象</source>
        <translation>Person contacted</translation>
    </message>
    <message>
        <location filename="../../app/domain/reports/followups.py" line="60"/>
        <location filename="../../app/domain/tickets/workflow.py" line="263"/>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../app/domain/reports/followups.py" line="61"/>
        <location filename="../../app/domain/tickets/workflow.py" line="258"/>
        <source>回访意见</source>
        <translation>Follow-up feedback</translation>
    </message>
    <message>
        <location filename="../../app/domain/reports/followups.py" line="62"/>
        <source>问题是否复发</source>
        <translation>Problem recurred</translation>
    </message>
    <message>
        <location filename="../../app/domain/reports/followups.py" line="63"/>
        <source>不满意原因（投诉记录）</source>
        <translation>Reason for dissatisfaction (complaint)</translation>
    </message>
    <message>
        <location filename="../../app/domain/reports/followups.py" line="64"/>
        <source>调查季度</source>
        <translation>Survey quarter</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="269"/>
        <source>重新打开原因</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="271"/>
        <source>更正的步骤</source>
        <translation>Step to correct</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="272"/>
        <location filename="../../app/services/tickets/step_order.py" line="94"/>
        <source>正确时间</source>
        <translation>Correct time</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="291"/>
        <location filename="../../app/domain/tickets/workflow.py" line="315"/>
        <source>向提出人的解释（仅操作问题）</source>
        <translation>Explanation to the requester (operation problem only)</translation>
    </message>
    <message>
        <location filename="../../app/services/accounts.py" line="32"/>
        <source>登录名</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location filename="../../app/services/accounts.py" line="33"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/services/accounts.py" line="34"/>
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../app/services/accounts.py" line="207"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/services/contract.py" line="35"/>
        <source>项目名称</source>
        <translation>Project name</translation>
    </message>
    <message>
        <location filename="../../app/services/contract.py" line="36"/>
        <source>甲方（发包人）</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../app/services/contract.py" line="37"/>
        <source>乙方（承包人）</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <location filename="../../app/services/contract.py" line="38"/>
        <source>竣工验收日期</source>
        <translation>Final acceptance date</translation>
    </message>
    <message>
        <location filename="../../app/services/contract.py" line="39"/>
        <source>质保期（年）</source>
        <translation>Warranty period (years)</translation>
    </message>
    <message>
        <location filename="../../app/services/contract.py" line="40"/>
        <source>响应时限（分钟）</source>
        <translation>Response target (minutes)</translation>
    </message>
    <message>
        <location filename="../../app/services/contract.py" line="41"/>
        <source>到场时限（分钟）</source>
        <translation>Arrival target (minutes)</translation>
    </message>
    <message>
        <location filename="../../app/services/contract.py" line="42"/>
        <source>紧急到场时限（分钟）</source>
        <translation>Emergency arrival target (minutes)</translation>
    </message>
    <message>
        <location filename="../../app/services/contract.py" line="43"/>
        <source>一般问题修复时限（小时）</source>
        <translation>Fix target, general (hours)</translation>
    </message>
    <message>
        <location filename="../../app/services/contract.py" line="44"/>
        <source>重大问题修复时限（小时）</source>
        <translation>Fix target, major (hours)</translation>
    </message>
    <message>
        <location filename="../../app/services/contract.py" line="45"/>
        <source>紧急问题修复时限（小时）</source>
        <translation>Fix target, emergency (hours)</translation>
    </message>
    <message>
        <location filename="../../app/services/contract.py" line="46"/>
        <source>提供备用机时限（小时）</source>
        <translation>Loaner after (hours)</translation>
    </message>
    <message>
        <location filename="../../app/services/contract.py" line="47"/>
        <source>预警比例（%）</source>
        <translation>Warning at (% of target)</translation>
    </message>
    <message>
        <location filename="../../app/services/tickets/step_order.py" line="40"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/domain/inspections/checklist.py" line="17"/>
        <source>检查类别</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../app/domain/inspections/checklist.py" line="18"/>
        <source>检查项目</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../app/domain/inspections/checklist.py" line="19"/>
        <source>检查方法</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../app/domain/inspections/checklist.py" line="20"/>
        <source>结果类型</source>
        <translation>Answer type</translation>
    </message>
    <message>
        <location filename="../../app/domain/inspections/checklist.py" line="21"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/domain/inspections/checklist.py" line="22"/>
        <source>下限</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../../app/domain/inspections/checklist.py" line="23"/>
        <source>上限</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../../app/domain/inspections/checklist.py" line="26"/>
        <source>巡检表名称</source>
        <translation>Checklist name</translation>
    </message>
    <message>
        <location filename="../../app/domain/inspections/checklist.py" line="27"/>
        <location filename="../../app/services/inspections/backups.py" line="25"/>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/domain/inspections/checklist.py" line="28"/>
        <source>巡检周期</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../../app/domain/inspections/checklist.py" line="29"/>
        <source>巡检地点</source>
        <translation>Place of inspection</translation>
    </message>
    <message>
        <location filename="../../app/domain/inspections/checklist.py" line="30"/>
        <source>检查项</source>
        <translation>item</translation>
    </message>
    <message>
        <location filename="../../app/services/inspections/backups.py" line="26"/>
        <source>备份类型</source>
        <translation>Backup type</translation>
    </message>
    <message>
        <location filename="../../app/services/inspections/backups.py" line="27"/>
        <source>备份时间</source>
        <translation>Backup time</translation>
    </message>
    <message>
        <location filename="../../app/services/inspections/backups.py" line="28"/>
        <source>存放位置</source>
        <translation>Stored at</translation>
    </message>
    <message>
        <location filename="../../app/services/inspections/backups.py" line="29"/>
        <source>大小（MB）</source>
        <translation>Size (MB)</translation>
    </message>
    <message>
        <location filename="../../app/services/inspections/backups.py" line="30"/>
        <source>增量备份周期</source>
        <translation>Incremental backup frequency</translation>
    </message>
    <message>
        <location filename="../../app/services/inspections/backups.py" line="31"/>
        <source>全备份周期</source>
        <translation>Full backup frequency</translation>
    </message>
    <message>
        <location filename="../../app/services/inspections/backups.py" line="32"/>
        <source>恢复测试情况</source>
        <translation>Restore test notes</translation>
    </message>
    <message>
        <location filename="../../app/services/inspections/runs.py" line="33"/>
        <source>巡检人</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../app/services/inspections/runs.py" line="34"/>
        <source>巡检时间</source>
        <translation>Inspection time</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="273"/>
        <location filename="../../app/services/inspections/runs.py" line="35"/>
        <source>更正原因</source>
        <translation>Reason for correction</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/incident_report.py" line="33"/>
        <source>事件经过</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/incident_report.py" line="34"/>
        <source>影响范围</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/incident_report.py" line="35"/>
        <source>原因分析</source>
        <translation>Cause analysis</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/incident_report.py" line="36"/>
        <source>处理措施</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/incident_report.py" line="37"/>
        <location filename="../../app/services/plans/knowledge.py" line="31"/>
        <location filename="../../app/services/plans/plans.py" line="31"/>
        <source>预防措施</source>
        <translation>Prevention measures</translation>
    </message>
    <message>
        <location filename="../../app/services/store/inventory.py" line="26"/>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/services/store/inventory.py" line="27"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/services/store/inventory.py" line="28"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/services/store/inventory.py" line="29"/>
        <source>最低库存</source>
        <translation>Minimum stock</translation>
    </message>
    <message>
        <location filename="../../app/services/store/inventory.py" line="30"/>
        <source>工单</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../app/services/store/inventory.py" line="31"/>
        <source>装入设备</source>
        <translation>Fitted into</translation>
    </message>
    <message>
        <location filename="../../app/services/store/inventory.py" line="32"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/knowledge.py" line="29"/>
        <location filename="../../app/services/store/inventory.py" line="33"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/knowledge.py" line="27"/>
        <source>条目标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/knowledge.py" line="28"/>
        <source>故障现象</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/knowledge.py" line="30"/>
        <source>解决方法</source>
        <translation>Solution</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/knowledge.py" line="32"/>
        <location filename="../../app/services/plans/plans.py" line="30"/>
        <source>涉及系统</source>
        <translation>Systems</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/knowledge.py" line="33"/>
        <source>关键词</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <location filename="../../app/services/store/loans.py" line="59"/>
        <source>备用机（注明）</source>
        <translation>Loaner (described)</translation>
    </message>
    <message>
        <location filename="../../app/services/store/loans.py" line="60"/>
        <source>借用人</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location filename="../../app/services/store/loans.py" line="61"/>
        <source>使用地点</source>
        <translation>Used at</translation>
    </message>
    <message>
        <location filename="../../app/services/store/loans.py" line="62"/>
        <source>预计归还时间</source>
        <translation>Due back at</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="27"/>
        <source>预案名称</source>
        <translation>Plan title</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="28"/>
        <source>紧急情况</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="29"/>
        <source>严重程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="32"/>
        <source>应急策略（处置步骤）</source>
        <translation>Emergency strategy (steps)</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="33"/>
        <source>联系人</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../app/domain/accounts/settings.py" line="45"/>
        <source>密码最短长度</source>
        <translation>Minimum password length</translation>
    </message>
    <message>
        <location filename="../../app/domain/accounts/settings.py" line="46"/>
        <source>密码至少包含的字符类别数</source>
        <translation>Character classes required</translation>
    </message>
    <message>
        <location filename="../../app/domain/accounts/settings.py" line="47"/>
        <source>密码有效期（天）</source>
        <translation>Password valid for (days)</translation>
    </message>
    <message>
        <location filename="../../app/domain/accounts/settings.py" line="48"/>
        <source>连续登录失败锁定次数</source>
        <translation>Failed logins before lockout</translation>
    </message>
    <message>
        <location filename="../../app/domain/accounts/settings.py" line="49"/>
        <source>锁定时长（分钟）</source>
        <translation>Lockout (minutes)</translation>
    </message>
    <message>
        <location filename="../../app/domain/accounts/settings.py" line="50"/>
        <source>无操作自动锁定（分钟）</source>
        <translation>Lock when idle (minutes)</translation>
    </message>
    <message>
        <location filename="../../app/domain/accounts/settings.py" line="51"/>
        <source>系统管理员与审计员分设</source>
        <translation>Keep system administrator and auditor apart</translation>
    </message>
    <message>
        <location filename="../../app/domain/accounts/settings.py" line="52"/>
        <source>驻场工程师不得兼任甲方确认人或审计员</source>
        <translation>The resident engineer may not be a client confirmer or auditor</translation>
    </message>
    <message>
        <location filename="../../app/domain/accounts/settings.py" line="53"/>
        <source>审计记录保留期限（天）</source>
        <translation>Audit retention (days)</translation>
    </message>
    <message>
        <location filename="../../app/services/login.py" line="239"/>
        <source>原密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../app/services/login.py" line="248"/>
        <location filename="../../app/services/login.py" line="256"/>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="27"/>
        <source>每日自动备份</source>
        <translation>Daily automatic backup</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="29"/>
        <source>保留每日备份（份）</source>
        <translation>Daily backups kept</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="32"/>
        <source>保留每周备份（份）</source>
        <translation>Weekly backups kept</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="35"/>
        <source>保留每月备份（份）</source>
        <translation>Monthly backups kept</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/documents.py" line="38"/>
        <source>资料名称</source>
        <translation>Document title</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/documents.py" line="39"/>
        <source>资料类别</source>
        <translation>Document kind</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/documents.py" line="40"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/documents.py" line="41"/>
        <source>资料日期</source>
        <translation>Document date</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/documents.py" line="42"/>
        <source>移交人</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/documents.py" line="43"/>
        <source>移交日期</source>
        <translation>Handed over on</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/documents.py" line="44"/>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/upgrades.py" line="50"/>
        <source>升级设备</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/upgrades.py" line="51"/>
        <source>升级类型</source>
        <translation>Upgrade kind</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/upgrades.py" line="52"/>
        <source>目标版本</source>
        <translation>Target version</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/upgrades.py" line="53"/>
        <source>升级原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/upgrades.py" line="54"/>
        <source>测试情况</source>
        <translation>Tests done</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/upgrades.py" line="55"/>
        <location filename="../../app/services/changes/requests.py" line="54"/>
        <source>回退方案</source>
        <translation>Rollback plan</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/upgrades.py" line="56"/>
        <source>升级结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/upgrades.py" line="57"/>
        <source>升级时间</source>
        <translation>Performed at</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/upgrades.py" line="58"/>
        <location filename="../../app/services/changes/requests.py" line="56"/>
        <source>关联工单</source>
        <translation>Linked ticket</translation>
    </message>
    <message>
        <location filename="../../app/domain/training/rules.py" line="183"/>
        <source>培训时间</source>
        <translation>Held at</translation>
    </message>
    <message>
        <location filename="../../app/domain/training/rules.py" line="184"/>
        <source>培训主题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../app/domain/training/rules.py" line="185"/>
        <source>培训人</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../../app/domain/training/rules.py" line="186"/>
        <source>参加人员</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../app/domain/training/rules.py" line="187"/>
        <source>培训时长</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../app/domain/training/rules.py" line="188"/>
        <source>培训地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/domain/training/rules.py" line="189"/>
        <source>效果检验方式</source>
        <translation>How the effect was checked</translation>
    </message>
    <message>
        <location filename="../../app/domain/training/rules.py" line="192"/>
        <source>演练时间</source>
        <translation>Drill time</translation>
    </message>
    <message>
        <location filename="../../app/domain/training/rules.py" line="193"/>
        <source>演练预案</source>
        <translation>Plan drilled</translation>
    </message>
    <message>
        <location filename="../../app/domain/training/rules.py" line="194"/>
        <source>演练场景</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../app/domain/training/rules.py" line="195"/>
        <source>演练方案与脚本</source>
        <translation>Plan and script</translation>
    </message>
    <message>
        <location filename="../../app/domain/training/rules.py" line="196"/>
        <source>参演人员</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../app/domain/training/rules.py" line="197"/>
        <source>演练经过</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../app/domain/training/rules.py" line="198"/>
        <source>发现的问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../app/domain/training/rules.py" line="199"/>
        <source>改进措施</source>
        <translation>Improvements</translation>
    </message>
    <message>
        <location filename="../../app/gui/devices/device_dialog.py" line="169"/>
        <source>关联设备编号</source>
        <translation>Related device code</translation>
    </message>
    <message>
        <location filename="../../app/services/devices/documents.py" line="154"/>
        <location filename="../../app/services/devices/snapshots.py" line="37"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/services/devices/register.py" line="319"/>
        <source>变更原因</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <location filename="../../app/services/devices/snapshots.py" line="35"/>
        <source>快照原因</source>
        <translation>Reason for the snapshot</translation>
    </message>
    <message>
        <location filename="../../app/services/devices/snapshots.py" line="36"/>
        <source>配置内容</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location filename="../../app/services/changes/requests.py" line="47"/>
        <source>变更名称</source>
        <translation>Change title</translation>
    </message>
    <message>
        <location filename="../../app/services/changes/requests.py" line="50"/>
        <source>变更内容</source>
        <translation>Change description</translation>
    </message>
    <message>
        <location filename="../../app/services/changes/requests.py" line="51"/>
        <source>变更类别</source>
        <translation>Change kind</translation>
    </message>
    <message>
        <location filename="../../app/services/changes/requests.py" line="52"/>
        <source>预计工作量（工作日）</source>
        <translation>Estimated effort (working days)</translation>
    </message>
    <message>
        <location filename="../../app/services/changes/requests.py" line="53"/>
        <source>实施方案</source>
        <translation>Implementation plan</translation>
    </message>
    <message>
        <location filename="../../app/services/changes/requests.py" line="55"/>
        <source>计划实施窗口</source>
        <translation>Planned window</translation>
    </message>
    <message>
        <location filename="../../app/services/changes/requests.py" line="57"/>
        <source>涉及设备（配置项）</source>
        <translation>Devices (configuration items)</translation>
    </message>
    <message>
        <location filename="../../app/services/changes/steps.py" line="22"/>
        <source>实施结果</source>
        <translation>Implementation result</translation>
    </message>
    <message>
        <location filename="../../app/services/changes/steps.py" line="23"/>
        <source>失败原因与回退情况</source>
        <translation>Cause of failure and rollback</translation>
    </message>
    <message>
        <location filename="../../app/services/changes/steps.py" line="24"/>
        <source>取消原因</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <location filename="../../app/services/changes/steps.py" line="25"/>
        <source>确认人</source>
        <translation>Accepted by</translation>
    </message>
    <message>
        <location filename="../../app/services/changes/steps.py" line="26"/>
        <source>重新估算的理由</source>
        <translation>Reason for the re-estimate</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/advice.py" line="42"/>
        <source>所属月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/advice.py" line="43"/>
        <source>改进建议</source>
        <translation>Improvement advice</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/advice.py" line="44"/>
        <source>责任人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/advice.py" line="45"/>
        <source>完成期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/advice.py" line="46"/>
        <source>执行情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/followups.py" line="46"/>
        <source>回访期限（修复后天数）</source>
        <translation>Follow-up due (days after the fix)</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/followups.py" line="313"/>
        <source>投诉处理结果</source>
        <translation>Complaint outcome</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/escalation.py" line="77"/>
        <source>联系到的人</source>
        <translation>Person reached</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/escalation.py" line="79"/>
        <source>联系方式</source>
        <translation>Contacted by</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/escalation.py" line="81"/>
        <source>商定内容</source>
        <translation>What was agreed</translation>
    </message>
</context>
<context>
    <name>inspection</name>
    <message>
        <location filename="../../app/services/inspections/backups.py" line="205"/>
        <source>没有这条备份记录</source>
        <translation>No such backup record</translation>
    </message>
    <message>
        <location filename="../../app/services/inspections/backups.py" line="207"/>
        <source>这份备份已记录过恢复测试</source>
        <translation>A restore test of this backup is already recorded</translation>
    </message>
    <message>
        <location filename="../../app/services/inspections/findings.py" line="32"/>
        <source>没有这个巡检项</source>
        <translation>No such inspection item</translation>
    </message>
    <message>
        <location filename="../../app/services/inspections/findings.py" line="35"/>
        <source>第{position}项不是不合格项，不能据此开缺陷工单</source>
        <translation>Line {position} did not fail; it cannot open a defect ticket</translation>
    </message>
    <message>
        <location filename="../../app/services/inspections/findings.py" line="83"/>
        <source>第{position}项已开过缺陷工单</source>
        <translation>Line {position} already has a defect ticket</translation>
    </message>
    <message>
        <location filename="../../app/services/inspections/runs.py" line="175"/>
        <source>巡检表有 {expected} 项，收到 {got} 项结果</source>
        <translation>The checklist has {expected} items but {got} answers were given</translation>
    </message>
    <message>
        <location filename="../../app/services/inspections/runs.py" line="233"/>
        <source>巡检表“{name}”已停用</source>
        <translation>Checklist “{name}” is retired</translation>
    </message>
    <message>
        <location filename="../../app/services/inspections/runs.py" line="284"/>
        <source>没有这条巡检记录</source>
        <translation>No such inspection</translation>
    </message>
    <message>
        <location filename="../../app/services/inspections/runs.py" line="290"/>
        <source>{number} 已被 {later} 更正，请更正最新的记录</source>
        <translation>{number} was corrected by {later}; correct the latest record</translation>
    </message>
    <message>
        <location filename="../../app/services/inspections/runs.py" line="388"/>
        <location filename="../../app/services/inspections/runs.py" line="397"/>
        <source>没有这条巡检记录：{key}</source>
        <translation>No such inspection: {key}</translation>
    </message>
</context>
<context>
    <name>knowledge</name>
    <message>
        <location filename="../../app/services/plans/knowledge.py" line="200"/>
        <source>找不到知识库条目：{article}</source>
        <translation>No such knowledge article: {article}</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/knowledge.py" line="241"/>
        <source>工单 {number} 不是已修复的系统缺陷类问题，无法生成知识库条目；请在“修复完成”后再生成。</source>
        <translation>Ticket {number} is not a fixed system defect, so no knowledge article can be made from it; make one after the fix is recorded.</translation>
    </message>
</context>
<context>
    <name>login</name>
    <message>
        <location filename="../../app/services/login.py" line="45"/>
        <source>管理员设置的初始密码或重置的密码，请改为只有您知道的密码</source>
        <translation>This password was set by the administrator: change it to one only you know</translation>
    </message>
    <message>
        <location filename="../../app/services/login.py" line="46"/>
        <source>密码已超过有效期，请修改</source>
        <translation>The password has expired: please change it</translation>
    </message>
    <message>
        <location filename="../../app/services/login.py" line="47"/>
        <source>密码不符合当前的密码规则，请修改</source>
        <translation>The password does not meet the current rules: please change it</translation>
    </message>
    <message>
        <location filename="../../app/services/login.py" line="98"/>
        <source>连续登录失败次数过多，账户已锁定至 {until}，请稍后再试</source>
        <translation>Too many failed logins: the account is locked until {until}; try again later</translation>
    </message>
    <message>
        <location filename="../../app/services/login.py" line="114"/>
        <source>登录名或密码不正确</source>
        <translation>Wrong login name or password</translation>
    </message>
    <message>
        <location filename="../../app/services/login.py" line="187"/>
        <source>请签字人输入自己的登录名和密码</source>
        <translation>The signer must type their own login name and password</translation>
    </message>
    <message>
        <location filename="../../app/services/login.py" line="200"/>
        <source>账户“{who}”没有“{role}”角色，不能签字</source>
        <translation>Account “{who}” does not have the “{role}” role and cannot sign</translation>
    </message>
    <message>
        <location filename="../../app/services/login.py" line="207"/>
        <source>不能为自己操作的步骤签字，请由确认人本人签字</source>
        <translation>You cannot sign your own step: the confirmer must sign in person</translation>
    </message>
    <message>
        <location filename="../../app/services/login.py" line="212"/>
        <source>签字人须先登录并修改初始密码后才能签字</source>
        <translation>The signer must first log in and change the initial password</translation>
    </message>
</context>
<context>
    <name>plans</name>
    <message>
        <location filename="../../app/services/plans/followed.py" line="32"/>
        <location filename="../../app/services/plans/plans.py" line="304"/>
        <location filename="../../app/services/plans/plans.py" line="319"/>
        <location filename="../../app/services/plans/plans.py" line="353"/>
        <location filename="../../app/services/plans/plans.py" line="370"/>
        <source>找不到预案：{plan}</source>
        <translation>No such emergency plan: {plan}</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="36"/>
        <source>合同原文</source>
        <translation>From the contract</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="37"/>
        <source>随程序提供</source>
        <translation>Shipped with the program</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="38"/>
        <source>自建</source>
        <translation>Written here</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../app/domain/reports/periods.py" line="71"/>
        <source>月份“{text}”无法识别，请写成 2026-11 的形式</source>
        <translation>Month “{text}” not recognised; write it as 2026-11</translation>
    </message>
    <message>
        <location filename="../../app/domain/reports/periods.py" line="80"/>
        <source>报告期间的结束日期早于开始日期</source>
        <translation>The report period ends before it starts</translation>
    </message>
    <message>
        <location filename="../../app/domain/reports/periods.py" line="82"/>
        <source>报告期间不能超过一年</source>
        <translation>The report period cannot be longer than a year</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/advice.py" line="120"/>
        <source>没有这条改进建议（{id}）</source>
        <translation>No such improvement advice ({id})</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/followups.py" line="242"/>
        <source>工单 {number} 尚未处理完成，不能回访</source>
        <translation>Ticket {number} is not fixed yet; no follow-up possible</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/followups.py" line="322"/>
        <source>没有这条投诉记录</source>
        <translation>No such complaint</translation>
    </message>
</context>
<context>
    <name>server</name>
    <message>
        <location filename="../../app/services/server_connection.py" line="22"/>
        <source>优先加密（服务器支持时）</source>
        <translation>Prefer encryption (when the server supports it)</translation>
    </message>
    <message>
        <location filename="../../app/services/server_connection.py" line="23"/>
        <source>必须加密</source>
        <translation>Require encryption</translation>
    </message>
    <message>
        <location filename="../../app/services/server_connection.py" line="24"/>
        <source>必须加密并验证服务器证书</source>
        <translation>Require encryption and verify the server certificate</translation>
    </message>
    <message>
        <location filename="../../app/services/server_connection.py" line="25"/>
        <source>必须加密并验证证书与主机名</source>
        <translation>Require encryption and verify the certificate and host name</translation>
    </message>
    <message>
        <location filename="../../app/services/server_connection.py" line="26"/>
        <source>不加密</source>
        <translation>No encryption</translation>
    </message>
    <message>
        <location filename="../../app/services/server_connection.py" line="87"/>
        <source>连接成功：空数据库，首次启动时建立</source>
        <translation>Connected: an empty database, set up at first start</translation>
    </message>
    <message>
        <location filename="../../app/services/server_connection.py" line="89"/>
        <source>连接成功：驻场运维台数据库</source>
        <translation>Connected: a Resident Desk database</translation>
    </message>
    <message>
        <location filename="../../app/services/server_connection.py" line="92"/>
        <source>连接成功：较早版本的数据库，打开时先备份再升级</source>
        <translation>Connected: a database of an earlier version; it is backed up and then upgraded when opened</translation>
    </message>
    <message>
        <location filename="../../app/services/server_connection.py" line="97"/>
        <source>连接成功，但数据库由更新版本的程序创建，本程序不能打开</source>
        <translation>Connected, but the database was made by a newer version of the program, which this one cannot open</translation>
    </message>
    <message>
        <location filename="../../app/services/server_connection.py" line="101"/>
        <source>连接成功，但这不是驻场运维台的数据库，本程序不会改动它</source>
        <translation>Connected, but this is not a Resident Desk database; this program will not change it</translation>
    </message>
</context>
<context>
    <name>signoff</name>
    <message>
        <location filename="../../app/services/signoffs.py" line="32"/>
        <source>电子签字</source>
        <translation>Electronic signature</translation>
    </message>
    <message>
        <location filename="../../app/services/signoffs.py" line="33"/>
        <source>纸质签字</source>
        <translation>Signed on paper</translation>
    </message>
    <message>
        <location filename="../../app/services/signoffs.py" line="36"/>
        <source>待纸质签字</source>
        <translation>Signed on paper (pending)</translation>
    </message>
    <message>
        <location filename="../../app/services/signoffs.py" line="37"/>
        <source>已签字</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../app/services/signoffs.py" line="38"/>
        <source>已作废</source>
        <translation>Void</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <location filename="../../app/domain/store/inventory.py" line="107"/>
        <source>调整数量不能为 0</source>
        <translation>An adjustment cannot be 0</translation>
    </message>
    <message>
        <location filename="../../app/domain/store/inventory.py" line="110"/>
        <source>数量必须是正整数</source>
        <translation>The quantity must be a positive whole number</translation>
    </message>
    <message>
        <location filename="../../app/domain/store/inventory.py" line="119"/>
        <source>备件 {code} 库存只有 {on_hand}，不能减少 {wanted}</source>
        <translation>Part {code} has only {on_hand} in stock; cannot take {wanted}</translation>
    </message>
    <message>
        <location filename="../../app/domain/store/inventory.py" line="141"/>
        <source>备件 {code} 按序列号管理，每次只能移动一件</source>
        <translation>Part {code} is tracked by serial; move one item at a time</translation>
    </message>
    <message>
        <location filename="../../app/domain/store/inventory.py" line="145"/>
        <source>序列号 {serial}（{code}）不在库中</source>
        <translation>Serial {serial} ({code}) is not in stock</translation>
    </message>
    <message>
        <location filename="../../app/domain/store/inventory.py" line="151"/>
        <source>序列号 {serial}（{code}）已在库中</source>
        <translation>Serial {serial} ({code}) is already in stock</translation>
    </message>
    <message>
        <location filename="../../app/gui/store/loan_dialogs.py" line="146"/>
        <source>没有在库的测试设备</source>
        <translation>No test equipment in stock</translation>
    </message>
    <message>
        <location filename="../../app/services/store/inventory.py" line="41"/>
        <source>没有工单 {ref}</source>
        <translation>No ticket {ref}</translation>
    </message>
    <message>
        <location filename="../../app/services/store/inventory.py" line="157"/>
        <source>借出与归还请在借用登记中办理</source>
        <translation>Lend and return through the loans register</translation>
    </message>
    <message>
        <location filename="../../app/services/store/exports.py" line="64"/>
        <source>开始日期不能晚于结束日期</source>
        <translation>The start date cannot be after the end date</translation>
    </message>
    <message>
        <location filename="../../app/services/store/movements.py" line="30"/>
        <location filename="../../app/services/store/stocktake.py" line="79"/>
        <source>备件目录中没有 {ref}</source>
        <translation>No part {ref} in the catalogue</translation>
    </message>
    <message>
        <location filename="../../app/services/store/movements.py" line="73"/>
        <source>请填写序列号（{code}）</source>
        <translation>Please enter the serial number ({code})</translation>
    </message>
    <message>
        <location filename="../../app/services/store/movements.py" line="80"/>
        <source>备件 {code} 没有序列号 {serial}</source>
        <translation>Part {code} has no serial {serial}</translation>
    </message>
    <message>
        <location filename="../../app/services/store/movements.py" line="131"/>
        <source>备件 {code} 不按序列号管理，不需要序列号</source>
        <translation>Part {code} is not tracked by serial; no serial needed</translation>
    </message>
    <message>
        <location filename="../../app/services/store/movements.py" line="142"/>
        <source>备件 {code} 按序列号管理：数量 {quantity}，序列号 {count} 个</source>
        <translation>Part {code} is tracked by serial: quantity {quantity} but {count} serials</translation>
    </message>
    <message>
        <location filename="../../app/services/store/movements.py" line="150"/>
        <source>序列号有重复（{code}）</source>
        <translation>Duplicate serial numbers ({code})</translation>
    </message>
    <message>
        <location filename="../../app/services/store/stocktake.py" line="63"/>
        <source>没有录入任何盘点数量</source>
        <translation>No counted quantities entered</translation>
    </message>
    <message>
        <location filename="../../app/services/store/stocktake.py" line="67"/>
        <source>盘点数量不能为负数（备件 {part_id}）</source>
        <translation>A counted quantity cannot be negative (part {part_id})</translation>
    </message>
    <message>
        <location filename="../../app/services/store/stocktake.py" line="92"/>
        <source>备件 {code} 按序列号管理，账面 {book}、实盘 {counted}：请先用“调整”逐个登记盘盈或盘亏的序列号，再过账盘点</source>
        <translation>Part {code} is tracked by serial (book {book}, counted {counted}): record each surplus or missing serial with an adjustment first, then post the stocktake</translation>
    </message>
    <message>
        <location filename="../../app/services/store/stocktake.py" line="122"/>
        <source>没有盘点记录 {id}</source>
        <translation>No stocktake {id}</translation>
    </message>
    <message>
        <location filename="../../app/services/store/loan_queries.py" line="20"/>
        <source>没有借用记录 {loan_id}</source>
        <translation>No loan {loan_id}</translation>
    </message>
    <message>
        <location filename="../../app/services/store/loans.py" line="198"/>
        <location filename="../../app/services/store/loans.py" line="282"/>
        <source>工单 {number} 不是硬件故障的系统缺陷，不提供备用机</source>
        <translation>Ticket {number} is not a hardware defect; no loaner is provided</translation>
    </message>
    <message>
        <location filename="../../app/services/store/loans.py" line="203"/>
        <source>备件 {code} 不是按序列号管理的整机，不能作备用机</source>
        <translation>Part {code} is not a whole device tracked by serial; it cannot be a loaner</translation>
    </message>
    <message>
        <location filename="../../app/services/store/loans.py" line="209"/>
        <source>备用机须与故障设备型号相同或同类：工单设备“{device}”，备件“{name} {model}”</source>
        <translation>A loaner must be the same model or kind as the failed device: ticket device “{device}”, part “{name} {model}”</translation>
    </message>
    <message>
        <location filename="../../app/services/store/loans.py" line="324"/>
        <source>备件 {code} 不是测试设备</source>
        <translation>Part {code} is not test equipment</translation>
    </message>
    <message>
        <location filename="../../app/services/store/loans.py" line="364"/>
        <source>借用记录 {loan_id} 已于 {at} 归还</source>
        <translation>Loan {loan_id} was returned at {at}</translation>
    </message>
    <message>
        <location filename="../../app/services/store/parts_import.py" line="63"/>
        <source>文件不存在：{path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <location filename="../../app/services/store/parts_import.py" line="86"/>
        <source>无法读取 Excel 文件：{path}（第 {row} 行附近有无法读取的单元格，例如写成 NaN、INF 的数值：{reason}），未导入任何数据</source>
        <translation>Cannot read the Excel file: {path} (near row {row} there is a cell that cannot be read, such as a number written as NaN or INF: {reason}); nothing was imported</translation>
    </message>
    <message>
        <location filename="../../app/services/store/parts_import.py" line="102"/>
        <location filename="../../app/services/store/parts_import.py" line="154"/>
        <source>{count} 行有错误，未导入任何数据：</source>
        <translation>{count} rows have errors; nothing was imported:</translation>
    </message>
    <message>
        <location filename="../../app/services/store/parts_import.py" line="107"/>
        <source>文件中没有备件数据行</source>
        <translation>The file has no part rows</translation>
    </message>
    <message>
        <location filename="../../app/services/store/parts_import.py" line="138"/>
        <source>第一张工作表缺少表头：{missing}</source>
        <translation>The first sheet lacks the headers: {missing}</translation>
    </message>
    <message>
        <location filename="../../app/services/workbook_rows.py" line="41"/>
        <source>文件太大（{size} MB，上限 {limit} MB），未导入</source>
        <translation>The file is too large ({size} MB, limit {limit} MB); nothing was imported</translation>
    </message>
    <message>
        <location filename="../../app/services/workbook_rows.py" line="50"/>
        <source>无法读取 Excel 文件：{path}（不是 .xlsx 工作簿）</source>
        <translation>Cannot read the Excel file: {path} (not an .xlsx workbook)</translation>
    </message>
    <message>
        <location filename="../../app/services/workbook_rows.py" line="55"/>
        <source>文件解压后太大（{size} MB，上限 {limit} MB），可能是异常文件，未导入</source>
        <translation>The file unpacks too large ({size} MB, limit {limit} MB) and may be malformed; nothing was imported</translation>
    </message>
    <message>
        <location filename="../../app/services/workbook_rows.py" line="96"/>
        <source>工作表超过 {limit} 行，未导入</source>
        <translation>The sheet has more than {limit} rows; nothing was imported</translation>
    </message>
</context>
<context>
    <name>table</name>
    <message>
        <location filename="../../app/db/models/__init__.py" line="54"/>
        <source>账户</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="55"/>
        <source>安全设置</source>
        <translation>Security settings</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="56"/>
        <source>合同</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="57"/>
        <source>上报联系人</source>
        <translation>Escalation contact</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="58"/>
        <source>维护系统</source>
        <translation>Maintained system</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="59"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="60"/>
        <source>报修人</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="61"/>
        <source>工单</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="62"/>
        <source>工单暂停</source>
        <translation>Ticket pause</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="63"/>
        <source>工单时间线</source>
        <translation>Ticket timeline</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="64"/>
        <source>逐级上报</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="65"/>
        <source>签字确认</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="66"/>
        <source>文档登记</source>
        <translation>Document register</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="67"/>
        <source>文档打印份数</source>
        <translation>Document copies</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="68"/>
        <source>交接班记录</source>
        <translation>Shift handovers</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="69"/>
        <source>数据库备份</source>
        <translation>Database backups</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="70"/>
        <source>巡检表</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="71"/>
        <source>巡检表检查项</source>
        <translation>Checklist line</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="72"/>
        <source>巡检记录</source>
        <translation>Inspection run</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="73"/>
        <source>巡检项结果</source>
        <translation>Inspection line result</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="74"/>
        <source>备份策略</source>
        <translation>Backup policy</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="75"/>
        <source>备份记录</source>
        <translation>Backup record</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="76"/>
        <source>应急预案</source>
        <translation>Emergency plan</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="77"/>
        <source>预案修订</source>
        <translation>Plan revision</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="78"/>
        <source>知识库条目</source>
        <translation>Knowledge article</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="79"/>
        <source>知识库关联工单</source>
        <translation>Article ticket link</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="80"/>
        <source>问题汇报</source>
        <translation>Incident report</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="81"/>
        <source>备件</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="82"/>
        <source>备件序列号</source>
        <translation>Part serial</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="83"/>
        <source>出入库</source>
        <translation>Stock movement</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="84"/>
        <source>盘点</source>
        <translation>Stocktake</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="85"/>
        <source>盘点明细</source>
        <translation>Stocktake line</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="86"/>
        <source>借用</source>
        <translation>Loan</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="87"/>
        <source>设备</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="88"/>
        <source>设备关联</source>
        <translation>Device links</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="89"/>
        <source>设备变更记录</source>
        <translation>Device history</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="90"/>
        <source>配置快照</source>
        <translation>Configuration snapshots</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="91"/>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="92"/>
        <source>升级记录</source>
        <translation>Upgrades</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="93"/>
        <source>升级设备</source>
        <translation>Upgraded devices</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="94"/>
        <source>维护资料</source>
        <translation>Maintenance documents</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="95"/>
        <source>培训</source>
        <translation>Training sessions</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="96"/>
        <source>培训签到</source>
        <translation>Training attendance</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="97"/>
        <source>应急演练</source>
        <translation>Emergency drills</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="98"/>
        <source>演练过程</source>
        <translation>Drill steps</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="99"/>
        <source>需求变更</source>
        <translation>Change requests</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="100"/>
        <source>变更涉及设备</source>
        <translation>Devices of change requests</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="101"/>
        <source>变更记录</source>
        <translation>Change timeline</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="102"/>
        <source>回访</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../app/db/models/__init__.py" line="103"/>
        <source>改进建议</source>
        <translation>Improvement advice</translation>
    </message>
    <message>
        <location filename="../../app/services/audit_trail.py" line="24"/>
        <source>导出文件</source>
        <translation>Export file</translation>
    </message>
    <message>
        <location filename="../../app/services/audit_trail.py" line="25"/>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="38"/>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="81"/>
        <source>登记{ticket_class}问题（{severity}，{channel}）：{title}</source>
        <translation>Logged a {ticket_class} issue ({severity}, {channel}): {title}</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="82"/>
        <source>{action}（{at}）</source>
        <translation>{action} ({at})</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="84"/>
        <source>{action}：{reason}</source>
        <translation>{action}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="85"/>
        <source>{action}（暂停 {paused}）</source>
        <translation>{action} (paused {paused})</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="86"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="87"/>
        <source>{action}：{triage}</source>
        <translation>{action}: {triage}</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="89"/>
        <source>{action}：{triage}，已向提出人解释，转为{ticket_class}问题</source>
        <translation>{action}: {triage}; explained to the caller, reclassified as a {ticket_class} issue</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="91"/>
        <source>解释：{answer}</source>
        <translation>Explanation: {answer}</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="93"/>
        <source>{action}：{supervisor} 签字同意</source>
        <translation>{action}: {supervisor} signed the approval</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="95"/>
        <source>{action}：{supervisor} 电子签字同意（账户 {account}）</source>
        <translation>{action}: {supervisor} approved by electronic signature (account {account})</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="99"/>
        <source>{action}：{supervisor} 纸质签字同意（签字件 {serial} 由 {filer} 归档）</source>
        <translation>{action}: {supervisor} approved on paper (signed copy {serial} filed by {filer})</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="105"/>
        <source>{action}（{maintenance_type}，{liability}）</source>
        <translation>{action} ({maintenance_type}, {liability})</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="106"/>
        <source>原因：{cause}</source>
        <translation>Cause: {cause}</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="107"/>
        <source>处理结果：{resolution}</source>
        <translation>Resolution: {resolution}</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="108"/>
        <source>预防建议：{prevention}</source>
        <translation>Prevention: {prevention}</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="112"/>
        <source>{action}（回访确认：{signer} 电子签字（账户 {account}））</source>
        <translation>{action} (follow-up confirmed: {signer} by electronic signature (account {account}))</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="116"/>
        <source>{action}（回访确认：{signer} 纸质签字（签字件 {serial} 由 {filer} 归档））</source>
        <translation>{action} (follow-up confirmed: {signer} on paper (signed copy {serial} filed by {filer}))</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="121"/>
        <source>{action}：{step} {old_at} → {new_at}</source>
        <translation>{action}: {step} {old_at} → {new_at}</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="123"/>
        <source>{action}：待纸质签字（签字单 {serial}）</source>
        <translation>{action}: awaiting paper signature (sign-off form {serial})</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="125"/>
        <source>{clock}超时，逐级上报至第{level}级：{role}</source>
        <translation>{clock} breached; escalated to level {level}: {role}</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="127"/>
        <source>{clock}超时，逐级上报至第{level}级：{role}（{contact}）</source>
        <translation>{clock} breached; escalated to level {level}: {role} ({contact})</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="130"/>
        <source>已联系第{level}级上报对象：{role} {reached}（{method}）</source>
        <translation>Contacted the level {level} escalation contact: {role} {reached} ({method})</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="131"/>
        <source>商定：{agreed}</source>
        <translation>Agreed: {agreed}</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="134"/>
        <source>已确认第{level}级上报（{role}）</source>
        <translation>Acknowledged the level {level} escalation ({role})</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="136"/>
        <source>已确认第{level}级上报（{role} {name}）</source>
        <translation>Acknowledged the level {level} escalation ({role} {name})</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="139"/>
        <source>由巡检 {run} 第{position}项发现：{check}</source>
        <translation>Found by inspection {run}, item {position}: {check}</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="140"/>
        <source>{template}，巡检人 {inspector}</source>
        <translation>{template}, inspector {inspector}</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="143"/>
        <source>提供备用机：{part} 序列号 {serial}</source>
        <translation>Loaner provided: {part} serial {serial}</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="144"/>
        <location filename="../../app/domain/tickets/timeline_text.py" line="148"/>
        <location filename="../../app/domain/tickets/timeline_text.py" line="152"/>
        <source>借用人：{borrower}；使用地点：{location}；借用单号 {loan}</source>
        <translation>Borrower: {borrower}; used at: {location}; loan no. {loan}</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="147"/>
        <source>提供备用机：{part} 序列号 {serial}（同类替代，非相同型号）</source>
        <translation>Loaner provided: {part} serial {serial} (same kind, not the same model)</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="151"/>
        <source>提供备用机（其他）：{item}</source>
        <translation>Loaner provided (other): {item}</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="155"/>
        <source>备用机归还：{item} 序列号 {serial}</source>
        <translation>Loaner returned: {item} serial {serial}</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="158"/>
        <source>备用机归还：{item}</source>
        <translation>Loaner returned: {item}</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="161"/>
        <source>备件{movement}：{part} ×{quantity}{unit}</source>
        <translation>Spare part {movement}: {part} ×{quantity} {unit}</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="162"/>
        <source>序列号 {serials}</source>
        <translation>Serial numbers {serials}</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="163"/>
        <source>装入设备：{device}</source>
        <translation>Fitted to device: {device}</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="167"/>
        <source>备件{movement}：{what}</source>
        <translation>Spare part {movement}: {what}</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="169"/>
        <source>按应急预案处置：{code} {title}（第 {revision} 版）</source>
        <translation>Handled by emergency plan {code} {title} (revision {revision})</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="173"/>
        <source>关联设备台账：{code} {device}</source>
        <translation>Linked to the device register: {code} {device}</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="174"/>
        <source>原登记的设备：{before}</source>
        <translation>Device as first logged: {before}</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="177"/>
        <source>按配置快照恢复设备配置：{code} 第 {version} 版（{taken_at}）</source>
        <translation>Device configuration restored from snapshot {code} version {version} ({taken_at})</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="180"/>
        <source>登记需求变更 {number}</source>
        <translation>Change request {number} registered</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="182"/>
        <source>回访（{way}，{contact}）：{satisfaction}</source>
        <translation>Follow-up ({way}, {contact}): {satisfaction}</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="185"/>
        <source>回访（{way}，{contact}）：{satisfaction}，已登记投诉</source>
        <translation>Follow-up ({way}, {contact}): {satisfaction}; complaint recorded</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="192"/>
        <source>登记{change_kind}（预计 {effort} 个工作日，无需审批）</source>
        <translation>Registered: {change_kind} (estimated effort {effort} working day(s), no approval needed)</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="195"/>
        <source>登记{change_kind}（预计 {effort} 个工作日，须{approver}书面审批）</source>
        <translation>Registered: {change_kind} (estimated effort {effort} working day(s), written approval by the {approver} required)</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="199"/>
        <source>修改申请内容</source>
        <translation>Request edited</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="200"/>
        <source>书面提交{approver}审批</source>
        <translation>Submitted in writing for approval by the {approver}</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="202"/>
        <source>{approver}{change_step}：{signer}（电子签字，账户 {account}）</source>
        <translation>{change_step} ({approver}): {signer} (electronic signature, account {account})</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="206"/>
        <source>{approver}{change_step}：{signer}（纸质签字，签字件 {serial} 由 {filer} 归档）</source>
        <translation>{change_step} ({approver}): {signer} (signed on paper; signed copy {serial} filed by {filer})</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="212"/>
        <source>{approver}{change_step}：{signer}（书面驳回）</source>
        <translation>{change_step} ({approver}): {signer} (rejected in writing)</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="215"/>
        <source>打印申请单 {serial}，待{approver}纸质签字</source>
        <translation>Request form {serial} printed; awaiting the {approver}&apos;s signature on paper</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="218"/>
        <source>重新估算工作量：{old} → {effort} 个工作日</source>
        <translation>Effort re-estimated: {old} → {effort} working day(s)</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="221"/>
        <source>重新估算工作量：{old} → {effort} 个工作日，改由{approver}审批</source>
        <translation>Effort re-estimated: {old} → {effort} working day(s); now approved by the {approver}</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/timeline_text.py" line="224"/>
        <source>{change_step}：{confirmer}</source>
        <translation>{change_step}: {confirmer}</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <location filename="../../app/domain/training/rules.py" line="156"/>
        <source>演练经过第 {line} 行应以时间开头，如“09:05 …”</source>
        <translation>Line {line} of what happened must start with a time, e.g. “09:05 …”</translation>
    </message>
    <message>
        <location filename="../../app/domain/training/rules.py" line="163"/>
        <source>演练经过第 {line} 行的时间无效</source>
        <translation>Line {line} of what happened has an invalid time</translation>
    </message>
    <message>
        <location filename="../../app/domain/training/rules.py" line="167"/>
        <source>演练经过第 {line} 行缺少经过说明</source>
        <translation>Line {line} of what happened says nothing after the time</translation>
    </message>
    <message>
        <location filename="../../app/domain/training/rules.py" line="172"/>
        <source>演练经过第 {line} 行的时间早于上一行</source>
        <translation>Line {line} of what happened is earlier than the line before</translation>
    </message>
    <message>
        <location filename="../../app/services/training/records.py" line="163"/>
        <source>没有培训记录 {id}</source>
        <translation>No training record {id}</translation>
    </message>
    <message>
        <location filename="../../app/services/training/records.py" line="262"/>
        <source>没有演练记录 {id}</source>
        <translation>No drill record {id}</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../app/domain/inspections/checklist.py" line="120"/>
        <source>{label}：请选择检查类别</source>
        <translation>{label}: choose the dimension</translation>
    </message>
    <message>
        <location filename="../../app/domain/inspections/checklist.py" line="127"/>
        <source>{label}：请选择结果类型</source>
        <translation>{label}: choose the answer type</translation>
    </message>
    <message>
        <location filename="../../app/domain/inspections/checklist.py" line="131"/>
        <source>{label}：请填写检查项目</source>
        <translation>{label}: enter the check</translation>
    </message>
    <message>
        <location filename="../../app/domain/inspections/checklist.py" line="142"/>
        <source>{label}：上下限必须是数字</source>
        <translation>{label}: the limits must be numbers</translation>
    </message>
    <message>
        <location filename="../../app/domain/inspections/checklist.py" line="149"/>
        <source>{label}：测量数值须给出下限或上限</source>
        <translation>{label}: a measured number needs a minimum or a maximum</translation>
    </message>
    <message>
        <location filename="../../app/domain/inspections/checklist.py" line="155"/>
        <source>{label}：下限大于上限</source>
        <translation>{label}: the minimum is above the maximum</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="307"/>
        <location filename="../../app/domain/inspections/checklist.py" line="177"/>
        <location filename="../../app/domain/tickets/intake.py" line="75"/>
        <location filename="../../app/domain/validation.py" line="39"/>
        <location filename="../../app/gui/devices/device_dialog.py" line="168"/>
        <location filename="../../app/gui/tickets/device_section.py" line="63"/>
        <location filename="../../app/services/accounts.py" line="124"/>
        <location filename="../../app/services/accounts.py" line="206"/>
        <location filename="../../app/services/changes/requests.py" line="45"/>
        <location filename="../../app/services/changes/steps.py" line="44"/>
        <location filename="../../app/services/contract.py" line="161"/>
        <location filename="../../app/services/contract.py" line="169"/>
        <location filename="../../app/services/devices/documents.py" line="88"/>
        <location filename="../../app/services/devices/register.py" line="318"/>
        <location filename="../../app/services/devices/snapshots.py" line="98"/>
        <location filename="../../app/services/devices/snapshots.py" line="103"/>
        <location filename="../../app/services/devices/upgrades.py" line="74"/>
        <location filename="../../app/services/inspections/backups.py" line="163"/>
        <location filename="../../app/services/inspections/backups.py" line="201"/>
        <location filename="../../app/services/inspections/runs.py" line="275"/>
        <location filename="../../app/services/plans/incident_report.py" line="106"/>
        <location filename="../../app/services/plans/knowledge.py" line="81"/>
        <location filename="../../app/services/plans/plans.py" line="118"/>
        <location filename="../../app/services/plans/plans.py" line="123"/>
        <location filename="../../app/services/reports/advice.py" line="74"/>
        <location filename="../../app/services/reports/followups.py" line="199"/>
        <location filename="../../app/services/reports/followups.py" line="208"/>
        <location filename="../../app/services/reports/followups.py" line="312"/>
        <location filename="../../app/services/store/inventory.py" line="83"/>
        <location filename="../../app/services/store/inventory.py" line="152"/>
        <location filename="../../app/services/store/loans.py" line="99"/>
        <location filename="../../app/services/store/loans.py" line="276"/>
        <location filename="../../app/services/training/records.py" line="34"/>
        <location filename="../../app/services/training/records.py" line="84"/>
        <source>请填写“{label}”</source>
        <translation>Please fill in “{label}”</translation>
    </message>
    <message>
        <location filename="../../app/domain/inspections/checklist.py" line="185"/>
        <location filename="../../app/domain/inspections/checklist.py" line="196"/>
        <location filename="../../app/domain/tickets/intake.py" line="90"/>
        <location filename="../../app/domain/validation.py" line="49"/>
        <location filename="../../app/services/accounts.py" line="103"/>
        <location filename="../../app/services/changes/requests.py" line="156"/>
        <location filename="../../app/services/changes/requests.py" line="173"/>
        <location filename="../../app/services/devices/documents.py" line="95"/>
        <location filename="../../app/services/devices/snapshots.py" line="106"/>
        <location filename="../../app/services/devices/upgrades.py" line="83"/>
        <location filename="../../app/services/devices/upgrades.py" line="99"/>
        <location filename="../../app/services/inspections/backups.py" line="113"/>
        <location filename="../../app/services/inspections/backups.py" line="126"/>
        <location filename="../../app/services/inspections/backups.py" line="147"/>
        <location filename="../../app/services/inspections/backups.py" line="178"/>
        <location filename="../../app/services/plans/plans.py" line="128"/>
        <location filename="../../app/services/reports/advice.py" line="94"/>
        <location filename="../../app/services/reports/followups.py" line="180"/>
        <location filename="../../app/services/reports/followups.py" line="190"/>
        <location filename="../../app/services/store/inventory.py" line="94"/>
        <location filename="../../app/services/training/records.py" line="213"/>
        <source>请选择“{label}”</source>
        <translation>Please choose “{label}”</translation>
    </message>
    <message>
        <location filename="../../app/domain/inspections/checklist.py" line="211"/>
        <source>巡检表至少要有一个{label}</source>
        <translation>A checklist needs at least one {label}</translation>
    </message>
    <message>
        <location filename="../../app/domain/inspections/checklist.py" line="239"/>
        <source>{label}：测量值不是数字</source>
        <translation>{label}: the measured value is not a number</translation>
    </message>
    <message>
        <location filename="../../app/domain/inspections/checklist.py" line="241"/>
        <source>{label}：请填写测量值</source>
        <translation>{label}: enter the measured value</translation>
    </message>
    <message>
        <location filename="../../app/domain/inspections/checklist.py" line="253"/>
        <location filename="../../app/domain/inspections/checklist.py" line="260"/>
        <source>{label}：请填写检查情况</source>
        <translation>{label}: enter the findings</translation>
    </message>
    <message>
        <location filename="../../app/domain/inspections/checklist.py" line="255"/>
        <source>{label}：请选择合格或不合格</source>
        <translation>{label}: choose pass or fail</translation>
    </message>
    <message>
        <location filename="../../app/domain/inspections/checklist.py" line="267"/>
        <source>{label}：不合格时请在备注中写明发现的问题</source>
        <translation>{label}: when it fails, say in the note what was found</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/intake.py" line="101"/>
        <location filename="../../app/services/inspections/backups.py" line="152"/>
        <location filename="../../app/services/inspections/runs.py" line="153"/>
        <source>“{label}”不是有效的时间</source>
        <translation>“{label}” is not a valid time</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/intake.py" line="109"/>
        <location filename="../../app/domain/tickets/step_times.py" line="15"/>
        <location filename="../../app/services/devices/upgrades.py" line="109"/>
        <location filename="../../app/services/inspections/backups.py" line="158"/>
        <location filename="../../app/services/inspections/runs.py" line="163"/>
        <location filename="../../app/services/reports/followups.py" line="170"/>
        <location filename="../../app/services/training/records.py" line="92"/>
        <source>“{label}”不能晚于当前时间</source>
        <translation>“{label}” cannot be in the future</translation>
    </message>
    <message>
        <location filename="../../app/services/accounts.py" line="107"/>
        <source>按安全设置，“{first}”与“{second}”不能由同一账户兼任</source>
        <translation>The security settings keep “{first}” and “{second}” apart: one account cannot hold both</translation>
    </message>
    <message>
        <location filename="../../app/services/accounts.py" line="148"/>
        <source>“{label}”已被使用</source>
        <translation>“{label}” is already taken</translation>
    </message>
    <message>
        <location filename="../../app/services/contract.py" line="184"/>
        <source>“{label}”必须是大于0的数字</source>
        <translation>“{label}” must be a number greater than 0</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="310"/>
        <location filename="../../app/services/devices/snapshots.py" line="111"/>
        <location filename="../../app/services/devices/upgrades.py" line="112"/>
        <location filename="../../app/services/plans/knowledge.py" line="88"/>
        <location filename="../../app/services/plans/plans.py" line="120"/>
        <source>“{label}”太长</source>
        <translation>“{label}” is too long</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="313"/>
        <location filename="../../app/gui/changes/dialogs.py" line="198"/>
        <location filename="../../app/services/changes/requests.py" line="181"/>
        <location filename="../../app/services/changes/requests.py" line="189"/>
        <location filename="../../app/services/devices/upgrades.py" line="193"/>
        <location filename="../../app/services/plans/knowledge.py" line="101"/>
        <location filename="../../app/services/plans/plans.py" line="132"/>
        <location filename="../../app/services/plans/plans.py" line="139"/>
        <location filename="../../app/services/tickets/calls.py" line="75"/>
        <location filename="../../app/services/tickets/calls.py" line="87"/>
        <source>“{label}”不存在</source>
        <translation>“{label}” does not exist</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="316"/>
        <location filename="../../app/domain/devices/register.py" line="319"/>
        <source>“{label}”不认识</source>
        <translation>“{label}” is not recognised</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="322"/>
        <source>“{label}”不是有效的 IP 地址</source>
        <translation>“{label}” is not a valid IP address</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="325"/>
        <source>“{label}”不是有效的 MAC 地址</source>
        <translation>“{label}” is not a valid MAC address</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="331"/>
        <location filename="../../app/services/devices/documents.py" line="103"/>
        <location filename="../../app/services/devices/documents.py" line="112"/>
        <source>“{label}”不是有效的日期</source>
        <translation>“{label}” is not a valid date</translation>
    </message>
    <message>
        <location filename="../../app/domain/devices/register.py" line="335"/>
        <source>“{label}”不能早于安装日期</source>
        <translation>“{label}” cannot be before the installation date</translation>
    </message>
    <message>
        <location filename="../../app/services/inspections/backups.py" line="169"/>
        <source>“{label}”必须是不小于0的数字</source>
        <translation>“{label}” must be a number not below 0</translation>
    </message>
    <message>
        <location filename="../../app/services/inspections/checklists.py" line="192"/>
        <source>已有同名的巡检表，请换一个“{label}”</source>
        <translation>A checklist with this name exists; choose another “{label}”</translation>
    </message>
    <message>
        <location filename="../../app/services/devices/documents.py" line="107"/>
        <source>“{label}”不能晚于今天</source>
        <translation>“{label}” cannot be after today</translation>
    </message>
    <message>
        <location filename="../../app/services/devices/documents.py" line="116"/>
        <location filename="../../app/services/store/inventory.py" line="97"/>
        <source>“{label}”应为非负整数</source>
        <translation>&quot;{label}&quot; must be a whole number, 0 or more</translation>
    </message>
    <message>
        <location filename="../../app/services/devices/documents.py" line="153"/>
        <source>请选择电子版文件，或勾选“纸质”并填写份数</source>
        <translation>Choose the electronic file, or tick “Paper” and give the number of copies</translation>
    </message>
    <message>
        <location filename="../../app/services/store/inventory.py" line="100"/>
        <source>“{label}”已存在</source>
        <translation>&quot;{label}&quot; already exists</translation>
    </message>
    <message>
        <location filename="../../app/services/store/loans.py" line="101"/>
        <source>“{label}”应晚于借出时间</source>
        <translation>&quot;{label}&quot; must be after the time lent</translation>
    </message>
    <message>
        <location filename="../../app/domain/accounts/policy.py" line="63"/>
        <source>密码至少需要 {n} 个字符</source>
        <translation>The password needs at least {n} characters</translation>
    </message>
    <message>
        <location filename="../../app/domain/accounts/policy.py" line="66"/>
        <source>密码需包含小写字母、大写字母、数字、符号中的至少 {n} 类</source>
        <translation>The password needs at least {n} of: lower case, upper case, digits, symbols</translation>
    </message>
    <message>
        <location filename="../../app/domain/accounts/policy.py" line="71"/>
        <source>这是常见的弱密码，请换一个</source>
        <translation>This is a common weak password: choose another</translation>
    </message>
    <message>
        <location filename="../../app/domain/accounts/policy.py" line="73"/>
        <source>密码不能包含登录名</source>
        <translation>The password must not contain the login name</translation>
    </message>
    <message>
        <location filename="../../app/domain/accounts/settings.py" line="81"/>
        <location filename="../../app/services/settings.py" line="55"/>
        <source>“{label}”超出允许的范围</source>
        <translation>“{label}” is out of the allowed range</translation>
    </message>
    <message>
        <location filename="../../app/services/login.py" line="238"/>
        <source>“{label}”不正确</source>
        <translation>“{label}” is not correct</translation>
    </message>
    <message>
        <location filename="../../app/services/login.py" line="247"/>
        <source>两次输入的“{label}”不一致</source>
        <translation>The two “{label}” entries differ</translation>
    </message>
    <message>
        <location filename="../../app/services/login.py" line="255"/>
        <source>“{label}”不能与原密码相同</source>
        <translation>“{label}” must differ from the current password</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/step_times.py" line="13"/>
        <source>“{label}”不能早于上一步的时间（{previous}）</source>
        <translation>“{label}” cannot be earlier than the previous step ({previous})</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets/step_times.py" line="14"/>
        <source>“{label}”不能晚于下一步的时间（{next}）</source>
        <translation>“{label}” cannot be later than the next step ({next})</translation>
    </message>
    <message>
        <location filename="../../app/services/tickets/step_order.py" line="88"/>
        <source>工单没有“{label}”的记录</source>
        <translation>The ticket has no “{label}” record</translation>
    </message>
    <message>
        <location filename="../../app/services/devices/register.py" line="138"/>
        <source>“{label}”已被其他设备使用</source>
        <translation>“{label}” is already used by another device</translation>
    </message>
    <message>
        <location filename="../../app/services/devices/register.py" line="145"/>
        <source>同型号设备中已有此“{label}”</source>
        <translation>Another device of the same model has this “{label}”</translation>
    </message>
    <message>
        <location filename="../../app/services/training/records.py" line="114"/>
        <source>“{label}”应在 1 到 1440 分钟之间</source>
        <translation>“{label}” must be between 1 and 1440 minutes</translation>
    </message>
    <message>
        <location filename="../../app/domain/reports/followups.py" line="79"/>
        <source>满意度为“不满意”时请填写“{label}”</source>
        <translation>When the satisfaction is “Dissatisfied”, fill in “{label}”</translation>
    </message>
    <message>
        <location filename="../../app/services/changes/requests.py" line="133"/>
        <source>“{label}”的结束时间应晚于开始时间</source>
        <translation>The end of “{label}” must be after its start</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/followups.py" line="108"/>
        <source>“{label}”应在 0 到 30 天之间</source>
        <translation>“{label}” must be between 0 and 30 days</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/followups.py" line="250"/>
        <source>“{label}”不能早于处理完成时间</source>
        <translation>“{label}” cannot be before the fix</translation>
    </message>
</context>
<context>
    <name>workflow</name>
    <message>
        <location filename="../../app/domain/tickets/workflow.py" line="171"/>
        <source>当前状态“{status}”下不能执行“{action}”</source>
        <translation>“{action}” is not possible while the ticket is “{status}”</translation>
    </message>
    <message>
        <location filename="../../app/services/tickets/calls.py" line="159"/>
        <source>“{action}”须由甲方确认人签字：请选择电子签字或纸质签字</source>
        <translation>“{action}” must be signed by a client confirmer: choose electronic or paper signature</translation>
    </message>
    <message>
        <location filename="../../app/services/tickets/signoff.py" line="63"/>
        <source>“{action}”不是需要甲方签字的步骤</source>
        <translation>“{action}” is not a step the client signs</translation>
    </message>
    <message>
        <location filename="../../app/services/tickets/signoff.py" line="161"/>
        <source>只有系统缺陷类问题需要签字单</source>
        <translation>Only system-defect tickets have a form to sign</translation>
    </message>
</context>
</TS>
