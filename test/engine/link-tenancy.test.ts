// One tenant across channels: a Messenger or web chat visitor who asks after a report is
// offered to link the chat to their tenancy by the mobile number on it, proved by a code
// texted there. Linked, they hear about the tenancy's cases from every channel, and what
// they reported in the chat before is the tenancy's too. A number the list does not have
// gets no code; three wrong codes lock linking for an hour; one number gets at most five
// codes a day, however many chats ask. Through the real engine, on every store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_CAPABILITIES } from '../../src/channels/bot-framework.adapter.js';
import { MESSENGER_CAPABILITIES } from '../../src/channels/messenger.adapter.js';
import { londonTime } from '../../src/clock/sla-clock.js';
import { ConversationEngine } from '../../src/engine/conversation-engine.js';
import { CODES_PER_NUMBER_PER_DAY } from '../../src/engine/contact-facts.js';
import type { TurnResult } from '../../src/engine/engine.types.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { seededReferences } from '../../src/sim/simulator.js';
import type { Store } from '../../src/store/store.js';
import { SMS_CAPABILITIES } from '../../dialogs/render.js';
import { allStoreKinds } from '../support/stores.js';

const pack = loadPolicy('nph');
/** Monday 23 November 2026, 10:00 in London. */
const at = londonTime('2026-11-23', '10:00');
const minutes = (n: number) => new Date(at.getTime() + n * 60_000);

