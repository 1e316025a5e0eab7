// Reads the landlord's tenancy list from a CSV export. Housing systems and spreadsheets
// produce these by hand or by report, so the reader is forgiving about layout (column
// order, header case, a BOM, CRLF, blank lines, Windows-1252) and strict about content:
// a row that is wrong is reported with its line in the file and left out, because a
// wrong number on the list would tell the assistant a stranger is a known tenant.
import { parse } from 'csv-parse/sync';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { DRAMA_MOBILE } from '../../dialogs/read-contact.js';
import { z } from 'zod';
import type { TenantInput } from '../store/store.js';

export const REQUIRED_COLUMNS = ['tenancy_ref', 'name', 'address', 'postcode', 'phones'] as const;
export const OPTIONAL_COLUMNS = ['vulnerabilities'] as const;
type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

/** A row that passed every check, with the line it starts on. */
export interface TenantRow {
  line: number;
  tenant: TenantInput;
}

/** One problem with one row; a row can have several. `message` starts with the column. */
export interface RowError {
  line: number;
  message: string;
}

export type TenantCsv =
  | { ok: true; rows: TenantRow[]; errors: RowError[] }
  /** Nothing in the file can be loaded: no header, missing columns, not CSV at all. */
  | { ok: false; code: 'NO_HEADER' | 'MISSING_COLUMNS' | 'NOT_CSV'; message: string };

export const formatRowError = (e: RowError): string => `line ${e.line}: ${e.message}`;

/** One number as written, to E.164, or the reason it is not a number we can text. */
export function normalisePhone(text: string): { e164: string } | { reason: string } {
  const shown = `"${text}"`;
  if (/^\d(\.\d+)?e\+?\d+$/i.test(text)) {
    return { reason: `${shown} is not a phone number (a spreadsheet has written it in scientific notation: format the column as text and export again)` };
  }
  const parsed = parsePhoneNumberFromString(text, 'GB');
  if (!parsed || !(parsed.isValid() || DRAMA_MOBILE.test(parsed.number))) return { reason: `${shown} is not a phone number` };
  if (parsed.ext) return { reason: `${shown} has an extension: list the number alone` };
  return { e164: parsed.number };
}

/** Upper case with one space before the inward code (NE6 5QX), or null if not a UK postcode. */
export function normalisePostcode(text: string): string | null {
  const compact = text.replace(/\s+/g, '').toUpperCase();
  const m = /^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$/.exec(compact);
  return m ? `${m[1]} ${m[2]}` : null;
}

/** Lines of a multi-line cell become one line, comma-separated, as an address is written. */
const oneLine = (v: string) =>
  v
    .split(/\r?\n/)
    .map((part) =>
      part
        .replace(/\s+/g, ' ')
        .replace(/[\s,]+$/, '')
        .trim(),
    )
    .filter(Boolean)
    .join(', ');

const required = z.string().transform(oneLine).pipe(z.string().min(1, 'is empty'));

// The documented separators are ; and |. Commas, slashes and line breaks inside one cell
// are what people type by hand, and no phone number contains them.
const LIST_SEPARATOR = /[;|,/\r\n]/;

const RowSchema = z.object({
  tenancy_ref: required,
  name: required,
  address: required,
  postcode: z.string().transform((v, ctx) => {
    const postcode = normalisePostcode(v);
    if (postcode) return postcode;
    ctx.addIssue({ code: 'custom', message: v.trim() ? `"${v.trim()}" is not a UK postcode` : 'is empty' });
    return z.NEVER;
  }),
  phones: z.string().transform((v, ctx) => {
    const pieces = v
      .split(LIST_SEPARATOR)
      .map((p) => p.trim())
      .filter(Boolean);
    if (pieces.length === 0) ctx.addIssue({ code: 'custom', message: 'is empty: each tenancy needs at least one number' });
    const phones: string[] = [];
    for (const piece of pieces) {
      const result = normalisePhone(piece);
      if ('reason' in result) ctx.addIssue({ code: 'custom', message: result.reason });
      else if (!phones.includes(result.e164)) phones.push(result.e164);
    }
    return phones;
  }),
  vulnerabilities: z.string().transform((v) => [
    ...new Set(
      v
        .split(/[;|,\r\n]/)
        .map((flag) => flag.replace(/\s+/g, ' ').trim().toLowerCase())
        .filter(Boolean),
    ),
  ]),
});

/** "Tenancy Ref", "TENANCY-REF" and "tenancy_ref" all name the same column. */
const columnName = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** UTF-8 (what "CSV UTF-8" exports), else Windows-1252 (what Excel's plain "CSV" writes). */
function decode(data: string | Uint8Array): string {
  if (typeof data === 'string') return data;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('windows-1252').decode(data);
  }
}

