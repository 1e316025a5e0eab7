// The answers a message offers, read from its own words: a numbered list ("1 Kitchen"),
// "Reply YES or NO", a score from 1 to 5. Channels with buttons show these as buttons
// (Web Chat suggested actions, Messenger quick replies); each button sends what a tenant
// would type, so a pressed button and a typed reply are read the same way.

export interface Choice {
  /** What the button says. */
  title: string;
  /** What pressing it sends: the number or word the text asks for. */
  value: string;
}

const NUMBERED = /^(\d{1,2}) (\S.*)$/;
const YES_OR_NO = /\b[Rr]eply (?:with )?YES or NO\b/;
const SCORE = /\bscore from 1\b[^\n]*\bto 5\b/i;

/** The numbered options in a text: lines "1 ...", "2 ..." counting up from 1, at least two of them. */
function numbered(text: string): Choice[] {
  const choices: Choice[] = [];
  for (const line of text.split('\n')) {
    const m = NUMBERED.exec(line.trim());
    if (m && Number(m[1]) === choices.length + 1) choices.push({ title: m[2]!.trim(), value: m[1]! });
    else if (choices.length >= 2) break;
    else choices.length = 0;
  }
  return choices.length >= 2 ? choices : [];
}

/** What a message offers to press, in the order shown; none for a message that asks for free words. */
export function choicesIn(text: string): Choice[] {
  const list = numbered(text);
  if (list.length > 0) return list;
  if (YES_OR_NO.test(text)) {
    return [
      { title: 'Yes', value: 'yes' },
      { title: 'No', value: 'no' },
    ];
  }
  if (SCORE.test(text)) return ['1', '2', '3', '4', '5'].map((n) => ({ title: n, value: n }));
  return [];
}

/** A button title cut to a channel's limit, on a word where it can be. */
export function fitTitle(title: string, max: number): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:-]+$/, '')}…`;
}
