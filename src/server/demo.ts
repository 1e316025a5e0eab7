// The demo tenancy list: loaded into an empty embedded store (DEMO_TENANTS=auto) so a
// newcomer sees both a known number (greeted by name) and an unknown one (asked for an
// address). Never loaded into PostgreSQL unless DEMO_TENANTS=on.
import type { Config } from '../config/config.js';
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
