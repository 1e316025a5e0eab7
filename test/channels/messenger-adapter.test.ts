// Facebook Messenger's webhook read into our terms: the subscribe handshake, the signature
// Meta puts over the raw bytes, and a batch of entries read into the tenant's messages in
// the order they came, without the page's own echoes or the receipts.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GET_STARTED, MESSENGER_CAPABILITIES, parseWebhook, signatureValid, signBody, verifyHandshake } from '../../src/channels/messenger.adapter.js';

const VERIFY = 'doorstep-verify-7f3a';
const SECRET = 'app-secret-0123456789abcdef';
const PAGE = '104857600000001';
const AT = new Date('2026-07-15T12:00:00Z');
const STAMP = AT.getTime() - 2000;

/** What Meta sends: hex HMAC-SHA256 of the bytes with the app secret, worked out here apart from the module. */
const metaSignature = (raw: Buffer) => `sha256=${createHmac('sha256', SECRET).update(raw).digest('hex')}`;

describe('the subscribe handshake', () => {
  const query = (over: Record<string, unknown> = {}) => ({ 'hub.mode': 'subscribe', 'hub.verify_token': VERIFY, 'hub.challenge': '1158201444', ...over });

  it('echoes the challenge when Meta brings our verify token', () => {
    expect(verifyHandshake(query(), VERIFY)).toBe('1158201444');
  });

  it('refuses a wrong token, even one that is only a letter off or a prefix of ours', () => {
    for (const token of ['doorstep-verify-7f3b', 'doorstep-verify', `${VERIFY}x`, '', 'DOORSTEP-VERIFY-7F3A']) {
      expect(verifyHandshake(query({ 'hub.verify_token': token }), VERIFY), token).toBeNull();
    }
  });

  it('refuses a token sent twice (read as a list)', () => {
    expect(verifyHandshake(query({ 'hub.verify_token': [VERIFY, VERIFY] }), VERIFY)).toBeNull();
  });

  it('refuses anything but a subscribe', () => {
    expect(verifyHandshake(query({ 'hub.mode': 'unsubscribe' }), VERIFY)).toBeNull();
    expect(verifyHandshake(query({ 'hub.mode': undefined }), VERIFY)).toBeNull();
  });

  it('refuses a handshake with no challenge to echo', () => {
    expect(verifyHandshake({ 'hub.mode': 'subscribe', 'hub.verify_token': VERIFY }, VERIFY)).toBeNull();
  });

  it('does not echo back a challenge that is not a plain token', () => {
    expect(verifyHandshake(query({ 'hub.challenge': '<script>alert(1)</script>' }), VERIFY)).toBeNull();
  });

  it('refuses every handshake when no verify token is configured', () => {
    expect(verifyHandshake(query(), null)).toBeNull();
    expect(verifyHandshake(query({ 'hub.verify_token': '' }), '')).toBeNull();
  });
});

