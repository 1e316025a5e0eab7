// The tenancy list in memory: tenants and the phone numbers that find them.
import { keyOf, type MemoryState } from './memory-state.js';
import type { ConversationKey, TenantInput, TenantRecord } from './store.js';

export function findTenant(state: MemoryState, key: ConversationKey): TenantRecord | null {
  const ref = state.contacts.get(keyOf(key));
  const t = ref ? state.tenants.get(ref) : undefined;
  return t ? structuredClone(t) : null;
}

export function upsertTenant(state: MemoryState, tenant: TenantInput): 'inserted' | 'updated' {
  const found = state.tenants.get(tenant.tenancyRef);
  const record: TenantRecord = {
    id: found?.id ?? state.tenants.size + 1,
    tenancyRef: tenant.tenancyRef,
    name: tenant.name,
    addressLine: tenant.addressLine,
    postcode: tenant.postcode,
    vulnerabilities: [...tenant.vulnerabilities],
  };
  state.tenants.set(tenant.tenancyRef, record);
  for (const [k, ref] of state.contacts) if (ref === tenant.tenancyRef && k.startsWith('sms\u0000')) state.contacts.delete(k);
  // A number moves to the tenancy that lists it last: numbers change hands.
  for (const phone of tenant.phones) state.contacts.set(keyOf({ channel: 'sms', address: phone }), tenant.tenancyRef);
  return found ? 'updated' : 'inserted';
}

export function countTenants(state: MemoryState): number {
  return state.tenants.size;
}
