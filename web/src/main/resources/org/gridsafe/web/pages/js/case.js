// The case page of the command center: the case's facts, the audit chain's verdict, its timeline
// (history events in the district's zone), its evidence photos (downloaded with the token, shown
// through object URLs) and the command-center actions its state allows: reject, dispatch, decide an
// extension, close; and the verification (核查) of a rectified case, by whoever the API lets verify
// (grid staff for a general hazard, the department for a major one). Every command carries
// If-Match with the version shown and an Idempotency-Key.
import { call, config, showOk, showProblem, signInHere, signOut, token, uploadMedia } from './api.js';
import { formatTime, onLanguage, pick, setUpLanguage, t } from './i18n.js';
import { keepShellOffline } from './offline.js';

const $ = (id) => document.getElementById(id);

const state = {
  zone: 'Asia/Shanghai',
  id: null,
  item: null,       // the case as GET /api/v1/cases/{id} answers it
  history: null,    // GET /api/v1/cases/{id}/history: events and audit
  departments: [],
  photoUrls: []     // object URLs to revoke when the photos are drawn again
};

function onUnauthorized(e) {
  if (e && e.status === 401) {
    signOut();
    window.location.replace('/signin.html');
    return true;
  }
  return false;
}

// "case.rectification-submitted" (the stable name) or "RectificationSubmitted" (a class name) → a catalog key.
function stepKey(type) {
  const name = String(type).startsWith('case.')
    ? String(type).substring(5)
    : String(type).replace(/^Case/, '').replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
  return 'event.' + name;
}

function stepName(type) {
  const key = stepKey(type);
  const text = t(key);
  return text === key ? String(type) : text;
}

function noteOf(data) {
  if (!data) {
    return '';
  }
  const parts = [data.description, data.note, data.reason, data.evidence, data.feedback]
    .filter((v) => typeof v === 'string' && v.length > 0);
  if (data.department) {
    parts.unshift(t('case.department') + ': ' + departmentName(data.department));
  }
  return parts.join(' · ');
}

function departmentName(id) {
  const d = state.departments.find((x) => x.id === id);
  return d ? pick({ zh: d.zhName, en: d.enName }) : String(id);
}

function drawFacts() {
  const c = state.item;
  $('case-id').textContent = c.id;
  $('case-state').textContent = pick(c.stateName);
  $('case-version').textContent = String(c.version);
  $('case-grid').textContent = c.grid;
  $('case-grade').textContent = c.grade === 'MAJOR' ? t('case.grade.MAJOR') : t('case.grade.GENERAL');
  $('case-deadline').textContent = c.deadline ? formatTime(c.deadline, state.zone) : '—';
  $('case-department').textContent = c.department ? departmentName(c.department) : '—';
  $('case-description').textContent = c.description ?? '';
}

function drawAudit() {
  const audit = state.history.audit;
  const box = $('case-audit');
  box.replaceChildren();
  box.className = 'audit ' + (audit.intact ? 'intact' : 'broken');
  if (audit.intact) {
    box.textContent = t('case.audit.intact', { count: state.history.events.length });
  } else {
    box.textContent = t('case.audit.broken', { version: audit.firstBrokenVersion ?? '?' })
      + (audit.problem ? ' ' + audit.problem : '');
  }
}

function drawTimeline() {
  const body = $('timeline').querySelector('tbody');
  body.replaceChildren(...state.history.events.map((e) => {
    const tr = document.createElement('tr');
    tr.dataset.version = String(e.version);
    const cells = [String(e.version), formatTime(e.at, state.zone), stepName(e.type), e.actorId, noteOf(e.data)];
    const classes = ['event-version', 'event-time', 'event-step', 'event-actor', 'text event-note'];
    cells.forEach((value, i) => {
      const td = document.createElement('td');
      td.className = classes[i];
      td.textContent = value ?? '';
      tr.append(td);
    });
    return tr;
  }));
}

async function drawPhotos() {
  state.photoUrls.forEach((u) => URL.revokeObjectURL(u));
  state.photoUrls = [];
  const box = $('photos');
  const items = (await call('/api/v1/cases/' + encodeURIComponent(state.id) + '/media')).body.items
    .filter((m) => String(m.type).startsWith('image/'));
  const figures = [];
  for (const m of items) {
    // The token goes in the Authorization header; the image gets an object URL, never a token in a URL.
    const response = await fetch('/api/v1/cases/' + encodeURIComponent(state.id) + '/media/' + encodeURIComponent(m.hash), {
      headers: { Authorization: 'Bearer ' + token() }, credentials: 'omit', cache: 'no-store'
    });
    if (!response.ok) {
      continue;
    }
    const url = URL.createObjectURL(await response.blob());
    state.photoUrls.push(url);
    const figure = document.createElement('figure');
    const img = document.createElement('img');
    img.className = 'evidence';
    img.src = url;
    img.alt = t('case.photo.alt', { step: stepName(m.eventType), version: m.version });
    const caption = document.createElement('figcaption');
    caption.textContent = stepName(m.eventType) + ' · ' + t('command.version') + ' ' + m.version;
    figure.append(img, caption);
    figures.push(figure);
  }
  box.replaceChildren(...figures);
  $('photos-empty').hidden = figures.length > 0;
}

