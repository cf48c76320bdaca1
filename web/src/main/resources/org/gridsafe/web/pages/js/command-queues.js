// The command center's further work queues, beside "awaiting registration": overdue cases by
// escalation rung (督办), major hazards under listed supervision (挂牌督办), rectified cases awaiting
// verification (待核查) and suspended or carried-over cases (缓办 / 挂账). Each is a tab with its
// count, read through GET /api/v1/cases only (the filters the API offers), so a queue shows exactly
// the cases the signed-in actor may read.
import './messages-queues.js';
import { call, config, showProblem, token } from './api.js';
import { formatTime, onLanguage, pick, t } from './i18n.js';

const $ = (id) => document.getElementById(id);
// One sitting reads up to 5 pages of 1000 per queue: the project's own cap.
const MAX_PAGES = 5;
const OPEN = 'REGISTERED,DISPATCHED,RECTIFIED,VERIFIED,PRODUCTION_STOPPED,RESUMPTION_REQUESTED,SUSPENDED';
const RUNGS = ['NONE', 'SPECIFIC', 'IN_CHARGE', 'FIRST', 'ASSIGNED_LEADER', 'PARENT_COMMAND_CENTER'];

// Each queue: its query and, where the API has no filter of its own, what the page keeps.
const QUEUES = {
  // overdue=true: open cases whose deadline has passed; grouped below by the rung they have reached.
  overdue: { query: { overdue: 'true' }, keep: () => true, order: byRungThenDeadline },
  // A listed supervision is decided on a major hazard's dispatch: the major open cases, those that carry one.
  supervision: { query: { grade: 'MAJOR', state: OPEN }, keep: (c) => Boolean(c.listedSupervision), order: byDeadline },
  verification: { query: { state: 'RECTIFIED' }, keep: () => true, order: byStateSince },
  suspended: { query: { state: 'SUSPENDED' }, keep: () => true, order: byReview }
};

const state = { zone: 'Asia/Shanghai', chosen: 'overdue', items: {}, capped: {} };

function byDeadline(a, b) {
  return String(a.deadline ?? '~').localeCompare(String(b.deadline ?? '~'));
}

function byRungThenDeadline(a, b) {
  return RUNGS.indexOf(b.escalationRung) - RUNGS.indexOf(a.escalationRung) || byDeadline(a, b);
}

function byStateSince(a, b) {
  return String(a.stateSince).localeCompare(String(b.stateSince));
}

function byReview(a, b) {
  return String(a.suspension?.reviewAt ?? '~').localeCompare(String(b.suspension?.reviewAt ?? '~'));
}

async function read(query) {
  const found = [];
  let after = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const q = new URLSearchParams({ ...query, limit: '1000' });
    if (after) {
      q.set('after', after);
    }
    const body = (await call('/api/v1/cases?' + q)).body;
    found.push(...body.items);
    if (!body.next) {
      return { items: found, capped: false };
    }
    after = body.next;
  }
  return { items: found, capped: true };
}

function detail(name, c) {
  if (name === 'overdue') {
    return t('rung.' + c.escalationRung);
  }
  if (name === 'supervision') {
    return t('queues.listed', {
      authority: c.listedSupervision.authority ?? '', reference: c.listedSupervision.documentReference ?? ''
    });
  }
  if (name === 'verification') {
    return t('queues.since', { at: formatTime(c.stateSince, state.zone) });
  }
  const s = c.suspension ?? {};
  return t('queues.review', {
    kind: s.kind ? t('suspension.' + s.kind) : '', date: s.reviewDate ?? '', reason: s.reason ?? ''
  });
}

function drawTabs() {
  document.querySelectorAll('#queue-tabs .queue-tab').forEach((tab) => {
    const name = tab.dataset.queue;
    const count = state.items[name]?.length ?? 0;
    tab.textContent = t('queues.tab', { name: t('queues.' + name), count });
    tab.dataset.count = String(count);
    const chosen = name === state.chosen;
    tab.setAttribute('aria-selected', String(chosen));
    tab.tabIndex = chosen ? 0 : -1;
    tab.classList.toggle('chosen', chosen);
  });
  $('queue-panel').setAttribute('aria-labelledby', 'tab-' + state.chosen);
}

