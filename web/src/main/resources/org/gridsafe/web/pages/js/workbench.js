// The department workbench (部门工作台): the cases of the signed-in officer's department by
// deadline, soonest first, overdue marked, times in the district's zone; and, for the case chosen,
// the department's actions the API allows at its step: submit the rectification with photos
// (POST /api/v1/media, then /rectification naming the hashes), request an extension with a reason
// and a new deadline, return a case that is not the department's duty. Every command carries
// If-Match with the version shown and an Idempotency-Key. The API decides whose cases these are:
// an officer's listing holds only the cases dispatched to their department.
import { call, config, showOk, showProblem, signInHere, signOut, token, uploadMedia } from './api.js';
import { formatTime, onLanguage, pick, setUpLanguage, t } from './i18n.js';
import { keepShellOffline } from './offline.js';

const $ = (id) => document.getElementById(id);
// The listing's cap: the project's own choice, as the command center's queue (20 pages of 1000).
const MAX_PAGES = 20;
// The states in which a case is still the department's work (or waits on its verification).
const OPEN_STATES = 'DISPATCHED,RECTIFIED,PRODUCTION_STOPPED,RESUMPTION_REQUESTED,SUSPENDED';
// The new deadline the extension form suggests: a week after the current one (the project's own
// choice; the officer changes it).
const SUGGESTED_EXTENSION_DAYS = 7;

const state = {
  zone: 'Asia/Shanghai',
  cases: [],
  chosen: null   // the case shown in the detail panel, as GET /api/v1/cases/{id} answers it
};

function onUnauthorized(e) {
  if (e && e.status === 401) {
    signOut();
    window.location.replace(signInHere());
    return true;
  }
  return false;
}

async function allCases() {
  const found = [];
  let after = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const query = new URLSearchParams({ state: OPEN_STATES, limit: '1000' });
    if (after) {
      query.set('after', after);
    }
    const body = (await call('/api/v1/cases?' + query)).body;
    found.push(...body.items);
    if (!body.next) {
      break;
    }
    after = body.next;
  }
  return found;
}

// Soonest deadline first; a case without one (suspended) last; then by id, so the order is stable.
function byDeadline(a, b) {
  const da = a.deadline ? Date.parse(a.deadline) : Infinity;
  const db = b.deadline ? Date.parse(b.deadline) : Infinity;
  if (da !== db) {
    return da < db ? -1 : 1;
  }
  return String(a.id).localeCompare(String(b.id));
}

function gradeName(grade) {
  return grade === 'MAJOR' ? t('case.grade.MAJOR') : t('case.grade.GENERAL');
}

function cell(text, className) {
  const td = document.createElement('td');
  if (className) {
    td.className = className;
  }
  td.textContent = text ?? '';
  return td;
}

function drawCases() {
  const body = $('cases').querySelector('tbody');
  body.replaceChildren(...state.cases.map((c) => {
    const tr = document.createElement('tr');
    tr.dataset.caseId = c.id;
    if (c.overdue) {
      tr.classList.add('overdue');
    }
    const deadline = cell(c.deadline ? formatTime(c.deadline, state.zone) : '—', 'case-deadline');
    if (c.overdue) {
      const mark = document.createElement('strong');
      mark.className = 'overdue-mark';
      mark.textContent = ' ' + t('workbench.overdue');
      deadline.append(mark);
    }
    const actions = document.createElement('td');
    const open = document.createElement('button');
    open.type = 'button';
    open.className = 'open-detail';
    open.textContent = t('workbench.handle');
    open.setAttribute('aria-label', t('workbench.handle.label', { id: c.id }));
    open.addEventListener('click', () => choose(c.id));
    actions.append(open);
    tr.append(
      deadline,
      cell(c.id, 'case-id'),
      cell(pick(c.stateName), 'case-state'),
      cell(c.grid, 'case-grid'),
      cell(gradeName(c.grade), 'case-grade'),
      cell(c.description, 'text case-description'),
      actions);
    return tr;
  }));
  $('cases-empty').hidden = state.cases.length > 0;
}

async function loadCases() {
  state.cases = (await allCases()).sort(byDeadline);
  drawCases();
}

