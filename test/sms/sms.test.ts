// The SMS edges that need no server: carrier keywords, and the local outbox file.
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocalOutboxSender, readOutbox } from '../../src/sms/local-outbox.sender.js';
import { readSmsKeyword } from '../../src/sms/sms-keywords.js';

describe('carrier keywords', () => {
  it.each(['STOP', 'stop', ' Stop. ', 'STOPALL', 'unsubscribe', 'CANCEL', 'end', 'QUIT', 'revoke', 'optout'])('"%s" opts out', (text) => {
    expect(readSmsKeyword(text)).toBe('stop');
  });

  it.each(['START', 'unstop!'])('"%s" opts back in', (text) => {
    expect(readSmsKeyword(text)).toBe('start');
  });

  it('reads YES apart: it opts in only a number that has opted out', () => {
    expect(readSmsKeyword('yes')).toBe('yes');
  });

  it.each(['stop the noise next door', 'please stop texting me at night', 'cancel my appointment', 'the end of my garden is flooded', ''])(
    '"%s" is a message, not a keyword',
    (text) => {
      expect(readSmsKeyword(text)).toBeNull();
    },
  );
});

describe('the local SMS outbox', () => {
  const sms = (id: number) => ({ id, to: '+447700900123', body: `text ${id}`, segments: 1, encoding: 'GSM-7' });

  it('appends one JSON object a line with what a developer needs to see', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'doorstep-outbox-')), 'sms-outbox.jsonl');
    await new LocalOutboxSender(path, '+441604000000').send(sms(1), new Date('2026-11-23T10:00:00Z'));
    expect(JSON.parse(readFileSync(path, 'utf8').trim())).toEqual({
      id: 'local-1',
      to: '+447700900123',
      from: '+441604000000',
      body: 'text 1',
      at: '2026-11-23T10:00:00.000Z',
      segments: 1,
      encoding: 'GSM-7',
    });
  });

  it('never writes one message twice, even from a new process after a crash re-queued it', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'doorstep-outbox-')), 'sms-outbox.jsonl');
    const at = new Date();
    const first = new LocalOutboxSender(path);
    await Promise.all([first.send(sms(1), at), first.send(sms(2), at)]);
    const afterRestart = new LocalOutboxSender(path);
    await Promise.all([afterRestart.send(sms(2), at), afterRestart.send(sms(3), at)]);
    // Each once; two sends started together may land in either order.
    expect((await readOutbox(path)).map((l) => l.id).sort()).toEqual(['local-1', 'local-2', 'local-3']);
  });

  describe('asking whether a text from a crashed attempt already went', () => {
    const since = new Date('2026-11-23T09:59:00Z');
    const line = (id: number, from = '+441604000000') =>
      `${JSON.stringify({ id: `local-${id}`, to: '+447700900123', from, body: `text ${id}`, at: '2026-11-23T10:00:00.000Z', segments: 1, encoding: 'GSM-7' })}\n`;
    const fresh = () => join(mkdtempSync(join(tmpdir(), 'doorstep-outbox-')), 'sms-outbox.jsonl');

    it('finds a line another process wrote after this one first read the file, and then does not write it again', async () => {
      const path = fresh();
      const sender = new LocalOutboxSender(path);
      await sender.send(sms(1), new Date());
      appendFileSync(path, line(2, 'other-process'));
      expect(await sender.findSent(sms(2), since)).toEqual({ providerId: 'local-2', sender: 'other-process' });
      await sender.send(sms(2), new Date());
      expect((await readOutbox(path)).map((l) => l.id)).toEqual(['local-1', 'local-2']);
    });

    it('finds nothing for an id not in the file, or when there is no file yet', async () => {
      const path = fresh();
      const sender = new LocalOutboxSender(path);
      expect(await sender.findSent(sms(1), since)).toBeNull();
      writeFileSync(path, line(1) + line(3));
      expect(await sender.findSent(sms(2), since)).toBeNull();
    });

    it('takes a torn last line from a killed process for not sent, and writes the text whole on a line of its own', async () => {
      const path = fresh();
      const torn = line(2).slice(0, 40);
      writeFileSync(path, line(1) + torn);
      const sender = new LocalOutboxSender(path);
      expect(await sender.findSent(sms(2), since)).toBeNull();
      expect((await readOutbox(path)).map((l) => l.id)).toEqual(['local-1']);
      await sender.send(sms(2), new Date());
      await sender.send(sms(3), new Date());
      const lines = readFileSync(path, 'utf8').split('\n');
      expect(lines.slice(0, 2)).toEqual([line(1).trim(), torn]);
      expect(JSON.parse(lines[2]!)).toMatchObject({ id: 'local-2', body: 'text 2' });
      expect((await readOutbox(path)).map((l) => l.id)).toEqual(['local-1', 'local-2', 'local-3']);
      expect(await sender.findSent(sms(2), since)).toEqual({ providerId: 'local-2', sender: 'doorstep-local' });
    });

    it('writes each of many texts sent at once exactly once, a text sent twice at once too, each send resolving only once its line is in the file', async () => {
      const path = fresh();
      const sender = new LocalOutboxSender(path);
      const sends = Array.from({ length: 60 }, (_, i) => sender.send(sms(i + 1), new Date()).then(() => readOutbox(path)));
      sends.push(sender.send(sms(7), new Date()).then(() => readOutbox(path)));
      const seen = await Promise.all(sends);
      for (const [i, lines] of seen.entries()) expect(lines.map((l) => l.id)).toContain(`local-${i < 60 ? i + 1 : 7}`);
      const ids = (await readOutbox(path)).map((l) => l.id);
      expect(ids).toHaveLength(60);
      expect(new Set(ids).size).toBe(60);
      expect(readFileSync(path, 'utf8').endsWith('\n')).toBe(true);
    });
  });
});
