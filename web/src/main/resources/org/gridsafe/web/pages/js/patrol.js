// The patrol terminal (巡查终端), phone-sized, for grid staff: today's patrol tasks, check-in with
// the device's location, the checklist, skip, and hazard reports with photos. Every write goes
// through the outbox (js/outbox.js): stored in IndexedDB with its own Idempotency-Key first, then
// sent, and kept while the connection is lost; the page shows what waits.
import { keepShellOffline, queuedChanged } from './offline.js';
import { ApiError, NetworkError, call, config, showOk, showProblem, signOut, token } from './api.js';
import { formatTime, onLanguage, pick, setUpLanguage, t } from './i18n.js';
import * as outbox from './outbox.js';

const $ = (id) => document.getElementById(id);

// How often waiting writes are tried again while any wait: the project's own choice (short enough
// that a terminal back in coverage sends within seconds, rare enough to cost nothing while offline).
const RETRY_MS = 10000;
const DOMAINS = ['PRODUCTION', 'FIRE', 'TRAFFIC', 'CONSTRUCTION', 'FOOD', 'PUBLIC'];
const GRADES = ['GENERAL', 'MAJOR'];

const state = {
  zone: 'Asia/Shanghai',
  tasks: [],
  hazards: [],
  checklists: new Map(),
  task: null,        // the open task
  sent: [],          // what this page sent, newest first: {label, result}
  waiting: [],
  refused: [],
  saidSaved: new Set(), // message boxes that said "kept on this device", told again once all is sent
  timer: null,
  mine: 0           // how many of the waiting writes this sign-in may send
};

function onUnauthorized(e) {
  if (e && e.status === 401) {
    signOut();
    window.location.replace('/signin.html#patrol');
    return true;
  }
  return false;
}

function option(value, text) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

function fillSelect(select, options) {
  const chosen = select.value;
  select.replaceChildren(...options.map(([v, text]) => option(v, text)));
  if (chosen && options.some(([v]) => v === chosen)) {
    select.value = chosen;
  }
}

function domainOptions() {
  return DOMAINS.map((d) => [d, t('patrol.domain.' + d)]);
}

function hazardOptions() {
  return state.hazards.map((h) => [h.code, h.code + ' ' + pick({ zh: h.zhName, en: h.enName })]);
}

function gradeOptions() {
  return GRADES.map((g) => [g, t('case.grade.' + g)]);
}

// ---- the connection and the outbox

function drawConnection() {
  const el = $('connection');
  el.textContent = navigator.onLine ? t('patrol.online') : t('patrol.offline');
  el.className = 'connection ' + (navigator.onLine ? 'online' : 'offline');
}

function kindText(entry) {
  return t('patrol.kind.' + entry.kind);
}

async function drawOutbox() {
  state.waiting = await outbox.waiting();
  state.refused = await outbox.refused();
  const me = await outbox.ownerOf(token());
  const mine = state.waiting.filter((e) => e.owner === me);
  const others = state.waiting.length - mine.length;
  state.mine = mine.length;
  $('outbox-count').textContent = t('patrol.outbox.count', { count: state.waiting.length })
    + (others > 0 ? ' ' + t('patrol.outbox.others', { count: others }) : '');
  $('outbox-count').dataset.count = String(state.waiting.length);
  queuedChanged();
  $('outbox-list').replaceChildren(...state.waiting.map((e) => {
    const li = document.createElement('li');
    li.className = 'outbox-entry';
    li.dataset.kind = e.kind;
    li.dataset.key = e.key;
    const what = document.createElement('span');
    what.className = 'text outbox-label';
    what.textContent = kindText(e) + ' · ' + e.label;
    const when = document.createElement('span');
    when.className = 'hint outbox-time';
    when.textContent = ' ' + formatTime(e.createdAt, state.zone)
      + (e.photos.length > 0 ? ' · ' + t('patrol.outbox.photos', { count: e.photos.length }) : '')
      + (e.attempts > 0 ? ' · ' + t('patrol.outbox.tried', { count: e.attempts, error: e.lastError ?? '' }) : '')
      + (e.owner !== me ? ' · ' + t('patrol.outbox.notMine') : '');
    li.append(what, when);
    return li;
  }));
  $('outbox-send').disabled = mine.length === 0;
  $('sent-list').replaceChildren(...state.sent.slice(0, 10).map((s) => {
    const li = document.createElement('li');
    li.className = 'sent-entry text';
    li.textContent = s.text;
    return li;
  }));
  $('refused').hidden = state.refused.length === 0;
  $('refused-list').replaceChildren(...state.refused.map((e) => {
    const li = document.createElement('li');
    li.className = 'refused-entry';
    const what = document.createElement('p');
    what.className = 'text';
    what.textContent = kindText(e) + ' · ' + e.label + ' · ' + formatTime(e.createdAt, state.zone);
    const why = document.createElement('div');
    showProblem(why, new ApiError(e.status, e.problem), { id: e.occurrence ?? '' });
    why.removeAttribute('role');
    const dismiss = document.createElement('button');
    dismiss.type = 'button';
    dismiss.className = 'secondary dismiss';
    dismiss.textContent = t('patrol.refused.dismiss');
    dismiss.setAttribute('aria-label', t('patrol.refused.dismiss') + ' ' + kindText(e) + ' ' + e.label);
    dismiss.addEventListener('click', async () => {
      await outbox.dismiss(e.seq);
      await drawOutbox();
      $('outbox-send').focus();
    });
    li.append(what, why, dismiss);
    return li;
  }));
  drawPendingOnTask();
}