// "YYYY-MM-DD HH:mm" of an instant in the district's zone (what the extension field takes).
function zonedText(epochMs) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {
    timeZone: state.zone, year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
  }).formatToParts(new Date(epochMs)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

// The zone's UTC offset at an instant, as "+08:00".
function offsetAt(epochMs) {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: state.zone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(epochMs)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
  return m ? m[1] + ':' + (m[2] ?? '00') : '+00:00';
}

function offsetMinutes(offset) {
  const m = /([+-])(\d{2}):(\d{2})/.exec(offset);
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

// "YYYY-MM-DD HH:mm" read as a time in the district's zone → ISO-8601 with that zone's offset;
// null when it is not such a time.
function zonedIso(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/.exec(String(text).trim());
  if (!m) {
    return null;
  }
  const [year, month, day, hour, minute] = m.slice(1).map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) {
    return null;
  }
  // The offset where the wall-clock time falls (taken twice, so a daylight-saving edge settles).
  let offset = offsetAt(asUtc);
  offset = offsetAt(asUtc - offsetMinutes(offset) * 60000);
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:00${offset}`;
}

function drawDetail() {
  const c = state.chosen;
  $('detail').hidden = false;
  $('detail-id').textContent = c.id;
  $('detail-state').textContent = pick(c.stateName);
  $('detail-version').textContent = String(c.version);
  $('detail-deadline').textContent = (c.deadline ? formatTime(c.deadline, state.zone) : '—')
    + (c.overdue ? ' ' + t('workbench.overdue') : '');
  $('detail-description').textContent = c.description ?? '';
  $('detail-extension').textContent = c.pendingExtension
    ? t('workbench.extension.pending', {
      until: formatTime(c.pendingExtension.requestedDeadline, state.zone),
      reason: c.pendingExtension.reason ?? ''
    })
    : '—';
  $('detail-case-link').href = '/case.html#' + encodeURIComponent(c.id);
  const dispatched = c.state === 'DISPATCHED';
  $('rectify-form').hidden = !dispatched;
  $('extend-form').hidden = !(dispatched && !c.pendingExtension);
  $('return-form').hidden = !dispatched;
  $('detail-none').hidden = dispatched;
  $('extend-until-hint').textContent = t('workbench.extend.until.hint', { zone: state.zone });
}

function suggestExtension() {
  const c = state.chosen;
  const from = c.deadline ? Date.parse(c.deadline) : Date.now();
  $('extend-until').value = zonedText(from + SUGGESTED_EXTENSION_DAYS * 24 * 3600 * 1000);
}

async function choose(id) {
  const message = $('detail-message');
  message.replaceChildren();
  message.className = 'message';
  try {
    state.chosen = (await call('/api/v1/cases/' + encodeURIComponent(id))).body;
    ['rectify-evidence', 'rectify-photos', 'extend-reason', 'return-reason'].forEach((f) => { $(f).value = ''; });
    drawDetail();
    suggestExtension();
    $('detail-heading').focus();
  } catch (e) {
    if (!onUnauthorized(e)) {
      showProblem($('cases-message'), e, { id });
    }
  }
}

async function command(step, makeBody, done, button) {
  const c = state.chosen;
  const seen = c.version;
  const message = $('detail-message');
  button.disabled = true;
  try {
    const json = await makeBody();
    if (json === null) {
      return;
    }
    const result = await call('/api/v1/cases/' + encodeURIComponent(c.id) + '/' + step, {
      method: 'POST', json, ifMatch: seen
    });
    await loadCases();
    if (state.cases.some((x) => x.id === c.id)) {
      await choose(c.id);
    } else {
      // A returned case is no longer this department's: nothing to act on here any more.
      ['rectify-form', 'extend-form', 'return-form'].forEach((f) => { $(f).hidden = true; });
      $('detail-none').hidden = false;
    }
    showOk(message, t(done, { id: c.id, version: result.body.version }));
  } catch (e) {
    if (!onUnauthorized(e)) {
      showProblem(message, e, { id: c.id, seenVersion: seen });
    }
  } finally {
    button.disabled = false;
  }
}

function wireActions() {
  $('rectify-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    command('rectification', async () => {
      // The photos first; the rectification then names them by their hashes.
      const media = await uploadMedia($('rectify-photos').files);
      const body = { evidence: $('rectify-evidence').value };
      if (media.length > 0) {
        body.media = media;
      }
      return body;
    }, 'workbench.rectified', $('rectify'));
  });
  $('extend-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    command('extension-request', async () => {
      const requestedDeadline = zonedIso($('extend-until').value);
      if (!requestedDeadline) {
        showProblem($('detail-message'), new Error(t('workbench.extend.until.invalid', { zone: state.zone })));
        $('extend-until').focus();
        return null;
      }
      return { requestedDeadline, reason: $('extend-reason').value };
    }, 'workbench.extensionRequested', $('extend'));
  });
  $('return-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    command('return', async () => ({ reason: $('return-reason').value }), 'workbench.returned', $('return'));
  });
}

async function refresh() {
  try {
    await loadCases();
    const message = $('cases-message');
    if (message.classList.contains('error')) {
      message.replaceChildren();
      message.className = 'message';
    }
  } catch (e) {
    if (!onUnauthorized(e)) {
      showProblem($('cases-message'), e);
    }
  }
}

async function start() {
  if (!token()) {
    window.location.replace(signInHere());
    return;
  }
  setUpLanguage();
  keepShellOffline({ refresh, zone: () => state.zone, commands: true });
  onLanguage(() => {
    drawCases();
    if (state.chosen) {
      drawDetail();
    }
  });
  $('signout').addEventListener('click', () => { signOut(); window.location.assign('/signin.html'); });
  $('cases-refresh').addEventListener('click', refresh);
  wireActions();
  try {
    const cfg = await config();
    state.zone = cfg.zone ?? state.zone;
  } catch (e) {
    // The default zone stays; the listing below says what is wrong if the server is away.
  }
  await refresh();
  document.body.dataset.ready = 'true';
}

start();
