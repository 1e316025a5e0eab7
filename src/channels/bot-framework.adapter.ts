// Bot Framework activities in and out of our own terms, through botbuilder's CloudAdapter.
// botbuilder is archived (its successor is the Microsoft 365 Agents SDK): it stays inside
// this file, so replacing it means replacing this adapter and nothing else.
//
// In: a message activity becomes an InboundMessage on the 'web' channel, addressed by its
// conversation id; a pressed button arrives as the text it stands for. Its conversation
// reference is kept (web.store.ts) so later replies, reminders and staff messages find
// their way back. Out: a queued message becomes a message activity (markdown, with the
// answers it offers as suggested actions) sent with continueConversationAsync.
import { ActivityTypes, CloudAdapter, ConfigurationBotFrameworkAuthentication, TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import type { ChannelCapabilities } from '../../dialogs/render.js';
import type { InboundMessage, ChannelSender, OutboundToSend, Sent } from './channel.js';
import { SendError } from '../sms/sms-sender.js';
import { safeText, safeToken } from './safe-text.js';
import type { WebStore } from './web.store.js';

export const WEB_CHANNEL = 'web';

/** Web Chat shows markdown and suggested actions; a long menu still fits on a phone-width screen. */
export const WEB_CAPABILITIES: ChannelCapabilities = {
  smsSegments: null,
  buttons: 10,
  buttonTitleMax: 40,
  markdown: true,
  maxLength: 4000,
  reachesLater: false,
  // Web Chat's own upload is turned off: a visitor's file would be ours to fetch from their URL. The upload link does it instead.
  takesPhotos: false,
};

export interface BotCredentials {
  appId: string | null;
  password: string | null;
  tenantId: string | null;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
}

/** The adapter and its authentication: with no app id, anonymous (local traffic and the Emulator); with one, every request's token is checked. */
export function createBotAdapter(credentials: BotCredentials): { adapter: CloudAdapter; auth: ConfigurationBotFrameworkAuthentication } {
  const auth = credentials.appId
    ? new ConfigurationBotFrameworkAuthentication({
        MicrosoftAppId: credentials.appId,
        MicrosoftAppPassword: credentials.password ?? undefined,
        MicrosoftAppTenantId: credentials.tenantId ?? undefined,
        MicrosoftAppType: credentials.appType,
      } as never)
    : new ConfigurationBotFrameworkAuthentication({});
  return { adapter: new CloudAdapter(auth), auth };
}

/** Conversation ids and activity ids are the channel's; they are kept to a sane size and one line. */
const MAX_ID = 256;
const MAX_ATTACHMENTS = 10;

export type ParsedActivity = { ok: true; message: InboundMessage; route: Partial<ConversationReference> } | { ok: false; reason: string };

/**
 * Where replies to a conversation go. Without the activity's own id: replies are sent to
 * the conversation, not as answers to one message, and the route stays the same from one
 * message to the next (so it is written once, not every turn).
 */
function routeOf(activity: Partial<Activity>): Partial<ConversationReference> {
  const { activityId: _activityId, ...route } = TurnContext.getConversationReference(activity);
  return route;
}

/** What a pressed suggested action carries (see replyActivity): the text it stands for. */
function pressedChoice(activity: Partial<Activity>): string | null {
  const value = activity.value as { choice?: unknown } | undefined;
  return typeof value?.choice === 'string' ? value.choice : null;
}

/** Reads a message activity. Other activity types (typing, conversation updates) are not messages to the assistant. */
export function parseActivity(activity: Partial<Activity>, at: Date): ParsedActivity | null {
  if (activity.type !== ActivityTypes.Message) return null;
  const conversationId = safeToken(activity.conversation?.id ?? '', MAX_ID);
  if (!conversationId) return { ok: false, reason: 'the activity has no conversation id' };
  const activityId = safeToken(activity.id ?? '', MAX_ID);
  const choice = pressedChoice(activity);
  const text = safeText(choice ?? activity.text ?? '');
  const media: string[] = [];
  for (const a of (activity.attachments ?? []).slice(0, MAX_ATTACHMENTS)) {
    const url = typeof a?.contentUrl === 'string' ? safeToken(a.contentUrl, 2048) : '';
    if (/^https?:\/\//i.test(url) && /^image\//i.test(String(a.contentType ?? ''))) media.push(url);
  }
  if (!text.trim() && media.length === 0) return { ok: false, reason: 'the message has no text' };
  return {
    ok: true,
    message: {
      channel: WEB_CHANNEL,
      address: conversationId,
      text,
      at,
      // Activity ids are unique within a conversation.
      messageId: activityId ? `${conversationId}/${activityId}` : null,
      media,
    },
    route: routeOf(activity),
  };
}

/**
 * A visitor joined a conversation (a conversationUpdate that adds someone other than the
 * bot): the conversation to greet, and where its replies go. Null for any other activity.
 */
export function parseJoin(activity: Partial<Activity>): { address: string; route: Partial<ConversationReference> } | null {
  if (activity.type !== ActivityTypes.ConversationUpdate) return null;
  const botId = activity.recipient?.id;
  if (!(activity.membersAdded ?? []).some((m) => m?.id && m.id !== botId)) return null;
  const address = safeToken(activity.conversation?.id ?? '', MAX_ID);
  return address ? { address, route: routeOf(activity) } : null;
}

/** A queued message as the activity the visitor sees: markdown, and its answers as buttons that send what they stand for. */
export function replyActivity(message: OutboundToSend): Partial<Activity> {
  const choices = message.choices ?? [];
  return {
    type: ActivityTypes.Message,
    text: message.body,
    textFormat: 'markdown',
    channelData: { outboxId: message.id },
    ...(choices.length > 0
      ? {
          suggestedActions: {
            to: [],
            actions: choices.map((c) => ({ type: 'messageBack', title: c.title, text: c.value, displayText: c.title, value: { choice: c.value } })),
          },
        }
      : {}),
  };
}

/** HTTP statuses a Bot Framework channel answers that will not change on a retry. */
function permanent(status: number | undefined): boolean {
  return status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429;
}

/** Sends queued web chat messages to the conversation they belong to, through the adapter. */
export class BotFrameworkSender implements ChannelSender {
  readonly kind = 'botframework';

  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string | null,
    private readonly routes: WebStore,
  ) {}

  get describe(): string {
    return this.appId ? `Bot Framework (app ${this.appId})` : 'Bot Framework, anonymous (local Direct Line and the Emulator)';
  }

  async send(message: OutboundToSend): Promise<Sent> {
    const route = (await this.routes.route(WEB_CHANNEL, message.to)) as Partial<ConversationReference> | null;
    if (!route?.serviceUrl) throw new SendError('no-route', true, 'no conversation reference is kept for this web chat conversation');
    let providerId: string | null = null;
    try {
      await this.adapter.continueConversationAsync(this.appId ?? '', route, async (context) => {
        const sent = await context.sendActivity(replyActivity(message));
        providerId = sent?.id ?? null;
      });
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      throw new SendError(status ? `http-${status}` : 'unreachable', permanent(status), `the channel did not take the message: ${(error as Error).message}`, {
        cause: error,
      });
    }
    return { providerId, sender: route.bot?.id ?? 'bot' };
  }

  /** The channel cannot be asked; the local Direct Line drops a second copy by its outbox id. */
  async findSent(): Promise<Sent | null> {
    return null;
  }
}
