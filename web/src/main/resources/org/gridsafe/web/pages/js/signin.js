// Sign-in with the API's own bearer token: checked by one authenticated read, then kept in this
// tab's sessionStorage only (never a URL, a cookie or a log).
import { showProblem, signIn } from './api.js';
import { setUpLanguage, t } from './i18n.js';

const $ = (id) => document.getElementById(id);

async function submit(event) {
  event.preventDefault();
  const input = $('signin-token');
  const message = $('signin-message');
  try {
    if (await signIn(input.value.trim())) {
      input.value = '';
      // Grid staff come from the patrol terminal (#patrol) and go back to it.
      window.location.assign(window.location.hash === '#patrol' ? '/patrol.html' : '/command.html');
    } else {
      showProblem(message, new Error(t('signin.failed')));
      input.focus();
    }
  } catch (e) {
    showProblem(message, e);
  }
}

setUpLanguage();
$('signin-form').addEventListener('submit', submit);
document.body.dataset.ready = 'true';
