// The staff console as assistive technology sees it, for the browser tests: the queue's
// three tables (each named by its section's heading), a row by what it says, the
// conversation's transcript, and what the focused element is and whether it shows.
import type { Locator, Page } from 'playwright-core';

/** The queue's sections, by their headings. */
export type QueueSection = 'Needs a person' | 'With staff' | 'With the assistant';

/** One section's table (aria-labelledby its heading, "Needs a person (1)"). */
export const queueTable = (p: Page, section: QueueSection): Locator => p.getByRole('table', { name: new RegExp(`^${section} \\(\\d+\\)$`) });

/** The rows of a section's table that hold these words (a phone number, "Web chat"). */
export const queueRow = (p: Page, section: QueueSection, text: string | RegExp): Locator => queueTable(p, section).getByRole('row').filter({ hasText: text });

/** The transcript's messages, in order (the list the live stream swaps in). */
export const transcriptItems = (p: Page): Locator => p.locator('#transcript').getByRole('listitem');

/** A transcript message holding these words. */
export const transcriptSays = (p: Page, text: string | RegExp): Locator => transcriptItems(p).filter({ hasText: text });

export interface Focused {
  tag: string;
  /** Its accessible text, near enough: a link's or button's words, a select's label. */
  name: string;
  href: string | null;
  /** An outline (or, for the skip link, its own colours) a sighted keyboard user sees. */
  outline: string;
  /** On screen: inside the viewport. */
  onScreen: boolean;
}

/** Run in the page: the focused element, what it is called, and how its focus shows. */
const FOCUSED = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const label = el.id ? document.querySelector('label[for="' + el.id + '"]') : null;
  const r = el.getBoundingClientRect();
  return {
    tag: el.tagName.toLowerCase(),
    name: ((label ? label.textContent : el.textContent) || '').trim().replace(/\\s+/g, ' '),
    href: el.getAttribute('href'),
    outline: style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0 ? '' : style.outlineStyle + ' ' + style.outlineWidth + ' ' + style.outlineColor,
    onScreen: r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
  };
})()`;

export const focused = (p: Page): Promise<Focused | null> => p.evaluate<Focused | null>(FOCUSED);

/** Marks the document, so a later check can tell it is the same one (nothing reloaded it). */
export async function markDocument(p: Page): Promise<string> {
  const mark = `m${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  await p.evaluate(`window.__testMark = ${JSON.stringify(mark)}`);
  return mark;
}

/** True when the page still shows the document markDocument marked. */
export const sameDocument = async (p: Page, mark: string): Promise<boolean> => (await p.evaluate<string | undefined>('window.__testMark')) === mark;

/** One measure on the reports page: its section, named by its heading ("Handoffs and takeovers"). */
export const reportSection = (p: Page, title: string): Locator => p.getByRole('region', { name: title, exact: true });

/** A measure's table of figures (its caption says "<title>: the figures"). */
export const figuresTable = (p: Page, title: string): Locator => p.getByRole('table', { name: `${title}: the figures`, exact: true });

/** A row of a measure's table as staff read it: the bar, then its cells (Value, [Of which, Out of,] Cases). */
export interface FigureRow {
  bar: string;
  cells: string[];
}

/** The rows of a measure's table, read from the cells. */
export async function figureRows(p: Page, title: string): Promise<FigureRow[]> {
  const rows = await figuresTable(p, title).locator('tbody').getByRole('row').all();
  const read: FigureRow[] = [];
  for (const row of rows) {
    const bar = (await row.getByRole('rowheader').allInnerTexts()).map((t) => t.trim());
    const cells = (await row.getByRole('cell').allInnerTexts()).map((t) => t.trim());
    read.push({ bar: bar[0] ?? '', cells });
  }
  return read;
}

/** How far the page is wider than its window, and the widest things that stick out past its right edge. */
export interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  /** Elements whose right edge is past the window's, widest first: "table.figures 812px". */
  culprits: string[];
}

const OVERFLOW = `(() => {
  const root = document.documentElement;
  const width = root.clientWidth;
  const culprits = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.right > width + 1) culprits.push({ what: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.classList.length ? '.' + [...el.classList].join('.') : ''), right: Math.round(r.right) });
  }
  culprits.sort((a, b) => b.right - a.right);
  return { scrollWidth: root.scrollWidth, clientWidth: width, culprits: culprits.slice(0, 8).map((c) => c.what + ' to ' + c.right + 'px') };
})()`;

export const overflow = (p: Page): Promise<Overflow> => p.evaluate<Overflow>(OVERFLOW);

/** Whether the element's box lies across the window's width (not cut off left or right), and where it is. */
export async function acrossWindow(p: Page, locator: Locator): Promise<{ inside: boolean; box: string }> {
  const box = await locator.boundingBox();
  const width = p.viewportSize()?.width ?? 0;
  if (!box) return { inside: false, box: 'no box' };
  return { inside: box.x >= 0 && box.x + box.width <= width + 1, box: `x ${Math.round(box.x)} to ${Math.round(box.x + box.width)} of ${width}` };
}
