// Configuration: one schema over the environment. A bad value stops start-up with a
// message naming it; secrets are never echoed back.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CONFIG_VARIABLES, ConfigError, loadConfig, smsMode } from '../../src/config/config.js';

const SID = `AC${'a'.repeat(32)}`;

describe('configuration', () => {
  it('runs with nothing set: embedded store in ./data, port 3978, nph, local SMS', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 3978, DATA_DIR: './data', POLICY: 'nph', DEMO_TENANTS: 'auto' });
    expect(c.DATABASE_URL).toBeUndefined();
    expect(smsMode(c)).toBe('local');
  });

  it('treats an empty variable as unset', () => {
    const c = loadConfig({ PORT: '', DATABASE_URL: '  ' });
    expect(c.PORT).toBe(3978);
    expect(c.DATABASE_URL).toBeUndefined();
  });

  it('names the variable that is wrong and what it got', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT: .*\(got "eighty"\)/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: expected a postgres:\/\//);
    expect(() => loadConfig({ PUBLIC_URL: 'doorstep.example.org' })).toThrow(/PUBLIC_URL: expected an http/);
    expect(() => loadConfig({ TWILIO_FROM: '07700900123' })).toThrow(/TWILIO_FROM: expected a phone number in E.164/);
  });

  it('needs PUBLIC_URL once signatures are checked', () => {
    expect(() => loadConfig({ TWILIO_AUTH_TOKEN: 'x'.repeat(32) })).toThrow(/PUBLIC_URL: with TWILIO_AUTH_TOKEN set/);
  });

  it('needs a token and a sender to send through Twilio', () => {
    expect(() => loadConfig({ TWILIO_ACCOUNT_SID: SID, PUBLIC_URL: 'https://d.example.org' })).toThrow(
      /TWILIO_AUTH_TOKEN, and a sender|needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and a sender/,
    );
    const c = loadConfig({ TWILIO_ACCOUNT_SID: SID, TWILIO_AUTH_TOKEN: 'x'.repeat(32), TWILIO_FROM: '+447700900123', PUBLIC_URL: 'https://d.example.org/' });
    expect(smsMode(c)).toBe('twilio');
    expect(c.PUBLIC_URL).toBe('https://d.example.org');
  });

  it('never echoes a secret in an error', () => {
    let message = '';
    try {
      loadConfig({ TWILIO_AUTH_TOKEN: 'short', DATABASE_URL: 'mysql://user:hunter2@db/x' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/TWILIO_AUTH_TOKEN/);
    expect(message).not.toMatch(/short|hunter2/);
  });

  it('is documented variable for variable in .env.example, and the example itself is valid', () => {
    const example = readFileSync('.env.example', 'utf8');
    const documented = [...example.matchAll(/^([A-Z_]+)=(.*)$/gm)].map((m) => [m[1]!, m[2]!] as const);
    expect(documented.map(([name]) => name).sort()).toEqual([...CONFIG_VARIABLES].sort());
    expect(() => loadConfig(Object.fromEntries(documented))).not.toThrow();
  });
});
