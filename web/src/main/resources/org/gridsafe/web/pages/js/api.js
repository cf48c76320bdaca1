// The pages' one way to the HTTP API: the public routes only, the bearer token from this tab's
// sessionStorage (never in a URL, never logged), and refusals turned into words.
import { t } from './i18n.js';
import { noteAnswer, noteUnreachable } from './offline.js';

const TOKEN_KEY = 'gridsafe.token';

let configPromise;

/** The pages' configuration: the district's zone and, where issued, the resident page's Open311 key. */
export function config() {
  if (!configPromise) {
    configPromise = fetch('/web/config.json', { credentials: 'omit' }).then((r) => r.json());
  }
  return configPromise;
}

export function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function signOut() {
  sessionStorage.removeItem(TOKEN_KEY);
}

// crypto.randomUUID exists only in secure contexts (https, loopback); getRandomValues everywhere.
function newKey() {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A refusal of the API: its HTTP status and its body (an RFC 9457 problem or an Open311 error list). */
export class ApiError extends Error {
  constructor(status, body) {
    super('HTTP ' + status);
    this.status = status;
    this.body = body;
  }
}

/** A network failure (no answer at all). */
export class NetworkError extends Error {}

/**
 * Calls the API. options: method, json (a body to send as JSON), form (URLSearchParams), multipart
 * (FormData), ifMatch
 * (a version), auth (default true: send the signed-in token). Returns {status, body, etag};
 * throws ApiError for any non-2xx answer.
 */
export async function call(path, options = {}) {
  const headers = { Accept: 'application/json' };
  const auth = options.auth !== false;
  if (auth && token()) {
    headers.Authorization = 'Bearer ' + token();
  }
  let body;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.form !== undefined) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    body = options.form.toString();
  } else if (options.multipart !== undefined) {
    // FormData: the browser writes Content-Type with the multipart boundary itself.
    body = options.multipart;
  }
  if (options.ifMatch !== undefined) {
    headers['If-Match'] = '"' + options.ifMatch + '"';
  }
  const method = options.method ?? 'GET';
  if (method === 'POST') {
    // Safe to retry: a repeated key replays the first answer instead of acting twice.
    headers['Idempotency-Key'] = newKey();
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body, credentials: 'omit', cache: 'no-store' });
  } catch (e) {
    noteUnreachable();
    throw new NetworkError(String(e));
  }
  // Any answer means the server is there; a read answered 2xx is what the page now shows as fresh.
  noteAnswer(response.ok && method === 'GET');
  const text = await response.text();
  let parsed = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      parsed = { title: text.slice(0, 200) };
    }
  }
  if (!response.ok) {
    throw new ApiError(response.status, parsed);
  }
  return { status: response.status, body: parsed, etag: response.headers.get('ETag') };
}

/** Signs in with token if the API accepts it (any authenticated read), keeping it for this tab only. */
export async function signIn(candidate) {
  let response;
  try {
    response = await fetch('/api/v1/grids', {
      headers: { Accept: 'application/json', Authorization: 'Bearer ' + candidate },
      credentials: 'omit',
      cache: 'no-store'
    });
  } catch (e) {
    noteUnreachable();
    throw new NetworkError(String(e));
  }
  noteAnswer(false);
  if (!response.ok) {
    return false;
  }
  sessionStorage.setItem(TOKEN_KEY, candidate);
  return true;
}

function versionOf(etag) {
  const m = /"?(\d+)"?/.exec(etag ?? '');
  return m ? m[1] : null;
}

/**
 * Shows why the API refused (or could not be reached) in container, as text only: our words for
 * the kinds a person can act on, then the API's own title, detail and field errors.
 * context: {id, seenVersion} of the case the command was for.
 */
export function showProblem(container, error, context = {}) {
  container.replaceChildren();
  container.className = 'message error';
  container.setAttribute('role', 'alert');
  const words = document.createElement('p');
  words.className = 'problem-words';
  if (error instanceof NetworkError) {
    words.textContent = t('problem.network');
    container.append(words);
    return;
  }
  if (!(error instanceof ApiError)) {
    words.textContent = String(error);
    container.append(words);
    return;
  }
  const body = error.body ?? {};
  if (Array.isArray(body)) {
    // Open311 errors: [{code, description}].
    body.forEach((item) => {
      const p = document.createElement('p');
      p.textContent = item.description ?? String(item.code ?? '');
      container.append(p);
    });
    return;
  }
  const kind = typeof body.type === 'string' ? body.type.substring(body.type.lastIndexOf('/') + 1) : '';
  const id = context.id ?? '';
  if (kind === 'stale-version') {
    const current = versionOf(body.currentVersion ?? body.etag) ?? versionFromDetail(body.detail);
    words.textContent = current && context.seenVersion
      ? t('problem.stale', { id, seen: context.seenVersion, current })
      : t('problem.staleUnknown', { id });
  } else if (kind === 'concurrent-update' || (error.status === 409 && /version|concurrent/i.test(body.detail ?? ''))) {
    words.textContent = t('problem.race', { id });
  } else if (kind === 'wrong-state') {
    words.textContent = t('problem.wrongState', { id });
  } else if (error.status === 401) {
    words.textContent = t('problem.unauthorized');
  } else if (error.status === 403) {
    words.textContent = t('problem.denied');
  }
  if (words.textContent) {
    container.append(words);
  }
  const says = document.createElement('p');
  const strong = document.createElement('strong');
  strong.className = 'problem-title';
  strong.textContent = body.title ?? ('HTTP ' + error.status);
  says.append(t('problem.apiSays') + ' ', strong);
  if (body.detail) {
    const detail = document.createElement('span');
    detail.className = 'problem-detail';
    detail.textContent = ' ' + body.detail;
    says.append(detail);
  }
  container.append(says);
  if (Array.isArray(body.errors) && body.errors.length > 0) {
    const intro = document.createElement('p');
    intro.textContent = t('problem.fields');
    const list = document.createElement('ul');
    list.className = 'problem-errors';
    body.errors.forEach((e) => {
      const li = document.createElement('li');
      li.textContent = (e.field ? e.field + ': ' : '') + (e.message ?? '');
      list.append(li);
    });
    container.append(intro, list);
  }
}

function versionFromDetail(detail) {
  const m = /at version (\d+)/.exec(detail ?? '');
  return m ? m[1] : null;
}

/** Shows a success message in container, as text. */
export function showOk(container, text) {
  container.replaceChildren();
  container.className = 'message ok';
  container.setAttribute('role', 'status');
  container.textContent = text;
}

/**
 * Stores evidence files (a FileList or an array of File) with POST /api/v1/media, one part named
 * file each; returns their hashes, for the media of a rectification or a verification.
 */
export async function uploadMedia(files) {
  const list = Array.from(files ?? []);
  if (list.length === 0) {
    return [];
  }
  const form = new FormData();
  list.forEach((f) => form.append('file', f, f.name));
  const result = await call('/api/v1/media', { method: 'POST', multipart: form });
  return (result.body.media ?? []).map((m) => m.hash);
}

/**
 * Where sign-in should lead back to: this page and its fragment, as a #next= fragment of the
 * sign-in page (a fragment, so it never reaches a server or a log).
 */
export function signInHere() {
  return '/signin.html#next=' + encodeURIComponent(window.location.pathname + window.location.hash);
}
