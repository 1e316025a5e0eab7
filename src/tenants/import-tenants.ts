// Loads parsed tenancy rows into the store. The tenancy reference is the key, so loading
// the same list again updates each tenancy in place, and a number listed under a different
// tenancy than before moves to it (numbers change hands).
import type { Store } from '../store/store.js';
import type { RowError, TenantRow } from './tenant-csv.js';

export interface ImportResult {
  inserted: number;
  updated: number;
  /** Rows left out: one per line with errors. */
  skipped: number;
  errors: RowError[];
}

export async function importTenants(store: Store, parsed: { rows: TenantRow[]; errors: RowError[] }, at: Date): Promise<ImportResult> {
  let inserted = 0;
  let updated = 0;
  for (const { tenant } of parsed.rows) {
    if ((await store.upsertTenant(tenant, at)) === 'inserted') inserted++;
    else updated++;
  }
  const errors = [...parsed.errors].sort((a, b) => a.line - b.line);
  return { inserted, updated, skipped: new Set(errors.map((e) => e.line)).size, errors };
}
