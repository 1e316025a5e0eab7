// Meta's messaging window as one rule: inside 24 hours of the tenant's last message anything
// may go; after that only a person on the staff may write, for up to 7 days, with the
// HUMAN_AGENT tag; everything else goes another way. The retired tags are never used.
import { describe, expect, it } from 'vitest';
import { HUMAN_AGENT_WINDOW_MS, messengerDelivery, STANDARD_WINDOW_MS } from '../../src/channels/messenger-window.js';
import type { MessageOrigin } from '../../src/store/records.types.js';

const NOW = new Date('2026-07-15T12:00:00Z');
const SECOND = 1000;
const HOUR = 60 * 60 * SECOND;
const DAY = 24 * HOUR;
const ORIGINS: MessageOrigin[] = ['reply', 'staff', 'automated'];

/** The tenant last wrote `ms` before now. */
const wroteAgo = (ms: number) => new Date(NOW.getTime() - ms);
const delivery = (origin: MessageOrigin, ago: number | null) => messengerDelivery(origin, ago === null ? null : wroteAgo(ago), NOW);

describe('the windows are the ones Meta sets', () => {
  it('is 24 hours for anything and 7 days for a person on the staff', () => {
    expect(STANDARD_WINDOW_MS).toBe(DAY);
    expect(HUMAN_AGENT_WINDOW_MS).toBe(7 * DAY);
  });
});

describe('inside 24 hours of the tenant writing', () => {
  it('sends a reply as a RESPONSE, from the moment they write to the last second of the day', () => {
    for (const ago of [0, SECOND, HOUR, 23 * HOUR, DAY - SECOND, DAY - 1]) {
      expect(delivery('reply', ago), `${ago} ms`).toEqual({ messagingType: 'RESPONSE' });
    }
  });

  it('sends a staff message or an automated one as an UPDATE, with no tag', () => {
    for (const origin of ['staff', 'automated'] as const) {
      for (const ago of [0, HOUR, DAY - 1]) {
        expect(delivery(origin, ago), `${origin} ${ago} ms`).toEqual({ messagingType: 'UPDATE' });
      }
    }
  });

  it('counts a message stamped a little in the future (our clock slightly behind) as just now', () => {
    for (const ahead of [1, SECOND, 5 * 60 * SECOND]) {
      expect(delivery('reply', -ahead)).toEqual({ messagingType: 'RESPONSE' });
      expect(delivery('automated', -ahead)).toEqual({ messagingType: 'UPDATE' });
      expect(delivery('staff', -ahead)).toEqual({ messagingType: 'UPDATE' });
    }
  });
});

describe('once 24 hours have passed', () => {
  it('closes the standard window at exactly 24 hours', () => {
    expect(delivery('reply', DAY).messagingType).toBeNull();
    expect(delivery('automated', DAY).messagingType).toBeNull();
    expect(delivery('staff', DAY)).toEqual({ messagingType: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' });
  });

  it('lets a person on the staff write with the HUMAN_AGENT tag up to the last moment of day 7', () => {
    for (const ago of [DAY, DAY + 1, 3 * DAY, 6 * DAY + 23 * HOUR, 7 * DAY - SECOND, 7 * DAY - 1]) {
      expect(delivery('staff', ago), `${ago} ms`).toEqual({ messagingType: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' });
    }
  });

  it('does not let a staff message go by Messenger at 7 days or later, and says why', () => {
    for (const ago of [7 * DAY, 7 * DAY + 1, 8 * DAY, 365 * DAY]) {
      const d = delivery('staff', ago);
      expect(d.messagingType, `${ago} ms`).toBeNull();
      expect(d).toMatchObject({ reason: expect.stringMatching(/7 days/) });
    }
  });

  it('does not let an automated reminder or notice go by Messenger at all, and says why', () => {
    for (const ago of [DAY, DAY + 1, 2 * DAY, 6 * DAY, 30 * DAY]) {
      const d = delivery('automated', ago);
      expect(d.messagingType, `${ago} ms`).toBeNull();
      expect(d).toMatchObject({ reason: expect.stringMatching(/24 hours/) });
    }
  });

  it('does not send a late reply either', () => {
    expect(delivery('reply', 2 * DAY).messagingType).toBeNull();
  });
});

describe('someone who never wrote to the page', () => {
  it('cannot be messaged by anyone', () => {
    for (const origin of ORIGINS) {
      const d = delivery(origin, null);
      expect(d.messagingType, origin).toBeNull();
      expect(d).toMatchObject({ reason: expect.stringMatching(/never written/) });
    }
  });
});

describe('the retired message tags', () => {
  it('are never produced, whoever writes and however long ago the tenant wrote', () => {
    const ages: number[] = [-DAY, -1, 0];
    for (let ago = 0; ago <= 10 * DAY; ago += 3 * HOUR) ages.push(ago - 1, ago, ago + 1);
    ages.push(DAY - 1, DAY, 7 * DAY - 1, 7 * DAY, 400 * DAY);
    const tags = new Set<string>();
    const types = new Set<string | null>();
    for (const origin of ORIGINS) {
      for (const ago of ages) {
        const d = delivery(origin, ago);
        types.add(d.messagingType);
        if ('tag' in d) tags.add(d.tag);
        // Only a person on the staff is ever sent with a tag.
        if (d.messagingType === 'MESSAGE_TAG') expect(origin).toBe('staff');
      }
    }
    expect([...tags]).toEqual(['HUMAN_AGENT']);
    expect(types).toEqual(new Set(['RESPONSE', 'UPDATE', 'MESSAGE_TAG', null]));
  });
});