function sentText(entry, answer) {
  const body = answer.body ?? {};
  if (entry.kind === 'report') {
    return t('patrol.sent.report', { id: body.id ?? '', label: entry.label });
  }
  return t('patrol.sent.' + entry.kind, { label: entry.label, state: pick(stateLabel(body.state)) });
}

async function sendNow() {
  const outcome = await outbox.flush({
    sent: (entry, answer) => { state.sent.unshift({ text: sentText(entry, answer) }); },
    refused: () => {},
    kept: (entry, error) => {
      if (error instanceof ApiError && error.status === 401) {
        showProblem($('outbox-message'), error);
      }
    }
  });
  if (outcome === 'empty') {
    $('outbox-message').replaceChildren();
    $('outbox-message').className = 'message';
    state.saidSaved.forEach((box) => showOk(box, t('patrol.allSent')));
    state.saidSaved.clear();
  } else if (outcome === 'stopped' && !navigator.onLine) {
    showOk($('outbox-message'), t('patrol.outbox.offline'));
  }
  await drawOutbox();
  const mineLeft = state.mine > 0;
  if (outcome === 'empty' && state.sent.length > 0) {
    loadTasks().catch(() => {});
  }
  schedule(mineLeft);
  return outcome;
}

function schedule(needed) {
  if (needed && !state.timer) {
    state.timer = setInterval(() => { sendNow().catch(() => {}); }, RETRY_MS);
  } else if (!needed && state.timer) {
    clearInterval(state.timer);
    state.timer = null;
  }
}

/** Stores a write, shows it waiting, then tries to send everything waiting. */
async function write(entry, message) {
  await outbox.enqueue(entry);
  await drawOutbox();
  showOk(message, navigator.onLine ? t('patrol.saved') : t('patrol.saved.offline'));
  state.saidSaved.add(message);
  sendNow().catch(() => {});
}

// ---- the device's position

function position() {
  return new Promise((resolve, reject) => {
    if (!navigator.geolocation) {
      reject(new Error(t('patrol.noGeolocation')));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lon: p.coords.longitude, lat: p.coords.latitude, accuracy: p.coords.accuracy }),
      (e) => reject(new Error(t('patrol.noGeolocation') + ' (' + e.message + ')')),
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 0 });
  });
}

// ---- tasks

function stateLabel(name) {
  const key = 'patrol.state.' + name;
  const text = t(key);
  return text === key ? String(name ?? '') : text;
}

// Midnight ending today in the district's zone, as an instant: tasks due before it are due today.
function endOfTodayInZone(now = new Date()) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {
    timeZone: state.zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    second: '2-digit', hour12: false
  }).formatToParts(now).map((p) => [p.type, p.value]));
  const hour = Number(parts.hour) % 24;
  const sinceMidnight = ((hour * 60 + Number(parts.minute)) * 60 + Number(parts.second)) * 1000 + now.getMilliseconds();
  return new Date(now.getTime() - sinceMidnight + 24 * 3600 * 1000);
}

async function loadTasks() {
  const staff = $('staff-filter').value.trim();
  sessionStorage.setItem('gridsafe.staff', staff);
  const query = new URLSearchParams({ state: 'SCHEDULED,CHECKED_IN', limit: '500' });
  if (staff) {
    query.set('assignee', staff);
  }
  const answer = await call('/api/v1/patrols?' + query.toString());
  const now = Date.now();
  state.tasks = (answer.body.items ?? [])
    .filter((o) => new Date(o.windowStart).getTime() <= now)
    .sort((a, b) => new Date(a.windowEnd) - new Date(b.windowEnd) || String(a.id).localeCompare(String(b.id)));
  // The tasks' checklists are read now, while online, so a task opened offline still has its items.
  for (const ref of new Set(state.tasks.map((o) => o.checklist))) {
    await checklist(ref).catch(() => {});
  }
  drawTasks();
  if (state.task) {
    const fresh = state.tasks.find((o) => o.id === state.task.id);
    if (fresh) {
      fresh.sheet = state.task.sheet ?? state.checklists.get(fresh.checklist);
      state.task = fresh;
      drawTask();
    }
  }
}

