import { describe, expect, it } from 'vitest';
import { readChoice, readClosing, readCommand, readYesNo } from '../../dialogs/read-reply.js';

describe('commands work at any point', () => {
  it.each([
    ['MENU', 'menu'],
    ['start again', 'restart'],
    ['Start over', 'restart'],
    ['help', 'help'],
    ['HELP!', 'help'],
    ['speak to a person', 'agent'],
    ['can i speak to someone please', 'agent'],
    ['real person', 'agent'],
    ['put me through to Karen my housing officer', 'agent'],
    ['id prefer a real member of staff to deal with this', 'agent'],
  ])('"%s" is %s', (text, command) => {
    expect(readCommand(text)).toBe(command);
  });

  it.each(['help my roof is leaking', 'the menu on the website is broken', 'someone kicked my door in', 'i would prefer a morning visit'])(
    '"%s" is not a command',
    (text) => {
      expect(readCommand(text)).toBeNull();
    },
  );
});

describe('YES and NO', () => {
  it.each([
    ['yes', 'yes'],
    ['Y', 'yes'],
    ['yeah', 'yes'],
    ['Yes it is', 'yes'],
    ['👍', 'yes'],
    ['no', 'no'],
    ['nope', 'no'],
    ['No, it is in the kitchen only', 'no'],
    ['nah', 'no'],
    ['naa its fine ill sort it with the bank', 'no'],
    ['its fine thanks', 'no'],
    ['no need', 'no'],
    ['no but i can smell gas now', 'no'],
    ['yes and the kids are scared', 'yes'],
  ])('"%s" is %s', (text, answer) => {
    expect(readYesNo(text)).toBe(answer);
  });

  it('"no heating since friday" is a description, not an answer', () => {
    expect(readYesNo('no heating since friday and the kids are cold')).toBeNull();
  });

  it('"nan" and "naomi" are words, not a no', () => {
    expect(readYesNo('nan is staying with us')).toBeNull();
    expect(readYesNo('naomi will be in')).toBeNull();
  });

  // Tenants answer with force, with reasons, and with the question's own verb.
  it.each([
    ['yes i flipping do', 'yes'],
    ['too right we do', 'yes'],
    ['course i would', 'yes'],
    ['absolutely yes', 'yes'],
    ['deffo', 'yes'],
    ['yes because nobody came on tuesday', 'yes'],
    ['yeah my mum is 90 and lives with me', 'yes'],
    ['i want to make it formal', 'yes'],
    ['there is', 'yes'],
    ['nah im alright thanks', 'no'],
    ['no way', 'no'],
    ['not at all', 'no'],
    ['no we are all fine', 'no'],
    ['no thanks mate', 'no'],
    ['leave it', 'no'],
    ['i do not', 'no'],
  ])('"%s" is %s', (text, answer) => {
    expect(readYesNo(text)).toBe(answer);
  });

  it.each(['no hot water at all', 'no electric in the kitchen', 'dont know', 'not sure', 'i am locked out', 'it is leaking again', 'right'])(
    '"%s" is neither: a report, or not an answer',
    (text) => {
      expect(readYesNo(text)).toBeNull();
    },
  );
});

describe('menus accept the number and the words', () => {
  it.each([
    ['1', 'repair'],
    ['2.', 'asb'],
    ['option 3', 'feedback'],
    ['a complaint', 'feedback'],
    ['speak to a person', 'person'],
    ['2 please', 'asb'],
    ['number 4 thanks', 'question'],
  ])('main menu: "%s" chooses %s', (text, option) => {
    expect(readChoice(text, 'conversation.menu')).toBe(option);
  });

  it('a number past the end of the menu chooses nothing', () => {
    expect(readChoice('9', 'conversation.menu')).toBeNull();
  });

  it('words that fit two options choose neither', () => {
    expect(readChoice('i want to complain about a repair', 'conversation.menu')).toBeNull();
  });

  it('a word inside a longer phrase another option names does not count', () => {
    expect(readChoice('me and my 2 kids', 'asb.askAffected')).toBe('my household');
    expect(readChoice('just me', 'asb.askAffected')).toBe('just me');
    expect(readChoice('me and the neighbours', 'asb.askAffected')).toBeNull();
  });

  it('reads the location menu by words', () => {
    expect(readChoice('its in the lounge', 'repair.askLocation')).toBe('living room');
    expect(readChoice('upstairs landing', 'repair.askLocation')).toBe('hall or stairs');
  });

  it('with no menu open, a number is just a number', () => {
    expect(readChoice('2', null)).toBeNull();
  });
});

describe('a polite close is not a new need', () => {
  it.each(['thanks', 'no thats all thanks', 'Thank you so much!', 'cheers x', 'nothing else thanks', 'ok thanks bye'])('"%s" closes', (text) => {
    expect(readClosing(text)).toBe(true);
  });

  it.each(['thank you so much the plumber was brilliant', 'my boiler is broken thanks', 'no'])('"%s" does not', (text) => {
    expect(readClosing(text)).toBe(false);
  });
});
