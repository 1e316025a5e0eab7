// The live views' streams: a page gets the view again only when the data changed and the
// view with it; multi-line HTML arrives as one event; a signed-out page's stream is ended
// at the next refresh; shutdown ends them all.
import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import { QueueStreams, sseEvent } from '../../src/console/queue-stream.js';
import { createLogger } from '../../src/log/logger.js';

class FakeResponse extends EventEmitter {
  status = 0;
  headers: Record<string, string> = {};
  written = '';
  ended = false;
  writeHead(status: number, headers: Record<string, string>) {
    this.status = status;
    this.headers = headers;
    return this;
  }
  write(chunk: string) {
    this.written += chunk;
    return true;
  }
  end() {
    this.ended = true;
    this.emit('close');
  }
}

function rig(options: { valid?: () => boolean; refreshMs?: number } = {}) {
  let print = 'p1';
  let view = '<p>one</p>';
  const renders: string[] = [];
  const streams = new QueueStreams({
    event: 'queue',
    fingerprint: async () => print,
    render: async (key) => {
      renders.push(key);
      return view;
    },
    log: createLogger('silent'),
    pollMs: 5,
    refreshMs: options.refreshMs ?? 60_000,
  });
  const res = new FakeResponse();
  streams.add(res as unknown as ServerResponse, { key: 'channel=sms', stillValid: async () => options.valid?.() ?? true }, '<p>one</p>');
  return {
    streams,
    res,
    renders,
    change(nextPrint: string, nextView: string) {
      print = nextPrint;
      view = nextView;
    },
  };
}

describe('live views over Server-Sent Events', () => {
  it('opens an event stream that is never cached', () => {
    const { res, streams } = rig();
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(res.headers['cache-control']).toBe('no-store');
    streams.close();
  });

  it('sends the view once when the data changes, as one event even over several lines', async () => {
    const { res, streams, change } = rig();
    change('p2', '<table>\n<tr><td>+447700900123</td></tr>\n</table>');
    await vi.waitFor(() => expect(res.written).toContain('event: queue'), { timeout: 2_000, interval: 5 });
    expect(res.written).toContain('event: queue\ndata: <table>\ndata: <tr><td>+447700900123</td></tr>\ndata: </table>\n\n');
    const sent = res.written;
    await new Promise((r) => setTimeout(r, 50));
    expect(res.written).toBe(sent);
    streams.close();
  });

  it('does not render while the data stays the same, and sends nothing when the view did not change', async () => {
    const { res, streams, renders, change } = rig();
    change('p1', '<p>one</p>');
    await new Promise((r) => setTimeout(r, 50));
    // The first poll renders once (a refresh is due); then nothing changes and nothing more is rendered or sent.
    expect(renders.length).toBeLessThanOrEqual(1);
    expect(res.written).not.toContain('event:');
    streams.close();
  });

  it('ends the stream of a page whose session has ended, at the next refresh', async () => {
    let valid = true;
    const { res, streams } = rig({ valid: () => valid, refreshMs: 20 });
    valid = false;
    await vi.waitFor(() => expect(res.ended).toBe(true), { timeout: 2_000, interval: 5 });
    expect(streams.size).toBe(0);
  });

  it('ends every stream on shutdown', () => {
    const { res, streams } = rig();
    streams.close();
    expect(res.ended).toBe(true);
    expect(streams.size).toBe(0);
  });

  it('writes an event with the data on lines of its own', () => {
    expect(sseEvent('transcript', 'a\r\nb')).toBe('event: transcript\ndata: a\ndata: b\n\n');
  });
});