function pendingFor(occurrence, kind) {
  return state.waiting.some((e) => e.occurrence === occurrence && e.kind === kind);
}

function drawTasks() {
  const dueToday = endOfTodayInZone().getTime();
  $('tasks').replaceChildren(...state.tasks.map((o) => {
    const li = document.createElement('li');
    li.className = 'task';
    li.dataset.occurrence = o.id;
    const name = document.createElement('strong');
    name.className = 'text task-name';
    name.textContent = o.entityName;
    const facts = document.createElement('span');
    facts.className = 'task-facts';
    const due = new Date(o.windowEnd).getTime() <= dueToday ? ' · ' + t('patrol.dueToday') : '';
    facts.textContent = ' ' + stateLabel(o.state) + ' · ' + t('patrol.task.due') + ' '
      + formatTime(o.windowEnd, state.zone) + due + ' · ' + o.assignee;
    const open = document.createElement('button');
    open.type = 'button';
    open.className = 'open-task';
    open.textContent = t('patrol.open');
    open.setAttribute('aria-label', t('patrol.open.label', { name: o.entityName }));
    open.addEventListener('click', () => openTask(o));
    li.append(name, facts, document.createElement('br'), open);
    return li;
  }));
  $('tasks-empty').hidden = state.tasks.length > 0;
}

async function checklist(ref) {
  if (!state.checklists.has(ref)) {
    state.checklists.set(ref, (await call('/api/v1/checklists/' + encodeURIComponent(ref))).body);
  }
  return state.checklists.get(ref);
}

async function openTask(o) {
  state.task = o;
  $('task-message').replaceChildren();
  $('task-message').className = 'message';
  $('checkin-status').textContent = '';
  $('skip-reason').value = '';
  try {
    state.task.sheet = await checklist(o.checklist);
  } catch (e) {
    if (!onUnauthorized(e)) {
      showProblem($('task-message'), e, { id: o.id });
    }
  }
  drawTask();
  $('task').hidden = false;
  $('checkin').focus();
}

function drawPendingOnTask() {
  const o = state.task;
  if (!o || $('task').hidden) {
    return;
  }
  const notes = [];
  if (pendingFor(o.id, 'checkin')) {
    notes.push(t('patrol.pending.checkin'));
  }
  if (pendingFor(o.id, 'submission')) {
    notes.push(t('patrol.pending.submission'));
  }
  if (pendingFor(o.id, 'skip')) {
    notes.push(t('patrol.pending.skip'));
  }
  $('task-state').textContent = stateLabel(o.state) + (notes.length ? ' (' + notes.join('; ') + ')' : '');
}

function drawTask() {
  const o = state.task;
  $('task-name').textContent = o.entityName;
  $('task-id').textContent = o.id;
  $('task-due').textContent = formatTime(o.windowEnd, state.zone);
  $('task-checklist').textContent = o.sheet ? o.sheet.title + ' (' + o.checklist + ')' : o.checklist;
  if (o.checkIn) {
    $('checkin-status').textContent = t('patrol.checkedIn', {
      at: formatTime(o.checkIn.at, state.zone),
      flags: o.checkIn.flags.length ? o.checkIn.flags.join(', ') : '—'
    });
  }
  drawPendingOnTask();
  drawItems();
}

