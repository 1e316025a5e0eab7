// One inbound message through the engine, the same way on every channel: the turn is
// committed (its replies queued in the outbox) or, when something fails on our side, the
// message is kept and the tenant told, so nothing is lost in silence. A store that cannot
// be reached is thrown on: the route answers 503 and the provider delivers it again (a
// retry of a message that did commit is then a duplicate).
import type { ConversationEngine, InboundMessage, TurnResult } from '../engine/conversation-engine.js';
import { StoreError } from '../store/db.js';
import { shortId, type Logger } from '../log/logger.js';

export async function runTurn(engine: ConversationEngine, message: InboundMessage, log: Logger, fields: Record<string, unknown> = {}): Promise<TurnResult> {
  const rlog = log.child({ channel: message.channel, messageId: shortId(message.messageId), ...fields });
  try {
    const result = await engine.receive(message);
    rlog.info(
      { conversationId: result.conversationId, duplicate: result.duplicate, replies: result.texts.length, cases: result.cases.map((c) => c.reference) },
      result.duplicate ? `${message.channel} retry ignored` : `${message.channel} turn`,
    );
    return result;
  } catch (error) {
    if (error instanceof StoreError && error.code === 'STORE_UNAVAILABLE') throw error;
    rlog.error({ err: error }, 'turn failed; keeping the message and apologising');
    return engine.keepUnprocessed(message);
  }
}
