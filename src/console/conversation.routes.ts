// A conversation in the console, and what staff do with it: take over (only one person at
// a time: the store decides under the conversation's lock), reply on the tenant's own
// channel, hand back to the assistant, close, and record a visit's news or a delay notice.
// Every action is audited with who and when; a message's words are never logged.
import type restify from 'restify';
import { reportJob, sendDelayNotice, type JobReport } from '../appointments/job-reports.js';
import { changePriority, completeRepair, extendComplaint, recordResponse, type CaseActionOutcome } from '../cases/case-actions.js';
import { safeText } from '../channels/safe-text.js';
import { HttpError } from '../http/http-errors.js';
import type { StaffMember } from '../staff/staff.store.js';
import type { QueueConversation } from '../store/console-reads.js';
import { redirect, sendPage, stillSignedIn, type ConsoleRequest } from './console-auth.js';
import type { ConsoleDeps, ConsoleRouting } from './console-routing.js';
import { page } from './pages/layout.js';
import { conversationPage, transcriptList, type ConversationView, type TranscriptLine } from './pages/conversation.page.js';
import { QueueStreams } from './queue-stream.js';
import { staffReplies } from './staff-replies.js';

const JOB_EVENTS: Record<string, JobReport> = { 'en-route': 'en-route', complete: 'completed', 'no-access': 'no-access' };
const CONVERSATION_ID = /^[A-Za-z0-9_:.-]{1,100}$/;