function drawItems() {
  const o = state.task;
  const box = $('checklist-items');
  const previous = new Map([...box.querySelectorAll('[data-item]')].map((el) => [el.id, el.value]));
  box.replaceChildren();
  if (!o.sheet) {
    return;
  }
  o.sheet.sections.forEach((section) => {
    section.items.forEach((item) => {
      const fieldset = document.createElement('fieldset');
      fieldset.className = 'item';
      fieldset.dataset.code = item.code;
      const legend = document.createElement('legend');
      legend.className = 'text';
      legend.textContent = item.code + ' ' + item.text;
      fieldset.append(legend);
      const id = 'item-' + item.code;
      const label = document.createElement('label');
      label.htmlFor = id;
      let input;
      if (item.answerType === 'NUMBER' || item.answerType === 'TEXT') {
        label.textContent = t(item.answerType === 'NUMBER' ? 'patrol.item.number' : 'patrol.item.text');
        input = document.createElement('input');
        input.type = item.answerType === 'NUMBER' ? 'number' : 'text';
      } else {
        label.textContent = t('patrol.item.verdict');
        input = document.createElement('select');
        fillSelect(input, [['', t('patrol.item.unanswered')], ['PASS', t('patrol.verdict.PASS')],
          ['FAIL', t('patrol.verdict.FAIL')], ['NOT_APPLICABLE', t('patrol.verdict.NOT_APPLICABLE')]]);
      }
      input.id = id;
      input.dataset.item = item.code;
      input.dataset.answerType = item.answerType;
      fieldset.append(label, input);
      const finding = document.createElement('div');
      finding.className = 'finding';
      finding.hidden = true;
      const fields = [
        ['domain', 'command.domain', domainOptions()],
        ['hazard', 'patrol.hazard', hazardOptions()],
        ['grade', 'case.grade', gradeOptions()]
      ];
      fields.forEach(([name, key, options]) => {
        const l = document.createElement('label');
        l.htmlFor = id + '-' + name;
        l.textContent = t(key);
        const s = document.createElement('select');
        s.id = id + '-' + name;
        s.dataset.item = item.code;
        fillSelect(s, options);
        finding.append(l, s);
      });
      const noteLabel = document.createElement('label');
      noteLabel.htmlFor = id + '-note';
      noteLabel.textContent = t('patrol.item.note');
      const note = document.createElement('input');
      note.id = id + '-note';
      note.dataset.item = item.code;
      const photosLabel = document.createElement('label');
      photosLabel.htmlFor = id + '-photos';
      photosLabel.textContent = t('patrol.photos');
      const photos = document.createElement('input');
      photos.id = id + '-photos';
      photos.type = 'file';
      photos.accept = 'image/*';
      photos.multiple = true;
      finding.append(noteLabel, note, photosLabel, photos);
      fieldset.append(finding);
      input.addEventListener('change', () => { finding.hidden = input.value !== 'FAIL'; });
      box.append(fieldset);
    });
  });
  previous.forEach((value, id) => {
    const el = document.getElementById(id);
    if (el) {
      el.value = value;
      el.dispatchEvent(new Event('change'));
    }
  });
}

async function checkIn() {
  const o = state.task;
  const message = $('task-message');
  $('checkin').disabled = true;
  try {
    $('checkin-status').textContent = t('patrol.locating');
    const p = await position();
    $('checkin-status').textContent = t('patrol.position', {
      lat: p.lat.toFixed(5), lon: p.lon.toFixed(5), accuracy: Math.round(p.accuracy)
    });
    await write({
      kind: 'checkin',
      label: o.entityName,
      occurrence: o.id,
      path: '/api/v1/patrols/' + encodeURIComponent(o.id) + '/check-in',
      json: {
        at: new Date().toISOString(),
        method: 'GPS',
        location: { lon: p.lon, lat: p.lat },
        accuracyMeters: p.accuracy
      }
    }, message);
  } catch (e) {
    $('checkin-status').textContent = '';
    showProblem(message, e, { id: o.id });
  } finally {
    $('checkin').disabled = false;
  }
}

async function submitChecklist(event) {
  event.preventDefault();
  const o = state.task;
  const answers = [];
  const findings = [];
  const photos = [];
  $('checklist-items').querySelectorAll('fieldset.item').forEach((fs) => {
    const code = fs.dataset.code;
    const input = document.getElementById('item-' + code);
    if (!input.value) {
      return;
    }
    const answer = { item: code };
    if (input.dataset.answerType === 'NUMBER') {
      answer.number = Number(input.value);
    } else if (input.dataset.answerType === 'TEXT') {
      answer.text = input.value;
    } else {
      answer.verdict = input.value;
    }
    if (input.value === 'FAIL') {
      const note = document.getElementById('item-' + code + '-note').value.trim();
      if (note) {
        answer.note = note;
      }
      [...document.getElementById('item-' + code + '-photos').files].forEach((f) => {
        photos.push({ name: f.name, type: f.type, blob: f, answer: answers.length });
      });
      findings.push({
        item: code,
        domain: document.getElementById('item-' + code + '-domain').value,
        hazard: document.getElementById('item-' + code + '-hazard').value,
        grade: document.getElementById('item-' + code + '-grade').value
      });
    }
    answers.push(answer);
  });
  try {
    await write({
      kind: 'submission',
      label: o.entityName,
      occurrence: o.id,
      path: '/api/v1/patrols/' + encodeURIComponent(o.id) + '/submission',
      json: { answers, advice: [], findings },
      photos
    }, $('task-message'));
  } catch (e) {
    showProblem($('task-message'), e, { id: o.id });
  }
}

