// The tenancy list in SQL: tenants and the contact points (phone numbers) that find them.
import type { Db } from './db.js';
import type { ConversationKey, TenantInput, TenantRecord } from './store.js';

type Row = Record<string, unknown>;

const json = (v: unknown): string => JSON.stringify(v);

export function toTenant(r: Row): TenantRecord {
  return {
    id: r.id as number,
    tenancyRef: r.tenancy_ref as string,
    name: r.name as string,
    addressLine: r.address_line as string,
    postcode: r.postcode as string,
    vulnerabilities: (r.vulnerabilities as string[]) ?? [],
  };
}

export const TENANT_BY_CONTACT = `
  select t.* from contact_points cp join tenants t on t.id = cp.tenant_id
  where cp.channel = $1 and cp.address = $2`;

export async function upsertTenant(db: Db, tenant: TenantInput, at: Date): Promise<'inserted' | 'updated'> {
  return db.transaction(async (tx) => {
    const r = await tx.query<{ id: number; inserted: boolean }>(
      `insert into tenants (tenancy_ref, name, address_line, postcode, vulnerabilities, updated_at)
       values ($1, $2, $3, $4, array(select jsonb_array_elements_text($5::jsonb)), $6)
       on conflict (tenancy_ref) do update set name = excluded.name, address_line = excluded.address_line,
         postcode = excluded.postcode, vulnerabilities = excluded.vulnerabilities, updated_at = excluded.updated_at
       returning id, (xmax = 0) as inserted`,
      [tenant.tenancyRef, tenant.name, tenant.addressLine, tenant.postcode, json(tenant.vulnerabilities), at.toISOString()],
    );
    const { id, inserted } = r.rows[0]!;
    await tx.query(`delete from contact_points where tenant_id = $1 and channel = 'sms'`, [id]);
    for (const phone of tenant.phones) {
      // A number moves to the tenancy that lists it last: numbers change hands.
      await tx.query(
        `insert into contact_points (channel, address, tenant_id) values ('sms', $1, $2)
         on conflict (channel, address) do update set tenant_id = excluded.tenant_id`,
        [phone, id],
      );
    }
    return inserted ? 'inserted' : 'updated';
  });
}

export async function countTenants(db: Db): Promise<number> {
  const r = await db.query<{ n: number }>(`select count(*)::int as n from tenants`);
  return r.rows[0]!.n;
}

export async function findTenant(db: Db, key: ConversationKey): Promise<TenantRecord | null> {
  const r = await db.query<Row>(TENANT_BY_CONTACT, [key.channel, key.address]);
  return r.rows[0] ? toTenant(r.rows[0]) : null;
}
