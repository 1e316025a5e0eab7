// Reading whether a message asks after something already reported or booked, and which
// references it names. (Scored on three blind sets of tenants' messages in /tmp during
// development; these are the rules' own cases, in tenants' words.)
import { describe, expect, it } from 'vitest';
import { readStatusAsk, referencesIn } from '../../src/triage/status-ask.js';
import { STATUS_COPY, type CaseNews } from '../../dialogs/status.copy.js';
import { smsSize } from '../../dialogs/gsm7.js';

describe('a question about progress', () => {
  it.each([
    'wen is the joiner comin',
    'any news on me repair',
    'what time is my appt tmrw',
    'is sum1 still coming 2day',
    'chasing up my damp report',
    'still waiting for the plumber',
    'has anyone booked my job yet',
    'where is he, he said 9am',
    'whats happening with my complaint',
    'u said someone would ring me back. nothing',
    'its been 3 weeks and nobody has come',
    'did my report get through',
    'any joy with the fence',
    'update pls',
    'ref 7KQ2 MX4D ??',
    'is the electrician definitely coming thurs',
    'how much longer for the part',
  ])('"%s" asks', (text) => {
    expect(readStatusAsk(text).asks).toBe(true);
  });

  it.each([
    'when i turn the hot tap on the pipes bang',
    'still no heating since last night, boiler says F28',
    'can i change my appointment to friday',
    'cancel the visit tmrw pls',
    'what time does the office shut on saturday',
    'how do i pay my rent',
    'when it rains the bedroom window leaks',
    'the neighbours are playing music again',
    'yes',
    'NN1 4AB flat 3',
    'the plumber came today, brilliant job thank you ref 7KQ2MX4D',
  ])('"%s" does not', (text) => {
    expect(readStatusAsk(text).asks).toBe(false);
  });
});

describe('references named', () => {
  it('reads a reference however it is typed', () => {
    for (const text of ['ref 7kq2mx4d', 'job no 7KQ2-MX4D', '7kq2 mx4d still not done', 'reference: 7KQ2MX4D.']) {
      expect(referencesIn(text)).toEqual(['7KQ2MX4D']);
    }
  });

  it('does not take two words, a postcode or a phone number for one', () => {
    expect(referencesIn('chasing the report from last month')).toEqual([]);
    expect(referencesIn('NN1 4AB')).toEqual([]);
    expect(referencesIn('call me on 07700 900123')).toEqual([]);
  });

  it('is sure of a reference with a digit or after "ref", not of a word in capitals', () => {
    expect(readStatusAsk('any update on ref GSYUJPAZ').surely).toEqual(['GSYUJPAZ']);
    expect(readStatusAsk('ANY NEWS ON THE TUESDAYS VISIT').surely).toEqual([]);
  });
});

describe('the answer', () => {
  it('is GSM-7, so it costs the tenant no more than it must', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    const visit = { startsAt: '2026-11-24T08:00:00Z', endsAt: '2026-11-24T12:00:00Z' };
    const cases: CaseNews[] = [
      ...(['booked', 'en-route', 'completed', 'no-access'] as const).map((status, i) => ({
        reference: `ABCD234${i + 5}`,
        kind: 'repair',
        summary: 'tap drips',
        closed: false,
        dueBy: null,
        visit: { status, ...visit },
      })),
      { reference: 'ABCD2349', kind: 'complaint', summary: 'rude', closed: false, dueBy: '2026-12-07T17:00:00Z', visit: null },
      { reference: 'ABCD2352', kind: 'asb', summary: 'noise', closed: true, dueBy: null, visit: null },
    ];
    const news = STATUS_COPY.news(cases, now, 'CHANGE', true);
    expect(smsSize(news).encoding).toBe('GSM-7');
    expect(smsSize(STATUS_COPY.notFound(['ABCD2345'], '0300 330 7003')).encoding).toBe('GSM-7');
  });
});
