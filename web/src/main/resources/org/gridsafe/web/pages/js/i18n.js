// The message catalog: zh-CN by default, English on request. Every text a page shows comes from
// here or from the API; elements name their text with data-i18n="key" (and data-i18n-placeholder,
// data-i18n-aria-label), filled with textContent only.

const CATALOG = {
  zh: {
    'app.name': 'GridSafe 安全生产网格化管理',
    'lang.switch': 'English',
    'lang.switch.label': 'Switch to English',
    'nav.resident': '群众举报',
    'nav.signin': '工作人员登录',
    'nav.signout': '退出登录',
    'resident.title': '举报安全隐患',
    'resident.intro': '发现安全隐患？请在此举报。举报后您会得到一个编号，凭编号可随时查询处理进度。您的联系方式只有指挥中心可见。',
    'resident.domain': '隐患类别',
    'resident.description': '隐患描述',
    'resident.description.hint': '请写清地点和情况，例如"某小区3号楼消防通道堆放杂物"。',
    'resident.lat': '纬度',
    'resident.lon': '经度',
    'resident.locate': '使用我的位置',
    'resident.location.hint': '十进制度数，例如 纬度 31.02、经度 120.02。',
    'resident.phone': '联系电话（选填，仅指挥中心可见）',
    'resident.submit': '提交举报',
    'resident.noKey': '本站尚未配置举报通道（Open311 api_key），暂时只能查询进度。',
    'resident.reported': '举报已受理，编号：{id}。请记下编号，用于查询进度。',
    'resident.locating': '正在获取位置…',
    'resident.noGeolocation': '浏览器无法提供位置，请手动填写经纬度。',
    'follow.title': '查询处理进度',
    'follow.number': '举报编号',
    'follow.submit': '查询',
    'follow.notFound': '没有找到编号为 {id} 的公开举报。',
    'follow.status': '状态',
    'follow.open': '处理中',
    'follow.closed': '已办结',
    'follow.stage': '当前环节',
    'follow.service': '类别',
    'follow.description': '描述',
    'follow.agency': '责任部门',
    'follow.requested': '举报时间',
    'follow.updated': '最近更新',
    'follow.expected': '预计完成',
    'signin.title': '工作人员登录',
    'signin.token': '访问令牌',
    'signin.token.hint': '使用接口的访问令牌（Bearer token）登录；令牌只保存在本浏览器标签页中，关闭即清除。',
    'signin.submit': '登录',
    'signin.failed': '登录失败：令牌无效或已失效。',
    'case.title': '案件详情',
    'case.back': '返回指挥中心',
    'case.case': '案件',
    'case.state': '状态',
    'case.grade': '等级',
    'case.grade.GENERAL': '一般事故隐患',
    'case.grade.MAJOR': '重大事故隐患',
    'case.deadline': '期限',
    'case.department': '处置部门',
    'case.actions': '指挥中心操作',
    'case.reject': '不予立案',
    'case.reject.reason': '不予立案理由',
    'case.dispatch': '派遣',
    'case.dispatch.department': '派遣至部门',
    'case.extension.note': '延期审批意见（不予延期时必填）',
    'case.extension.approve': '批准延期',
    'case.extension.deny': '不予延期',
    'case.extension.pending': '处置部门申请延期至 {until}，理由：{reason}',
    'case.close.satisfaction': '满意度（1–5，选填）',
    'case.close': '结案',
    'case.noActions': '案件当前环节没有指挥中心可办的操作。',
    'case.timeline': '办理过程',
    'case.time': '时间',
    'case.step': '环节',
    'case.actor': '办理人',
    'case.note': '说明',
    'case.photos': '证据照片',
    'case.photos.empty': '本案没有照片。',
    'case.photo.alt': '{step}的照片（第 {version} 版）',
    'case.audit.intact': '审计链完整：{count} 条记录均未被改动。',
    'case.audit.broken': '审计链断裂：第 {version} 版起的记录与哈希链不符。',
    'case.rejected': '案件 {id} 已不予立案（第 {version} 版）',
    'case.dispatched': '案件 {id} 已派遣（第 {version} 版）',
    'case.extension.approved': '案件 {id} 已批准延期（第 {version} 版）',
    'case.extension.denied': '案件 {id} 已不予延期（第 {version} 版）',
    'case.closed': '案件 {id} 已结案（第 {version} 版）',
    'case.noId': '地址中没有案件编号。',
    'command.open.case': '查看案件 {id}',
    'command.view': '查看',
    'event.reported': '上报',
    'event.registered': '立案',
    'event.rejected': '不予立案',
    'event.merged': '合并',
    'event.dispatched': '派遣',
    'event.rectification-submitted': '整改',
    'event.extension-requested': '申请延期',
    'event.extension-approved': '批准延期',
    'event.extension-denied': '不予延期',
    'event.verification-passed': '核查通过',
    'event.verification-failed': '核查未通过',
    'event.closed': '结案',
    'event.escalated': '督办升级',
    'event.returned': '回退',
    'event.reassigned': '改派',
    'event.suspended': '缓办',
    'event.resumed': '恢复办理',
    'event.reopened': '投诉重办',
    'event.entity-changed': '变更监管对象',
    'command.title': '指挥中心',
    'command.map': '辖区隐患分布',
    'command.map.label': '辖区网格地图，按未办结隐患数着色',
    'command.grids': '网格与未办结隐患',
    'command.grid': '网格',
    'command.open': '未办结隐患',
    'command.major': '重大隐患',
    'command.overdue': '超期',
    'command.up': '返回上一级',
    'command.legend.0': '无',
    'command.legend.1': '1–2 件',
    'command.legend.2': '3–4 件',
    'command.legend.3': '5 件及以上，或有重大隐患',
    'command.queue': '待受理立案',
    'command.queue.empty': '没有待受理的案件。',
    'command.case': '案件编号',
    'command.reportedAt': '上报时间',
    'command.domain': '领域',
    'command.description': '描述',
    'command.version': '版本',
    'command.actions': '操作',
    'command.register': '受理立案',
    'command.register.label': '受理立案 {id}',
    'command.registered': '案件 {id} 已立案（第 {version} 版）。',
    'command.refresh': '刷新',
    'command.loading': '正在加载…',
    'problem.stale': '案件 {id} 在您打开列表后已被他人修改：您看到的是第 {seen} 版，现在是第 {current} 版。为避免覆盖他人的处理，本次操作未执行。请刷新后查看最新情况再决定。',
    'problem.staleUnknown': '案件 {id} 在您打开列表后已被他人修改，本次操作未执行。请刷新后查看最新情况再决定。',
    'problem.race': '案件 {id} 刚刚被另一个操作修改，本次操作未执行。请刷新后再试。',
    'problem.wrongState': '案件 {id} 当前所处环节不允许此操作。',
    'problem.unauthorized': '登录已失效，请重新登录。',
    'problem.denied': '您无权执行此操作。',
    'problem.network': '无法连接服务器，请检查网络后重试。',
    'problem.fields': '需要修改的内容：',
    'problem.apiSays': '服务器说明：',
    'signin.department': '部门人员：',
    'signin.workbench': '登录部门工作台',
    'workbench.title': '部门工作台',
    'workbench.cases': '本部门案件（按期限排序）',
    'workbench.cases.hint': '派遣给本部门、尚未办结的案件，期限最近的在前；时间均为辖区时间。',
    'workbench.cases.empty': '本部门没有待办的案件。',
    'workbench.deadline': '办理期限',
    'workbench.overdue': '已超期',
    'workbench.handle': '办理',
    'workbench.handle.label': '办理案件 {id}',
    'workbench.extension': '延期申请',
    'workbench.extension.pending': '已申请延期至 {until}，理由：{reason}（待指挥中心审批）',
    'workbench.openCase': '查看办理过程和证据照片',
    'workbench.noActions': '案件当前环节没有本部门可办的操作。',
    'workbench.rectify.title': '整改反馈',
    'workbench.rectify.evidence': '整改情况',
    'workbench.rectify.photos': '整改后照片',
    'workbench.rectify.photos.hint': '可选多张（JPEG、PNG、WebP、HEIC），先上传，再随整改反馈提交。',
    'workbench.rectify': '提交整改',
    'workbench.rectified': '案件 {id} 已提交整改（第 {version} 版），等待核查。',
    'workbench.extend.title': '申请延期',
    'workbench.extend.until': '申请延至',
    'workbench.extend.until.hint': '格式 YYYY-MM-DD HH:mm，辖区时间（{zone}）。',
    'workbench.extend.until.invalid': '申请延至的时间应写成 YYYY-MM-DD HH:mm（辖区时间 {zone}），例如 2026-04-10 17:30。本次未提交。',
    'workbench.extend.reason': '延期理由',
    'workbench.extend': '申请延期',
    'workbench.extensionRequested': '案件 {id} 已申请延期（第 {version} 版），等待指挥中心审批。',
    'workbench.return.title': '回退（非本部门职责）',
    'workbench.return.reason': '回退理由',
    'workbench.return': '回退指挥中心',
    'workbench.returned': '案件 {id} 已回退指挥中心（第 {version} 版），不再由本部门办理。',
    'case.verify.result': '核查结果',
    'case.verify.pass': '整改到位，核查通过',
    'case.verify.fail': '整改不到位，退回重新整改',
    'case.verify.remarks': '核查意见（未通过时必填）',
    'case.verify.photos': '现场照片（选填）',
    'case.verify': '提交核查',
    'case.verified': '案件 {id} 核查通过（第 {version} 版）',
    'case.verify.failed': '案件 {id} 核查未通过，已退回部门重新整改（第 {version} 版）'
  },
  en: {
    'app.name': 'GridSafe grid-based safety supervision',
    'lang.switch': '中文',
    'lang.switch.label': '切换到中文',
    'nav.resident': 'Report a hazard',
    'nav.signin': 'Staff sign-in',
    'nav.signout': 'Sign out',
    'resident.title': 'Report a safety hazard',
    'resident.intro': 'Seen a safety hazard? Report it here. You get a number to follow its progress at any time. Only the command center sees your contact.',
    'resident.domain': 'Kind of hazard',
    'resident.description': 'Description',
    'resident.description.hint': 'Say where and what, e.g. "goods blocking the fire exit of building 3".',
    'resident.lat': 'Latitude',
    'resident.lon': 'Longitude',
    'resident.locate': 'Use my location',
    'resident.location.hint': 'Decimal degrees, e.g. latitude 31.02, longitude 120.02.',
    'resident.phone': 'Phone (optional, seen by the command center only)',
    'resident.submit': 'Send report',
    'resident.noKey': 'This site has no reporting channel configured (Open311 api_key); you can only follow reports.',
    'resident.reported': 'Report received, number {id}. Keep it to follow the progress.',
    'resident.locating': 'Finding your location…',
    'resident.noGeolocation': 'The browser cannot give a location; enter latitude and longitude.',
    'follow.title': 'Follow a report',
    'follow.number': 'Report number',
    'follow.submit': 'Look up',
    'follow.notFound': 'No public report numbered {id}.',
    'follow.status': 'Status',
    'follow.open': 'in progress',
    'follow.closed': 'finished',
    'follow.stage': 'Current step',
    'follow.service': 'Kind',
    'follow.description': 'Description',
    'follow.agency': 'Responsible department',
    'follow.requested': 'Reported',
    'follow.updated': 'Last update',
    'follow.expected': 'Expected by',
    'signin.title': 'Staff sign-in',
    'signin.token': 'Access token',
    'signin.token.hint': 'Sign in with your API access token (bearer token); it is kept in this browser tab only and gone when the tab closes.',
    'signin.submit': 'Sign in',
    'signin.failed': 'Sign-in failed: the token is not valid.',
    'command.title': 'Command center',
    'command.map': 'Hazards in the district',
    'command.map.label': 'Map of the grids, coloured by open hazards',
    'command.grids': 'Grids and open hazards',
    'command.grid': 'Grid',
    'command.open': 'Open hazards',
    'command.major': 'Major hazards',
    'command.overdue': 'Overdue',
    'command.up': 'Up one level',
    'command.legend.0': 'none',
    'command.legend.1': '1–2',
    'command.legend.2': '3–4',
    'command.legend.3': '5 or more, or a major hazard',
    'command.queue': 'Awaiting registration',
    'command.queue.empty': 'No case awaits registration.',
    'command.case': 'Case',
    'command.reportedAt': 'Reported',
    'command.domain': 'Domain',
    'command.description': 'Description',
    'command.version': 'Version',
    'command.actions': 'Actions',
    'command.register': 'Register',
    'command.register.label': 'Register {id}',
    'command.registered': 'Case {id} is registered (version {version}).',
    'command.refresh': 'Refresh',
    'command.loading': 'Loading…',
    'case.title': 'Case',
    'case.back': 'Back to the command center',
    'case.case': 'Case',
    'case.state': 'State',
    'case.grade': 'Grade',
    'case.grade.GENERAL': 'general hazard',
    'case.grade.MAJOR': 'major hazard',
    'case.deadline': 'Deadline',
    'case.department': 'Department',
    'case.actions': 'Command-center actions',
    'case.reject': 'Reject',
    'case.reject.reason': 'Reason for rejecting',
    'case.dispatch': 'Dispatch',
    'case.dispatch.department': 'Dispatch to department',
    'case.extension.note': 'Note on the extension (required to deny)',
    'case.extension.approve': 'Approve extension',
    'case.extension.deny': 'Deny extension',
    'case.extension.pending': 'The department asks for an extension to {until}; reason: {reason}',
    'case.close.satisfaction': 'Satisfaction (1–5, optional)',
    'case.close': 'Close',
    'case.noActions': 'At this step the case has no command-center action.',
    'case.timeline': 'Timeline',
    'case.time': 'Time',
    'case.step': 'Step',
    'case.actor': 'By',
    'case.note': 'Note',
    'case.photos': 'Evidence photos',
    'case.photos.empty': 'This case has no photos.',
    'case.photo.alt': 'Photo of {step} (version {version})',
    'case.audit.intact': 'Audit chain intact: none of the {count} records was changed.',
    'case.audit.broken': 'Audit chain broken: from version {version} the records do not match the hash chain.',
    'case.rejected': 'Case {id} rejected (version {version})',
    'case.dispatched': 'Case {id} dispatched (version {version})',
    'case.extension.approved': 'Case {id}: extension approved (version {version})',
    'case.extension.denied': 'Case {id}: extension denied (version {version})',
    'case.closed': 'Case {id} closed (version {version})',
    'case.noId': 'The address names no case.',
    'command.open.case': 'Open case {id}',
    'command.view': 'Open',
    'event.reported': 'reported',
    'event.registered': 'registered',
    'event.rejected': 'rejected',
    'event.merged': 'merged',
    'event.dispatched': 'dispatched',
    'event.rectification-submitted': 'rectified',
    'event.extension-requested': 'extension requested',
    'event.extension-approved': 'extension approved',
    'event.extension-denied': 'extension denied',
    'event.verification-passed': 'verification passed',
    'event.verification-failed': 'verification failed',
    'event.closed': 'closed',
    'event.escalated': 'escalated',
    'event.returned': 'returned',
    'event.reassigned': 'reassigned',
    'event.suspended': 'suspended',
    'event.resumed': 'resumed',
    'event.reopened': 'reopened',
    'event.entity-changed': 'entity changed',
    'problem.stale': 'Case {id} was changed by someone else after you opened the list: you saw version {seen}, it is now version {current}. Nothing was done, so their work is not overwritten. Refresh, look at the case as it is now, and decide again.',
    'problem.staleUnknown': 'Case {id} was changed by someone else after you opened the list. Nothing was done. Refresh and decide again.',
    'problem.race': 'Case {id} was changed by another command a moment ago. Nothing was done. Refresh and try again.',
    'problem.wrongState': 'Case {id} is at a step that does not allow this command.',
    'problem.unauthorized': 'Your sign-in is no longer valid; sign in again.',
    'problem.denied': 'You may not do this.',
    'problem.network': 'The server cannot be reached; check the connection and try again.',
    'problem.fields': 'To correct:',
    'problem.apiSays': 'The server says:',
    'signin.department': 'Department officers: ',
    'signin.workbench': 'sign in to the department workbench',
    'workbench.title': 'Department workbench',
    'workbench.cases': "My department's cases, by deadline",
    'workbench.cases.hint': 'Open cases dispatched to this department, the soonest deadline first; all times in the district\'s zone.',
    'workbench.cases.empty': 'This department has no open case.',
    'workbench.deadline': 'Deadline',
    'workbench.overdue': 'overdue',
    'workbench.handle': 'Handle',
    'workbench.handle.label': 'Handle case {id}',
    'workbench.extension': 'Extension',
    'workbench.extension.pending': 'Extension to {until} requested; reason: {reason} (awaiting the command center)',
    'workbench.openCase': 'Timeline and evidence photos',
    'workbench.noActions': 'At this step the case has no action for the department.',
    'workbench.rectify.title': 'Rectification',
    'workbench.rectify.evidence': 'What was done',
    'workbench.rectify.photos': 'Photos after rectification',
    'workbench.rectify.photos.hint': 'One or more (JPEG, PNG, WebP, HEIC): uploaded first, then sent with the rectification.',
    'workbench.rectify': 'Submit rectification',
    'workbench.rectified': 'Case {id}: rectification submitted (version {version}), awaiting verification.',
    'workbench.extend.title': 'Request an extension',
    'workbench.extend.until': 'New deadline',
    'workbench.extend.until.hint': 'As YYYY-MM-DD HH:mm, in the district\'s zone ({zone}).',
    'workbench.extend.until.invalid': 'Write the new deadline as YYYY-MM-DD HH:mm in the district\'s zone ({zone}), for example 2026-04-10 17:30. Nothing was sent.',
    'workbench.extend.reason': 'Reason',
    'workbench.extend': 'Request extension',
    'workbench.extensionRequested': 'Case {id}: extension requested (version {version}), awaiting the command center.',
    'workbench.return.title': 'Return (not this department\'s duty)',
    'workbench.return.reason': 'Reason for returning',
    'workbench.return': 'Return to the command center',
    'workbench.returned': 'Case {id} returned to the command center (version {version}); no longer this department\'s.',
    'case.verify.result': 'Verification',
    'case.verify.pass': 'Rectified: verification passed',
    'case.verify.fail': 'Not rectified: back to the department',
    'case.verify.remarks': 'Remarks (required when it fails)',
    'case.verify.photos': 'Photos from the site (optional)',
    'case.verify': 'Submit verification',
    'case.verified': 'Case {id}: verification passed (version {version})',
    'case.verify.failed': 'Case {id}: verification failed, back to the department (version {version})'
  }
};

