// The demo tenancy list: loaded into an empty embedded store (DEMO_TENANTS=auto) so a
// newcomer sees both a known number (greeted by name) and an unknown one (asked for an
// address). Never loaded into PostgreSQL unless DEMO_TENANTS=on. In local mode, a demo
// supervisor for the staff console too.
import { randomBytes } from 'node:crypto';
import type { Config } from '../config/config.js';
import { hashPassword } from '../staff/passwords.js';
import type { StaffStore } from '../staff/staff.store.js';
import type { Store } from '../store/store.js';
import { DEMO_NUMBERS, loadDemoTenants } from '../tenants/demo-tenants.js';

export type DemoLoad = 'loaded' | 'already' | 'off';

export async function maybeLoadDemoTenants(store: Store, config: Config, at: Date = new Date()): Promise<DemoLoad> {
  const wanted = config.DEMO_TENANTS === 'on' || (config.DEMO_TENANTS === 'auto' && !config.DATABASE_URL);
  if (!wanted) return 'off';
  if (config.DEMO_TENANTS === 'auto' && (await store.countTenants()) > 0) {
    // A list is loaded already: the demo one from an earlier start, or the landlord's own.
    const demo = await store.findTenant({ channel: 'sms', address: DEMO_NUMBERS[0]!.number });
    return demo ? 'already' : 'off';
  }
  await loadDemoTenants(store, at);
  return 'loaded';
}

export function demoTenantsBanner(demo: DemoLoad): string[] {
  if (demo === 'off') return [];
  const known = DEMO_NUMBERS.slice(0, 2)
    .map((d) => `${d.number} (${d.name})`)
    .join(', ');
  return [`  Demo tenants: text from ${known} to be known by name; any other number is asked who it is.`];
}

/** The console's demo supervisor in local mode: its password is new on every start, like the API key. */
export const DEMO_SUPERVISOR = { email: 'demo@doorstep.local', name: 'Demo Supervisor' } as const;

/**
 * Local mode (no Twilio auth token: nothing real can reach this machine) has a supervisor
 * to sign in with at once. The password is made for this run and shown in the banner only.
 */
export async function demoSupervisor(staff: StaffStore, at: Date = new Date()): Promise<{ email: string; password: string }> {
  const password = randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(password);
  const updated = await staff.setPassword(DEMO_SUPERVISOR.email, passwordHash, { name: DEMO_SUPERVISOR.name, role: 'supervisor' });
  if (!updated) await staff.add({ ...DEMO_SUPERVISOR, role: 'supervisor', passwordHash }, at);
  return { email: DEMO_SUPERVISOR.email, password };
}