function drawActions() {
  const c = state.item;
  $('reject-form').hidden = c.state !== 'REPORTED';
  $('dispatch-form').hidden = c.state !== 'REGISTERED';
  // Merge (合并): a duplicate not yet dispatched, into another open case.
  $('merge-form').hidden = !(c.state === 'REPORTED' || c.state === 'REGISTERED');
  $('extension-form').hidden = !(c.state === 'DISPATCHED' && c.pendingExtension);
  $('close-form').hidden = c.state !== 'VERIFIED';
  $('verify-form').hidden = c.state !== 'RECTIFIED';
  if (c.pendingExtension) {
    $('extension-pending').textContent = t('case.extension.pending', {
      until: formatTime(c.pendingExtension.requestedDeadline, state.zone),
      reason: c.pendingExtension.reason ?? ''
    });
  }
  const select = $('dispatch-department');
  const chosen = select.value;
  select.replaceChildren(...state.departments.map((d) => {
    const option = document.createElement('option');
    option.value = d.id;
    option.textContent = pick({ zh: d.zhName, en: d.enName });
    return option;
  }));
  if (chosen) {
    select.value = chosen;
  }
  const any = ['merge-form', 'reject-form', 'dispatch-form', 'extension-form', 'close-form', 'verify-form'].some((id) => !$(id).hidden);
  $('no-actions').hidden = any;
}

function drawAll() {
  drawFacts();
  drawAudit();
  drawTimeline();
  drawActions();
}

async function load() {
  const path = '/api/v1/cases/' + encodeURIComponent(state.id);
  const [item, history] = await Promise.all([call(path), call(path + '/history')]);
  state.item = item.body;
  state.history = history.body;
  drawAll();
  await loadMergeCandidates();
  await drawPhotos();
}

async function command(step, json, done, button, files, words = {}) {
  const seen = state.item.version;
  const message = $('case-message');
  button.disabled = true;
  try {
    if (files && files.length > 0) {
      // The photos first (POST /api/v1/media), then the command naming them by hash.
      json = { ...json, media: await uploadMedia(files) };
    }
    const result = await call('/api/v1/cases/' + encodeURIComponent(state.id) + '/' + step, {
      method: 'POST', json, ifMatch: seen
    });
    showOk(message, t(done, { ...words, id: state.id, version: result.body.version }));
    await load();
  } catch (e) {
    if (!onUnauthorized(e)) {
      showProblem(message, e, { id: state.id, seenVersion: seen });
    }
  } finally {
    button.disabled = false;
  }
}

// The open cases of the same grid, offered as what a duplicate is merged into (any number may be typed).
async function loadMergeCandidates() {
  const c = state.item;
  if (!(c.state === 'REPORTED' || c.state === 'REGISTERED')) {
    return;
  }
  const query = new URLSearchParams({
    grid: c.grid, state: 'REPORTED,REGISTERED,DISPATCHED,RECTIFIED,VERIFIED,PRODUCTION_STOPPED,RESUMPTION_REQUESTED,SUSPENDED', limit: '100'
  });
  const items = (await call('/api/v1/cases?' + query)).body.items.filter((x) => x.id !== c.id);
  $('merge-candidates').replaceChildren(...items.map((x) => {
    const option = document.createElement('option');
    option.value = x.id;
    option.textContent = t('case.merge.candidate', { id: x.id, state: pick(x.stateName), description: x.description ?? '' });
    return option;
  }));
}

function wireActions() {
  $('merge-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const into = $('merge-into').value.trim();
    command('merge', { into, reason: $('merge-reason').value }, 'case.merged', $('merge'), undefined, { into });
  });
  $('reject-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    command('reject', { reason: $('reject-reason').value }, 'case.rejected', $('reject'));
  });
  $('dispatch-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    command('dispatch', { department: $('dispatch-department').value }, 'case.dispatched', $('dispatch'));
  });
  $('extension-approve').addEventListener('click', () => {
    const note = $('extension-note').value;
    command('extension-approval', note ? { note } : {}, 'case.extension.approved', $('extension-approve'));
  });
  $('extension-deny').addEventListener('click', () => {
    command('extension-denial', { reason: $('extension-note').value }, 'case.extension.denied', $('extension-deny'));
  });
  $('verify-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const passed = $('verify-passed').value === 'true';
    const remarks = $('verify-remarks').value;
    command('verification', remarks ? { passed, remarks } : { passed },
      passed ? 'case.verified' : 'case.verify.failed', $('verify'), $('verify-photos').files);
  });
  $('close-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const satisfaction = $('close-satisfaction').value;
    command('close', satisfaction ? { satisfaction: Number(satisfaction) } : {}, 'case.closed', $('close'));
  });
}

// The reads the page starts with: the zone, the departments, then the case.
async function begin() {
  const cfg = await config();
  state.zone = cfg.zone ?? state.zone;
  state.departments = (await call('/api/v1/departments')).body.items ?? [];
  if (!state.id) {
    throw new Error(t('case.noId'));
  }
  await load();
}

// When the connection returns: the case read again, its message cleared once that worked.
async function reload() {
  if (!state.id) {
    return;
  }
  await begin();
  const message = $('case-message');
  message.replaceChildren();
  message.className = 'message';
}

async function start() {
  if (!token()) {
    window.location.replace(signInHere());
    return;
  }
  setUpLanguage();
  keepShellOffline({ refresh: reload, zone: () => state.zone, commands: true });
  onLanguage(() => { if (state.item) { drawAll(); drawPhotos().catch(() => {}); } });
  $('signout').addEventListener('click', () => { signOut(); window.location.assign('/signin.html'); });
  wireActions();
  // The case id travels in the fragment: never sent to a server, never a token.
  state.id = decodeURIComponent(window.location.hash.replace(/^#/, ''));
  try {
    await begin();
  } catch (e) {
    if (!onUnauthorized(e)) {
      showProblem($('case-message'), e, { id: state.id });
    }
  }
  document.body.dataset.ready = 'true';
}

start();
