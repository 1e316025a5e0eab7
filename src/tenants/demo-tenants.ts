// A small, fictional tenancy list for trying Doorstep on the embedded store: text from one
// of these numbers to be greeted as a known tenant, from any other number (the simulator's
// own, +447700900000, included) to see how an unknown number is handled. Every number is
// in Ofcom's drama range (07700 900000 to 900999), which is never given to a real phone.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Store } from '../store/store.js';
import { importTenants, type ImportResult } from './import-tenants.js';
import { parseTenantCsv } from './tenant-csv.js';

export const DEMO_TENANTS_CSV = fileURLToPath(new URL('./demo-tenants.csv', import.meta.url));

/** The demo numbers, for the README and the start-up banner; a test keeps them in step with the CSV. */
export const DEMO_NUMBERS: readonly { number: string; name: string; tenancyRef: string }[] = [
  { number: '+447700900101', name: 'Joan Robson', tenancyRef: 'NN-10234' },
  { number: '+447700900102', name: 'Kelly Pattinson', tenancyRef: 'NN-10517' },
  { number: '+447700900103', name: 'Kelly Pattinson', tenancyRef: 'NN-10517' },
  { number: '+447700900104', name: 'Arthur Bell', tenancyRef: 'NN-10882' },
  { number: '+447700900105', name: 'Priya Sharma', tenancyRef: 'NN-20145' },
  { number: '+447700900106', name: 'Michael Tait', tenancyRef: 'NN-30311' },
  { number: '+447700900107', name: 'Chloe Armstrong', tenancyRef: 'NN-40076' },
];

/** Imports the demo list. Whether to (an empty embedded store, DEMO_TENANTS) is the caller's decision. */
export async function loadDemoTenants(store: Store, at: Date): Promise<ImportResult> {
  const parsed = parseTenantCsv(readFileSync(DEMO_TENANTS_CSV));
  if (!parsed.ok) throw new Error(`The shipped demo tenancy list ${DEMO_TENANTS_CSV} cannot be read: ${parsed.message}`);
  return importTenants(store, parsed, at);
}
