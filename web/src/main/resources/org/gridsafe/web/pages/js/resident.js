// The public resident page: report a hazard through the Open311 facade (the API's citizen path)
// and follow it by the number the API gives. Nothing here shows anyone's contact: the public
// status view of the API carries none.
import { call, config, showOk, showProblem } from './api.js';
import { formatTime, onLanguage, pick, setUpLanguage, t } from './i18n.js';
import { keepShellOffline } from './offline.js';

const $ = (id) => document.getElementById(id);
let services = [];
let lastStatus = null;
let zone = 'Asia/Shanghai';

function fillServices() {
  const select = $('report-domain');
  const chosen = select.value;
  select.replaceChildren(...services.map((s) => {
    const option = document.createElement('option');
    option.value = s.service_code;
    option.textContent = pick(s.service_name);
    return option;
  }));
  if (chosen) {
    select.value = chosen;
  }
}

async function report(event) {
  event.preventDefault();
  const message = $('report-message');
  const cfg = await config();
  if (!cfg.open311ApiKey) {
    showProblem(message, new Error(t('resident.noKey')));
    return;
  }
  const form = new URLSearchParams();
  form.set('api_key', cfg.open311ApiKey);
  form.set('service_code', $('report-domain').value);
  form.set('description', $('report-description').value);
  const lat = $('report-lat').value.trim();
  const lon = $('report-lon').value.trim();
  if (lat || lon) {
    form.set('lat', lat);
    form.set('long', lon);
  }
  const phone = $('report-phone').value.trim();
  if (phone) {
    form.set('phone', phone);
  }
  try {
    const result = await call('/open311/v2/requests.json', { method: 'POST', form, auth: false });
    const id = result.body[0].service_request_id;
    showOk(message, t('resident.reported', { id }));
    message.dataset.caseId = id;
    $('report-form').reset();
    $('follow-number').value = id;
  } catch (e) {
    showProblem(message, e);
  }
}

function row(list, labelKey, value, className) {
  if (value === undefined || value === null || value === '') {
    return;
  }
  const dt = document.createElement('dt');
  dt.textContent = t(labelKey);
  const dd = document.createElement('dd');
  dd.textContent = value;
  if (className) {
    dd.className = className;
  }
  list.append(dt, dd);
}

function showStatus() {
  const list = $('follow-result');
  list.replaceChildren();
  if (!lastStatus) {
    return;
  }
  const s = lastStatus;
  row(list, 'follow.number', s.service_request_id, 'follow-id');
  row(list, 'follow.status', s.status === 'closed' ? t('follow.closed') : t('follow.open'), 'follow-status');
  row(list, 'follow.stage', pick(s.status_notes), 'follow-stage');
  row(list, 'follow.service', pick(s.service_name));
  row(list, 'follow.description', s.description, 'follow-description');
  row(list, 'follow.agency', s.agency_responsible);
  row(list, 'follow.requested', formatTime(s.requested_datetime, zone));
  row(list, 'follow.updated', formatTime(s.updated_datetime, zone));
  row(list, 'follow.expected', formatTime(s.expected_datetime, zone));
}

async function follow(event) {
  event.preventDefault();
  const message = $('follow-message');
  message.replaceChildren();
  message.className = 'message';
  lastStatus = null;
  const id = $('follow-number').value.trim();
  if (!id) {
    showStatus();
    return;
  }
  try {
    const result = await call('/open311/v2/requests/' + encodeURIComponent(id) + '.json', { auth: false });
    lastStatus = result.body[0];
  } catch (e) {
    if (e.status === 404) {
      showProblem(message, new Error(t('follow.notFound', { id })));
    } else {
      showProblem(message, e);
    }
  }
  showStatus();
}

function locate() {
  const message = $('report-message');
  if (!navigator.geolocation) {
    showProblem(message, new Error(t('resident.noGeolocation')));
    return;
  }
  showOk(message, t('resident.locating'));
  navigator.geolocation.getCurrentPosition(
    (position) => {
      $('report-lat').value = position.coords.latitude.toFixed(6);
      $('report-lon').value = position.coords.longitude.toFixed(6);
      message.replaceChildren();
      message.className = 'message';
    },
    () => showProblem(message, new Error(t('resident.noGeolocation'))),
    { timeout: 10000 });
}

async function loadServices() {
  services = (await call('/open311/v2/services.json', { auth: false })).body;
  fillServices();
  const message = $('report-message');
  if (message.classList.contains('error') && $('report-submit').disabled === false) {
    message.replaceChildren();
    message.className = 'message';
  }
}

async function start() {
  setUpLanguage();
  keepShellOffline({ refresh: loadServices, zone: () => zone, commands: true });
  onLanguage(() => { fillServices(); showStatus(); });
  $('report-form').addEventListener('submit', report);
  $('follow-form').addEventListener('submit', follow);
  $('report-locate').addEventListener('click', locate);
  const cfg = await config();
  zone = cfg.zone ?? zone;
  if (!cfg.open311ApiKey) {
    $('report-submit').disabled = true;
    showProblem($('report-message'), new Error(t('resident.noKey')));
  }
  try {
    await loadServices();
  } catch (e) {
    showProblem($('report-message'), e);
  }
  document.body.dataset.ready = 'true';
}

start();
