// A browser's view of the staff console over plain HTTP: a cookie jar, forms posted with
// the token the page gave, and the same-origin headers a browser adds. Lets security
// tests forge exactly one thing at a time.
export interface ConsoleClient {
  cookies: Map<string, string>;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  /** Posts a form; `headers` replaces the browser's own Origin and Sec-Fetch-Site when given. */
  post(path: string, form: Record<string, string>, headers?: Record<string, string>): Promise<Response>;
  /** The CSRF token in the last page this client fetched that had one. */
  csrf(): string;
  /** Signs in through the form; returns the answer to the POST. */
  signIn(email: string, password: string, next?: string): Promise<Response>;
}

const TOKEN = /name="_csrf" value="([^"]+)"/;

export function consoleClient(base: string): ConsoleClient {
  const cookies = new Map<string, string>();
  let lastToken = '';
  const origin = new URL(base).origin;
  const keep = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (attrs.some((a) => /^\s*max-age=0$/i.test(a)) || value === '') cookies.delete(name);
      else cookies.set(name, value);
    }
  };
  const cookieHeader = (): Record<string, string> => (cookies.size ? { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {});
  const read = async (res: Response): Promise<Response> => {
    keep(res);
    const text = await res.text();
    const token = TOKEN.exec(text)?.[1];
    if (token) lastToken = token;
    return new Response(res.status === 204 || res.status === 304 ? null : text, { status: res.status, headers: res.headers });
  };
  const client: ConsoleClient = {
    cookies,
    async get(path, headers = {}) {
      return read(await fetch(`${base}${path}`, { redirect: 'manual', headers: { ...cookieHeader(), ...headers } }));
    },
    async post(path, form, headers) {
      const browser = headers ?? { origin, 'sec-fetch-site': 'same-origin' };
      return read(
        await fetch(`${base}${path}`, {
          method: 'POST',
          redirect: 'manual',
          headers: { 'content-type': 'application/x-www-form-urlencoded', ...cookieHeader(), ...browser },
          body: new URLSearchParams(form).toString(),
        }),
      );
    },
    csrf: () => lastToken,
    async signIn(email, password, next) {
      await client.get(`/console/sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`);
      return client.post('/console/sign-in', { _csrf: lastToken, email, password, next: next ?? '/console' });
    },
  };
  return client;
}
