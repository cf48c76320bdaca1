// The statistics page: the indicators and rankings the API serves (/api/v1/stats/...) for a period
// picked in the district's zone (month, quarter, year or a custom range), each drawn as a chart
// (ECharts, canvas) with its table twin (the same figures, for screen readers and the keyboard),
// and each downloadable as the API's own CSV (Accept: text/csv, the token in the header).
/* global echarts */
import { ApiError, NetworkError, call, config, showOk, showProblem, signInHere, signOut, token } from './api.js';
import { onLanguage, pick, setUpLanguage, t } from './i18n.js';
import { keepShellOffline } from './offline.js';

const $ = (id) => document.getElementById(id);

const state = { zone: 'Asia/Shanghai', period: null, departments: [], data: {}, charts: new Map() };

const COUNTS = ['reported', 'registered', 'dispatched', 'closed', 'closedOnTime', 'dueToClose', 'overdueNow'];
const RATES = ['closureRate', 'onTimeRate', 'reworkRate', 'extensionRate'];
const DEPARTMENT_COUNTS = ['due', 'done', 'doneOnTime', 'overduePending', 'returns', 'reassignedAway'];
const DEPARTMENT_RATES = ['disposalRate', 'onTimeDisposalRate', 'overduePendingRate'];
const PATROL_COUNTS = ['occurrences', 'due', 'done', 'doneOnTime', 'missed', 'skipped', 'entitiesDue', 'entitiesCovered', 'patrolCases'];
const PATROL_RATES = ['coverage', 'onTimeRate', 'validReportRate'];

function percent(rate) {
  return rate && rate.percent ? rate.percent : '—';
}

function share(rate) {
  return rate && typeof rate.value === 'number' ? Math.round(rate.value * 10000) / 100 : 0;
}

function departmentName(d) {
  if (d && typeof d === 'object') {
    return pick({ zh: d.zhName ?? d.id, en: d.enName ?? d.id });
  }
  const known = state.departments.find((x) => x.id === d);
  return known ? pick({ zh: known.zhName, en: known.enName }) : String(d);
}

// Each section: where its figures come from, and how they become a table and a chart.
const SECTIONS = [
  {
    id: 'indicators', path: '/api/v1/stats/indicators', file: 'indicators',
    view: (body) => {
      const i = body.indicators;
      return {
        head: [t('stats.figure'), t('stats.value')],
        rows: [...COUNTS.map((k) => [t('stats.' + k), String(i[k] ?? 0)]), ...RATES.map((k) => [t('stats.' + k), percent(i[k])])],
        chart: { categories: COUNTS.map((k) => t('stats.' + k)), values: COUNTS.map((k) => i[k] ?? 0), percent: false }
      };
    }
  },
  {
    id: 'grid-ranking', path: '/api/v1/stats/rankings/grids', file: 'grid-ranking',
    view: (body) => ranking(body.items, (item) => item.grid.name + ' ' + item.grid.code, t('stats.grid'))
  },
  {
    id: 'department-ranking', path: '/api/v1/stats/rankings/departments', file: 'department-ranking',
    view: (body) => ranking(body.items, (item) => departmentName(item.department), t('stats.department'))
  },
  {
    id: 'departments', path: '/api/v1/stats/departments', file: 'departments',
    view: (body) => ({
      head: [t('stats.department'), ...DEPARTMENT_COUNTS.map((k) => t('stats.' + k)), ...DEPARTMENT_RATES.map((k) => t('stats.' + k))],
      rows: body.items.map((d) => [departmentName(d.department), ...DEPARTMENT_COUNTS.map((k) => String(d[k] ?? 0)),
        ...DEPARTMENT_RATES.map((k) => percent(d[k]))]),
      chart: { categories: body.items.map((d) => departmentName(d.department)), values: body.items.map((d) => share(d.disposalRate)), percent: true }
    })
  },
  {
    id: 'patrol-ranking', path: '/api/v1/stats/rankings/patrol', file: 'patrol-ranking',
    view: (body) => ({
      head: [t('stats.rank'), t('stats.grid'), t('stats.score'), ...PATROL_RATES.map((k) => t('stats.' + k))],
      rows: body.items.map((item) => [String(item.rank), item.grid.name + ' ' + item.grid.code,
        item.counted ? String(Math.round(item.score * 10000) / 100) : '—',
        ...PATROL_RATES.map((k) => percent(item.indicators[k]))]),
      chart: {
        categories: body.items.map((item) => item.grid.name + ' ' + item.grid.code),
        values: body.items.map((item) => (item.counted ? Math.round(item.score * 10000) / 100 : 0)),
        percent: true
      }
    })
  },
  {
    id: 'patrol', path: '/api/v1/stats/patrol-indicators', file: 'patrol-indicators',
    view: (body) => {
      const i = body.indicators;
      return {
        head: [t('stats.figure'), t('stats.value')],
        rows: [...PATROL_COUNTS.map((k) => [t('stats.' + k), String(i[k] ?? 0)]),
          ...PATROL_RATES.map((k) => [t('stats.' + k), percent(i[k])]),
          [t('stats.hazardsPer100Entities'), String(i.hazardsPer100Entities ?? '—')]],
        chart: { categories: PATROL_RATES.map((k) => t('stats.' + k)), values: PATROL_RATES.map((k) => share(i[k])), percent: true }
      };
    }
  }
];

