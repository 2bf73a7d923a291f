package org.dutyledger.common;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a field was refused: a stable kebab-case code (the contract's {@code FieldError.code}) and its message in
 * Chinese and English, with {@code {name}} standing for the field error's argument of that name. A client translates
 * the code and its arguments; the message is the server's own wording in the request's {@link Language}.
 */
public enum FieldCode {
    // Presence, size, range
    REQUIRED("required", "不能为空", "is required"),
    TOO_LONG("too-long", "最多 {max} 个字符", "must be at most {max} characters"),
    TOO_SHORT("too-short", "至少 {min} 个字符", "must be at least {min} characters"),
    TOO_LARGE("too-large", "超过 {max} 字节的上限", "is larger than {max} bytes"),
    TOO_SMALL("too-small", "不能小于 {min}", "must be at least {min}"),
    TOO_BIG("too-big", "不能大于 {max}", "must be at most {max}"),
    OUT_OF_RANGE("out-of-range", "须在 {min} 到 {max} 之间", "must be between {min} and {max}"),
    EMPTY_FILE("empty-file", "文件为空", "is empty"),

    // Form of a value
    BAD_FORMAT("bad-format", "格式不正确", "has the wrong format"),
    WRONG_TYPE("wrong-type", "类型不正确", "has the wrong type"),
    UNKNOWN_FIELD("unknown-field", "不是可识别的字段", "is not a known field"),
    NOT_JSON("not-json", "不是格式正确的 JSON", "is not well-formed JSON"),
    NOT_JSON_ARRAY("not-json-array", "须为 JSON 数组", "must be a JSON array"),
    NOT_XLSX("not-xlsx", "不是 .xlsx 文件（不支持旧的 .xls）", "is not an .xlsx file (old .xls is not supported)"),
    NOT_ONE_OF("not-one-of", "须为以下之一：{allowed}", "must be one of {allowed}"),
    NOT_A_WHOLE_NUMBER("not-a-whole-number", "须为正整数", "must be a positive whole number"),
    NOT_A_BOOLEAN("not-a-boolean", "须为 true 或 false", "must be true or false"),
    NOT_A_DATE("not-a-date", "须为日期（YYYY-MM-DD）", "must be a date as YYYY-MM-DD"),
    NOT_AN_INSTANT("not-an-instant", "须为 ISO-8601 时间，如 2026-01-31T16:00:00Z",
            "must be an ISO-8601 instant such as 2026-01-31T16:00:00Z"),
    SURROUNDING_BLANKS("surrounding-blanks", "首尾不能有空白或控制字符", "must not contain surrounding blanks or control characters"),
    CONTROL_CHARACTER("control-character", "不能包含控制字符", "must not contain control characters"),
    CONTROL_CHARACTER_MULTI_LINE("control-character-multi-line", "除制表符和换行外不能包含控制字符",
            "must not contain control characters other than tab and line breaks"),
    BAD_CODE("bad-code", "须为 1–64 位字母、数字或 . _ -，以字母或数字开头",
            "must be 1–64 letters, digits, '.', '_' or '-', starting with a letter or digit"),
    NOT_A_PHONE("not-a-phone", "须为电话号码：数字、空格、-、()，可带前导 +",
            "must be a phone number: digits, spaces, '-', '(', ')' and an optional leading '+'"),
    NOT_AN_EMAIL("not-an-email", "须为电子邮箱地址，如 name@example.org", "must be an e-mail address such as name@example.org"),
    NOT_A_LOGIN_NAME("not-a-login-name", "须为登录账号：字母、数字或 . _ @ -", "must be a login name: letters, digits, '.', '_', '@' or '-'"),
    HTTP_URL("http-url", "须为 http 或 https 网址（http://… 或 https://…）", "must be an http or https URL (http://… or https://…)"),
    ABSOLUTE_URL("absolute-url", "须为带主机名的完整网址，不含账号密码和片段",
            "must be an absolute URL with a host, without credentials or fragment"),
    HTTPS_REQUIRED("https-required", "须使用 https", "must use https"),
    LOCAL_HOST("local-host", "须为公网主机，不能是本地主机", "must name a public host, not a local one"),
    HOST_NOT_PUBLIC("host-not-public", "主机 {host} 解析为 {address}，是回环、私有、链路本地或其他非公网地址",
            "host {host} resolves to {address}, a loopback, private, link-local or otherwise non-public address"),
    HOST_NOT_RESOLVED("host-not-resolved", "主机 {host} 无法解析", "host {host} could not be resolved"),
    NOT_A_HOST_NAME("not-a-host-name", "{host} 不是有效的主机名", "host {host} is not a valid host name"),
    AMBIGUOUS_IP_ADDRESS("ambiguous-ip-address", "主机 {host} 是数字地址，但不是四段十进制数（a.b.c.d）；八进制、十六进制和缩写形式在不同程序中含义不同",
            "host {host} is a numeric address not written as four decimal numbers (a.b.c.d); octal, hexadecimal and "
                    + "shortened forms are read differently by different programs"),
    BAD_EVENT_TYPE("bad-event-type", "须为事件类型（如 organization.created）、前缀（如 organization.*）或 *",
            "must be an event type such as organization.created, a prefix such as organization.*, or *"),
    INVALID("invalid", "无效", "is invalid"),

    // Dates
    BEFORE_START("before-start", "不能早于 {start}", "must not be before {start}"),
    AFTER_END("after-end", "不能晚于 {end}", "must not be after {end}"),
    PERIOD_REVERSED("period-reversed", "结束日期不能早于开始日期 {start}", "must not be before the start {start}"),
    PERIOD_TOO_LONG("period-too-long", "期间最长 {max} 天", "the period is at most {max} days long"),
    INCONSISTENT_DATES("inconsistent-dates", "与其他日期不一致", "is not consistent with the other dates"),
    MUST_BE_FUTURE("must-be-future", "须为将来的时间", "must be a time in the future"),

    // References and scope
    UNKNOWN_REFERENCE("unknown-reference", "{kind} {id} 不存在或不在您的范围内", "{kind} {id} does not exist or is outside your scope"),
    NOT_IN_SCOPE("not-in-scope", "不在您担任工作人员的组织之内", "is outside the organizations where you are STAFF"),
    OWN_ORGANIZATION_REQUIRED("own-organization-required", "须至少包含一个您担任工作人员的组织",
            "must name at least one organization where you are STAFF"),
    NEEDS_RIGHTS_OVER_ALL("needs-rights-over-all", "须在该人员所属的每个组织都担任工作人员",
            "needs STAFF rights over all of the person's organizations"),
    NEEDS_STAFF_RIGHTS("needs-staff-rights", "变更或删除在 {organization} 的所属关系须在该组织担任工作人员",
            "changing or removing the membership in {organization} needs STAFF rights there"),
    ADMIN_ONLY("admin-only", "只有管理员或目录同步可以设置登录名", "only an administrator or the directory sync sets the login name"),
    SERVICE_ACCOUNT_NAME("service-account-name", "是系统客户端的服务账号名（{prefix}…），不能用作人员登录名",
            "names a machine client's service account ({prefix}…); a person cannot carry it"),
    NOT_IN_SUBTREE("not-in-subtree", "组织 {organizationId} 不在 {organization} 及其下级组织之内",
            "organization {organizationId} is not inside {organization}"),
    DISSOLVED("dissolved", "组织 {organizationId} 已撤销", "organization {organizationId} is dissolved"),
    INACTIVE("inactive", "人员 {personId}（{name}）已停用", "person {personId} ({name}) is inactive"),
    LISTED_TWICE("listed-twice", "{id} 重复列出", "{id} is listed twice"),
    TAKEN("taken", "已被其他记录使用", "is already used by another record"),
    DUPLICATE_IN_BATCH("duplicate-in-batch", "在本批中出现多次", "appears more than once in the batch"),
    CYCLE("cycle", "本批的上级代码构成循环", "the parent codes of this batch form a cycle"),
    PARENT_FAILED("parent-failed", "本批中的上级 {parentCode} 未能保存", "the parent {parentCode} of this batch could not be stored"),
    NOT_STORED("not-stored", "未能保存，详见服务日志", "could not be stored; see the service log"),
    REFUSED("refused", "被拒绝", "was refused"),
    MOVE_UNDER_ITSELF("move-under-itself", "组织不能移到自身或其下级之下", "an organization cannot be moved under itself or its own descendant"),
    CANNOT_BECOME_ROOT("cannot-become-root", "已有组织不能成为根组织，请填写上级", "an existing organization cannot become a root; name its parent"),

    // People and groups
    ONE_PRIMARY("one-primary", "有所属组织时须且只能有一个主要组织（现有 {count} 个）", "exactly one membership must be primary, got {count}"),
    NOT_A_MEMBER("not-a-member", "须为该人员所属部门之一的代码", "must be the code of one of the person's departments"),
    ONE_LEADER("one-leader", "领导小组最多一名组长", "a leading group has at most one LEADER"),

    // Duties
    OVERLAPS("overlaps", "与任职 {assignmentId}（{holder}，{role}，{from} – {to}）时间重叠",
            "overlaps assignment {assignmentId} of {holder} as {role} ({from} – {to})"),
    ALREADY_HOLDS("already-holds", "{name} 在 {day} 已担任 {role}", "{name} already holds {role} on {day}"),
    DUAL_DUTY_NOT_HANDED_OVER("dual-duty-not-handed-over", "一岗双责并行担任，不交接：结束一项再另行任命",
            "一岗双责 is held side by side, not handed over: end one and assign another"),
    HANDOVER_SAME_DAY("handover-same-day", "{holder} 的任职 {assignmentId} 于 {from} 当天才开始，交接无法在同一天结束它：请用“更正”替换该任职的人员",
            "the duty of {holder} (assignment {assignmentId}) begins on {from}, so a hand-over that day cannot end it: correct that assignment to replace its holder"),
    HANDOVER_NEEDS_CHANNEL("handover-needs-channel", "阵地管理员的交接须指明阵地", "the hand-over of a CHANNEL_ADMIN names the channel"),
    SCOPE_ONLY_FOR_DUAL_DUTY("scope-only-for-dual-duty", "只有一岗双责才有分管范围", "only a MEMBER_DUAL_DUTY has a scope"),
    CHANNEL_ONLY_FOR_ADMIN("channel-only-for-admin", "只有阵地管理员才指明阵地", "only a CHANNEL_ADMIN names a channel"),
    NOT_OWN_CHANNEL("not-own-channel", "阵地 {channelId} 不属于 {organization}", "channel {channelId} is not a channel of {organization}"),

    // Channels
    CHANNEL_CLOSED("channel-closed", "阵地 {channelId} 已关闭", "channel {channelId} is closed"),
    BAD_NEW_STATUS("bad-new-status", "新阵地的状态只能是待启用或已启用", "a new channel is PENDING_LAUNCH or ACTIVE"),
    CLOSE_WITH_ACTION("close-with-action", "请用“关闭阵地”操作关闭阵地", "close a channel with its close action (POST /api/v1/channels/…/close)"),
    CANNOT_UNLAUNCH("cannot-unlaunch", "已启用的阵地不能退回待启用", "a launched channel cannot go back to PENDING_LAUNCH"),
    LAUNCH_DATE_WHEN_ACTIVE("launch-date-when-active", "阵地启用时才填写启用日期", "is set only when the channel goes ACTIVE"),

    // Publications and review
    NOT_LINKED_TO_PERSON("not-linked-to-person", "撰写、审核和撤回须由人员进行：您的账号未关联人员，请联系管理员关联",
            "writing, reviewing and retracting are done by a person: your account is not linked to one; ask an administrator to link it"),
    AUTHOR_NEVER_REVIEWS("author-never-reviews", "作者不审核自己的信息：您撰写过信息 {publicationId} 的修订版本",
            "the author never reviews their own item: you wrote a revision of publication {publicationId}"),
    NOT_THE_STEP_REVIEWER("not-the-step-reviewer", "第 {step} 步（{stepName}）由{organization}当天的 {role} 审核，您不是",
            "step {step} ({stepName}) is reviewed by the {role} of {organization} on the day, which you are not"),
    ONE_PERSON_ONE_STEP("one-person-one-step", "同一人不审批同一信息的两步：您已审批第 {approvedStep} 步，第 {step} 步须由另一名责任人审批",
            "one person never approves two steps of the same item: you approved step {approvedStep}; another holder must approve step {step}"),
    ONLY_LEADERS_RETRACT("only-leaders-retract", "只有{organization}当天的第一责任人（FIRST_RESPONSIBLE）或直接责任人（DIRECT_RESPONSIBLE）才能撤回已发布的信息",
            "only the FIRST_RESPONSIBLE or DIRECT_RESPONSIBLE of {organization} on the day retracts a published item"),
    ONLY_AUTHOR_WITHDRAWS("only-author-withdraws", "只有作者才能撤回送审：信息 {publicationId} 由他人撰写",
            "only the author withdraws an item from review: publication {publicationId} was written by someone else"),
    NOT_A_POLICY_EDITOR("not-a-policy-editor", "审核规则只能由{organization}当天的第一责任人或直接责任人、上级组织的工作人员或管理员设置或修改",
            "a review policy is set or changed only by the FIRST_RESPONSIBLE or DIRECT_RESPONSIBLE of {organization} on the day, "
                    + "by staff of an organization above it, or by an administrator"),
    NOT_CONFIRMED("not-confirmed", "「{item}」须确认", "「{item}」 must be confirmed"),
    PRINCIPAL_LEADER_STEP("principal-leader-step", "须保留由主要领导审批的步骤（上级的审核规则有此步骤）",
            "must keep a step reviewed by the FIRST_RESPONSIBLE (主要领导审批), as the policy above it has one"),
    TYPE_NOT_ACCEPTED("type-not-accepted", "不接受 {type} 类型的文件", "{type} is not accepted"),
    NO_FILE_EXTENSION("no-file-extension", "文件名 {fileName} 没有可识别的扩展名", "has no known file extension ({fileName})"),
    CONTENT_MISMATCH("content-mismatch", "文件内容是 {actual}，但{claimedBy}表明是 {claimed}", "content is {actual} but {claimedBy} says {claimed}"),

    // Major-matter reports
    NOT_AN_ANCESTOR("not-an-ancestor", "须为{organization}的上级组织", "must be an organization above {organization}"),
    NOT_OWN_PUBLICATION("not-own-publication", "稿件 {publicationId} 不属于 {organization}", "publication {publicationId} is not a publication of {organization}"),
    NOT_A_FUTURE_TIME("not-a-future-time", "不能是将来的时间", "must not be a time in the future"),

    // Inspections and scoring templates
    UNKNOWN_ITEM("unknown-item", "评分表中没有项目 {code}", "the scoring template has no item {code}"),
    GRADES_DESCENDING("grades-descending", "须按 优秀、良好、一般、较差 排列且最低分逐级降低", "must run EXCELLENT, GOOD, FAIR, POOR with falling minimum points"),
    POOR_FROM_ZERO("poor-from-zero", "须包含“较差”等级且其最低分为 0", "must include POOR with minPoints 0"),
    VETO_ONLY("veto-only", "只有一票否决项目填写是否通过", "only a veto item takes passed"),
    AT_MOST_TWO_DECIMALS("at-most-two-decimals", "最多两位小数", "must have at most two decimals"),
    TARGETS_OR_DRAW("targets-or-draw", "随机抽查填写 draw，其他类型填写 targetIds", "a RANDOM inspection takes draw, the other kinds take targetIds"),

    // Directory sync
    FULL_MODE_ONLY("full-mode-only", "只适用于全量模式", "only applies in full mode"),

    // Work reports
    PERIOD_NOT_OF_KIND("period-not-of-kind", "与报告类型 {kind} 不符，期间应如 {example}", "does not match the report kind {kind}; use a period such as {example}"),
    NO_SUPERIOR("no-superior", "{organization} 没有上级组织，无处报送", "{organization} has no superior to report to"),

    // Obligations and fulfilment records
    NOT_A_PERIOD("not-a-period", "须为期间代码，如 2026-07、2026-Q3、2026-H1 或 2026", "must be a period key such as 2026-07, 2026-Q3, 2026-H1 or 2026"),
    NOT_A_MONTH_DAY("not-a-month-day", "须为 MM-DD（如 06-30），留空表示期末最后一天", "must be MM-DD such as 06-30, or empty for the period's last day"),
    MONTHLY_DUE_AT_END("monthly-due-at-end", "按月的工作要求在当月最后一天到期（请留空）", "a monthly obligation is due on the last day of its month (leave it empty)"),
    ISSUER_FIXED("issuer-fixed", "工作要求的发布单位不能更改；请停用后重新发布", "the issuing organization of a rule does not change; retire it and issue a new one"),
    NOT_IN_FUTURE("not-in-future", "不能是将来的日期", "must not be in the future"),
    NOT_A_PARTICIPANT("not-a-participant", "人员 {personId} 不在参加人员之中", "person {personId} is not among the participants"),
    POSITION_TWICE("position-twice", "人员 {personId} 对此事项已表明态度", "person {personId} has a position on this decision already"),
    NOT_IN_LINE("not-in-line", "人员 {personId} 不是{organization}或其上级的成员", "person {personId} is not a member of {organization} or of a level above it"),
    OWED_BY_ANOTHER("owed-by-another", "工作要求 {obligationId} 属于其他组织", "obligation {obligationId} is owed by another organization"),
    NO_MULTIPART_FILE("no-multipart-file", "请以 multipart 字段 file 上传文件", "attach the file as the multipart field 'file'"),
    FILE_NAME("file-name", "须有文件名，最多 {max} 个字符", "needs a file name of at most {max} characters"),
    ALREADY_WAIVED("already-waived", "待落实事项 {obligationId} 已豁免", "obligation {obligationId} is already waived"),
    RULE_RETIRED("rule-retired", "工作要求 {ruleId} 已停用", "obligation rule {ruleId} is retired"),
    RULE_SUPERSEDED("rule-superseded", "工作要求 {ruleId} 已有新版本 {newRuleId}，请修改新版本",
            "obligation rule {ruleId} was superseded by version {newRuleId}; change that one"),

    // Findings and rectifications
    NO_HOLDER("no-holder", "{organization}今天没有{role}，请先任命或选择其他职责", "{organization} has no {role} today; assign one or choose another role"),
    NOT_BEFORE_TODAY("not-before-today", "不能早于今天", "must not be before today"),
    DEADLINE_OR_LONG_TERM("deadline-or-long-term", "须填写整改时限，或选择长期坚持并填写检查日期（二者取一）",
            "give a deadline, or longTerm with check dates (one of the two)"),
    SELF_CHECK_BY_TARGET("self-check-by-target", "自查自纠的问题由被检查单位自己提出", "a SELF_CHECK finding is raised by the target organization itself"),
    INSPECTION_ONLY("inspection-only", "只有来源为检查（INSPECTION）的问题才填写", "is given only for a finding from an INSPECTION"),
    NOT_INSPECTED("not-inspected", "{organization}不是该次检查的被检查单位", "{organization} is not a target of that inspection"),
    NOT_AFTER_DUE("not-after-due", "须晚于现在的整改时限 {dueOn}", "must be after the current due day {dueOn}"),

    // Accountability
    EXEMPTION_NOT_RECORDED("exemption-not-recorded", "没有记录在案的反对意见或驳回，不能免责",
            "no objection or rejection on the record supports an exemption"),
    NOT_A_FILER("not-a-filer", "您在组织 {organizationId} 没有立案权限", "you hold no filing grant in organization {organizationId}"),
    NOT_A_MEMBER_OF("not-a-member-of", "人员 {personId} 不是组织 {organizationId} 的成员",
            "person {personId} is not a member of organization {organizationId}"),
    NOT_CONCERNING_SUBJECT("not-concerning-subject", "该记录不属于被追责组织 {organization} 及其下级",
            "the record does not belong to the subject organization {organization} or below it"),
    EVERY_LINE_ONCE("every-line-once", "须为每一条责任人逐一作出决定（缺少或重复：{lineIds}）",
            "must decide every line exactly once (missing or repeated: {lineIds})"),
    NO_OUTCOME_FOR_NONE("no-outcome-for-none", "不承担责任的不作处理", "a line bearing no responsibility takes no outcome"),
    EXEMPT_LINE("exempt-line", "该人员有记录在案的反对意见，免责；须先修改该条并说明理由",
            "the person is exempt by a recorded objection; edit the line with a reason first");

    private static final Pattern ARG = Pattern.compile("\\{(\\w+)}");

    /** Arguments that are words ({@code kind}, {@code claimedBy}) rather than values, in Chinese. */
    private static final java.util.Set<String> WORD_ARGS = java.util.Set.of("kind", "claimedBy");

    private final String code;
    private final String zh;
    private final String en;

    FieldCode(String code, String zh, String en) {
        this.code = code;
        this.zh = zh;
        this.en = en;
    }

    public String code() {
        return code;
    }

    /** The message in {@code language}, its arguments filled in. */
    public String message(Language language, Map<String, ?> args) {
        String template = language.pick(zh, en);
        Matcher m = ARG.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = args == null ? null : args.get(m.group(1));
            String text = value == null ? "" : value.toString();
            if (language == Language.ZH_CN && WORD_ARGS.contains(m.group(1)) && value instanceof String s) {
                text = KindWords.zh(s);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The constant with this code, or null. */
    public static FieldCode byCode(String code) {
        for (FieldCode c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        return null;
    }

    /** All codes, for the contract's description of {@code FieldError.code}. */
    public static String[] codes() {
        return java.util.Arrays.stream(values()).map(FieldCode::code).toArray(String[]::new);
    }
}
