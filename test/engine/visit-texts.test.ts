// Visit reminders by text for a web chat visitor: a chat page is read only while it is
// open, so after a visit is booked there the assistant offers its reminders by text. The
// visitor types a UK mobile number, a one-time code is texted to it, and only once the code
// is typed back do the visit's texts (the day-before reminder already scheduled included)
// go to that number; a text from the number then finds the visit. Through the real engine,
// triage and machines, on every store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointmentSettings } from '../../src/appointments/appointment-settings.js';
import { reportJob } from '../../src/appointments/job-reports.js';
import { WEB_CAPABILITIES } from '../../src/channels/bot-framework.adapter.js';
import { londonTime } from '../../src/clock/sla-clock.js';
import { ConversationEngine } from '../../src/engine/conversation-engine.js';
import type { TurnResult } from '../../src/engine/engine.types.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { runJob } from '../../src/scheduler/run-job.js';
import { seededReferences } from '../../src/sim/simulator.js';
import type { Store } from '../../src/store/store.js';
import { SMS_CAPABILITIES } from '../../dialogs/render.js';
import { allStoreKinds } from '../support/stores.js';

const pack = loadPolicy('nph');
/** Monday 23 November 2026, 10:00 in London. */
const at = londonTime('2026-11-23', '10:00');
const later = (minutes: number) => new Date(at.getTime() + minutes * 60_000);

let n = 0;
/** A visitor and a drama-range mobile no other test here uses. */
const fresh = () => {
  n += 1;
  return { visitor: { channel: 'web', address: `visitor-${n}` }, mobile: `+447700900${String(100 + n)}`, shown: `07700 900${100 + n}` };
};

