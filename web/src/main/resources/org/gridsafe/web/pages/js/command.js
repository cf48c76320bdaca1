// The command-center shell: the district map (the grids' GeoJSON boundaries, no tiles) coloured by
// open hazards, the grids as a table (the keyboard way into the map), and the queue of cases
// awaiting registration with the register command. Built so more panels (queues by rung, the case
// page, charts) can be added beside these without changing them.
/* global L */
import { call, config, showOk, showProblem, signOut, token } from './api.js';
import { formatTime, onLanguage, pick, setUpLanguage, t } from './i18n.js';
import { keepShellOffline } from './offline.js';

const $ = (id) => document.getElementById(id);
// The queue's cap: the project's own choice (20 pages of 1000).
const MAX_PAGES = 20;

const state = {
  zone: 'Asia/Shanghai',
  services: [],
  path: [],          // the grid codes drilled into, outermost first
  grids: [],         // the grids on the map now: {code, name, level, childCount, boundary}
  open: new Map(),   // grid code -> the server's open figure {open, openMajor, overdue, worstGrade}
  queue: []
};
let map;
let layer;

// Timing marks for measuring a load in a browser (the benchmarks read them): each set once per load.
function markOnce(name) {
  if (performance.getEntriesByName(name, 'mark').length === 0) {
    performance.mark(name);
  }
}

function requireSignIn() {
  if (!token()) {
    window.location.replace('/signin.html');
    return false;
  }
  return true;
}

function onUnauthorized(e) {
  if (e && e.status === 401) {
    signOut();
    window.location.replace('/signin.html');
    return true;
  }
  return false;
}

// The queue: awaiting registration, up to 20 pages of 1000 (the project's own cap for one sitting).
async function allCases(states) {
  const found = [];
  let after = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const query = new URLSearchParams({ state: states, limit: '1000' });
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

// The open work of each grid on the map, counted by the server in one response
// (GET /api/v1/stats/open/grids): open, open major hazards, overdue, worst grade.
async function loadOpenFigure(parent) {
  const body = (await call('/api/v1/stats/open/grids?' + new URLSearchParams({ parent }))).body;
  state.open = new Map(body.items.map((item) => [item.grid.code, item]));
}

const NOTHING_OPEN = { open: 0, openMajor: 0, overdue: 0, worstGrade: null };

function openOf(grid) {
  return state.open.get(grid.code) ?? NOTHING_OPEN;
}

function level(figure) {
  // A major hazard open colours the grid as the worst band, whatever the count.
  if (figure.worstGrade === 'MAJOR') { return 3; }
  const count = figure.open;
  if (count === 0) { return 0; }
  if (count <= 2) { return 1; }
  if (count <= 4) { return 2; }
  return 3;
}

const FILL = ['#d9efe0', '#fde68a', '#f59e0b', '#dc2626'];

function drawMap() {
  if (!map) {
    map = L.map('map', { attributionControl: false, zoomSnap: 0.25 });
  }
  if (layer) {
    layer.remove();
  }
  const features = state.grids
    .filter((g) => g.boundary)
    .map((g) => ({ type: 'Feature', geometry: g.boundary, properties: { code: g.code, name: g.name, figure: openOf(g) } }));
  layer = L.geoJSON({ type: 'FeatureCollection', features }, {
    style: (f) => ({
      color: '#12365e', weight: 1, fillOpacity: 0.75,
      fillColor: FILL[level(f.properties.figure)],
      className: 'grid-polygon level-' + level(f.properties.figure)
        + (f.properties.figure.worstGrade === 'MAJOR' ? ' worst-major' : '')
        + (f.properties.figure.overdue > 0 ? ' has-overdue' : '')
    }),
    onEachFeature: (f, l) => {
      // An element, not a string: Leaflet would put a string in with innerHTML.
      const label = document.createElement('span');
      const figure = f.properties.figure;
      label.textContent = f.properties.name + ' · ' + t('command.open') + ' ' + figure.open
        + ' · ' + t('command.major') + ' ' + figure.openMajor + ' · ' + t('command.overdue') + ' ' + figure.overdue;
      l.bindTooltip(label, { className: 'grid-label', sticky: true });
      l.on('click', () => drill(f.properties.code));
    }
  }).addTo(map);
  if (features.length > 0) {
    map.fitBounds(layer.getBounds(), { padding: [8, 8] });
  } else {
    map.setView([0, 0], 1);
  }
  $('map').dataset.polygons = String(features.length);
  markOnce('gridsafe:map-drawn');
}

// Children listings carry no child count: every level above the micro-grid has children to show.
function hasChildren(g) {
  return g.childCount !== undefined ? g.childCount > 0 : g.level !== 'MICRO';
}

function drawGridTable() {
  const body = $('grid-table').querySelector('tbody');
  body.replaceChildren(...state.grids.map((g) => {
    const tr = document.createElement('tr');
    const name = document.createElement('td');
    if (hasChildren(g)) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'secondary grid-drill';
      button.textContent = g.name;
      button.addEventListener('click', () => drill(g.code));
      name.append(button);
    } else {
      name.textContent = g.name;
    }
    const code = document.createElement('span');
    code.className = 'hint';
    code.textContent = ' ' + g.code;
    name.append(code);
    const figure = openOf(g);
    const cells = [['grid-open', figure.open], ['grid-major', figure.openMajor], ['grid-overdue', figure.overdue]]
      .map(([cls, value]) => {
        const td = document.createElement('td');
        td.className = cls;
        td.textContent = String(value);
        return td;
      });
    tr.append(name, ...cells);
    return tr;
  }));
  $('grid-up').hidden = state.path.length <= 1;
}