function ranking(items, name, what) {
  return {
    head: [t('stats.rank'), what, t('stats.reported'), t('stats.closed'), t('stats.closureRate'), t('stats.onTimeRate'), t('stats.overdueNow')],
    rows: items.map((item) => [String(item.rank), name(item), String(item.indicators.reported), String(item.indicators.closed),
      percent(item.indicators.closureRate), percent(item.indicators.onTimeRate), String(item.indicators.overdueNow)]),
    chart: { categories: items.map(name), values: items.map((item) => share(item.indicators.onTimeRate)), percent: true }
  };
}

// Dates as the API takes them: YYYY-MM-DD is 00:00 of that day in the district's zone; `to` is exclusive.
function day(y, m, d) {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.toISOString().substring(0, 10);
}

function nextDay(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return day(y, m, d + 1);
}

/** The period the picker says, as {from, to} (to exclusive), or null when it is incomplete. */
function pickedPeriod() {
  const kind = $('period-kind').value;
  if (kind === 'month') {
    const m = /^(\d{4})-(\d{2})$/.exec($('period-month').value);
    return m ? { from: day(+m[1], +m[2], 1), to: day(+m[1], +m[2] + 1, 1) } : null;
  }
  if (kind === 'quarter') {
    const y = Number($('period-quarter-year').value);
    const q = Number($('period-quarter').value);
    return y ? { from: day(y, 3 * q - 2, 1), to: day(y, 3 * q + 1, 1) } : null;
  }
  if (kind === 'year') {
    const y = Number($('period-year').value);
    return y ? { from: day(y, 1, 1), to: day(y + 1, 1, 1) } : null;
  }
  const from = $('period-from').value;
  const to = $('period-to').value;
  return from && to && from <= to ? { from, to: nextDay(to) } : null;
}

function showKind() {
  const kind = $('period-kind').value;
  ['month', 'quarter', 'year', 'range'].forEach((k) => {
    document.querySelector('.period-' + k).hidden = k !== kind;
  });
}

function query(period) {
  return period ? '?' + new URLSearchParams({ from: period.from, to: period.to }) : '';
}

function previousDay(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return day(y, m, d - 1);
}

function fillPickers(period) {
  if (!period) {
    return;
  }
  const from = period.from;
  $('period-month').value = from.substring(0, 7);
  $('period-year').value = from.substring(0, 4);
  $('period-quarter-year').value = from.substring(0, 4);
  $('period-quarter').value = String(Math.floor((Number(from.substring(5, 7)) - 1) / 3) + 1);
  $('period-from').value = from;
  $('period-to').value = previousDay(period.to);
}

function drawTable(section, view) {
  const table = section.querySelector('table.figures');
  const headRow = document.createElement('tr');
  view.head.forEach((text) => {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = text;
    headRow.append(th);
  });
  table.tHead.replaceChildren(headRow);
  table.tBodies[0].replaceChildren(...view.rows.map((cells) => {
    const tr = document.createElement('tr');
    cells.forEach((text, i) => {
      const cell = document.createElement(i === 0 && view.head.length === 2 ? 'th' : 'td');
      if (cell.tagName === 'TH') {
        cell.scope = 'row';
      }
      cell.textContent = text;
      tr.append(cell);
    });
    return tr;
  }));
  if (view.rows.length === 0) {
    const tr = document.createElement('tr');
    const td = document.createElement('td');
    td.colSpan = view.head.length;
    td.textContent = t('stats.empty');
    tr.append(td);
    table.tBodies[0].append(tr);
  }
}

function drawChart(section, view) {
  const box = section.querySelector('.chart');
  let chart = state.charts.get(section.id);
  if (!chart) {
    // Canvas: the chart is pixels, its figures are in the table twin.
    chart = echarts.init(box, null, { renderer: 'canvas' });
    state.charts.set(section.id, chart);
  }
  chart.setOption({
    animation: false,
    grid: { left: 48, right: 16, top: 16, bottom: 64 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: view.chart.categories, axisLabel: { interval: 0, rotate: view.chart.categories.length > 4 ? 30 : 0 } },
    yAxis: { type: 'value', max: view.chart.percent ? 100 : null, axisLabel: { formatter: view.chart.percent ? '{value}%' : '{value}' } },
    series: [{ type: 'bar', data: view.chart.values, itemStyle: { color: '#0b5cad' } }]
  }, true);
  box.dataset.bars = String(view.chart.values.length);
}