describe('the X-Hub-Signature-256 check', () => {
  it('accepts Meta signature over the exact bytes of a body with emoji and accents', () => {
    const raw = Buffer.from(
      JSON.stringify({
        object: 'page',
        entry: [{ id: PAGE, time: STAMP, messaging: [{ sender: { id: '7001' }, message: { mid: 'm_1', text: 'Mae’r sinc yn gollwng 😢 café' } }] }],
      }),
      'utf8',
    );
    expect(signatureValid(SECRET, metaSignature(raw), raw)).toBe(true);
    expect(signBody(SECRET, raw)).toBe(metaSignature(raw));
    expect(signBody(SECRET, raw.toString('utf8'))).toBe(metaSignature(raw));
  });

  it('refuses the signature when the body was re-serialised and Meta had escaped its accents and emoji', () => {
    // Meta escapes what is not ASCII, and slashes; a parse and stringify writes them out.
    const raw = Buffer.from(
      String.raw`{"object":"page","entry":[{"id":"1","messaging":[{"message":{"text":"caf\u00e9 \ud83d\ude22","url":"https:\/\/x.example\/p.jpg"}}]}]}`,
    );
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(raw.toString('utf8'))), 'utf8');
    expect(reserialised.equals(raw)).toBe(false);
    expect(reserialised.toString('utf8')).toContain('café 😢');
    expect(signatureValid(SECRET, metaSignature(raw), raw)).toBe(true);
    expect(signatureValid(SECRET, metaSignature(raw), reserialised)).toBe(false);
  });

  it('refuses the signature when the body was re-serialised with different whitespace', () => {
    const value = { object: 'page', entry: [{ id: PAGE, messaging: [{ sender: { id: '7001' }, message: { mid: 'm_2', text: 'hi' } }] }] };
    const raw = Buffer.from(JSON.stringify(value, null, 2));
    expect(signatureValid(SECRET, metaSignature(raw), raw)).toBe(true);
    expect(signatureValid(SECRET, metaSignature(raw), Buffer.from(JSON.stringify(value)))).toBe(false);
  });

  it('refuses the signature when the bytes were decoded with the wrong character set', () => {
    const raw = Buffer.from('{"text":"café 😢"}', 'utf8');
    const mangled = Buffer.from(raw.toString('latin1'), 'utf8');
    expect(signatureValid(SECRET, metaSignature(raw), mangled)).toBe(false);
  });

  it('refuses a missing, malformed or wrong header', () => {
    const raw = Buffer.from('{"object":"page","entry":[]}');
    const good = metaSignature(raw);
    const hex = good.slice('sha256='.length);
    const headers: (string | undefined)[] = [
      undefined,
      '',
      'sha256=',
      hex,
      `sha256=${hex.slice(0, 63)}`,
      `sha256=${hex}00`,
      `sha256=${hex.slice(0, 63)}g`,
      `sha1=${createHmac('sha1', SECRET).update(raw).digest('hex')}`,
      `sha256=${createHmac('sha256', 'another-secret').update(raw).digest('hex')}`,
      `sha256=${createHmac('sha256', SECRET).update('{"object":"page","entry":[ ]}').digest('hex')}`,
      `${good}, ${good}`,
    ];
    for (const header of headers) expect(signatureValid(SECRET, header, raw), String(header)).toBe(false);
    expect(signatureValid(SECRET, good, raw)).toBe(true);
  });
});

describe('what Messenger can show', () => {
  it('offers at most 13 quick replies of 20 characters, in plain text under 2,000 characters, not reaching tenants later', () => {
    expect(MESSENGER_CAPABILITIES).toMatchObject({ buttons: 13, buttonTitleMax: 20, markdown: false, maxLength: 2000, reachesLater: false, smsSegments: null });
  });
});

type Event = Record<string, unknown>;
const from = (psid: string, rest: Event): Event => ({ sender: { id: psid }, recipient: { id: PAGE }, timestamp: STAMP, ...rest });
const says = (psid: string, mid: string, text: string): Event => from(psid, { message: { mid, text } });
const page = (...entries: Event[][]) => ({ object: 'page', entry: entries.map((messaging, i) => ({ id: PAGE, time: STAMP + i, messaging })) });

