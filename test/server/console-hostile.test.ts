// The console against requests nobody should send: a body of the wrong type, too big or
// compressed; an address that is not a conversation; a report period that is not one;
// markup in what tenants write; a spreadsheet formula in a CSV cell. Each gets a clear
// answer and the server goes on serving.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvField } from '../../src/console/reports.routes.js';
import { hashPassword } from '../../src/staff/passwords.js';
import { openStore } from '../../src/store/open-store.js';
import { consoleClient, type ConsoleClient } from '../support/console-client.js';
import { smsParams, startApp, type RunningApp } from '../support/http-app.js';

let app: RunningApp;
let kim: ConsoleClient;

beforeAll(async () => {
  app = await startApp(await openStore({ dataDir: null }), { console: true });
  await app.staff!.add({ email: 'kim@homes.example', name: 'Kim Agent', role: 'agent', passwordHash: await hashPassword('kim-long-password-66') }, new Date());
  kim = consoleClient(app.url);
  expect((await kim.signIn('kim@homes.example', 'kim-long-password-66')).status).toBe(303);
}, 60_000);

afterAll(async () => {
  await app?.close();
  await app?.store.close();
});

const cookie = () => ({ cookie: [...kim.cookies].map(([k, v]) => `${k}=${v}`).join('; '), origin: app.url });

describe('hostile requests to the console', () => {
  it('refuses a sign-in body that is JSON, too big or compressed, before reading a password', async () => {
    const json = await fetch(`${app.url}/console/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":"kim"}' });
    expect(json.status).toBe(415);
    const big = await fetch(`${app.url}/console/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `email=${'a'.repeat(200_000)}`,
    });
    expect(big.status).toBe(413);
    const gz = await fetch(`${app.url}/console/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-encoding': 'gzip' },
      body: gzipSync('email=kim%40homes.example&password=x'),
    });
    expect(gz.status).toBe(415);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });

  it('answers an address that is no conversation with a page saying so', async () => {
    for (const id of ['nope', 'x'.repeat(99), '%00', '%3Cscript%3E']) {
      const res = await fetch(`${app.url}/console/conversations/${id}`, { headers: cookie(), redirect: 'manual' });
      expect(res.status, id).toBe(404);
      expect(await res.text()).toContain('There is no such conversation.');
    }
    // Slashes hidden in the address, or an id longer than any route takes, are no console address at all.
    expect((await fetch(`${app.url}/console/conversations/${'x'.repeat(500)}`, { headers: cookie(), redirect: 'manual' })).status).toBe(404);
    expect((await fetch(`${app.url}/console/conversations/..%2F..%2Fetc%2Fpasswd`, { headers: cookie(), redirect: 'manual' })).status).toBe(404);
  });

  it('answers a report period or measure that is not one clearly', async () => {
    expect((await kim.get('/console/reports?from=2026-02-30&to=2026-03-01')).status).toBe(400);
    expect((await kim.get('/console/reports?from=2020-01-01&to=2026-01-01')).status).toBe(400);
    expect((await kim.get('/console/reports.csv?from=nonsense&to=2026-01-01')).status).toBe(400);
    expect((await kim.get('/console/reports/cases?measure=RP02&bar=nope&from=2026-11-01&to=2026-11-30')).status).toBe(404);
  });

  it('shows what a tenant wrote as text, never as markup', async () => {
    const from = '+447700900909';
    expect((await app.post('/sms', smsParams(from, '<script>alert(1)</script><img src=x onerror=alert(2)> can i speak to someone'))).status).toBe(200);
    const queue = await (await kim.get('/console')).text();
    const id = /href="\/console\/conversations\/([^"]+)"/.exec(queue)![1]!;
    const page = await (await kim.get(`/console/conversations/${id}`)).text();
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
  });

  it('writes a CSV cell a spreadsheet would run as a formula as plain text', () => {
    expect(csvField('=HYPERLINK("http://evil.example")')).toBe(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csvField('+447700900123')).toBe("'+447700900123");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(-1)).toBe('-1');
    expect(csvField('noise, shouting')).toBe('"noise, shouting"');
  });
});