describe.each(allStoreKinds())('visit texts for a web chat visitor on $name', (kind) => {
  let store: Store;
  let engine: ConversationEngine;
  let m = 0;
  beforeAll(async () => {
    store = await kind.open();
    engine = new ConversationEngine({
      pack,
      store,
      reference: seededReferences(23),
      capabilities: (channel) => (channel === 'web' ? WEB_CAPABILITIES : SMS_CAPABILITIES),
    });
  });
  afterAll(() => store.close());

  const say = (key: { channel: string; address: string }, text: string, when = later((m += 1) / 100)): Promise<TurnResult> =>
    engine.receive({ ...key, text, at: when, messageId: `m${(m += 1)}` });
  const words = (r: TurnResult) => r.replies.map((x) => x.text).join('\n');

  /** A repair reported and a visit booked in the chat; returns the offer of texts and the repair's reference. */
  async function bookInChat(key: { channel: string; address: string }): Promise<{ offer: TurnResult; reference: string }> {
    const report = await say(key, 'the kitchen tap is dripping');
    const reference = report.cases[0]!.reference;
    await say(key, 'no'); // no one vulnerable
    await say(key, 'skip'); // address
    await say(key, 'skip'); // name
    const booked = await say(key, '4');
    expect(booked.appointments).toEqual([expect.objectContaining({ action: 'book', reference })]);
    return { offer: await say(key, 'no'), reference };
  }

  const codeTextedTo = async (mobile: string): Promise<string[]> =>
    (await store.outbound({ recipient: mobile })).map((o) => /your code is (\d{6})/.exec(o.body)?.[1] ?? '').filter(Boolean);

  const dayBefore = async (reference: string) => (await store.jobs({ reference })).find((j) => j.key.includes(':day-before:'));

  it('offers the reminders by text once the visit is booked, with Yes and No buttons', async () => {
    const { visitor } = fresh();
    const { offer } = await bookInChat(visitor);
    expect(words(offer)).toMatch(/reminder by text message the day before your visit/);
    expect(offer.replies.at(-1)!.choices.map((c) => c.title)).toEqual(['Yes', 'No']);
  });

  it('texts a code to the number typed and, once it is typed back, sends the visit texts there', async () => {
    const { visitor, mobile, shown } = fresh();
    const { reference } = await bookInChat(visitor);
    expect((await dayBefore(reference))?.payload).toMatchObject({ channel: 'web', address: visitor.address });

    const asked = await say(visitor, `yes its ${shown}`);
    expect(words(asked)).toContain(`sent a 6-digit code by text message to ${shown}`);
    const [code] = await codeTextedTo(mobile);
    expect(code).toMatch(/^\d{6}$/);
    const codeText = (await store.outbound({ recipient: mobile }))[0]!;
    expect(codeText).toMatchObject({ channel: 'sms', status: 'pending' });
    expect(codeText.body).toMatch(/^NPH: your code is \d{6}\. Type it in the chat where we asked for it/);
    // The code is in no message to the chat, and nothing has moved yet.
    expect(words(asked)).not.toContain(code);
    expect((await dayBefore(reference))?.payload).toMatchObject({ channel: 'web' });

    const agreed = await say(visitor, `${code!.slice(0, 3)} ${code!.slice(3)}`);
    expect(words(agreed)).toContain(`Reminders about your visit will go to ${shown} by text message`);
    expect((await store.findConversation(visitor))?.remindersTo).toBe(mobile);
    const job = await dayBefore(reference);
    expect(job?.payload).toMatchObject({ kind: 'text', channel: 'sms', address: mobile });

    // The reminder goes as a text when it falls due, through the outbox like any other.
    await store.runDueJobs(new Date(job!.runAt.getTime() + 1), 50, (j, facts) => runJob(j, facts, { delayNotice: false }));
    const sent = await store.outbound({ recipient: mobile });
    expect(sent.map((o) => o.body)).toEqual([expect.stringMatching(/your code is/), expect.stringMatching(/a reminder that we are coming tomorrow/)]);

    // Staff report the operative on the way: that goes by text too; the survey after the job stays in the chat, where its answer is read.
    const report = await reportJob(store, pack, appointmentSettings(pack), reference, 'en-route', new Date(job!.runAt.getTime() + 86_400_000));
    expect(report.ok).toBe(true);
    const onTheWay = (await store.jobs({ reference })).find((j) => j.key.includes(':on-the-way:'));
    expect(onTheWay?.payload).toMatchObject({ channel: 'sms', address: mobile });
  });

  it('lets a text from that number move the visit booked in the chat', async () => {
    const { visitor, mobile } = fresh();
    const { reference } = await bookInChat(visitor);
    await say(visitor, mobile);
    const [code] = await codeTextedTo(mobile);
    await say(visitor, code!);
    const change = await engine.receive({ channel: 'sms', address: mobile, text: 'CHANGE', at: later(30), messageId: `SMchange${n}` });
    expect(change.texts.join('\n')).not.toMatch(/no visit booked/i);
    expect(change.texts.join('\n')).toMatch(new RegExp(`${reference}|move|cancel`, 'i'));
  });

  it('ends the offer after three wrong codes, and nothing leaves the chat', async () => {
    const { visitor, mobile } = fresh();
    const { reference } = await bookInChat(visitor);
    await say(visitor, mobile);
    const [code] = await codeTextedTo(mobile);
    const wrong = code === '000000' ? '111111' : '000000';
    expect(words(await say(visitor, wrong))).toMatch(/does not match/);
    expect(words(await say(visitor, wrong))).toMatch(/does not match/);
    expect(words(await say(visitor, wrong))).toMatch(/could not check that number\. Any news about your visit will come here/);
    // The right code after that is too late.
    const after = await say(visitor, code!);
    expect(words(after)).not.toMatch(/Reminders about your visit will go to/);
    expect((await store.findConversation(visitor))?.remindersTo ?? null).toBeNull();
    expect((await dayBefore(reference))?.payload).toMatchObject({ channel: 'web' });
  });

  it('lets a code run out after ten minutes; the number typed again gets a new code, and only that one counts', async () => {
    const { visitor, mobile, shown } = fresh();
    await bookInChat(visitor);
    await say(visitor, mobile);
    const [first] = await codeTextedTo(mobile);
    expect(words(await say(visitor, first!, later(20)))).toMatch(/That code has run out/);
    expect(words(await say(visitor, shown, later(21)))).toMatch(/sent a 6-digit code/);
    const codes = await codeTextedTo(mobile);
    expect(codes).toHaveLength(2);
    if (codes[1] !== first) expect(words(await say(visitor, first!, later(22)))).toMatch(/does not match/);
    expect(words(await say(visitor, codes[1]!, later(23)))).toMatch(/Reminders about your visit will go to/);
  });

  it('sends no text when the visitor says no, and keeps the news in the chat', async () => {
    const { visitor, mobile } = fresh();
    const { reference } = await bookInChat(visitor);
    expect(words(await say(visitor, 'no thanks'))).toMatch(/Any news about your visit will come here, in this chat/);
    expect(await store.outbound({ recipient: mobile })).toEqual([]);
    expect((await dayBefore(reference))?.payload).toMatchObject({ channel: 'web' });
  });

  it('takes only a UK mobile: a landline or a number abroad is asked for again, then the offer ends', async () => {
    const { visitor } = fresh();
    await bookInChat(visitor);
    expect(words(await say(visitor, '0191 498 0000'))).toMatch(/does not look like a UK mobile number/);
    expect(words(await say(visitor, '+33 6 12 34 56 78'))).toMatch(/Any news about your visit will come here/);
    const id = (await store.findConversation(visitor))!.id;
    expect((await store.outbound()).filter((o) => o.conversationId === id && o.channel === 'sms')).toEqual([]);
  });

  it('texts at most three codes for one offer', async () => {
    const { visitor, mobile } = fresh();
    await bookInChat(visitor);
    for (let i = 0; i < 3; i += 1) expect(words(await say(visitor, mobile))).toMatch(/sent a 6-digit code/);
    expect(words(await say(visitor, mobile))).toMatch(/could not check that number/);
    expect(await codeTextedTo(mobile)).toHaveLength(3);
  });

  it('never offers it to a tenant who is texting already', async () => {
    const key = { channel: 'sms', address: '+447700900099' };
    const report = await say(key, 'the kitchen tap is dripping');
    expect(report.cases).toHaveLength(1);
    const all: string[] = [];
    for (const text of ['no', 'skip', 'skip', '4', 'no']) all.push(...(await say(key, text)).texts);
    expect(all.join('\n')).toMatch(/Booked/);
    expect(all.join('\n')).not.toMatch(/reminder by text message/);
  });
});