describe('reading a webhook batch', () => {
  it('reads every message of every entry, in the order Meta sent them', () => {
    const parsed = parseWebhook(
      page(
        [says('7001', 'm_a1', 'my boiler is broken'), says('7002', 'm_b1', 'hello'), says('7001', 'm_a2', 'no hot water since Monday')],
        [says('7003', 'm_c1', 'noise next door'), says('7001', 'm_a3', 'flat 4')],
      ),
      AT,
    );
    expect(parsed!.ignored).toBe(0);
    expect(parsed!.events.map((e) => (e.type === 'message' ? [e.message.address, e.message.messageId, e.message.text] : null))).toEqual([
      ['7001', 'm_a1', 'my boiler is broken'],
      ['7002', 'm_b1', 'hello'],
      ['7001', 'm_a2', 'no hot water since Monday'],
      ['7003', 'm_c1', 'noise next door'],
      ['7001', 'm_a3', 'flat 4'],
    ]);
    expect(parsed!.events[0]).toEqual({
      type: 'message',
      message: { channel: 'messenger', address: '7001', text: 'my boiler is broken', at: AT, messageId: 'm_a1', media: [] },
    });
  });

  it('does not take the page own sends, delivery receipts, read receipts or reactions for the tenant speaking', () => {
    const parsed = parseWebhook(
      page(
        [
          says('7001', 'm_1', 'is anyone there'),
          {
            sender: { id: PAGE },
            recipient: { id: '7001' },
            timestamp: STAMP,
            message: { is_echo: true, app_id: 1517, mid: 'm_echo', text: 'How can we help?' },
          },
          from('7001', { delivery: { mids: ['m_echo'], watermark: STAMP } }),
        ],
        [
          from('7001', { read: { watermark: STAMP } }),
          from('7001', { reaction: { mid: 'm_echo', action: 'react', emoji: '👍' } }),
          says('7001', 'm_2', 'thanks'),
        ],
      ),
      AT,
    );
    expect(parsed!.events.map((e) => (e.type === 'message' ? e.message.text : e.type))).toEqual(['is anyone there', 'thanks']);
    expect(parsed!.ignored).toBe(4);
  });

  it('reads a pressed quick reply as the answer it stands for, not the words on the button', () => {
    const parsed = parseWebhook(page([from('7001', { message: { mid: 'm_q', text: 'Report a repair', quick_reply: { payload: '1' } } })]), AT);
    expect(parsed!.events).toEqual([{ type: 'message', message: expect.objectContaining({ text: '1', messageId: 'm_q' }) }]);
  });

  it('reads a pressed postback button as its payload', () => {
    const parsed = parseWebhook(page([from('7001', { postback: { mid: 'm_pb', title: 'Report a repair', payload: '1' } })]), AT);
    expect(parsed!.events).toEqual([{ type: 'message', message: { channel: 'messenger', address: '7001', text: '1', at: AT, messageId: 'm_pb' } }]);
  });

  it('keys an older postback with no mid by the person and the moment it came', () => {
    const parsed = parseWebhook(page([from('7001', { postback: { title: 'Report a repair', payload: '1' } })]), AT);
    expect(parsed!.events).toEqual([{ type: 'message', message: expect.objectContaining({ messageId: `postback:7001:${STAMP}` }) }]);
  });

  it('reads the Get Started button as the person opening the chat', () => {
    const parsed = parseWebhook(page([from('7001', { postback: { mid: 'm_gs', title: 'Get Started', payload: GET_STARTED } })]), AT);
    expect(parsed!.events).toEqual([{ type: 'start', address: '7001', at: AT, messageId: 'm_gs' }]);
  });

  it('keeps links to photos (the photo fetcher decides which it fetches), and not videos, files or other schemes', () => {
    const photo = 'https://scontent.xx.fbcdn.net/v/t1.15752-9/leak.jpg?_nc_cat=1&oh=abc';
    const parsed = parseWebhook(
      page([
        from('7001', {
          message: {
            mid: 'm_media',
            text: 'here is the damp',
            attachments: [
              { type: 'image', payload: { url: photo } },
              { type: 'video', payload: { url: 'https://video.xx.fbcdn.net/v/clip.mp4' } },
              { type: 'file', payload: { url: 'https://cdn.fbsbx.com/v/report.pdf' } },
              { type: 'image', payload: { url: 'http://scontent.xx.fbcdn.net/v/insecure.jpg' } },
              { type: 'image', payload: { url: 'javascript:alert(1)' } },
              { type: 'image', payload: {} },
            ],
          },
        }),
      ]),
      AT,
    );
    expect(parsed!.events).toEqual([
      { type: 'message', message: expect.objectContaining({ text: 'here is the damp', media: [photo, 'http://scontent.xx.fbcdn.net/v/insecure.jpg'] }) },
    ]);
  });

  it('reads a photo sent with no words', () => {
    const photo = 'https://scontent.xx.fbcdn.net/v/mould.jpg';
    const parsed = parseWebhook(page([from('7001', { message: { mid: 'm_p', attachments: [{ type: 'image', payload: { url: photo } }] } })]), AT);
    expect(parsed!.events).toEqual([{ type: 'message', message: expect.objectContaining({ text: '', media: [photo] }) }]);
  });

  it('does not take a sticker (the thumbs-up button) for a photo', () => {
    const parsed = parseWebhook(
      page([
        from('7001', {
          message: { mid: 'm_s', attachments: [{ type: 'image', payload: { url: 'https://scontent.xx.fbcdn.net/v/like.png', sticker_id: 369239263222822 } }] },
        }),
      ]),
      AT,
    );
    expect(parsed!.events).toEqual([{ type: 'message', message: expect.objectContaining({ text: '', media: [], unreadable: 1 }) }]);
  });

  it('reads a video or file sent with no words as a message the assistant cannot open, not as nothing', () => {
    const parsed = parseWebhook(
      page([from('7001', { message: { mid: 'm_v', attachments: [{ type: 'audio', payload: { url: 'https://cdn.fbsbx.com/v/voice.mp4' } }] } })]),
      AT,
    );
    expect(parsed!.events).toEqual([{ type: 'message', message: expect.objectContaining({ text: '', media: [], unreadable: 1 }) }]);
  });

  it('skips an event with no sender or no message id, and still reads its neighbours', () => {
    const parsed = parseWebhook(
      page([
        { recipient: { id: PAGE }, timestamp: STAMP, message: { mid: 'm_nosender', text: 'who am I' } },
        { sender: {}, recipient: { id: PAGE }, timestamp: STAMP, message: { mid: 'm_noid', text: 'who am I' } },
        from('<script>', { message: { mid: 'm_badid', text: 'who am I' } }),
        from('7001', { message: { text: 'no mid' } }),
        says('7001', 'm_ok', 'still here'),
        from('7001', { postback: { payload: '2' }, timestamp: undefined }),
      ]),
      AT,
    );
    expect(parsed!.events.map((e) => (e.type === 'message' ? e.message.messageId : e.type))).toEqual(['m_ok']);
    expect(parsed!.ignored).toBe(5);
  });

  it('takes control characters out of what the tenant wrote, and keeps line breaks, accents and emoji', () => {
    const parsed = parseWebhook(
      page([
        says('7001', 'm_ctl', 'my\u0000 sink\u0007 is\u009b leaking\r\nMae’r café 😢'),
        from('7001', { postback: { mid: 'm_pbc', payload: '\u00011\u001f' } }),
      ]),
      AT,
    );
    expect(parsed!.events.map((e) => (e.type === 'message' ? e.message.text : e.type))).toEqual(['my sink is leaking\nMae’r café 😢', '1']);
  });

  it('is not a page webhook when the object is something else or entry is not a list', () => {
    expect(parseWebhook({ object: 'instagram', entry: [] }, AT)).toBeNull();
    expect(parseWebhook({ object: 'user', entry: [] }, AT)).toBeNull();
    expect(parseWebhook({ entry: [] }, AT)).toBeNull();
    expect(parseWebhook({ object: 'page' }, AT)).toBeNull();
    expect(parseWebhook({ object: 'page', entry: { id: PAGE, messaging: [] } }, AT)).toBeNull();
    expect(parseWebhook({ object: 'page', entry: 'nope' }, AT)).toBeNull();
    expect(parseWebhook({ object: 'page', entry: [] }, AT)).toEqual({ events: [], ignored: 0 });
  });

  it('reads a webhook Meta signed, end to end, with the tenant accents and emoji intact', () => {
    const raw = Buffer.from(JSON.stringify(page([says('7001', 'm_e2e', 'Mae’r gawod wedi torri 🚿 — née Smith')])), 'utf8');
    expect(signatureValid(SECRET, metaSignature(raw), raw)).toBe(true);
    const parsed = parseWebhook(JSON.parse(raw.toString('utf8')) as Record<string, unknown>, AT);
    expect(parsed!.events).toEqual([{ type: 'message', message: expect.objectContaining({ text: 'Mae’r gawod wedi torri 🚿 — née Smith' }) }]);
  });
});