export function registerConversation(server: restify.Server, deps: ConsoleDeps, routing: ConsoleRouting): QueueStreams {
  const { staff, store, engine, reads, log } = deps;
  const { staffRoute, frame } = routing;

  const find = async (req: restify.Request): Promise<QueueConversation> => {
    const id = String(req.params.id ?? '');
    const found = CONVERSATION_ID.test(id) ? await reads.conversation(id) : null;
    if (!found) throw new HttpError(404, 'not-found', 'There is no such conversation.');
    return found;
  };

  /** Everything the tenant said and was told, on every channel of their tenancy, in order. */
  const transcriptOf = async (c: QueueConversation): Promise<TranscriptLine[]> => {
    const all = c.tenancyRef ? await reads.tenancyConversations(c.tenancyRef) : [];
    const conversations = all.some((x) => x.id === c.id) ? all : [{ id: c.id, channel: c.channel }, ...all];
    const lines = (await Promise.all(conversations.map(async (x) => (await store.transcript(x.id)).map((t) => ({ ...t, channel: x.channel }))))).flat();
    return lines.sort((a, b) => a.at.getTime() - b.at.getTime());
  };

  const show = async (
    res: restify.Response,
    who: ConsoleRequest,
    c: QueueConversation,
    status = 200,
    message?: ConversationView['message'],
    chosenReply?: string,
  ) => {
    const cases = await store.cases(c.id, c.tenancyRef);
    const appointments = (await Promise.all(cases.map((k) => store.appointments({ reference: k.reference })))).flat();
    const view: ConversationView = {
      conversation: c,
      transcript: await transcriptOf(c),
      cases,
      appointments,
      me: who.session.staff,
      csrf: who.session.csrf,
      now: deps.now(),
      answerMinutes: engine.pack.handoff.answerWithinMinutes,
      replies: staffReplies(engine.pack, c, who.session.staff.name, deps.now()),
      ...(chosenReply ? { chosenReply } : {}),
      grades: Object.fromEntries(engine.pack.asb.grades.map((g) => [g.id, g.label])),
      priorities: engine.pack.repairs.priorities.map((p) => ({ id: p.id, label: p.label })),
      extensionDays: {
        1: engine.pack.complaints.stage1Extension.target.amount,
        2: engine.pack.complaints.stage2Extension?.target.amount ?? null,
      },
      ...(message ? { message } : {}),
    };
    const title =
      c.tenantName ?? (c.channel === 'sms' ? `Text from ${c.address}` : `Chat with a ${c.channel === 'web' ? 'web chat visitor' : 'Messenger user'}`);
    sendPage(res, status, page(frame(who, 'queue'), title, conversationPage(view)));
  };

  const audit = (who: StaffMember, action: string, subject: string, detail: Record<string, unknown> = {}) =>
    staff.audit({ at: deps.now(), staff: { id: who.id, name: who.name }, action, subject, detail });

  const back = (res: restify.Response, c: QueueConversation, anchor = '') => redirect(res, `/console/conversations/${encodeURIComponent(c.id)}${anchor}`);

  server.get(
    '/console/conversations/:id',
    staffRoute({}, async (req, res, who) =>
      show(res, who, await find(req), 200, undefined, typeof req.query?.reply === 'string' ? req.query.reply : undefined),
    ),
  );

  const transcripts = new QueueStreams({
    event: 'transcript',
    fingerprint: () => reads.fingerprint(),
    render: async (id) => {
      const c = await reads.conversation(id);
      if (!c) return '';
      const lines = await transcriptOf(c);
      return transcriptList(lines, new Set(lines.map((l) => l.channel)).size > 1);
    },
    log,
  });

  server.get(
    '/console/conversations/:id/stream',
    staffRoute({}, async (req, res, who) => {
      const c = await find(req);
      const lines = await transcriptOf(c);
      transcripts.add(
        res,
        { key: c.id, stillValid: () => stillSignedIn(staff, who, deps.now()) },
        transcriptList(lines, new Set(lines.map((l) => l.channel)).size > 1),
      );
    }),
  );

  server.post(
    '/console/conversations/:id/take',
    staffRoute({ post: true }, async (req, res, who) => {
      const c = await find(req);
      const me = who.session.staff;
      const taken = await engine.takeConversation(c.id, { id: me.id, name: me.name }, deps.now());
      if (taken === 'conflict') {
        const now = await find(req);
        await show(res, who, now, 409, {
          kind: 'problem',
          text: `${now.handoff?.takenBy?.name ?? 'Someone else'} took this conversation first. Only they can reply.`,
        });
        return;
      }
      await audit(me, 'took over', c.id, { channel: c.channel });
      log.info({ conversation: c.id, staff: me.id }, 'staff took over a conversation');
      deps.onScheduled?.();
      back(res, c, '#reply');
    }),
  );

  server.post(
    '/console/conversations/:id/reply',
    staffRoute({ post: true }, async (req, res, who, form) => {
      const c = await find(req);
      const me = who.session.staff;
      const text = safeText(form.text ?? '', 1_500).trim();
      if (c.handoff?.status !== 'taken' || c.handoff.takenBy?.id !== me.id) {
        await show(res, who, c, 409, { kind: 'problem', text: 'Take over this conversation before replying: your reply was not sent.' });
        return;
      }
      if (!text) {
        await show(res, who, c, 400, { kind: 'problem', text: 'Write a reply first.' });
        return;
      }
      const [outboundId] = await engine.notify({ channel: c.channel, address: c.address }, text, deps.now(), 'staff', me.name);
      await audit(me, 'replied', c.id, { channel: c.channel, characters: text.length });
      log.info({ conversation: c.id, staff: me.id, outboundId }, 'staff replied');
      deps.onScheduled?.();
      back(res, c, '#reply');
    }),
  );

  for (const [path, to] of [
    ['return', 'returned'],
    ['close', 'closed'],
  ] as const) {
    server.post(
      `/console/conversations/:id/${path}`,
      staffRoute({ post: true }, async (req, res, who) => {
        const c = await find(req);
        const me = who.session.staff;
        const h = c.handoff;
        if (!h) throw new HttpError(409, 'conflict', 'Nobody has this conversation: there is nothing to hand back or close.');
        if (h.status === 'taken' && h.takenBy && h.takenBy.id !== me.id && me.role !== 'supervisor') {
          throw new HttpError(403, 'forbidden', `${h.takenBy.name} has this conversation: only they or a supervisor can hand it back or close it.`);
        }
        const moved = await engine.moveHandoff(h.id, to, deps.now());
        if (moved === null || moved === 'conflict') throw new HttpError(409, 'conflict', 'This conversation changed meanwhile: reload and try again.');
        await audit(me, to === 'returned' ? 'handed back' : 'closed handoff', c.id, { channel: c.channel });
        deps.onScheduled?.();
        back(res, c);
      }),
    );
  }

  server.post(
    '/console/conversations/:id/job',
    staffRoute({ post: true }, async (req, res, who, form) => {
      const c = await find(req);
      const report = JOB_EVENTS[form.event ?? ''];
      const reference = (form.reference ?? '').toUpperCase();
      const cases = await store.cases(c.id, c.tenancyRef);
      if (!report || !cases.some((k) => k.reference === reference))
        throw new HttpError(400, 'bad-request', 'Choose a visit of this conversation and what happened.');
      const outcome = await reportJob(store, engine.pack, engine.settings, reference, report, deps.now());
      if (!outcome.ok) {
        await show(res, who, c, outcome.status, { kind: 'problem', text: outcome.message });
        return;
      }
      await audit(who.session.staff, `visit ${report}`, reference, { texts: outcome.texts });
      deps.onScheduled?.();
      await show(res, who, await find(req), 200, {
        kind: 'notice',
        text: `Recorded: ${reference} ${report}. ${outcome.texts ? 'The tenant will be told.' : ''}`.trim(),
      });
    }),
  );

  server.post(
    '/console/conversations/:id/case',
    staffRoute({ post: true }, async (req, res, who, form) => {
      const c = await find(req);
      const reference = (form.reference ?? '').toUpperCase();
      const cases = await store.cases(c.id, c.tenancyRef);
      if (!cases.some((k) => k.reference === reference)) throw new HttpError(400, 'bad-request', 'Choose a case of this conversation.');
      const me = who.session.staff;
      const at = deps.now();
      const reason = safeText(form.reason ?? '', 300);
      const { pack } = engine;
      const quiet = engine.settings.quietHours;
      const actions: Record<string, () => Promise<CaseActionOutcome>> = {
        completed: () => completeRepair(store, reference, me.name, at),
        responded: () => recordResponse(store, reference, me.name, at),
        extend: () => extendComplaint(store, pack, quiet, reference, Number(form.days), reason, me.name, at),
        priority: () => changePriority(store, pack, quiet, reference, form.priority ?? '', reason, me.name, at),
      };
      const outcome = Object.hasOwn(actions, form.action ?? '') ? await actions[form.action!]!() : null;
      if (!outcome) throw new HttpError(400, 'bad-request', 'Choose what to record.');
      if (!outcome.ok) {
        await show(res, who, c, outcome.status, { kind: 'problem', text: outcome.message });
        return;
      }
      const detail = form.action === 'extend' ? { days: Number(form.days) } : form.action === 'priority' ? { priority: form.priority ?? '' } : {};
      await audit(me, `case ${form.action}`, reference, detail);
      deps.onScheduled?.();
      await show(res, who, await find(req), 200, { kind: 'notice', text: outcome.message });
    }),
  );

  server.post(
    '/console/conversations/:id/delay',
    staffRoute({ post: true }, async (req, res, who, form) => {
      const c = await find(req);
      const reference = (form.reference ?? '').toUpperCase();
      const cases = await store.cases(c.id, c.tenancyRef);
      if (!cases.some((k) => k.reference === reference)) throw new HttpError(400, 'bad-request', 'Choose a case of this conversation.');
      const outcome = await sendDelayNotice(store, engine.pack, engine.settings, reference, safeText(form.reason ?? '', 300), deps.now());
      if (!outcome.ok) {
        await show(res, who, c, outcome.status, { kind: 'problem', text: outcome.message });
        return;
      }
      if (!outcome.duplicate) await audit(who.session.staff, 'sent delay notice', reference);
      deps.onScheduled?.();
      await show(res, who, c, 200, {
        kind: 'notice',
        text: outcome.duplicate ? 'That notice was already sent today.' : 'The delay notice will be sent when quiet hours allow.',
      });
    }),
  );

  return transcripts;
}
