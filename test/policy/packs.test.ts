// The packs are the promises the assistant makes to tenants. These tests hold each pack to the
// landlord's own words (every citation is checked against the document line it names), to the
// ASB catalogue, and to SMS-safe text, and check that a broken pack is refused with a message a
// landlord can act on.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify as toYaml } from 'yaml';
import { PACK_IDS, PolicyError, loadPolicy, parsePolicyFile } from '../../src/policy/load-policy.js';
import type { PolicyPack, Source } from '../../src/policy/policy.schema.js';
import { ASB_CATEGORY_IDS } from '../../src/triage/triage.types.js';
import { isGsm7Basic } from '../../dialogs/gsm7.js';

const SOURCES_DIR = fileURLToPath(new URL('../../src/policy/sources/', import.meta.url));
const PACKS_DIR = fileURLToPath(new URL('../../src/policy/packs/', import.meta.url));
const SHIPPED = ['housing-plus', 'nph', 'papworth'];

// One character outside the GSM-7 basic set turns a whole SMS into UCS-2; the extension
// characters ([ ] { } ^ ~ \ | and the euro) cost two each.
const notGsm7 = (text: string): string[] => [...text].filter((ch) => !isGsm7Basic(ch));

const isSource = (v: unknown): v is Source => typeof v === 'object' && v !== null && 'file' in v && 'line' in v && 'quote' in v;

/** Every citation anywhere in the pack, with where it sits. */
function citations(node: unknown, path = ''): { path: string; source: Source }[] {
  if (isSource(node)) return [{ path, source: node }];
  if (Array.isArray(node)) return node.flatMap((child, i) => citations(child, `${path}.${i}`));
  if (typeof node === 'object' && node !== null) {
    return Object.entries(node).flatMap(([key, child]) => citations(child, path ? `${path}.${key}` : key));
  }
  return [];
}

/** Every string the pack holds outside its citations (quotes are verbatim and may use curly quotes). */
function texts(node: unknown, path = ''): { path: string; text: string }[] {
  if (typeof node === 'string') return [{ path, text: node }];
  if (isSource(node)) return [];
  if (Array.isArray(node)) return node.flatMap((child, i) => texts(child, `${path}.${i}`));
  if (typeof node === 'object' && node !== null) {
    return Object.entries(node).flatMap(([key, child]) => texts(child, path ? `${path}.${key}` : key));
  }
  return [];
}

/** Every `words` string: what the assistant says to a tenant word for word. */
const wordsOf = (pack: PolicyPack) => texts(pack).filter((t) => t.path.endsWith('words'));

const normalise = (s: string) => s.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();

const lines = new Map<string, string[]>();
function documentLines(file: string): string[] | undefined {
  if (!lines.has(file)) {
    const path = join(SOURCES_DIR, file);
    if (!existsSync(path)) return undefined;
    lines.set(file, readFileSync(path, 'utf8').split(/\r?\n/));
  }
  return lines.get(file);
}

