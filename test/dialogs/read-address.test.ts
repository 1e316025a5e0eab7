// Reading the reply to "please reply with your postcode and door number" as tenants send
// it from basic phones: any case, no space, the door number before or after, a flat and a
// street thrown in, the letter O for a zero.
import { describe, expect, it } from 'vitest';
import { readAddress } from '../../dialogs/read-address.js';
import { readReply } from '../../dialogs/read-reply.js';
import { openPrompt } from '../../dialogs/render.js';

describe('a postcode and door are picked out of the reply', () => {
  it.each([
    ['NE1 4XY', 'NE1 4XY', null],
    ['ne14xy', 'NE1 4XY', null],
    ['12 ne1 4xy', 'NE1 4XY', '12'],
    ['12ne14xy', 'NE1 4XY', '12'],
    ['NE1 4XY no 12', 'NE1 4XY', '12'],
    ['No.12 NE1-4XY', 'NE1 4XY', '12'],
    ['number 7, EC1A 1BB', 'EC1A 1BB', '7'],
    ['flat 3, 10 high st NE1 4XY', 'NE1 4XY', 'Flat 3, 10'],
    ['Flat 3b ne1 4xy', 'NE1 4XY', 'Flat 3B'],
    ['apt 4 b33 8th', 'B33 8TH', 'Apartment 4'],
    ['SW1A 1AA 10', 'SW1A 1AA', '10'],
    ['m1 1ae 22a', 'M1 1AE', '22A'],
    ['ne1 oxy 12', 'NE1 0XY', '12'],
    ['rose cottage, NE1 4XY', 'NE1 4XY', 'Rose Cottage'],
    ['my postcode is ne1 4xy and its number 12', 'NE1 4XY', '12'],
    ['12 high street NE1 4XY', 'NE1 4XY', '12'],
  ])('"%s" is %s, door %s', (text, postcode, door) => {
    expect(readAddress(text)).toMatchObject({ postcode, door });
  });

  it('keeps the whole reply, trimmed, for staff to check', () => {
    expect(readAddress('  flat 3, 10 high st NE1 4XY \n')?.text).toBe('flat 3, 10 high st NE1 4XY');
  });

  it('does not take a street for a house name', () => {
    expect(readAddress('high street NE1 4XY')?.door).toBeNull();
  });

  it('does not take polite words for a house name', () => {
    expect(readAddress('its NE1 4XY thanks')?.door).toBeNull();
  });
});

describe('a reply with no postcode reads as none', () => {
  it.each(['12 high street', '', '   ', 'my boiler is broken', '07700 900123', 'i can smell gas', 'NE1', '4XY 12', 'skip'])('"%s"', (text) => {
    expect(readAddress(text)).toBeNull();
  });
});

describe('the address question', () => {
  it('stays open for the next reply, even after safety advice', () => {
    expect(openPrompt([{ key: 'repair.quote' }, { key: 'identity.askAddress' }])).toBe('identity.askAddress');
    expect(openPrompt([{ key: 'identity.askAddressAgain' }, { key: 'safety.advice' }])).toBe('identity.askAddressAgain');
  });

  it('is the only time a reply is read as an address', () => {
    expect(readReply('12 ne14xy', 'identity.askAddress').address).toMatchObject({ postcode: 'NE1 4XY', door: '12' });
    expect(readReply('12 ne14xy', 'identity.askAddressAgain').address).toMatchObject({ postcode: 'NE1 4XY' });
    expect(readReply('12 ne14xy', 'conversation.menu').address).toBeNull();
    expect(readReply('12 ne14xy', null).address).toBeNull();
  });

  it('reads SKIP as a skip, with no address', () => {
    expect(readReply('SKIP', 'identity.askAddress')).toMatchObject({ skip: true, address: null });
  });
});
