// A mobile number and a one-time code as tenants type them into a chat.
import { describe, expect, it } from 'vitest';
import { readCode, readMobile, showMobile } from '../../dialogs/read-contact.js';

describe('readMobile', () => {
  it.each([
    ['07700 900123', '+447700900123'],
    ['07700900123', '+447700900123'],
    ['+44 7700 900123', '+447700900123'],
    ['+447700900123', '+447700900123'],
    ['0044 7700 900 123', '+447700900123'],
    ['(07700) 900-123', '+447700900123'],
    ['yes its 07700 900123 thanks', '+447700900123'],
    ['my mobile is 07911 123456', '+447911123456'],
    ['0 7 7 0 0 9 0 0 1 2 3', '+447700900123'],
    ['07700 900123, yes 07700 900123', '+447700900123'],
  ])('reads %j as %s', (text, e164) => {
    expect(readMobile(text)).toBe(e164);
  });

  it.each([
    ['a landline', '0191 498 0000'],
    ['a London landline', '020 7946 0000'],
    ['a French mobile', '+33 6 12 34 56 78'],
    ['a premium-rate number', '09098 790000'],
    ['a freephone number', '0800 123 4567'],
    ['a mobile a digit short', '07700 90012'],
    ['a case reference', 'ref WGMSZ4B4'],
    ['a one-time code', '482913'],
    ['two different mobiles', '07700 900123 or 07700 900456'],
    ['words', 'yes please'],
  ])('takes no number from %s', (_what, text) => {
    expect(readMobile(text)).toBeNull();
  });
});

describe('readCode', () => {
  it.each([
    ['482913', '482913'],
    ['482 913', '482913'],
    ['482-913', '482913'],
    [' 004213. ', '004213'],
    ['code is 482913', '482913'],
    ['the code: 482 913', '482913'],
    ['its 06 43 29', '064329'],
    ['Your code is 760 118. It expires in 10 minutes.', '760118'],
    ['282104 got it at 10:32', '282104'],
  ])('reads %j as %s', (text, code) => {
    expect(readCode(text)).toBe(code);
  });

  it.each(['48291', '4829133', '07700 900123', '482913 or 482914', 'got it at 10:32', '1', 'yes'])('reads no code in %j', (text) => {
    expect(readCode(text)).toBeNull();
  });
});

describe('showMobile', () => {
  it('writes a UK mobile as a tenant would', () => {
    expect(showMobile('+447700900123')).toBe('07700 900123');
  });
  it('leaves anything else as it is', () => {
    expect(showMobile('+33612345678')).toBe('+33612345678');
  });
});
