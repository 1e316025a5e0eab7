// Every problem in one message is kept, and what the tenant said about their household is
// not asked again. The machine is fed events as the engine builds them; where a message
// holds several problems, triage's reading of each part stands in for what triage finds,
// so these tests hold the dialog to its side of the bargain whatever triage's wording rules.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { readReply } from '../../dialogs/read-reply.js';
import { openPrompt } from '../../dialogs/render.js';
import { conversationMachine } from '../../machines/conversation.machine.js';
import type { CaseChange, OtherProblem, Say, TriageView, UserTextEvent } from '../../machines/conversation.types.js';
import { londonTime } from '../../src/clock/sla-clock.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { policyNow } from '../../src/policy/policy-now.js';
import { classify } from '../../src/triage/classify.js';
import { toTriageView } from '../../src/triage/triage.js';

const pack = loadPolicy('nph');
const at = londonTime('2026-11-23', '10:00');

function view(text: string): TriageView {
  return toTriageView(classify(text), pack);
}

function other(text: string): OtherProblem {
  const v = view(text);
  return { kind: v.kind === 'asb' ? 'asb' : 'repair', text, label: v.repair?.label ?? v.asb?.label ?? '', repair: v.repair, asb: v.asb };
}

/** A conversation driven turn by turn, restored from its persisted snapshot each time, as the engine does. */
function conversation() {
  let snapshot: unknown = null;
  let prompt: string | null = null;
  let n = 0;
  const cases = new Map<string, CaseChange>();
  return {
    cases,
    send(text: string, triage: TriageView = view(text)): string[] {
      const says: Say[] = [];
      const actor = createActor(conversationMachine, { input: { verified: true, name: 'Sam' }, ...(snapshot ? { snapshot: snapshot as never } : {}) });
      actor.on('say', (e) => says.push(e.say));
      actor.on('case', (e) => cases.set(e.change.reference, { ...cases.get(e.change.reference), ...e.change }));
      actor.start();
      n += 1;
      const event: UserTextEvent = {
        type: 'user.text',
        text,
        at: at.toISOString(),
        triage,
        reply: readReply(text, prompt),
        policy: policyNow(pack, at),
        reference: `REF${n}AAAA`,
        spareReferences: [`REF${n}BBBB`, `REF${n}CCCC`],
      };
      actor.send(event);
      snapshot = actor.getPersistedSnapshot();
      actor.stop();
      prompt = openPrompt(says, prompt);
      return says.map((s) => s.key);
    },
  };
}

describe('every problem in one message is kept', () => {
  it('three repairs in one text: each is logged at once as its own case, and the tenant is told all of them', () => {
    const c = conversation();
    const text = 'toilet wont flush, kitchen cupboard door hanging off and the extractor fan in the bathroom dont work';
    const first = c.send(text, {
      ...view('toilet wont flush'),
      others: [other('kitchen cupboard door hanging off'), other('the extractor fan in the bathroom dont work')],
    });
    expect(first).toContain('conversation.alsoLogged');
    // All three are kept from the first text: the two further ones with their dates, the main one while its questions go on.
    const logged = [...c.cases.values()];
    expect(logged.map((x) => x.reference).sort()).toEqual(['REF1AAAA', 'REF1BBBB', 'REF1CCCC']);
    expect(logged.filter((x) => x.dueBy).map((x) => x.reference)).toEqual(['REF1BBBB', 'REF1CCCC']);
    // The main one carries on as usual and gets its date too.
    for (let turn = 0; turn < 6 && !c.cases.get('REF1AAAA')?.dueBy; turn += 1) c.send('no');
    expect(c.cases.get('REF1AAAA')?.dueBy).toBeTruthy();
    expect(c.cases.size).toBe(3);
  });

  it('a repair and a neighbour problem in one text open both, the second graded at once', () => {
    const c = conversation();
    c.send('leak under the kitchen sink and the dog next door barks all day', {
      ...view('leak under the kitchen sink'),
      others: [other('the dog next door barks all day')],
    });
    const cases = [...c.cases.values()];
    expect(cases).toHaveLength(2);
    expect(cases).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'repair', reference: 'REF1AAAA', location: 'kitchen' }),
        expect.objectContaining({ kind: 'asb', reference: 'REF1BBBB', grade: expect.any(String) }),
      ]),
    );
  });

  it('a new problem given instead of an answer is logged, and the question stays open', () => {
    const c = conversation();
    expect(c.send('bath tap dripping')).toContain('repair.askVulnerability');
    const said = c.send('oh and the shower tray is cracked too, water gets under it');
    expect(said).toEqual(expect.arrayContaining(['conversation.alsoLogged', 'conversation.backToQuestion']));
    expect(said).not.toContain('common.yesOrNo');
    expect([...c.cases.keys()]).toEqual(['REF1AAAA', 'REF2AAAA']);
    // The open question still takes its answer.
    expect(c.send('no')).toContain('repair.quote');
    expect(c.cases.size).toBe(2);
  });
});

describe('what the tenant said about their household', () => {
  it('a vulnerability stated in the first text is recorded, applied, and not asked again', () => {
    const c = conversation();
    const said = c.send('bath tap dripping', { ...view('bath tap dripping'), vulnerabilities: ['over-65'] });
    expect(said).not.toContain('repair.askVulnerability');
    const [repair] = [...c.cases.values()];
    expect(repair).toMatchObject({ kind: 'repair', vulnerable: true, tier: 'urgent', details: { vulnerabilities: 'over-65' } });
  });

  it('a vulnerability given instead of a yes is taken as the answer, once', () => {
    const c = conversation();
    expect(c.send('bath tap dripping')).toContain('repair.askVulnerability');
    const said = c.send('my wife is 7 months pregnant', { ...view('my wife is 7 months pregnant'), vulnerabilities: ['pregnant'] });
    expect(said).not.toContain('common.yesOrNo');
    expect([...c.cases.values()][0]).toMatchObject({ vulnerable: true, tier: 'urgent' });
  });

  it('"yes i told you im 84" answers the question', () => {
    const c = conversation();
    c.send('bath tap dripping');
    expect(c.send('yes i told you im 84')).not.toContain('common.yesOrNo');
    expect([...c.cases.values()][0]).toMatchObject({ vulnerable: true });
  });
});