describe.each(allStoreKinds())('linking a chat to a tenancy on $name', (kind) => {
  let store: Store;
  let engine: ConversationEngine;
  let n = 0;
  let m = 0;
  beforeAll(async () => {
    store = await kind.open();
    engine = new ConversationEngine({
      pack,
      store,
      reference: seededReferences(61),
      capabilities: (channel) => (channel === 'messenger' ? MESSENGER_CAPABILITIES : channel === 'web' ? WEB_CAPABILITIES : SMS_CAPABILITIES),
    });
  });
  afterAll(() => store.close());

  /** A tenancy with a mobile number no other test here uses. */
  async function tenancy(): Promise<{ mobile: string; shown: string }> {
    n += 1;
    const mobile = `+447700900${String(400 + n)}`;
    await store.upsertTenant(
      { tenancyRef: `LINK-${n}`, name: `Pat Doe ${n}`, addressLine: `${n} Link Street`, postcode: 'NN1 1AA', vulnerabilities: [], phones: [mobile] },
      at,
    );
    return { mobile, shown: `07700 900${400 + n}` };
  }
  const say = (key: { channel: string; address: string }, text: string, when = minutes((m += 1) / 100)): Promise<TurnResult> =>
    engine.receive({ ...key, text, at: when, messageId: `l${(m += 1)}` });
  const words = (r: TurnResult) => r.replies.map((x) => x.text).join('\n');
  const lastCode = async (mobile: string) => /your code is (\d{6})/.exec((await store.outbound({ recipient: mobile })).at(-1)?.body ?? '')?.[1] ?? null;

  it("links a Messenger chat by the code texted to the tenancy's number, and the case reported there is heard of by SMS and web chat", async () => {
    const { mobile, shown } = await tenancy();
    const messenger = { channel: 'messenger', address: `psid-${n}` };
    // Reported on Messenger before any link: the case is kept, unverified.
    const reported = await say(messenger, 'the bathroom extractor fan has stopped working');
    const reference = reported.cases[0]!.reference;
    expect((await store.caseByReference(reference))?.verified).toBe(false);
    // No one vulnerable, no address or name, the first visit, no access notes, no texts: the report is done.
    for (const answer of ['no', 'skip', 'skip', '1', 'no', 'no']) await say(messenger, answer);
    // Its own case is answered at once, with the way to see the tenancy's others.
    const news = words(await say(messenger, 'any news on my repair?'));
    expect(news).toContain(`repair ${reference}`);
    expect(news).toMatch(/reply LINK/);
    expect(words(await say(messenger, 'link'))).toMatch(/type the mobile number we have for you/);
    expect(words(await say(messenger, `its ${shown}`))).toContain(`sent a 6-digit code by text message to ${shown}`);
    expect(words(await say(messenger, (await lastCode(mobile))!))).toMatch(/this chat is now linked to your tenancy/);
    // The report is the tenancy's now, and verified.
    expect((await store.caseByReference(reference))?.verified).toBe(true);
    expect(await store.findTenant(messenger)).toMatchObject({ tenancyRef: `LINK-${n}` });

    // By SMS from the tenancy's number, and from a web chat linked the same way: the same case.
    expect(words(await say({ channel: 'sms', address: mobile }, 'any news on my repair?'))).toContain(`repair ${reference}`);
    const web = { channel: 'web', address: `visitor-${n}` };
    expect(words(await say(web, 'hi any update on my repair'))).toMatch(/link it to your tenancy/);
    await say(web, shown);
    await say(web, (await lastCode(mobile))!);
    const fromWeb = words(await say(web, 'when are you coming'));
    expect(fromWeb).toContain(`repair ${reference}`);
    expect(fromWeb).not.toMatch(/reply LINK/);
  });

  it('answers SMS, web chat and Messenger from one case once both chats are linked', async () => {
    const { mobile, shown } = await tenancy();
    const messenger = { channel: 'messenger', address: `psid-b-${n}` };
    const web = { channel: 'web', address: `visitor-b-${n}` };
    // Linked first, from a question about a report the chat cannot see.
    expect(words(await say(messenger, 'any news on my repair'))).toMatch(/link it to your tenancy/);
    await say(messenger, shown);
    expect(words(await say(messenger, (await lastCode(mobile))!))).toMatch(/now linked/);
    await say(messenger, 'yes');
    const reported = await say(messenger, 'the bathroom extractor fan has stopped working');
    const reference = reported.cases[0]!.reference;
    expect((await store.caseByReference(reference))?.verified).toBe(true);

    const fromSms = words(await say({ channel: 'sms', address: mobile }, 'any news on my repair?'));
    expect(fromSms).toContain(`repair ${reference}`);
    await say(web, 'hello any update on my repair');
    await say(web, mobile);
    await say(web, (await lastCode(mobile))!);
    expect(words(await say(web, 'any news?'))).toContain(`repair ${reference}`);
  });

  it('sends no code to a number the tenancy list does not have', async () => {
    const web = { channel: 'web', address: `visitor-c-${(n += 1)}` };
    await say(web, 'any news on my repair');
    expect(words(await say(web, '07700 900999'))).toMatch(/not on our records for any tenancy/);
    expect(await store.outbound({ recipient: '+447700900999' })).toEqual([]);
  });

  it('locks linking for an hour after three wrong codes', async () => {
    const { mobile, shown } = await tenancy();
    const web = { channel: 'web', address: `visitor-d-${n}` };
    await say(web, 'any news on my repair', minutes(0));
    await say(web, shown, minutes(1));
    const code = await lastCode(mobile);
    const wrong = code === '000000' ? '111111' : '000000';
    await say(web, wrong, minutes(2));
    await say(web, wrong, minutes(3));
    expect(words(await say(web, wrong, minutes(4)))).toMatch(/could not check that number, so this chat is not linked/);
    // Within the hour: no offer, and the right code is too late.
    expect(words(await say(web, 'any news on my repair', minutes(30)))).not.toMatch(/link it to your tenancy/);
    expect(words(await say(web, code!, minutes(31)))).not.toMatch(/now linked/);
    expect(await store.findTenant(web)).toBeNull();
    // After it, offered again (from the menu, where "repair" is also an option).
    await say(web, 'menu', minutes(70));
    expect(words(await say(web, 'any news on my repair', minutes(71)))).toMatch(/link it to your tenancy/);
  });

  it(`sends one number at most ${CODES_PER_NUMBER_PER_DAY} codes a day, however many chats ask`, async () => {
    const { mobile, shown } = await tenancy();
    for (let i = 0; i < CODES_PER_NUMBER_PER_DAY + 2; i += 1) {
      const web = { channel: 'web', address: `visitor-e-${n}-${i}` };
      await say(web, 'any news on my repair');
      await say(web, shown);
    }
    expect(await store.codesSent(mobile, minutes(-60))).toBe(CODES_PER_NUMBER_PER_DAY);
    expect((await store.outbound({ recipient: mobile })).length).toBe(CODES_PER_NUMBER_PER_DAY);
  });

  it('never offers a link on SMS, where the number already says who it is', async () => {
    const r = await say({ channel: 'sms', address: '+447700900998' }, 'any news on my repair?');
    expect(words(r)).not.toMatch(/link it to your tenancy/);
  });
});