async function skip(event) {
  event.preventDefault();
  const o = state.task;
  try {
    await write({
      kind: 'skip',
      label: o.entityName,
      occurrence: o.id,
      path: '/api/v1/patrols/' + encodeURIComponent(o.id) + '/skip',
      json: { reason: $('skip-reason').value }
    }, $('task-message'));
    $('skip-reason').value = '';
  } catch (e) {
    showProblem($('task-message'), e, { id: o.id });
  }
}

// ---- a hazard report

async function report(event) {
  event.preventDefault();
  const message = $('report-message');
  const button = $('report-submit');
  button.disabled = true;
  try {
    const description = $('report-description').value;
    showOk(message, t('patrol.locating'));
    const p = await position();
    const files = [...$('report-photos').files];
    await write({
      kind: 'report',
      label: description.length > 40 ? description.slice(0, 40) + '…' : description,
      path: '/api/v1/cases',
      json: {
        source: 'GRID_PATROL',
        location: { lon: p.lon, lat: p.lat },
        domain: $('report-domain').value,
        hazard: $('report-hazard').value,
        grade: $('report-grade').value,
        description
      },
      photos: files.map((f) => ({ name: f.name, type: f.type, blob: f })),
      mediaField: 'media'
    }, message);
    $('report-description').value = '';
    $('report-photos').value = '';
  } catch (e) {
    showProblem(message, e);
  } finally {
    button.disabled = false;
  }
}

function drawForms() {
  fillSelect($('report-domain'), domainOptions());
  fillSelect($('report-hazard'), hazardOptions());
  fillSelect($('report-grade'), gradeOptions());
}

// The hazard catalog (names no one) is kept for the tab, so a reload with no connection still
// offers the report form; like the token, it is gone when the tab closes.
async function hazardCatalog() {
  try {
    const items = (await call('/api/v1/hazards')).body.items ?? [];
    sessionStorage.setItem('gridsafe.hazards', JSON.stringify(items));
    return items;
  } catch (e) {
    const kept = sessionStorage.getItem('gridsafe.hazards');
    if (e instanceof NetworkError && kept) {
      return JSON.parse(kept);
    }
    throw e;
  }
}

// When the connection returns: the catalog and today's tasks read again (the outbox sends itself).
async function reload() {
  state.hazards = await hazardCatalog();
  drawForms();
  await loadTasks();
  const message = $('tasks-message');
  message.replaceChildren();
  message.className = 'message';
}

async function start() {
  if (!token()) {
    window.location.replace('/signin.html#patrol');
    return;
  }
  setUpLanguage();
  // The shell kept by the service worker: after one online visit the terminal loads offline too.
  keepShellOffline({
    refresh: reload,
    zone: () => state.zone,
    queued: async () => (await outbox.waiting()).length
  });
  $('signout').addEventListener('click', () => { signOut(); window.location.assign('/signin.html#patrol'); });
  $('staff-filter').value = sessionStorage.getItem('gridsafe.staff') ?? '';
  $('tasks-refresh').addEventListener('click', () => loadTasks().catch((e) => {
    if (!onUnauthorized(e)) {
      showProblem($('tasks-message'), e);
    }
  }));
  $('outbox-send').addEventListener('click', () => { sendNow().catch(() => {}); });
  $('checkin').addEventListener('click', checkIn);
  $('checklist-form').addEventListener('submit', submitChecklist);
  $('skip-form').addEventListener('submit', skip);
  $('report-form').addEventListener('submit', report);
  window.addEventListener('online', () => { drawConnection(); sendNow().catch(() => {}); });
  window.addEventListener('offline', drawConnection);
  onLanguage(() => {
    drawConnection();
    drawForms();
    drawTasks();
    if (state.task && !$('task').hidden) {
      drawTask();
    }
    drawOutbox().catch(() => {});
  });
  drawConnection();
  try {
    const cfg = await config();
    state.zone = cfg.zone ?? state.zone;
    await drawOutbox();
    state.hazards = await hazardCatalog();
    drawForms();
    await loadTasks();
  } catch (e) {
    if (!onUnauthorized(e)) {
      showProblem($('tasks-message'), e);
    }
  }
  document.body.dataset.ready = 'true';
  sendNow().catch(() => {});
}

start();
