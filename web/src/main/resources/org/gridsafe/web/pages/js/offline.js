// Registers the pages' service worker (/sw.js), which keeps the static files so the page loads
// again with no connection. Sets body[data-shell] to "cached" once the worker is active and holds
// the files (the tests wait for it), or "unavailable" where the browser has none (not a secure context).
export function keepShellOffline() {
  if (!('serviceWorker' in navigator)) {
    document.body.dataset.shell = 'unavailable';
    return Promise.resolve(false);
  }
  return navigator.serviceWorker.register('/sw.js', { scope: '/' })
    .then(() => navigator.serviceWorker.ready)
    .then(() => { document.body.dataset.shell = 'cached'; return true; })
    .catch(() => { document.body.dataset.shell = 'unavailable'; return false; });
}
