// What a turn looks like on a channel with buttons and markdown (web chat), beside SMS:
// every menu, yes/no question and score offers its answers as buttons that send what a
// tenant would type, and a tenant's own words cannot turn into formatting.
import { describe, expect, it } from 'vitest';
import { choicesIn, fitTitle } from '../../dialogs/choices.js';
import { chatWords, composeFor, plainFor, SMS_CAPABILITIES, type ChannelCapabilities } from '../../dialogs/render.js';
import { COPY } from '../../dialogs/copy.js';
import { SERVICE_COPY } from '../../dialogs/service.copy.js';
import { PACK_IDS, loadPolicy } from '../../src/policy/load-policy.js';
import { policyNow } from '../../src/policy/policy-now.js';

const WEB: ChannelCapabilities = {
  smsSegments: null,
  buttons: 13,
  buttonTitleMax: 40,
  markdown: true,
  maxLength: 4000,
  reachesLater: false,
  takesPhotos: false,
};
const NARROW: ChannelCapabilities = { ...WEB, buttons: 3, buttonTitleMax: 20, markdown: false };

describe('the answers a message offers', () => {
  it('reads a numbered menu, in order, with the numbers as what is sent', () => {
    const choices = choicesIn('Where in your home is the problem? Reply with a number:\n1 Kitchen\n2 Bathroom or toilet\n3 Bedroom');
    expect(choices).toEqual([
      { title: 'Kitchen', value: '1' },
      { title: 'Bathroom or toilet', value: '2' },
      { title: 'Bedroom', value: '3' },
    ]);
  });

  it('reads YES or NO, and a score from 1 to 5', () => {
    expect(choicesIn('Is anyone elderly? Reply YES or NO.').map((c) => c.value)).toEqual(['yes', 'no']);
    expect(choicesIn('How did we do? Reply with a score from 1 (very poor) to 5 (very good).').map((c) => c.title)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('offers nothing for a question asked in free words, or a lone number in a sentence', () => {
    expect(choicesIn('Please tell us what needs repairing, in a few words.')).toEqual([]);
    expect(choicesIn('Your visit is on\n7 December between 8am and 12pm.')).toEqual([]);
  });

  it('cuts a long title on a word', () => {
    expect(fitTitle('Something needs fixing or doing for the first time', 20)).toBe('Something needs…');
    expect(fitTitle('Kitchen', 20)).toBe('Kitchen');
  });
});

describe('a turn put for each channel', () => {
  const says = [{ key: 'repair.understood', params: { issue: 'Dripping, leaking or broken tap' } }, { key: 'repair.askLocation' }];

  it('SMS: numbered text and no buttons, as before', () => {
    const [reply, ...rest] = composeFor(says, SMS_CAPABILITIES);
    expect(rest).toEqual([]);
    expect(reply!.choices).toEqual([]);
    expect(reply!.text).toContain('\n1 Kitchen\n2 Bathroom or toilet');
  });

  it('web chat: one message, the menu as a markdown list, and a button for every option', () => {
    const [reply, ...rest] = composeFor(says, WEB);
    expect(rest).toEqual([]);
    expect(reply!.text).toContain('\n\n1. Kitchen\n2. Bathroom or toilet\n');
    expect(reply!.choices.map((c) => c.title)).toEqual([
      'Kitchen',
      'Bathroom or toilet',
      'Bedroom',
      'Living room',
      'Hall, stairs or landing',
      'Outside or garden',
      'Shared area',
      'Somewhere else',
    ]);
    expect(reply!.choices[7]!.value).toBe('8');
  });

  it('safety advice goes first and alone, with no buttons', () => {
    const replies = composeFor([{ key: 'safety.advice', params: { advice: 'Call 0800 111 999 now.' } }, { key: 'conversation.anythingElse' }], WEB);
    expect(replies.map((r) => r.choices.length)).toEqual([0, 2]);
    expect(replies[0]!.text).toBe('Call 0800 111 999 now.');
  });

  it("a tenant's words cannot become links or formatting in markdown", () => {
    const [reply] = composeFor([{ key: 'repair.understood', params: { issue: '[click me](http://evil.example) *now*' } }], WEB);
    expect(reply!.text).toContain('\\[click me\\](http://evil.example) \\*now\\*');
  });

  it('more options than a channel can show as buttons: the numbers in the text only', () => {
    const [reply] = composeFor(says, NARROW);
    expect(reply!.choices).toEqual([]);
    expect(reply!.text).toContain('1 Kitchen');
  });

  it('a message outside a turn (a reminder) keeps its line breaks in markdown', () => {
    expect(plainFor('Line one\nLine two', WEB).text).toBe('Line one  \nLine two');
  });
});

describe('words written for SMS, in a chat', () => {
  const TEXTING = /\btext(?:s|ed|ing)?\b(?! ?[A-Z]{3,})/i;
  const params = {
    landlord: 'NPH',
    phone: '0300 330 7003',
    outOfHours: '0300 330 7003',
    reference: 'ABCDEFGH',
    keyword: 'CHANGE',
    when: 'Monday',
    safe: 'yes',
    remind: 'yes',
  };

  it('no line of the copy tells a chat visitor they are texting or will be texted', () => {
    for (const [key, line] of Object.entries(COPY)) {
      const text = chatWords(line(params));
      expect(text, key).not.toMatch(TEXTING);
    }
    for (const [key, line] of Object.entries(SERVICE_COPY)) {
      // The code is only ever sent as a text, to the number being proved: it is never shown in a chat.
      if (key === 'reminderCode') continue;
      const text = chatWords((line as (...a: string[]) => string)('NPH', '0300 330 7003'));
      expect(text, key).not.toMatch(TEXTING);
    }
  });

  it("nor does any pack's promise of what happens next", () => {
    for (const id of PACK_IDS) {
      const next = policyNow(loadPolicy(id), new Date('2026-11-23T10:00:00Z')).whatHappensNext;
      expect(chatWords(next), id).not.toMatch(TEXTING);
    }
  });

  it('keeps SMS as it is', () => {
    const [reply] = composeFor([{ key: 'conversation.bye' }], SMS_CAPABILITIES);
    expect(reply!.text).toBe('Thank you. Text us any time if you need anything else.');
    expect(composeFor([{ key: 'conversation.bye' }], WEB)[0]!.text).toBe('Thank you. Message us any time if you need anything else.');
  });
});
