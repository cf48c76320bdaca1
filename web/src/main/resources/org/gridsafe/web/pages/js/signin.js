// Sign-in with the API's own bearer token: checked by one authenticated read, then kept in this
// tab's sessionStorage only (never a URL, a cookie or a log).
import { showProblem, signIn } from './api.js';
import { setUpLanguage, t } from './i18n.js';
import { keepShellOffline } from './offline.js';

const $ = (id) => document.getElementById(id);

// Where to go once signed in: the page named by #next= (set by a staff page that sent the
// signed-out here), else the command center. Only a path of this site: never another host.
function destination() {
  const m = /^#next=(.+)$/.exec(window.location.hash);
  if (m) {
    let path = '';
    try {
      path = decodeURIComponent(m[1]);
    } catch (e) {
      path = '';
    }
    if (/^\/(?![\/\\])/.test(path)) {
      return path;
    }
  }
  return '/command.html';
}

async function submit(event) {
  event.preventDefault();
  const input = $('signin-token');
  const message = $('signin-message');
  try {
    if (await signIn(input.value.trim())) {
      input.value = '';
      // Grid staff come from the patrol terminal (#patrol) and go back to it.
      window.location.assign(window.location.hash === '#patrol' ? '/patrol.html' : destination());
    } else {
      showProblem(message, new Error(t('signin.failed')));
      input.focus();
    }
  } catch (e) {
    showProblem(message, e);
  }
}

setUpLanguage();
keepShellOffline({ commands: true });
$('signin-form').addEventListener('submit', submit);
document.body.dataset.ready = 'true';
