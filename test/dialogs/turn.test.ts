// The dialog owns a turn's words: one call reads a reply against what was last asked (a
// survey score, a menu choice, a slot from the offer, a change request), one puts what the
// machine said into words for the channel and remembers what it left open.
import { describe, expect, it } from 'vitest';
import type { AppointmentView, SlotChoice } from '../../machines/conversation.types.js';
import { FRESH_MEMORY, readMemory, type DialogMemory } from '../../dialogs/dialog-memory.js';
import { readTurn, type TurnContext } from '../../dialogs/read-turn.js';
import { speakTurn } from '../../dialogs/speak-turn.js';
import { SMS_CAPABILITIES, type ChannelCapabilities } from '../../dialogs/render.js';

const AT = new Date('2026-11-23T10:00:00Z');
const slot = (date: string, s: 'am' | 'pm'): SlotChoice => ({
  date,
  slot: s,
  label: s === 'am' ? 'morning' : 'afternoon',
  start: s === 'am' ? '08:00' : '12:00',
  end: s === 'am' ? '12:00' : '17:00',
  startsAt: `${date}T${s === 'am' ? '08' : '12'}:00:00.000Z`,
  endsAt: `${date}T${s === 'am' ? '12' : '17'}:00:00.000Z`,
});
const TUE_AM = slot('2026-11-24', 'am');
const TUE_PM = slot('2026-11-24', 'pm');
const WED_AM = slot('2026-11-25', 'am');
const VISIT: AppointmentView = {
  reference: 'ABCDEFGH',
  date: '2026-11-24',
  slot: 'am',
  label: 'morning',
  startsAt: TUE_AM.startsAt,
  endsAt: TUE_AM.endsAt,
  status: 'booked',
};

const context = (extra: Partial<TurnContext> = {}): TurnContext => ({
  at: AT,
  today: '2026-11-23',
  keyword: 'CHANGE',
  appointment: null,
  available: [TUE_AM, TUE_PM, WED_AM],
  ...extra,
});
const memory = (extra: Partial<DialogMemory>): DialogMemory => ({ ...FRESH_MEMORY, ...extra });

describe('reading a reply against what was last asked', () => {
  const survey = memory({ awaiting: { kind: 'survey', reference: 'ABCDEFGH', askedAt: '2026-11-20T10:00:00Z' } });

  it('a score answers the survey, with its comment, and the survey is no longer awaited', () => {
    const reading = readTurn('4 - quick and tidy', survey, context());
    expect(reading).toMatchObject({ kind: 'survey', reference: 'ABCDEFGH', score: 4, comment: 'quick and tidy' });
    expect(reading.memory.awaiting).toBeNull();
  });

  it('anything else, or a score a week late, is a message for the dialog, and lets the survey go', () => {
    expect(readTurn('my boiler is broken', survey, context())).toMatchObject({ kind: 'reply', memory: { awaiting: null } });
    expect(readTurn('5', survey, context({ at: new Date('2026-11-28T10:00:01Z') })).kind).toBe('reply');
  });

  it('a number is the open menu’s option', () => {
    const reading = readTurn('2', memory({ prompt: 'repair.askLocation' }), context());
    expect(reading.kind === 'reply' && reading.reply.choice).toBe('bathroom');
  });

  it('a slot is picked from the visits shown; one taken since is said to be taken', () => {
    const offer = memory({ prompt: 'booking.offer', offered: [TUE_AM, WED_AM] });
    const picked = readTurn('2', offer, context());
    expect(picked.kind === 'reply' && picked.reply.slot).toMatchObject({ kind: 'pick', option: WED_AM });
    const gone = readTurn('2', offer, context({ available: [TUE_AM, TUE_PM] }));
    expect(gone.kind === 'reply' && gone.reply.slot).toEqual({ kind: 'taken' });
  });

  it('words that fit several visits narrow the offer', () => {
    const reading = readTurn('tuesday', memory({ prompt: 'booking.offer', offered: [TUE_AM, WED_AM] }), context());
    expect(reading).toMatchObject({ kind: 'reply', reply: { slot: { kind: 'narrow', count: 2 } }, narrowed: [TUE_AM, TUE_PM] });
  });

  it('CHANGE moves a visit that stands, and says there is none when none does', () => {
    const withVisit = readTurn('CHANGE', FRESH_MEMORY, context({ appointment: VISIT }));
    expect(withVisit.kind === 'reply' && withVisit.reply.appointment).toBe('change');
    const without = readTurn('CHANGE', FRESH_MEMORY, context());
    expect(without.kind === 'reply' && without.reply.noVisit).toBe(true);
  });
});

describe('putting a turn into words', () => {
  const speak = (says: Parameters<typeof speakTurn>[0], from: DialogMemory, caps: ChannelCapabilities = SMS_CAPABILITIES, keepPrompt = false) =>
    speakTurn(says, from, { caps, available: [TUE_AM, TUE_PM, WED_AM], narrowed: null, keyword: 'CHANGE', remind: true, today: '2026-11-23', keepPrompt });

  it('an offer shows free visits by the promised date, and remembers them', () => {
    const spoken = speak([{ key: 'booking.offer', params: { reference: 'ABCDEFGH', dueBy: '2026-11-25T00:00:00.000Z' } }], FRESH_MEMORY);
    expect(spoken.memory).toMatchObject({ prompt: 'booking.offer', offered: [TUE_AM, TUE_PM] });
    expect(spoken.messages[0]!.text).toContain('1 Tue 24 Nov');
  });

  it('a question that is not an offer forgets the visits', () => {
    const spoken = speak([{ key: 'repair.askLocation' }], memory({ prompt: 'booking.offer', offered: [TUE_AM] }));
    expect(spoken.memory).toMatchObject({ prompt: 'repair.askLocation', offered: null });
  });

  it('help leaves the open question open', () => {
    const spoken = speak(
      [{ key: 'conversation.help', params: { landlord: 'NPH', phone: '1', outOfHours: '2' } }],
      memory({ prompt: 'repair.askLocation' }),
      SMS_CAPABILITIES,
      true,
    );
    expect(spoken.memory.prompt).toBe('repair.askLocation');
  });

  it('what a store kept from before (nothing, or not an object) reads as a fresh memory', () => {
    expect(readMemory(null)).toEqual(FRESH_MEMORY);
    expect(readMemory('repair.askLocation')).toEqual(FRESH_MEMORY);
    expect(readMemory({ prompt: 'repair.askLocation', offered: 'x' })).toEqual({ ...FRESH_MEMORY, prompt: 'repair.askLocation' });
  });
});