export function parseTenantCsv(data: string | Uint8Array): TenantCsv {
  if (typeof data !== 'string' && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04) {
    return { ok: false, code: 'NOT_CSV', message: 'this looks like an Excel workbook, not a CSV file: in Excel use File > Save As > "CSV UTF-8"' };
  }
  const text = decode(data).replace(/^\uFEFF/, '');

  let records: { record: string[]; info: { bytes: number } }[];
  try {
    records = parse(text, { info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    const e = error as { lines?: number; message: string; code?: string };
    const why =
      e.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'a quote mark (") opens a field that is never closed, so the rest of the file would be read as one field'
        : `line ${e.lines ?? '?'}: ${e.message.replace(/^[^:]*:\s*/, '')}`;
    return { ok: false, code: 'NOT_CSV', message: `this is not a CSV file we can read: ${why}` };
  }

  // csv-parse's own line count is off for CRLF inside quoted fields, so the line a record
  // starts on is worked out from where it ends (info.bytes) less the line breaks inside it.
  const bytes = Buffer.from(text, 'utf8');
  let scanned = 0;
  let breaks = 0;
  const startLine = (record: string[], end: number): number => {
    for (; scanned < end; scanned++) if (bytes[scanned] === 0x0a) breaks++;
    const endLine = breaks + 1 - (bytes[end - 1] === 0x0a ? 1 : 0);
    return endLine - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
  };

  const [header, ...body] = records;
  if (!header) return { ok: false, code: 'NO_HEADER', message: `the file is empty: it needs a header row naming the columns ${REQUIRED_COLUMNS.join(', ')}` };
  const headerLine = startLine(header.record, header.info.bytes);

  const index = new Map<Column, number>();
  const known = new Set<string>([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]);
  header.record.forEach((h, i) => {
    const name = columnName(h);
    if (known.has(name) && !index.has(name as Column)) index.set(name as Column, i);
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !index.has(c));
  if (missing.length > 0) {
    const found = header.record.map((h) => h.trim()).filter(Boolean);
    const hint =
      found.length === 1 && /[;\t]/.test(found[0]!) ? ' The columns look separated by semicolons or tabs: save the file as comma-separated CSV.' : '';
    return {
      ok: false,
      code: 'MISSING_COLUMNS',
      message:
        `the header row (line ${headerLine}) is missing ${missing.length === 1 ? 'the column' : 'the columns'} ${missing.join(', ')}. ` +
        `It needs ${REQUIRED_COLUMNS.join(', ')} (vulnerabilities is optional) and has: ${found.join(', ') || 'nothing'}.${hint}`,
    };
  }

  const rows: TenantRow[] = [];
  const errors: RowError[] = [];
  // The first row to claim a tenancy or a number keeps it, whether or not that row loads:
  // which of two rows is right is the landlord's call, not ours.
  const refs = new Map<string, number>();
  const phoneOwners = new Map<string, { ref: string; line: number }>();

  for (const { record, info } of body) {
    const line = startLine(record, info.bytes);
    if (record.every((cell) => cell.trim() === '')) continue;
    const cell = (c: Column) => {
      const i = index.get(c);
      return i === undefined ? '' : (record[i] ?? '');
    };
    const result = RowSchema.safeParse(Object.fromEntries([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].map((c) => [c, cell(c)])));
    const rowErrors: string[] = [];
    if (!result.success) for (const issue of result.error.issues) rowErrors.push(`${String(issue.path[0])}: ${issue.message}`);

    const ref = oneLine(cell('tenancy_ref'));
    const firstLine = ref ? refs.get(ref) : undefined;
    if (firstLine !== undefined) rowErrors.unshift(`tenancy_ref: "${ref}" is already on line ${firstLine}`);
    else if (ref) {
      refs.set(ref, line);
      for (const piece of cell('phones')
        .split(LIST_SEPARATOR)
        .map((p) => p.trim())
        .filter(Boolean)) {
        const phone = normalisePhone(piece);
        if (!('e164' in phone)) continue;
        const owner = phoneOwners.get(phone.e164);
        if (!owner) phoneOwners.set(phone.e164, { ref, line });
        else if (owner.ref !== ref) rowErrors.push(`phones: "${piece}" is already listed for tenancy ${owner.ref} on line ${owner.line}`);
      }
    }

    if (rowErrors.length > 0 || !result.success) {
      for (const message of rowErrors) errors.push({ line, message });
      continue;
    }
    const r = result.data;
    rows.push({
      line,
      tenant: { tenancyRef: r.tenancy_ref, name: r.name, addressLine: r.address, postcode: r.postcode, phones: r.phones, vulnerabilities: r.vulnerabilities },
    });
  }
  return { ok: true, rows, errors };
}
