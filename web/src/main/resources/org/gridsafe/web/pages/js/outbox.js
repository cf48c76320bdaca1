// The patrol terminal's outbox: every write is put into IndexedDB first, with its own
// Idempotency-Key drawn once, and only then sent. An entry leaves the outbox after the API's 2xx,
// or after a definitive refusal (a 4xx other than a sign-in gone, a key still in progress or a
// rate limit), which moves it to the "refused" store so the person sees the API's problem. Anything
// else (no connection, a 5xx, 401) keeps it, in order, for the next try. A retry always carries the
// entry's own key and the same body, so a send whose answer was lost is answered from the API's
// idempotency record and acts once.
import { ApiError, NetworkError, token } from './api.js';

const DB_NAME = 'gridsafe-terminal';
const DB_VERSION = 1;
const OUTBOX = 'outbox';
const REFUSED = 'refused';

let dbPromise;

function db() {
  if (!dbPromise) {
    dbPromise = new Promise((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, DB_VERSION);
      request.onupgradeneeded = () => {
        const d = request.result;
        if (!d.objectStoreNames.contains(OUTBOX)) {
          d.createObjectStore(OUTBOX, { keyPath: 'seq', autoIncrement: true });
        }
        if (!d.objectStoreNames.contains(REFUSED)) {
          d.createObjectStore(REFUSED, { keyPath: 'seq' });
        }
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
  return dbPromise;
}

// Runs fn(stores) in one transaction; resolves with fn's value once the transaction has committed.
async function transaction(names, mode, fn) {
  const d = await db();
  return new Promise((resolve, reject) => {
    const tx = d.transaction(names, mode);
    let value;
    const stores = Object.fromEntries(names.map((n) => [n, tx.objectStore(n)]));
    const result = fn(stores);
    if (result instanceof IDBRequest) {
      result.onsuccess = () => { value = result.result; };
    }
    tx.oncomplete = () => resolve(value);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

// crypto.randomUUID exists only in secure contexts (https, loopback); getRandomValues everywhere.
function newKey() {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Whose sign-in an entry belongs to, without keeping the token: the first 16 hex digits of its
 * SHA-256 (FNV-1a where crypto.subtle is missing, outside secure contexts). An entry is sent only
 * with the token that made it, so another person signing in on the device never acts for them.
 */
export async function ownerOf(bearer) {
  const text = String(bearer ?? '');
  if (crypto.subtle) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return Array.from(new Uint8Array(digest).slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
  }
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return 'fnv' + h.toString(16);
}

/**
 * Puts a write into the outbox; resolves once it is stored (committed), with the stored entry.
 * write: {kind, label, path, json, photos?: [{name, type, blob}], mediaField?, occurrence?}.
 */
export async function enqueue(write) {
  const entry = {
    ...write,
    key: newKey(),
    createdAt: new Date().toISOString(),
    owner: await ownerOf(token()),
    photos: write.photos ?? [],
    media: null,
    attempts: 0,
    lastError: null
  };
  entry.seq = await transaction([OUTBOX], 'readwrite', (s) => s[OUTBOX].add(entry));
  return entry;
}

/** The writes waiting, oldest first. */
export function waiting() {
  return transaction([OUTBOX], 'readonly', (s) => s[OUTBOX].getAll());
}

/** The writes the API refused for good, oldest first, each with {status, problem}. */
export function refused() {
  return transaction([REFUSED], 'readonly', (s) => s[REFUSED].getAll());
}

/** Forgets a refused write once the person has read why. */
export function dismiss(seq) {
  return transaction([REFUSED], 'readwrite', (s) => s[REFUSED].delete(seq));
}

function save(entry) {
  return transaction([OUTBOX], 'readwrite', (s) => s[OUTBOX].put(entry));
}

function remove(seq) {
  return transaction([OUTBOX], 'readwrite', (s) => s[OUTBOX].delete(seq));
}

function moveToRefused(entry, error) {
  const kept = { ...entry, photos: [], status: error.status, problem: error.body, refusedAt: new Date().toISOString() };
  return transaction([OUTBOX, REFUSED], 'readwrite', (s) => {
    s[OUTBOX].delete(entry.seq);
    s[REFUSED].put(kept);
  });
}

async function post(path, body, headers) {
  let response;
  try {
    response = await fetch(path, { method: 'POST', headers, body, credentials: 'omit', cache: 'no-store' });
  } catch (e) {
    throw new NetworkError(String(e));
  }
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
  return { status: response.status, body: parsed, replayed: response.headers.get('Idempotent-Replayed') === 'true' };
}

function authHeaders() {
  return { Accept: 'application/json', Authorization: 'Bearer ' + token() };
}

/**
 * The body an entry is sent with: always the same for the same entry (its key's promise). Each
 * photo's hash goes where the photo belongs: into answers[photo.answer].photos of a checklist
 * submission, or into the entry's mediaField (a report's media).
 */
export function bodyOf(entry) {
  if (entry.photos.length === 0) {
    return JSON.stringify(entry.json);
  }
  const json = structuredClone(entry.json);
  entry.photos.forEach((photo, i) => {
    if (photo.answer !== undefined) {
      const answer = json.answers[photo.answer];
      answer.photos = [...(answer.photos ?? []), entry.media[i]];
    } else {
      const field = entry.mediaField ?? 'media';
      json[field] = [...(json[field] ?? []), entry.media[i]];
    }
  });
  return JSON.stringify(json);
}

// The API takes at most this many files per upload (its default maxFilesPerUpload).
const FILES_PER_UPLOAD = 9;

/**
 * A refusal that will not change by sending the same again: a 4xx, except 401 (signed out: sign in
 * and it goes), 408, 429, and 409 idempotency-in-progress (the first send of this key is still
 * running, or its outcome is unknown to the server).
 */
export function definitive(error) {
  if (!(error instanceof ApiError) || error.status < 400 || error.status >= 500) {
    return false;
  }
  if (error.status === 401 || error.status === 408 || error.status === 429) {
    return false;
  }
  const type = String(error.body?.type ?? '');
  return !(error.status === 409 && type.endsWith('/idempotency-in-progress'));
}

async function send(entry) {
  if (entry.photos.length > 0 && !entry.media) {
    // Uploads are idempotent by content (the same bytes are the same file), so they need no key.
    const hashes = [];
    for (let from = 0; from < entry.photos.length; from += FILES_PER_UPLOAD) {
      const form = new FormData();
      entry.photos.slice(from, from + FILES_PER_UPLOAD).forEach((p) => form.append('file', p.blob, p.name));
      const uploaded = await post('/api/v1/media', form, authHeaders());
      hashes.push(...uploaded.body.media.map((m) => m.hash));
    }
    entry.media = hashes;
    await save(entry);
  }
  return post(entry.path, bodyOf(entry), {
    ...authHeaders(),
    'Content-Type': 'application/json',
    'Idempotency-Key': entry.key
  });
}

let running = null;
let again = false;

/**
 * Sends the waiting writes of the signed-in person, oldest first, one at a time; stops at the first
 * that cannot be sent now (kept for the next try). hooks: sent(entry, answer), refused(entry, error),
 * kept(entry, error). One run at a time (across tabs too, where the browser has Web Locks).
 */
export function flush(hooks = {}) {
  if (running) {
    again = true;
    return running;
  }
  const once = () => (navigator.locks ? navigator.locks.request('gridsafe-outbox', () => run(hooks)) : run(hooks));
  running = (async () => {
    let outcome;
    do {
      again = false;
      outcome = await once();
    } while (again && outcome === 'empty');
    return outcome;
  })().finally(() => { running = null; });
  return running;
}

async function run(hooks) {
  if (!token()) {
    return 'signed-out';
  }
  const me = await ownerOf(token());
  for (;;) {
    const next = (await waiting()).find((e) => e.owner === me);
    if (!next) {
      return 'empty';
    }
    try {
      const answer = await send(next);
      await remove(next.seq);
      hooks.sent?.(next, answer);
    } catch (error) {
      if (definitive(error)) {
        await moveToRefused(next, error);
        hooks.refused?.(next, error);
        continue;
      }
      next.attempts += 1;
      next.lastError = error instanceof ApiError ? 'HTTP ' + error.status : 'network';
      await save(next);
      hooks.kept?.(next, error);
      return 'stopped';
    }
  }
}
