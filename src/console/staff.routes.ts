// Supervisors' pages: the staff list with a form to add someone, and the audit log.
import type restify from 'restify';
import { hashPassword, passwordProblem } from '../staff/passwords.js';
import { STAFF_ROLES } from '../staff/staff.store.js';
import { sendPage } from './console-auth.js';
import type { ConsoleDeps, ConsoleRouting } from './console-routing.js';
import { page } from './pages/layout.js';
import { auditTable, staffList } from './pages/staff.page.js';

const AUDIT_PAGE = 100;

/** "a password needs..." as a sentence on a page. */
const sentence = (s: string): string => `${s[0]!.toUpperCase()}${s.slice(1)}${/[.!?]$/.test(s) ? '' : '.'}`;

export function registerStaffPages(server: restify.Server, deps: ConsoleDeps, routing: ConsoleRouting): void {
  const { staff } = deps;
  const { staffRoute, frame } = routing;

  server.get(
    '/console/staff',
    staffRoute({ role: 'supervisor' }, async (_req, res, who) => {
      sendPage(res, 200, page(frame(who, 'staff'), 'Staff', staffList(await staff.list(), who.session.csrf)));
    }),
  );

  server.post(
    '/console/staff',
    staffRoute({ role: 'supervisor', post: true }, async (_req, res, who, form) => {
      const name = (form.name ?? '').trim().slice(0, 100);
      const email = (form.email ?? '').trim().slice(0, 200);
      const role = STAFF_ROLES.find((r) => r === form.role);
      const password = form.password ?? '';
      const problem = !name
        ? 'Enter their name.'
        : !/^[^@\s]+@[^@\s]+$/.test(email)
          ? 'Enter their email address, like name@example.org.'
          : !role
            ? 'Choose agent or supervisor.'
            : passwordProblem(password);
      const show = async (status: number, message: { kind: 'problem' | 'notice'; text: string }) =>
        sendPage(res, status, page(frame(who, 'staff'), 'Staff', staffList(await staff.list(), who.session.csrf, message)));
      if (problem || !role) {
        await show(400, { kind: 'problem', text: sentence(problem ?? 'check the form') });
        return;
      }
      const added = await staff.add({ email, name, role, passwordHash: await hashPassword(password) }, deps.now());
      if (added === 'exists') {
        await show(409, { kind: 'problem', text: `${email} already has an account.` });
        return;
      }
      await staff.audit({ at: deps.now(), staff: who.session.staff, action: 'added staff', subject: added.email, detail: { role: added.role } });
      await show(201, { kind: 'notice', text: `${added.name} can now sign in as ${added.role === 'agent' ? 'an agent' : 'a supervisor'}.` });
    }),
  );

  server.get(
    '/console/audit',
    staffRoute({ role: 'supervisor' }, async (req, res, who) => {
      const before = Number(req.query?.before);
      const entries = await staff.auditLog({ limit: AUDIT_PAGE, ...(Number.isSafeInteger(before) && before > 0 ? { before } : {}) });
      const older = entries.length === AUDIT_PAGE ? entries[entries.length - 1]!.id : null;
      sendPage(res, 200, page(frame(who, 'audit'), 'Audit log', auditTable(entries, older)));
    }),
  );
}