async function loadGrids(code) {
  const [items] = await Promise.all([
    call('/api/v1/grids/' + encodeURIComponent(code) + '/children').then((r) => r.body.items),
    loadOpenFigure(code)
  ]);
  state.grids = items.length > 0 ? items : [(await call('/api/v1/grids/' + encodeURIComponent(code))).body];
}

async function drill(code) {
  const grid = state.grids.find((g) => g.code === code);
  if (grid && !hasChildren(grid)) {
    return;
  }
  try {
    await loadGrids(code);
    state.path.push(code);
    drawMap();
    drawGridTable();
  } catch (e) {
    if (!onUnauthorized(e)) {
      showProblem($('queue-message'), e);
    }
  }
}

async function up() {
  if (state.path.length <= 1) {
    return;
  }
  state.path.pop();
  await loadGrids(state.path[state.path.length - 1]);
  drawMap();
  drawGridTable();
  $('grid-table').querySelector('button, td')?.focus?.();
}

function serviceName(domain) {
  const service = state.services.find((s) => s.service_code === String(domain).toLowerCase());
  return service ? pick(service.service_name).replace(/隐患$| hazard$/, '') : String(domain);
}

function drawQueue() {
  const body = $('queue').querySelector('tbody');
  body.replaceChildren(...state.queue.map((c) => {
    const tr = document.createElement('tr');
    tr.dataset.caseId = c.id;
    const cells = [c.id, formatTime(c.reportedAt, state.zone), c.grid, serviceName(c.domain), c.description, String(c.version)];
    const classes = ['case-id', 'case-time', 'case-grid', 'case-domain', 'text case-description', 'case-version'];
    cells.forEach((value, i) => {
      const td = document.createElement('td');
      td.className = classes[i];
      td.textContent = value ?? '';
      tr.append(td);
    });
    const actions = document.createElement('td');
    // The case page takes the id from the fragment, which never leaves the browser.
    const open = document.createElement('a');
    open.className = 'open-case';
    open.href = '/case.html#' + encodeURIComponent(c.id);
    open.textContent = t('command.view');
    open.setAttribute('aria-label', t('command.open.case', { id: c.id }));
    actions.append(open, ' ');
    const register = document.createElement('button');
    register.type = 'button';
    register.className = 'register';
    register.textContent = t('command.register');
    register.setAttribute('aria-label', t('command.register.label', { id: c.id }));
    register.addEventListener('click', () => registerCase(c, register));
    actions.append(register);
    tr.append(actions);
    return tr;
  }));
  $('queue-empty').hidden = state.queue.length > 0;
  markOnce('gridsafe:queue-usable');
}

async function registerCase(c, button) {
  const message = $('queue-message');
  button.disabled = true;
  try {
    const result = await call('/api/v1/cases/' + encodeURIComponent(c.id) + '/register', {
      method: 'POST', json: {}, ifMatch: c.version
    });
    showOk(message, t('command.registered', { id: c.id, version: result.body.version }));
    await refresh(false);
  } catch (e) {
    if (!onUnauthorized(e)) {
      showProblem(message, e, { id: c.id, seenVersion: c.version });
    }
    button.disabled = false;
  }
}

async function refresh(clearMessage = true) {
  if (clearMessage) {
    const message = $('queue-message');
    message.replaceChildren();
    message.className = 'message';
  }
  try {
    const [, queue] = await Promise.all([loadOpenFigure(state.path[state.path.length - 1]), allCases('REPORTED')]);
    state.queue = queue;
    drawMap();
    drawGridTable();
    drawQueue();
  } catch (e) {
    if (!onUnauthorized(e)) {
      showProblem($('queue-message'), e);
    }
  }
}

// The reads the page starts with: the zone, the kinds and the district's root grid.
async function begin() {
  const cfg = await config();
  state.zone = cfg.zone ?? state.zone;
  state.services = (await call('/open311/v2/services.json', { auth: false })).body;
  const roots = (await call('/api/v1/grids')).body.items;
  state.path = [roots[0].code];
  await loadGrids(roots[0].code);
}

// When the connection returns: what the page could not read yet, then the map and every queue
// (the refresh button's listeners, the work queues' among them).
async function reload() {
  if (state.path.length === 0) {
    await begin();
  }
  $('queue-refresh').click();
}

async function start() {
  if (!requireSignIn()) {
    return;
  }
  setUpLanguage();
  keepShellOffline({ refresh: reload, zone: () => state.zone, commands: true });
  onLanguage(() => { drawMap(); drawGridTable(); drawQueue(); });
  $('signout').addEventListener('click', () => { signOut(); window.location.assign('/signin.html'); });
  $('queue-refresh').addEventListener('click', () => refresh());
  $('grid-up').addEventListener('click', up);
  try {
    await begin();
  } catch (e) {
    if (!onUnauthorized(e)) {
      showProblem($('queue-message'), e);
      // Ready with nothing to show (offline, say): the banner says why, and the page reads again later.
      document.body.dataset.ready = 'true';
    }
    return;
  }
  await refresh();
  document.body.dataset.ready = 'true';
}

start();
