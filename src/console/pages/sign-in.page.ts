// The sign-in page: an email, a password and the form's own token. It says plainly why a
// sign-in failed (wrong details, or locked until a time) without saying whether an email
// belongs to an account.
import { escapeHtml } from '../../http/html.js';
import { CSRF_FIELD } from '../console-auth.js';
import { head } from './layout.js';

export interface SignInView {
  landlord: string;
  token: string;
  email?: string;
  next?: string;
  problem?: string;
  notice?: string;
}

export function signInPage(view: SignInView): string {
  const problem = view.problem ? `<div class="problem" role="alert" id="problem"><p>${escapeHtml(view.problem)}</p></div>` : '';
  const notice = view.notice ? `<p class="notice" role="status">${escapeHtml(view.notice)}</p>` : '';
  return `${head('Sign in', view.landlord)}
<body class="narrow">
<main id="main">
<p class="brand">${escapeHtml(view.landlord)} <span>staff console</span></p>
<h1>Sign in</h1>
${notice}${problem}
<form method="post" action="/console/sign-in" novalidate>
  <input type="hidden" name="${CSRF_FIELD}" value="${escapeHtml(view.token)}">
  <input type="hidden" name="next" value="${escapeHtml(view.next ?? '/console')}">
  <label for="email">Email</label>
  <input type="email" id="email" name="email" autocomplete="username" required value="${escapeHtml(view.email ?? '')}"${view.problem ? ' aria-describedby="problem"' : ''}>
  <label for="password">Password</label>
  <input type="password" id="password" name="password" autocomplete="current-password" required>
  <button type="submit">Sign in</button>
</form>
<p class="hint">Staff accounts are added by a supervisor (see the README: npm run staff -- add).</p>
</main>
</body>
</html>
`;
}
