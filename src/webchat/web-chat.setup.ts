// Everything web chat needs, made once at start-up from the store and the configuration:
// the botbuilder adapter and its authentication, the store for routes and the local
// Direct Line, the visitor token key and the bot-side key (both kept in the database, so
// they survive restarts and are shared by every process), and the sender for replies.
import type { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { BotFrameworkSender, createBotAdapter, WEB_CAPABILITIES, WEB_CHANNEL, type BotCredentials } from '../channels/bot-framework.adapter.js';
import type { Channel } from '../channels/channel.js';
import { WebStore } from '../channels/web.store.js';
import type { Db } from '../store/db.js';
import { VisitorTokens } from '../directline/visitor-token.js';

export interface WebChatSetup {
  store: WebStore;
  adapter: CloudAdapter;
  auth: ConfigurationBotFrameworkAuthentication;
  /** An app id is set: Bot Framework tokens are checked, and the local Direct Line and /chat are off. */
  authenticated: boolean;
  tokens: VisitorTokens;
  botKey: string;
  channel: Channel;
  accent: string;
}

export const DEFAULT_ACCENT = '#00594f';

export async function setUpWebChat(db: Db, credentials: BotCredentials, accent: string = DEFAULT_ACCENT): Promise<WebChatSetup> {
  const store = new WebStore(db);
  const { adapter, auth } = createBotAdapter(credentials);
  const tokens = new VisitorTokens(await store.secret('webchat-visitor-tokens'));
  const botKey = (await store.secret('directline-bot')).toString('base64url');
  const sender = new BotFrameworkSender(adapter, credentials.appId, store);
  return {
    store,
    adapter,
    auth,
    authenticated: credentials.appId !== null,
    tokens,
    botKey,
    channel: { name: WEB_CHANNEL, capabilities: WEB_CAPABILITIES, sender },
    accent,
  };
}

export const ANONYMOUS: BotCredentials = { appId: null, password: null, tenantId: null, appType: 'MultiTenant' };
