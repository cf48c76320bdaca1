// Every page's offline behaviour, in one place. keepShellOffline() registers the service worker
// (/sw.js), which keeps the static files so the page loads again with no connection, and puts up
// the offline banner: when the server cannot be reached the page says so, and says whether what it
// shows is nothing or data loaded at a given time, so nothing stale passes for fresh. API answers
// are never kept by the worker; api.js reports each answer and each failure here.
import { formatTime, onLanguage, t } from './i18n.js';
import { SHELL_VERSION } from './shell-version.js';

// While the server cannot be reached, how often the page tries its refresh again (our choice:
// soon enough after a connection returns without an 'online' event, rare enough to cost nothing).
const RETRY_MS = 15000;

const state = {
  reachable: navigator.onLine,
  loadedAt: null,
  options: null,
  banner: null,
  queued: 0,
  retry: null
};

/** Called by api.js for every answer of the server: it is reachable; a read that succeeded is fresh data. */
export function noteAnswer(fresh) {
  state.reachable = true;
  if (fresh) {
    state.loadedAt = new Date().toISOString();
  }
  draw();
}

/** Called by api.js when a request got no answer at all. */
export function noteUnreachable() {
  state.reachable = false;
  draw();
}

function offline() {
  return !state.reachable || !navigator.onLine;
}

function zone() {
  return state.options?.zone?.() ?? 'Asia/Shanghai';
}

function draw() {
  const banner = state.banner;
  if (!banner) {
    return;
  }
  const isOffline = offline();
  banner.hidden = !isOffline;
  document.body.dataset.connection = isOffline ? 'offline' : 'online';
  if (!isOffline) {
    stopRetry();
    banner.dataset.state = 'online';
    banner.replaceChildren();
    return;
  }
  startRetry();
  banner.dataset.state = state.loadedAt ? 'stale' : 'nothing';
  const words = document.createElement('p');
  words.className = 'offline-words';
  words.textContent = state.loadedAt
    ? t('offline.stale', { time: formatTime(state.loadedAt, zone()) })
    : t('offline.nothing');
  const commands = document.createElement('p');
  commands.className = 'offline-commands';
  if (state.options?.queued) {
    commands.textContent = t('offline.queued', { count: state.queued });
  } else if (state.options?.commands) {
    commands.textContent = t('offline.notQueued');
  }
  banner.replaceChildren(words);
  if (commands.textContent) {
    banner.append(commands);
  }
}

async function countQueued() {
  if (!state.options?.queued) {
    return;
  }
  try {
    state.queued = await state.options.queued();
  } catch (e) {
    state.queued = 0;
  }
  draw();
}

function refresh() {
  countQueued();
  const fn = state.options?.refresh;
  if (!fn) {
    // Nothing to read again: back online is as much as the browser can tell.
    state.reachable = navigator.onLine;
    draw();
    return;
  }
  Promise.resolve().then(fn).catch(() => {});
}

function startRetry() {
  if (!state.retry && state.options?.refresh) {
    state.retry = setInterval(() => {
      if (navigator.onLine) {
        refresh();
      }
    }, RETRY_MS);
  }
}

function stopRetry() {
  if (state.retry) {
    clearInterval(state.retry);
    state.retry = null;
  }
}

function banner() {
  const el = document.createElement('div');
  el.id = 'offline-banner';
  el.className = 'offline-banner';
  el.setAttribute('role', 'status');
  el.setAttribute('aria-live', 'polite');
  el.hidden = true;
  const header = document.querySelector('header.bar');
  if (header) {
    header.after(el);
  } else {
    document.body.prepend(el);
  }
  return el;
}

/**
 * Keeps the page working offline: registers the service worker and shows the offline banner.
 * options: refresh (reads the page's data again; called when the connection returns and, while the
 * server cannot be reached, every 15 s), zone (a function giving the district's zone, for the time
 * of the last load), queued (a function resolving to how many writes wait in this device's outbox),
 * commands (true where the page has commands, which are not queued offline).
 * Sets body[data-shell] to "cached" once the worker is active and holds the files (the tests wait
 * for it), or "unavailable" where the browser has none (not a secure context), and
 * body[data-shell-version] to the release of the files the page runs.
 */
export function keepShellOffline(options = {}) {
  state.options = options;
  document.body.dataset.shellVersion = SHELL_VERSION;
  if (!state.banner) {
    state.banner = banner();
    onLanguage(draw);
    window.addEventListener('offline', () => { state.reachable = false; countQueued(); draw(); });
    window.addEventListener('online', refresh);
  }
  countQueued();
  draw();
  if (!('serviceWorker' in navigator)) {
    document.body.dataset.shell = 'unavailable';
    return Promise.resolve(false);
  }
  return navigator.serviceWorker.register('/sw.js', { scope: '/' })
    .then(() => navigator.serviceWorker.ready)
    .then(() => { document.body.dataset.shell = 'cached'; return true; })
    .catch(() => { document.body.dataset.shell = 'unavailable'; return false; });
}

/** Lets the banner count again the writes waiting (after the page queued or sent one). */
export function queuedChanged() {
  countQueued();
}
