// The demo list ships with the embedded default: it must load cleanly, use only numbers
// no real phone has, and give a newcomer both a known and an unknown number to try.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SIM_NUMBER } from '../../src/sim/simulator.js';
import { MemoryStore } from '../../src/store/memory.store.js';
import { DEMO_NUMBERS, DEMO_TENANTS_CSV, loadDemoTenants } from '../../src/tenants/demo-tenants.js';
import { parseTenantCsv } from '../../src/tenants/tenant-csv.js';

const parsed = parseTenantCsv(readFileSync(DEMO_TENANTS_CSV));
const rows = parsed.ok ? parsed.rows : [];

describe('the demo tenancy list', () => {
  it('parses with no errors', () => {
    expect(parsed).toMatchObject({ ok: true, errors: [] });
    expect(rows.length).toBeGreaterThanOrEqual(5);
  });

  it('lists exactly the numbers and names the README and banner show', () => {
    const fromCsv = rows.flatMap((r) => r.tenant.phones.map((number) => ({ number, name: r.tenant.name, tenancyRef: r.tenant.tenancyRef })));
    expect(fromCsv).toEqual(DEMO_NUMBERS);
  });

  it("uses only Ofcom's drama range, and leaves the simulator's number unknown", () => {
    for (const { number } of DEMO_NUMBERS) expect(number).toMatch(/^\+447700900\d{3}$/);
    expect(DEMO_NUMBERS.map((d) => d.number)).not.toContain(SIM_NUMBER);
  });

  it('has a tenancy with two numbers and one with vulnerability flags, all in Northampton (the default landlord)', () => {
    expect(rows.some((r) => r.tenant.phones.length === 2)).toBe(true);
    expect(rows.some((r) => r.tenant.vulnerabilities.length > 0)).toBe(true);
    for (const r of rows) expect(r.tenant.postcode).toMatch(/^NN\d/);
  });

  it('loads into a store so that each demo number is a known tenant', async () => {
    const store = new MemoryStore();
    expect(await loadDemoTenants(store, new Date('2026-11-23T10:00:00Z'))).toMatchObject({ inserted: rows.length, skipped: 0 });
    for (const { number, name } of DEMO_NUMBERS) expect((await store.findTenant({ channel: 'sms', address: number }))?.name).toBe(name);
    expect(await store.findTenant({ channel: 'sms', address: SIM_NUMBER })).toBeNull();
  });
});