function draw(section) {
  const entry = state.data[section.id];
  const message = section.querySelector('.message');
  if (!entry) {
    return;
  }
  if (entry.error) {
    showProblem(message, entry.error);
    section.querySelector('.chart').hidden = true;
    return;
  }
  message.replaceChildren();
  message.className = 'message';
  section.querySelector('.chart').hidden = false;
  const view = SECTIONS.find((s) => s.id === section.id).view(entry.body);
  drawTable(section, view);
  drawChart(section, view);
}

function drawAll() {
  document.querySelectorAll('section.stat').forEach(draw);
  if (state.period) {
    $('period-shown').textContent = t('stats.period.shown', { from: state.period.from, to: state.period.to, zone: state.zone });
  }
  document.querySelectorAll('section.stat button.csv').forEach((b) => {
    b.setAttribute('aria-label', t('stats.csv.label', { name: b.closest('section').querySelector('h2').textContent }));
  });
}

async function load(period) {
  state.period = period;
  document.body.dataset.loaded = 'false';
  await Promise.all(SECTIONS.map(async (s) => {
    try {
      state.data[s.id] = { body: (await call(s.path + query(period))).body };
    } catch (e) {
      if (e && e.status === 401) {
        signOut();
        window.location.replace(signInHere());
      }
      state.data[s.id] = { error: e };
    }
  }));
  if (!period) {
    // The API's default: its response says which period that was (dates in the district's zone).
    const shown = state.data.indicators?.body?.period;
    state.period = shown ? { from: shown.from.substring(0, 10), to: shown.to.substring(0, 10) } : null;
  }
  drawAll();
  document.body.dataset.loaded = 'true';
}

// The API's own CSV, fetched with the token in the Authorization header, saved through an object URL.
async function downloadCsv(section) {
  const s = SECTIONS.find((x) => x.id === section.id);
  const message = section.querySelector('.message');
  const period = state.period;
  try {
    let response;
    try {
      response = await fetch(s.path + query(period), {
        headers: { Accept: 'text/csv', Authorization: 'Bearer ' + token() }, credentials: 'omit', cache: 'no-store'
      });
    } catch (e) {
      throw new NetworkError(String(e));
    }
    if (!response.ok) {
      const text = await response.text();
      let body = null;
      try { body = JSON.parse(text); } catch (e) { body = { title: text.slice(0, 200) }; }
      throw new ApiError(response.status, body);
    }
    const url = URL.createObjectURL(await response.blob());
    const file = 'gridsafe-' + s.file + '-' + period.from + '-' + period.to + '.csv';
    const link = document.createElement('a');
    link.href = url;
    link.download = file;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    showOk(message, t('stats.csv.saved', { file }));
  } catch (e) {
    showProblem(message, e);
  }
}

// The reads the page starts with: the zone, the departments, then the API's own default period.
async function begin() {
  const cfg = await config();
  state.zone = cfg.zone ?? state.zone;
  state.departments = (await call('/api/v1/departments')).body.items ?? [];
  // First the API's own default period (the month so far by the server's clock), then the pickers show it.
  await load(null);
  fillPickers(state.period);
}

// When the connection returns: what the page could not read yet, else the period shown, read again.
async function reload() {
  if (!state.period) {
    await begin();
  } else {
    await load(state.period);
  }
  const message = $('stats-message');
  message.replaceChildren();
  message.className = 'message';
}

async function start() {
  if (!token()) {
    window.location.replace(signInHere());
    return;
  }
  setUpLanguage();
  keepShellOffline({ refresh: reload, zone: () => state.zone });
  onLanguage(drawAll);
  $('signout').addEventListener('click', () => { signOut(); window.location.assign('/signin.html'); });
  $('period-kind').addEventListener('change', showKind);
  document.querySelectorAll('section.stat button.csv').forEach((b) => {
    b.addEventListener('click', () => downloadCsv(b.closest('section')));
  });
  $('period-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const period = pickedPeriod();
    if (!period) {
      showProblem($('stats-message'), new Error(t('stats.period.invalid')));
      return;
    }
    $('stats-message').replaceChildren();
    $('stats-message').className = 'message';
    load(period).catch((e) => showProblem($('stats-message'), e));
  });
  try {
    await begin();
  } catch (e) {
    if (e && e.status === 401) {
      signOut();
      window.location.replace(signInHere());
      return;
    }
    showProblem($('stats-message'), e);
  }
  document.body.dataset.ready = 'true';
}

start();
