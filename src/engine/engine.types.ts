// What the engine is given and what one turn gives back.
import type { AppointmentChange, CaseChange, Say } from '../../machines/conversation.types.js';
import type { ChannelCapabilities, Rendered } from '../../dialogs/render.js';
import type { CalendarProvider } from '../appointments/calendar.js';
import type { UploadLinks } from '../photos/upload-links.js';
import type { PolicyPack } from '../policy/policy.schema.js';
import type { Store } from '../store/store.js';

export interface TurnResult {
  /** True when this message id was taken before: nothing was done. */
  duplicate: boolean;
  conversationId: string | null;
  says: Say[];
  /** The texts queued for the tenant, in order. */
  texts: string[];
  /** The same messages as put for the channel, with the answers each offers as buttons. */
  replies: Rendered[];
  cases: CaseChange[];
  /** True when the assistant stayed silent (staff have the conversation, or an opt-out). */
  silent: boolean;
  outboundIds: number[];
  /** Visits booked, moved or cancelled on this turn. */
  appointments: AppointmentChange[];
  /** The conversation was handed to staff on this turn, and why. */
  handoff?: { reason: string; safeContact: boolean } | null;
}

export interface EngineOptions {
  pack: PolicyPack;
  store: Store;
  /** A fresh case reference; random unless a test or the simulator wants them repeatable. */
  reference?: () => string;
  /** Which visits are free; the built-in calendar (APPOINTMENT_CAPACITY a slot a day) unless given. */
  calendar?: CalendarProvider;
  /** Visits one slot of one working day can take, for the built-in calendar. */
  capacity?: number;
  /** What each channel can show, by channel name (the engine puts its words accordingly); SMS when not given. */
  capabilities?: (channel: string) => ChannelCapabilities;
  /** Issues one-time photo upload links for channels that cannot carry a photo; none offered when not given. */
  uploadLinks?: UploadLinks;
}
