// The tenancy list as landlords export it: what loads, what is refused, and the line the
// landlord has to fix.
import { describe, expect, it } from 'vitest';
import { formatRowError, parseTenantCsv, type TenantCsv } from '../../src/tenants/tenant-csv.js';

const HEADER = 'tenancy_ref,name,address,postcode,phones,vulnerabilities';

function parsed(text: string | Uint8Array) {
  const result: TenantCsv = parseTenantCsv(text);
  if (!result.ok) throw new Error(`expected the file to parse, got: ${result.message}`);
  return result;
}

const errorLines = (text: string) => parsed(text).errors.map(formatRowError);

describe('good rows', () => {
  it('reads a row into a tenancy with E.164 numbers, a normalised postcode and lower-case flags', () => {
    const { rows, errors } = parsed(`${HEADER}\nT-1,Joan Robson,12 Elderwick Terrace,ne6  5qx,07700 900101; +44 7700 900102,"Hearing impaired ; MOBILITY"\n`);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        tenant: {
          tenancyRef: 'T-1',
          name: 'Joan Robson',
          addressLine: '12 Elderwick Terrace',
          postcode: 'NE6 5QX',
          phones: ['+447700900101', '+447700900102'],
          vulnerabilities: ['hearing impaired', 'mobility'],
        },
      },
    ]);
  });

  it.each([
    ['07700 900123', '+447700900123'],
    ['+44 7700 900123', '+447700900123'],
    ['0044 7700 900123', '+447700900123'],
    ['+44 (0)7700 900123', '+447700900123'],
    ['07911123456', '+447911123456'],
    ['0191 498 0123', '+441914980123'],
    ['020 7946 0999', '+442079460999'],
  ])('reads the phone number %s as %s', (written, e164) => {
    expect(parsed(`${HEADER}\nT-1,A Name,1 Row,NE1 1AA,${written},\n`).rows[0]!.tenant.phones).toEqual([e164]);
  });

  it('splits numbers on | as well as ;, and lists a number written twice once', () => {
    expect(parsed(`${HEADER}\nT-1,A Name,1 Row,NE1 1AA,07700 900101 | 07700 900102 | +447700900101,\n`).rows[0]!.tenant.phones).toEqual([
      '+447700900101',
      '+447700900102',
    ]);
  });

  it('finds the columns by name in any order and case, ignoring columns it does not know', () => {
    const { rows } = parsed('Notes,PHONES,Postcode,Name,Address,Tenancy Ref\nkeys with neighbour,07700 900101,NE1 1AA,A Name,1 Row,T-9\n');
    expect(rows[0]!.tenant).toMatchObject({ tenancyRef: 'T-9', name: 'A Name', phones: ['+447700900101'], vulnerabilities: [] });
  });

  it('keeps commas inside a quoted address, and joins a quoted address written over two lines', () => {
    const { rows } = parsed(
      `${HEADER}\nT-1,A Name,"Flat 3, 12 Elderwick Terrace,\nHeaton",NE6 5QX,07700 900101,\nT-2,"Bell, Arthur",5 Row,NE6 2LR,07700 900102,\n`,
    );
    expect(rows.map((r) => [r.line, r.tenant.name, r.tenant.addressLine])).toEqual([
      [2, 'A Name', 'Flat 3, 12 Elderwick Terrace, Heaton'],
      [4, 'Bell, Arthur', '5 Row'],
    ]);
  });

  it('reads a file saved with a UTF-8 byte order mark and Windows line endings', () => {
    const text = `\uFEFF${HEADER}\r\nT-1,Zoë Hall,1 Row,NE1 1AA,07700 900101,\r\nT-2,B Name,2 Row,NE1 1AB,0770,\r\n`;
    const { rows, errors } = parsed(new TextEncoder().encode(text));
    expect(rows.map((r) => r.tenant.name)).toEqual(['Zoë Hall']);
    expect(errors.map(formatRowError)).toEqual(['line 3: phones: "0770" is not a phone number']);
  });

  it('reads a file Excel saved as plain CSV (Windows-1252), accents intact', () => {
    const bytes = Buffer.from(`${HEADER}\r\nT-1,Zoë Hall,1 Row,NE1 1AA,07700 900101,\r\n`, 'latin1');
    expect(parsed(bytes).rows[0]!.tenant.name).toBe('Zoë Hall');
  });

  it('does without a vulnerabilities column, and passes over blank rows', () => {
    const { rows, errors } = parsed('tenancy_ref,name,address,postcode,phones\n\nT-1,A Name,1 Row,NE1 1AA,07700 900101\n,,,,\n');
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.line, r.tenant.vulnerabilities])).toEqual([[3, []]]);
  });
});

