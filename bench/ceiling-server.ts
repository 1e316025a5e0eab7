// The ceiling for `npm run bench`: a bare restify 12 server doing only what any webhook
// must before Doorstep's own work starts. It parses Twilio's form with bodyParser,
// validates the X-Twilio-Signature with the twilio library (as the real server does) and
// answers the same empty TwiML. No store, no engine, no outbox. Run as a child process
// by bench/run.ts, configured like the real server: PORT, HOST, TWILIO_AUTH_TOKEN, PUBLIC_URL.
import restify from 'restify';
import twilio from 'twilio';

const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';

const port = Number(process.env.PORT ?? 0);
const host = process.env.HOST ?? '127.0.0.1';
const authToken = process.env.TWILIO_AUTH_TOKEN ?? '';
const publicUrl = process.env.PUBLIC_URL ?? '';
if (!authToken || !publicUrl) {
  process.stderr.write('ceiling-server: TWILIO_AUTH_TOKEN and PUBLIC_URL are required\n');
  process.exit(2);
}

const server = restify.createServer({ name: 'ceiling', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 64 * 1024 }));

server.get('/readyz', (_req, res, next) => {
  res.send(200, { status: 'ready' });
  next();
});

server.post('/sms', (req, res, next) => {
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries((req.body ?? {}) as Record<string, unknown>)) if (typeof v === 'string') params[k] = v;
  const signature = req.header('x-twilio-signature');
  if (!signature || !twilio.validateRequest(authToken, signature, `${publicUrl}${req.url ?? '/sms'}`, params)) {
    res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Forbidden\n');
    return next();
  }
  res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' });
  res.end(EMPTY_TWIML);
  return next();
});

server.listen(port, host);
const stop = (): void => {
  server.close(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
