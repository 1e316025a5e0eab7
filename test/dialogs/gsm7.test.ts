import { describe, expect, it } from 'vitest';
import { isGsm7, smsSize, toGsm7 } from '../../dialogs/gsm7.js';

describe('SMS sizing', () => {
  it('160 plain characters are one segment, 161 are two', () => {
    expect(smsSize('a'.repeat(160))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(smsSize('a'.repeat(161)).segments).toBe(2);
  });

  it('one curly apostrophe turns a text into UCS-2 and triples its segments', () => {
    const plain = "We'll attend ".repeat(12);
    const curly = plain.replace("'", '\u2019');
    expect(smsSize(plain)).toMatchObject({ encoding: 'GSM-7', segments: 1 });
    expect(smsSize(curly)).toMatchObject({ encoding: 'UCS-2', segments: 3 });
  });

  it('counts the extended characters twice', () => {
    expect(smsSize('[]').units).toBe(4);
    expect(smsSize('€').units).toBe(2);
  });
});

describe('making run-time text safe', () => {
  it('maps smart punctuation and drops emoji', () => {
    expect(toGsm7('Siobh\u00e1n \u2018Shiv\u2019 O\u2019Neill \u2013 flat 3 \ud83d\ude00')).toBe("Siobhan 'Shiv' O'Neill - flat 3");
    expect(isGsm7(toGsm7('Zo\u00eb \u201cB\u201d \u2026'))).toBe(true);
  });
});
