// The command-center shell: the district map (the grids' GeoJSON boundaries, no tiles) coloured by
// open hazards, the grids as a table (the keyboard way into the map), and the queue of cases
// awaiting registration with the register command. Built so more panels (queues by rung, the case
// page, charts) can be added beside these without changing them.
/* global L */
import { call, config, showOk, showProblem, signOut, token } from './api.js';
import { formatTime, onLanguage, pick, setUpLanguage, t } from './i18n.js';

const $ = (id) => document.getElementById(id);
// Every state that is not finished (CaseState.isFinished): a suspended case is still open.
const OPEN_STATES = 'REPORTED,REGISTERED,DISPATCHED,RECTIFIED,VERIFIED,SUSPENDED';
// Enough for a district's open work at a glance; the project's own choice (20 pages of 1000).
const MAX_PAGES = 20;

const state = {
  zone: 'Asia/Shanghai',
  services: [],
  path: [],          // the grid codes drilled into, outermost first
  grids: [],         // the grids on the map now: {code, name, level, childCount, boundary}
  openCases: [],     // open cases the actor may read
  queue: []
};
let map;
let layer;

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

function openCount(grid) {
  return state.openCases.filter((c) => c.grid === grid.code || c.grid.startsWith(grid.code)).length;
}

function level(count) {
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
    .map((g) => ({ type: 'Feature', geometry: g.boundary, properties: { code: g.code, name: g.name, count: openCount(g) } }));
  layer = L.geoJSON({ type: 'FeatureCollection', features }, {
    style: (f) => ({
      color: '#12365e', weight: 1, fillOpacity: 0.75,
      fillColor: FILL[level(f.properties.count)],
      className: 'grid-polygon level-' + level(f.properties.count)
    }),
    onEachFeature: (f, l) => {
      // An element, not a string: Leaflet would put a string in with innerHTML.
      const label = document.createElement('span');
      label.textContent = f.properties.name + ' · ' + t('command.open') + ' ' + f.properties.count;
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
    const count = document.createElement('td');
    count.className = 'grid-open';
    count.textContent = String(openCount(g));
    tr.append(name, count);
    return tr;
  }));
  $('grid-up').hidden = state.path.length <= 1;
}

async function loadGrids(code) {
  const items = (await call('/api/v1/grids/' + encodeURIComponent(code) + '/children')).body.items;
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
    const [open, queue] = await Promise.all([allCases(OPEN_STATES), allCases('REPORTED')]);
    state.openCases = open;
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

async function start() {
  if (!requireSignIn()) {
    return;
  }
  setUpLanguage();
  onLanguage(() => { drawMap(); drawGridTable(); drawQueue(); });
  $('signout').addEventListener('click', () => { signOut(); window.location.assign('/signin.html'); });
  $('queue-refresh').addEventListener('click', () => refresh());
  $('grid-up').addEventListener('click', up);
  try {
    const cfg = await config();
    state.zone = cfg.zone ?? state.zone;
    state.services = (await call('/open311/v2/services.json', { auth: false })).body;
    const roots = (await call('/api/v1/grids')).body.items;
    state.path = [roots[0].code];
    await loadGrids(roots[0].code);
  } catch (e) {
    if (!onUnauthorized(e)) {
      showProblem($('queue-message'), e);
    }
    return;
  }
  await refresh();
  document.body.dataset.ready = 'true';
}

start();