function drawRungs() {
  const box = $('rung-counts');
  box.hidden = state.chosen !== 'overdue';
  const items = state.items.overdue ?? [];
  box.replaceChildren(t('queues.byRung'), ...RUNGS.map((rung) => {
    const span = document.createElement('span');
    span.className = 'rung-count';
    span.dataset.rung = rung;
    const count = items.filter((c) => c.escalationRung === rung).length;
    span.dataset.count = String(count);
    span.textContent = ' ' + t('queues.rungCount', { rung: t('rung.' + rung), count }) + ' ';
    return span;
  }));
}

function drawList() {
  const name = state.chosen;
  const items = state.items[name] ?? [];
  const body = $('queue-list').querySelector('tbody');
  body.replaceChildren(...items.map((c) => {
    const tr = document.createElement('tr');
    tr.dataset.caseId = c.id;
    const link = document.createElement('a');
    link.className = 'open-case';
    link.href = '/case.html#' + encodeURIComponent(c.id);
    link.textContent = c.id;
    const first = document.createElement('td');
    first.append(link);
    tr.append(first);
    const cells = [pick(c.stateName), c.deadline ? formatTime(c.deadline, state.zone) : '—', c.grid, c.description, detail(name, c)];
    const classes = ['case-state', 'case-deadline', 'case-grid', 'text case-description', 'case-detail'];
    cells.forEach((value, i) => {
      const td = document.createElement('td');
      td.className = classes[i];
      td.textContent = value ?? '';
      tr.append(td);
    });
    return tr;
  }));
  const empty = $('queue-list-empty');
  empty.hidden = items.length > 0 && !state.capped[name];
  empty.textContent = items.length === 0 ? t('queues.empty') : t('queues.capped', { count: items.length });
}

function draw() {
  drawTabs();
  drawRungs();
  drawList();
}

function choose(name, focus) {
  state.chosen = name;
  draw();
  if (focus) {
    $('tab-' + name).focus();
  }
}

async function load() {
  const panel = $('queue-panel');
  panel.dataset.loaded = 'false';
  const names = Object.keys(QUEUES);
  const results = await Promise.all(names.map((name) => read(QUEUES[name].query)));
  names.forEach((name, i) => {
    const q = QUEUES[name];
    state.items[name] = results[i].items.filter(q.keep).sort(q.order);
    state.capped[name] = results[i].capped;
  });
  draw();
  panel.dataset.loaded = 'true';
}

function wireTabs() {
  const names = Object.keys(QUEUES);
  document.querySelectorAll('#queue-tabs .queue-tab').forEach((tab) => {
    tab.addEventListener('click', () => choose(tab.dataset.queue, false));
    // The tab pattern: arrows move between tabs, Home and End to the ends.
    tab.addEventListener('keydown', (ev) => {
      const i = names.indexOf(tab.dataset.queue);
      const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: names.length - 1 }[ev.key];
      if (next !== undefined) {
        ev.preventDefault();
        choose(names[(next + names.length) % names.length], true);
      }
    });
  });
}

async function start() {
  if (!token()) {
    return;
  }
  wireTabs();
  onLanguage(draw);
  // The main queue's refresh reloads these too.
  $('queue-refresh')?.addEventListener('click', () => { load().catch(fail); });
  try {
    const cfg = await config();
    state.zone = cfg.zone ?? state.zone;
    draw();
    await load();
  } catch (e) {
    fail(e);
  }
}

function fail(e) {
  if (e && e.status === 401) {
    return; // command.js signs out and leaves for the sign-in page
  }
  const box = document.createElement('div');
  $('queue-panel').prepend(box);
  showProblem(box, e);
  $('queue-panel').dataset.loaded = 'true';
}

start();