describe('bad rows are reported by line and column, and left out', () => {
  const good = (ref: string, phone: string) => `${ref},A Name,1 Row,NE1 1AA,${phone},`;

  it.each([
    ['a phone that is too short', 'T-2,A Name,1 Row,NE1 1AA,0770,', 'phones: "0770" is not a phone number'],
    ['no phone at all', 'T-2,A Name,1 Row,NE1 1AA,,', 'phones: is empty: each tenancy needs at least one number'],
    ['only separators for phones', 'T-2,A Name,1 Row,NE1 1AA, ; ,', 'phones: is empty: each tenancy needs at least one number'],
    ['one good and one bad phone', 'T-2,A Name,1 Row,NE1 1AA,07700 900102; 07700 90010,', 'phones: "07700 90010" is not a phone number'],
    ['a number with an extension', 'T-2,A Name,1 Row,NE1 1AA,0191 498 0123 ext 4,', 'phones: "0191 498 0123 ext 4" has an extension: list the number alone'],
    ['a bad postcode', 'T-2,A Name,1 Row,NE1,07700 900102,', 'postcode: "NE1" is not a UK postcode'],
    ['no name', 'T-2, ,1 Row,NE1 1AA,07700 900102,', 'name: is empty'],
    ['no address', 'T-2,A Name,,NE1 1AA,07700 900102,', 'address: is empty'],
    ['no tenancy_ref', ',A Name,1 Row,NE1 1AA,07700 900102,', 'tenancy_ref: is empty'],
  ])('%s', (_kind, row, message) => {
    const result = parsed(`${HEADER}\n${good('T-1', '07700 900101')}\n${row}\n${good('T-3', '07700 900103')}\n`);
    expect(result.errors.map(formatRowError)).toEqual([`line 3: ${message}`]);
    expect(result.rows.map((r) => r.tenant.tenancyRef)).toEqual(['T-1', 'T-3']);
  });

  it('says when a spreadsheet has turned a phone number into scientific notation', () => {
    expect(errorLines(`${HEADER}\nT-1,A Name,1 Row,NE1 1AA,4.47701E+11,\n`)).toEqual([
      expect.stringMatching(/^line 2: phones: "4\.47701E\+11" is not a phone number \(a spreadsheet .* format the column as text/),
    ]);
  });

  it('lists every problem on a row, each with the same line', () => {
    expect(errorLines(`${HEADER}\nT-1,,1 Row,XYZ,0770,\n`)).toEqual([
      'line 2: name: is empty',
      'line 2: postcode: "XYZ" is not a UK postcode',
      'line 2: phones: "0770" is not a phone number',
    ]);
  });

  it('keeps the first row of a repeated tenancy_ref and reports the later one', () => {
    const result = parsed(`${HEADER}\n${good('T-1', '07700 900101')}\n${good('T-2', '07700 900102')}\n${good('T-1', '07700 900109')}\n`);
    expect(result.errors.map(formatRowError)).toEqual(['line 4: tenancy_ref: "T-1" is already on line 2']);
    expect(result.rows.map((r) => r.tenant.phones)).toEqual([['+447700900101'], ['+447700900102']]);
  });

  it('reports the later of two tenancies listing the same number, however it is written', () => {
    const result = parsed(`${HEADER}\n${good('T-1', '07700 900101')}\n${good('T-2', '+44 7700 900101')}\n`);
    expect(result.errors.map(formatRowError)).toEqual(['line 3: phones: "+44 7700 900101" is already listed for tenancy T-1 on line 2']);
    expect(result.rows.map((r) => r.tenant.tenancyRef)).toEqual(['T-1']);
  });

  it('counts lines as a text editor shows them: after blank lines and quoted fields over several lines, with CRLF', () => {
    const text = [
      HEADER,
      'T-1,A Name,"Flat 1,',
      'Heaton",NE6 5QX,07700 900101,',
      '',
      'T-2,A Name,"2 Row',
      '',
      'Heaton",NE6 5QX,0770,',
      'T-3,A Name,3 Row,NE6,07700 900103,',
      '',
    ].join('\r\n');
    expect(errorLines(text)).toEqual(['line 5: phones: "0770" is not a phone number', 'line 8: postcode: "NE6" is not a UK postcode']);
  });
});

describe('files that cannot be loaded at all', () => {
  it('names the missing columns and what the header has, and loads nothing', () => {
    const result = parseTenantCsv('ref,name,address,postcode,mobile\nT-1,A Name,1 Row,NE1 1AA,07700 900101\n');
    expect(result).toEqual({ ok: false, code: 'MISSING_COLUMNS', message: expect.stringContaining('missing the columns tenancy_ref, phones') });
    expect(!result.ok && result.message).toContain('has: ref, name, address, postcode, mobile');
  });

  it('says when the columns are separated by semicolons', () => {
    const result = parseTenantCsv('tenancy_ref;name;address;postcode;phones\nT-1;A;1 Row;NE1 1AA;07700 900101\n');
    expect(!result.ok && result.message).toMatch(/separated by semicolons or tabs: save the file as comma-separated CSV/);
  });

  it('refuses an empty file, an Excel workbook and a quote that is never closed', () => {
    expect(parseTenantCsv('')).toMatchObject({ ok: false, code: 'NO_HEADER' });
    expect(parseTenantCsv(Buffer.from('PK\u0003\u0004rest of a zip', 'latin1'))).toMatchObject({
      ok: false,
      code: 'NOT_CSV',
      message: expect.stringMatching(/Excel workbook/),
    });
    expect(parseTenantCsv(`${HEADER}\nT-1,"A Name,1 Row,NE1 1AA,07700 900101,\n`)).toMatchObject({
      ok: false,
      code: 'NOT_CSV',
      message: expect.stringMatching(/never closed/),
    });
  });
});