const LANG_KEY = 'gridsafe.lang';
const listeners = [];

/** The page's language: 'zh' (default) or 'en', kept for this tab. */
export function lang() {
  return sessionStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh';
}

/** The text for key in the current language, with {name} replaced from params. */
export function t(key, params = {}) {
  const text = CATALOG[lang()][key] ?? CATALOG.zh[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
}

/** The API's bilingual labels ("已上报 / reported", or {zh, en}) in the current language. */
export function pick(label) {
  if (label == null) {
    return '';
  }
  if (typeof label === 'object') {
    return (lang() === 'en' ? label.en : label.zh) ?? label.zh ?? '';
  }
  const parts = String(label).split(' / ');
  if (parts.length === 2) {
    return lang() === 'en' ? parts[1] : parts[0];
  }
  return String(label);
}

/** Fills every data-i18n element under root and sets the document's language. */
export function translate(root = document) {
  document.documentElement.lang = lang() === 'en' ? 'en' : 'zh-CN';
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  root.querySelectorAll('[data-i18n-aria-label]').forEach((el) => { el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel)); });
  const title = document.querySelector('meta[name="gridsafe-title"]');
  if (title) {
    document.title = t(title.content) + ' · GridSafe';
  }
}

/** Calls fn now and after every language switch (for texts a page builds itself). */
export function onLanguage(fn) {
  listeners.push(fn);
}

/** Wires the #lang-switch button and translates the page. */
export function setUpLanguage() {
  const button = document.getElementById('lang-switch');
  translate();
  if (button) {
    button.addEventListener('click', () => {
      sessionStorage.setItem(LANG_KEY, lang() === 'en' ? 'zh' : 'en');
      translate();
      listeners.forEach((fn) => fn());
    });
  }
}

/** An ISO-8601 time shown in the district's zone (not the browser's), in the page's language. */
export function formatTime(iso, zone) {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return String(iso);
  }
  const parts = new Intl.DateTimeFormat(lang() === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: zone,
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    hour12: false, timeZoneName: 'short'
  }).formatToParts(date);
  // The zone's name last ("2026/03/30 09:00 GMT+8"), wherever the locale would put it.
  const zoneName = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
  const rest = parts.filter((p) => p.type !== 'timeZoneName').map((p) => p.value).join('').replace(/\s+/g, ' ').trim();
  return zoneName ? rest + ' ' + zoneName : rest;
}
