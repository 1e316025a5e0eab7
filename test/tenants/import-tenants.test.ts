// Loading the list into every store: what the assistant then knows about a number.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { importTenants } from '../../src/tenants/import-tenants.js';
import { parseTenantCsv } from '../../src/tenants/tenant-csv.js';
import { allStoreKinds } from '../support/stores.js';

const HEADER = 'tenancy_ref,name,address,postcode,phones,vulnerabilities';
const AT = new Date('2026-11-23T10:00:00Z');
const sms = (address: string) => ({ channel: 'sms', address });

function csv(...rows: string[]) {
  const result = parseTenantCsv([HEADER, ...rows].join('\n'));
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe.each(allStoreKinds())('importTenants on the $name store', (kind) => {
  // One store per kind (PGlite takes seconds to start): each test uses its own refs and numbers.
  let store: Store;
  beforeAll(async () => {
    store = await kind.open();
  }, 60_000);
  afterAll(() => store.close());

  it('finds the tenancy by every number listed for it', async () => {
    await importTenants(store, csv('A-1,Kelly Pattinson,27 Row,NE6 3TB,07700 900102 | 07700 900103,hearing impaired'), AT);
    for (const number of ['+447700900102', '+447700900103']) {
      expect(await store.findTenant(sms(number))).toMatchObject({
        tenancyRef: 'A-1',
        name: 'Kelly Pattinson',
        addressLine: '27 Row',
        postcode: 'NE6 3TB',
        vulnerabilities: ['hearing impaired'],
      });
    }
    expect(await store.findTenant(sms('+447700900199'))).toBeNull();
  });

  it('updates on a second import instead of adding the tenancies again', async () => {
    const before = await store.countTenants();
    const first = await importTenants(store, csv('B-1,Joan Robson,1 Row,NE1 1AA,07700 900201,', 'B-2,Arthur Bell,2 Row,NE1 1AB,07700 900202,'), AT);
    expect(first).toEqual({ inserted: 2, updated: 0, skipped: 0, errors: [] });
    const second = await importTenants(
      store,
      csv(
        'B-1,Joan Robson-Hall,1 Row,NE1 1AA,07700 900201,mobility',
        'B-2,Arthur Bell,2 Row,NE1 1AB,07700 900202,',
        'B-3,Priya Sharma,3 Row,NE1 1AD,07700 900205,',
      ),
      AT,
    );
    expect(second).toEqual({ inserted: 1, updated: 2, skipped: 0, errors: [] });
    expect(await store.countTenants()).toBe(before + 3);
    expect(await store.findTenant(sms('+447700900201'))).toMatchObject({ name: 'Joan Robson-Hall', vulnerabilities: ['mobility'] });
  });

  it('moves a number to the tenancy that lists it now, and forgets a number no longer listed', async () => {
    await importTenants(store, csv('C-1,Joan Robson,1 Row,NE1 1AA,07700 900301; 07700 900311,', 'C-2,Arthur Bell,2 Row,NE1 1AB,07700 900302,'), AT);
    await importTenants(store, csv('C-1,Joan Robson,1 Row,NE1 1AA,07700 900311,', 'C-2,Arthur Bell,2 Row,NE1 1AB,07700 900302; 07700 900301,'), AT);
    expect((await store.findTenant(sms('+447700900301')))?.tenancyRef).toBe('C-2');
    expect((await store.findTenant(sms('+447700900311')))?.tenancyRef).toBe('C-1');
    expect((await store.findTenant(sms('+447700900302')))?.tenancyRef).toBe('C-2');
    await importTenants(store, csv('C-2,Arthur Bell,2 Row,NE1 1AB,07700 900302,'), AT);
    expect(await store.findTenant(sms('+447700900301'))).toBeNull();
  });

  it('loads the good rows and counts the skipped ones, not their errors', async () => {
    const before = await store.countTenants();
    const result = await importTenants(
      store,
      csv('D-1,Joan Robson,1 Row,NE1 1AA,07700 900401,', 'D-2,,2 Row,XYZ,07700 900402,', 'D-3,Priya Sharma,3 Row,NE1 1AD,0770,'),
      AT,
    );
    expect(result).toMatchObject({ inserted: 1, updated: 0, skipped: 2 });
    expect(result.errors.map((e) => e.line)).toEqual([3, 3, 4]);
    expect(await store.countTenants()).toBe(before + 1);
    expect(await store.findTenant(sms('+447700900402'))).toBeNull();
  });
});
