// A message not in English is offered an interpreter and a person; one in English, however
// it is spelt, is never mistaken for another language.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { notEnglish } from '../../src/triage/language.js';

describe('a message not in English', () => {
  it.each([
    ['Dzień dobry, nie mam ciepłej wody od wczoraj, proszę o pomoc', 'pol'],
    ['Mae gen i broblem gyda fy boeler, does dim dŵr poeth', 'cym'],
    // One word that is also English ("to" is a roof in Welsh) does not make it English.
    ["Bore da, mae'r to yn gollwng dŵr i mewn i'r llofft", 'cym'],
    ['Salaan, guriga waxaa ku jira biyo badan', 'som'],
    ['مرحبا، الجيران يصرخون علينا كل ليلة', 'arb'],
  ])('"%s" is %s', (text, code) => {
    expect(notEnglish(text)).toBe(code);
  });

  it.each(['Я не розумію англійську', 'میرے گھر کی ہیٹنگ کام نہیں کر رہی', 'আমার রান্নাঘরের জানালা ভেঙে গেছে'])(
    '"%s", in another script, is never read as English',
    (text) => {
      expect(notEnglish(text)).not.toBeNull();
    },
  );
});

describe('English, as tenants and landlords write it', () => {
  it.each(['me mam says the boyler is knackered', 'bostin job duck ta', 'Missing bath panel', 'Urinating in stairwells', 'kitchen tap drippin', 'leak', 'hi'])(
    '"%s" is English',
    (text) => {
      expect(notEnglish(text)).toBeNull();
    },
  );

  it('reads none of the 1,300 English texts of the triage sets as another language', () => {
    const texts = ['a', 'b', 'c', 'd', 'e', 'f'].flatMap((set) =>
      readFileSync(new URL(`../../eval/set-${set}.jsonl`, import.meta.url), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as { text: string }).text),
    );
    expect(texts.length).toBeGreaterThan(1_200);
    expect(texts.filter((t) => notEnglish(t) !== null)).toEqual([]);
  });
});
