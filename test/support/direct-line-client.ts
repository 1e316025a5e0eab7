// A visitor's side of the built-in Direct Line, as Web Chat's DirectLineJS speaks it: get a
// token from the chat page, start the conversation, post messages with a clientActivityID,
// read activities from a watermark.
let clientIds = 0;

export interface Visitor {
  conversationId: string;
  userId: string;
  token: string;
  resume: string;
}

export async function visitor(baseUrl: string, resume?: string): Promise<Visitor & { resumed: boolean }> {
  const res = await fetch(`${baseUrl}/chat/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(resume ? { resume } : {}),
  });
  if (res.status !== 200) throw new Error(`chat token: ${res.status}`);
  return (await res.json()) as Visitor & { resumed: boolean };
}

export function dl(baseUrl: string, token: string) {
  const auth = { authorization: `Bearer ${token}` };
  return {
    start: () => fetch(`${baseUrl}/directline/conversations`, { method: 'POST', headers: auth }),
    reconnect: (id: string, watermark = 0) => fetch(`${baseUrl}/directline/conversations/${id}?watermark=${watermark}`, { headers: auth }),
    activities: (id: string, watermark = 0) => fetch(`${baseUrl}/directline/conversations/${id}/activities?watermark=${watermark}`, { headers: auth }),
    post: (id: string, text: string, clientActivityID = `client-${(clientIds += 1)}`, extra: Record<string, unknown> = {}) =>
      fetch(`${baseUrl}/directline/conversations/${id}/activities`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text, from: { id: 'whoever', role: 'user' }, channelData: { clientActivityID }, ...extra }),
      }),
    refresh: () => fetch(`${baseUrl}/directline/tokens/refresh`, { method: 'POST', headers: auth }),
  };
}

export interface Activity {
  id: string;
  type: string;
  text?: string;
  from: { id: string; role?: string };
  channelData?: Record<string, unknown>;
  suggestedActions?: { actions: { title: string; text?: string; value?: unknown }[] };
}

/** Waits until the conversation holds at least `count` activities from the bot, and returns them all. */
export async function botSays(baseUrl: string, v: Visitor, count: number, ms = 10_000): Promise<Activity[]> {
  const deadline = Date.now() + ms;
  for (;;) {
    const res = await dl(baseUrl, v.token).activities(v.conversationId);
    const { activities } = (await res.json()) as { activities: Activity[] };
    const fromBot = activities.filter((a) => a.from.role === 'bot');
    if (fromBot.length >= count) return activities;
    if (Date.now() > deadline) throw new Error(`waited for ${count} bot messages; have ${fromBot.length}: ${JSON.stringify(activities.map((a) => a.text))}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