const tmp = mkdtempSync(join(tmpdir(), 'doorstep-policy-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('shipped policy packs', () => {
  it('lists every shipped landlord', () => {
    expect([...PACK_IDS]).toEqual(expect.arrayContaining(SHIPPED));
  });

  describe.each(SHIPPED)('%s', (id) => {
    const pack = loadPolicy(id);

    it('loads and names its landlord', () => {
      expect(pack.id).toBe(id);
      expect(pack.landlord.name.length).toBeGreaterThan(0);
      expect(loadPolicy(id)).toBe(pack);
    });

    it('quotes its landlord word for word: every citation is found on the line it names', () => {
      const found = citations(pack);
      expect(found.length).toBeGreaterThan(10);
      const wrong: string[] = [];
      for (const { path, source } of found) {
        const doc = documentLines(source.file);
        if (!doc) {
          wrong.push(`${path}: no document ${source.file} in src/policy/sources`);
          continue;
        }
        const line = doc[source.line - 1];
        if (line === undefined) {
          wrong.push(`${path}: ${source.file} has no line ${source.line}`);
        } else if (!normalise(line).includes(normalise(source.quote))) {
          wrong.push(`${path}: ${source.file}:${source.line} does not contain "${source.quote}"`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it('puts every kind of ASB in exactly one grade', () => {
      const known = new Set<string>(ASB_CATEGORY_IDS);
      for (const category of ASB_CATEGORY_IDS) {
        const grades = pack.asb.grades.filter((g) => g.categories.includes(category)).map((g) => g.id);
        expect(grades, `${category} in ${id}`).toHaveLength(1);
      }
      const unknown = pack.asb.grades.flatMap((g) => g.categories).filter((c) => !known.has(c));
      expect(unknown).toEqual([]);
    });

    it('says nothing that would turn an SMS into UCS-2 or cost double', () => {
      const bad = texts(pack)
        // A staff reply's {fields} are filled in before it is sent: the braces never go.
        .map(({ path, text }) => ({ path, chars: notGsm7(path.startsWith('staffReplies') ? text.replace(/\{[a-z]+\}/g, '') : text) }))
        .filter((t) => t.chars.length > 0)
        .map((t) => `${t.path}: ${JSON.stringify(t.chars.join(''))}`);
      expect(bad).toEqual([]);
    });

    it('keeps every quoted promise within two SMS segments', () => {
      const long = wordsOf(pack)
        .filter((w) => w.text.length > 306)
        .map((w) => w.path);
      expect(wordsOf(pack).length).toBeGreaterThan(5);
      expect(long).toEqual([]);
    });

    it('never lets a special repair line slow down an emergency', () => {
      for (const p of pack.repairs.priorities.filter((p) => p.matchTags?.length)) {
        expect(p.forTiers, `${p.id} must say which tiers it applies to`).toBeDefined();
        expect(p.forTiers, `${p.id} applies to emergencies`).not.toContain('emergency');
      }
      const emergency = pack.repairs.priorities.find((p) => p.id === pack.repairs.tierMap.emergency);
      expect(emergency?.tier).toBe('emergency');
    });

    it('records the choices it made beyond the document', () => {
      expect(pack.decisions.length).toBeGreaterThan(3);
    });
  });

  it('quotes the agreed grade for all-night party music', () => {
    const gradeOf = (id: string) => loadPolicy(id).asb.grades.find((g) => g.categories.includes('noise'));
    expect(gradeOf('nph')).toMatchObject({ label: 'Grade 2 (community)', contact: { amount: 3, unit: 'working-days' } });
    expect(gradeOf('papworth')).toMatchObject({ id: 'medium', contact: { amount: 5, unit: 'working-days' } });
  });
});

describe('refusing a bad pack', () => {
  const nphText = readFileSync(join(PACKS_DIR, 'nph.json'), 'utf8');

  it('names the file and the failing field', () => {
    const broken = JSON.parse(nphText) as { repairs: { priorities: { target: { amount: unknown } }[] } };
    broken.repairs.priorities[0]!.target.amount = '24';
    const file = join(tmp, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    let error: unknown;
    try {
      parsePolicyFile(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as PolicyError).code).toBe('POLICY_INVALID');
    expect((error as PolicyError).message).toBe(`${file}: repairs.priorities.0.target.amount: Invalid input: expected number, received string`);
  });

  it('lists every failing field, not just the first', () => {
    const broken = JSON.parse(nphText) as { officeHours: { open: string }; repairs: { tierMap: Record<string, string> } };
    broken.officeHours.open = '9am';
    broken.repairs.tierMap.urgent = 'no-such-priority';
    const file = join(tmp, 'two-faults.json');
    writeFileSync(file, JSON.stringify(broken));
    expect(() => parsePolicyFile(file)).toThrow(/officeHours\.open: expected HH:MM/);
    expect(() => parsePolicyFile(file)).toThrow(/repairs\.tierMap\.urgent: names priority "no-such-priority"/);
  });

  it('says when a file is not valid JSON', () => {
    const file = join(tmp, 'truncated.json');
    writeFileSync(file, nphText.slice(0, 200));
    expect(() => parsePolicyFile(file)).toThrow(`${file}: not valid JSON`);
  });

  it('reads a YAML pack with the same rules', () => {
    const good = join(tmp, 'nph.yaml');
    writeFileSync(good, toYaml(JSON.parse(nphText)));
    expect(parsePolicyFile(good)).toEqual(loadPolicy('nph'));

    const bad = join(tmp, 'bad.yml');
    writeFileSync(bad, toYaml({ ...JSON.parse(nphText), officeHours: undefined }));
    expect(() => parsePolicyFile(bad)).toThrow(`${bad}: officeHours:`);
  });

  it('names the known packs when asked for one that does not exist', () => {
    let error: unknown;
    try {
      loadPolicy('acme-homes');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as PolicyError).code).toBe('POLICY_NOT_FOUND');
    for (const id of SHIPPED) expect((error as PolicyError).message).toContain(id);
    expect((error as PolicyError).message).toContain('acme-homes');
  });
});

describe('what a pack leaves unsaid', () => {
  it('gets the schema’s defaults: reminders at 18:00, the survey an hour after to everyone, CHANGE, quiet 20:00 to 08:00, warnings at 75%', () => {
    const raw = JSON.parse(readFileSync(join(PACKS_DIR, 'nph.json'), 'utf8')) as Record<string, Record<string, unknown>>;
    for (const field of ['dayBeforeAt', 'surveyDelayMinutes', 'surveyShare', 'changeKeyword']) delete raw.appointments![field];
    delete raw.quietHours;
    delete raw.slaWarnShare;
    const dir = mkdtempSync(join(tmpdir(), 'doorstep-defaults-'));
    try {
      const path = join(dir, 'quiet.json');
      writeFileSync(path, JSON.stringify(raw));
      const pack = parsePolicyFile(path);
      expect(pack.appointments).toMatchObject({ dayBeforeAt: '18:00', surveyDelayMinutes: 60, surveyShare: 1, changeKeyword: 'CHANGE' });
      expect(pack.quietHours).toEqual({ start: '20:00', end: '08:00' });
      expect(pack.slaWarnShare).toBe(0.75);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
