// The schema, as numbered migrations run in order on start. A migration that has run is
// never edited: change the schema with a new one. Several processes starting at once on
// one PostgreSQL take an advisory lock, so exactly one of them migrates.
import { StoreError, type Db } from './db.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'conversations, tenants, cases, inbound ids, opt-outs, outbox',
    sql: `
      create table tenants (
        id bigserial primary key,
        tenancy_ref text not null unique,
        name text not null,
        address_line text not null,
        postcode text not null,
        vulnerabilities text[] not null default '{}',
        updated_at timestamptz not null
      );

      -- How a tenant can be reached: one row per phone number (or other channel address).
      create table contact_points (
        channel text not null,
        address text not null,
        tenant_id bigint not null references tenants(id) on delete cascade,
        primary key (channel, address)
      );
      create index contact_points_tenant on contact_points (tenant_id);

      create table conversations (
        id text primary key,
        channel text not null,
        address text not null,
        machine_version integer not null,
        snapshot jsonb,
        open_prompt text,
        mode text not null default 'assistant' check (mode in ('assistant', 'staff')),
        -- What an unknown number told us about itself (postcode, door, name); never verified.
        identity jsonb,
        last_case text,
        pending_media jsonb not null default '[]',
        created_at timestamptz not null,
        updated_at timestamptz not null,
        unique (channel, address)
      );

      create table transcript (
        id bigserial primary key,
        conversation_id text not null references conversations(id),
        direction text not null check (direction in ('in', 'out')),
        at timestamptz not null,
        body text not null,
        media jsonb not null default '[]',
        message_id text
      );
      create index transcript_conversation on transcript (conversation_id, id);

      create table cases (
        reference text primary key,
        conversation_id text not null references conversations(id),
        tenant_id bigint references tenants(id),
        kind text not null,
        status text not null,
        opened_at timestamptz not null,
        due_by timestamptz,
        dates jsonb not null default '{}',
        -- False when the number that reported it is not on the tenancy list.
        verified boolean not null,
        address jsonb,
        vulnerabilities text[] not null default '{}',
        details jsonb not null,
        media jsonb not null default '[]',
        updated_at timestamptz not null
      );
      create index cases_conversation on cases (conversation_id);

      create table case_history (
        id bigserial primary key,
        reference text not null references cases(reference),
        at timestamptz not null,
        change jsonb not null
      );
      create index case_history_reference on case_history (reference, id);

      -- Provider message ids already taken: a retried webhook finds its id here.
      create table inbound_messages (
        channel text not null,
        message_id text not null,
        conversation_id text not null references conversations(id),
        received_at timestamptz not null,
        primary key (channel, message_id)
      );

      create table opt_outs (
        channel text not null,
        address text not null,
        opted_out_at timestamptz not null,
        source text not null,
        primary key (channel, address)
      );

      -- The transactional outbox: written in the turn's transaction, sent after it commits.
      create table outbound_messages (
        id bigserial primary key,
        conversation_id text references conversations(id),
        channel text not null,
        recipient text not null,
        sender text,
        body text not null,
        segments integer not null,
        encoding text not null,
        status text not null check (status in ('pending', 'sending', 'sent', 'delivered', 'undelivered', 'failed', 'suppressed')),
        send_after timestamptz not null,
        attempts integer not null default 0,
        provider_id text unique,
        error_code text,
        created_at timestamptz not null,
        updated_at timestamptz not null
      );
      create index outbound_pending on outbound_messages (send_after, id) where status = 'pending';
      create index outbound_sending on outbound_messages (updated_at) where status = 'sending';
      create index outbound_recipient on outbound_messages (recipient, id);
    `,
  },
  {
    version: 2,
    name: 'appointments, scheduled jobs, SLA alerts, surveys, send idempotency',
    sql: `
      alter table conversations add column prompt_slots jsonb, add column awaiting jsonb;
      alter table cases add column flags text[] not null default '{}', add column survey jsonb;
      -- in_doubt: a process died mid-send; the provider is asked before the text goes again.
      alter table outbound_messages add column idempotency_key text unique,
        add column in_doubt boolean not null default false, add column claimed_at timestamptz;

      create table appointments (
        id bigserial primary key,
        reference text not null references cases(reference),
        conversation_id text not null references conversations(id),
        day date not null,
        slot text not null,
        label text not null,
        starts_at timestamptz not null,
        ends_at timestamptz not null,
        status text not null check (status in ('booked', 'en-route', 'completed', 'no-access', 'cancelled', 'moved')),
        access_notes text,
        outside_timescale boolean not null default false,
        booked_at timestamptz not null,
        updated_at timestamptz not null
      );
      create index appointments_reference on appointments (reference, id);
      create index appointments_conversation on appointments (conversation_id, id);
      create index appointments_taken on appointments (day, slot) where status in ('booked', 'en-route');

      -- The durable scheduler: work due at a time, claimed with FOR UPDATE SKIP LOCKED.
      create table scheduled_jobs (
        id bigserial primary key,
        key text not null unique,
        run_at timestamptz not null,
        status text not null check (status in ('pending', 'done', 'cancelled', 'skipped')),
        conversation_id text references conversations(id),
        reference text,
        group_key text,
        payload jsonb not null,
        outcome text,
        created_at timestamptz not null,
        done_at timestamptz
      );
      create index scheduled_jobs_due on scheduled_jobs (run_at, id) where status = 'pending';
      create index scheduled_jobs_group on scheduled_jobs (group_key) where status = 'pending';
      create index scheduled_jobs_reference on scheduled_jobs (reference);

      create table alerts (
        id bigserial primary key,
        reference text not null,
        clock text not null,
        label text not null,
        level text not null check (level in ('warning', 'breach')),
        due_at timestamptz not null,
        raised_at timestamptz not null,
        unique (reference, clock, level, due_at)
      );
      create index alerts_raised on alerts (raised_at, id);
    `,
  },
  {
    version: 3,
    name: 'handoffs to staff',
    sql: `
      -- A conversation handed to a person: at most one live (open or taken) per conversation.
      create table handoffs (
        id bigserial primary key,
        conversation_id text not null references conversations(id),
        reason text not null,
        case_reference text,
        safe_contact boolean not null default false,
        status text not null check (status in ('open', 'taken', 'returned', 'closed')),
        requested_at timestamptz not null,
        taken_at timestamptz,
        closed_at timestamptz
      );
      create unique index handoffs_live on handoffs (conversation_id) where status in ('open', 'taken');
      create index handoffs_status on handoffs (status, requested_at);
    `,
  },
  {
    version: 4,
    name: 'web chat: buttons on outbound messages, reply routes, the local Direct Line, server secrets',
    sql: `
      -- The answers a message offers as buttons, on channels that show them.
      alter table outbound_messages add column choices jsonb;

      -- Where a channel sends replies for a conversation (Bot Framework's conversation
      -- reference): kept so reminders and staff replies can reach it later.
      create table channel_routes (
        channel text not null,
        address text not null,
        route jsonb not null,
        updated_at timestamptz not null,
        primary key (channel, address)
      );

      -- The local Direct Line service's conversations and activities. seq is the watermark:
      -- given out under the conversation's row lock, so it only ever grows in commit order.
      create table directline_conversations (
        id text primary key,
        created_at timestamptz not null,
        next_seq bigint not null default 0
      );
      create table directline_activities (
        conversation_id text not null references directline_conversations(id),
        seq bigint not null,
        activity_id text not null,
        client_activity_id text,
        activity jsonb not null,
        created_at timestamptz not null,
        primary key (conversation_id, seq)
      );
      create unique index directline_client_ids on directline_activities (conversation_id, client_activity_id)
        where client_activity_id is not null;

      -- Keys this installation signs with (visitor tokens), made once and shared by every process.
      create table server_secrets (
        name text primary key,
        value text not null,
        created_at timestamptz not null
      );
    `,
  },
  {
    version: 5,
    name: "the dialog's memory as one value",
    sql: `
      alter table conversations add column dialog jsonb;
      update conversations set dialog = jsonb_build_object('prompt', open_prompt, 'offered', prompt_slots, 'awaiting', awaiting);
      alter table conversations drop column open_prompt, drop column prompt_slots, drop column awaiting;
    `,
  },
  {
    version: 6,
    name: 'visit texts to a proved mobile number',
    sql: `
      -- A web chat visitor who proved a mobile number (a texted code typed back) gets the
      -- visit's texts there; a text from that number finds the visit.
      alter table conversations add column reminders_to text;
      create index conversations_reminders_to on conversations (reminders_to) where reminders_to is not null;
    `,
  },
  {
    version: 7,
    name: 'who each outbound message speaks for; cases by tenancy; photos',
    sql: `
      -- A channel with a messaging window (Messenger) sends a reply, a person's words and the
      -- service's own notices under different rules. Rows from before were replies or the
      -- scheduler's texts, which carry their job's key.
      alter table outbound_messages add column origin text not null default 'reply' check (origin in ('reply', 'staff', 'automated'));
      update outbound_messages set origin = 'automated' where idempotency_key like 'job:%';
      create index transcript_inbound on transcript (conversation_id, at) where direction = 'in';
      -- "Any news on my repair?" is answered from the tenancy's cases on every channel.
      create index cases_tenant on cases (tenant_id) where tenant_id is not null;
      -- Photos sent with a report: each link queued in the turn's transaction, fetched after
      -- it, checked to be an image, and kept as a file with a name of our own.
      create table photos (
        id bigserial primary key,
        reference text not null,
        source_url text not null,
        status text not null check (status in ('pending', 'stored', 'refused', 'failed')),
        attempts integer not null default 0,
        try_after timestamptz not null,
        content_type text,
        bytes integer,
        file text,
        error text,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        unique (reference, source_url)
      );
      create index photos_pending on photos (try_after, id) where status = 'pending';
    `,
  },
  {
    version: 8,
    name: 'one-time photo upload links',
    sql: `
      -- A link texted to a tenant whose channel cannot carry a photo: one case, one use, a week.
      create table upload_links (
        id text primary key,
        reference text not null,
        expires_at timestamptz not null,
        used_at timestamptz,
        created_at timestamptz not null
      );
    `,
  },
  {
    version: 9,
    name: 'staff accounts, console sessions, audit log',
    sql: `
      -- People who sign in to the console. The email is kept lower-cased; the password only
      -- as a scrypt hash. Wrong passwords are counted and lock the account for a while.
      create table staff (
        id bigserial primary key,
        email text not null unique,
        name text not null,
        role text not null check (role in ('agent', 'supervisor')),
        password_hash text not null,
        failed_attempts integer not null default 0,
        locked_until timestamptz,
        disabled_at timestamptz,
        created_at timestamptz not null
      );

      -- A signed-in browser. Only a hash of the cookie's value is kept, so a copy of the
      -- database signs nobody in.
      create table staff_sessions (
        id_hash text primary key,
        staff_id bigint not null references staff(id) on delete cascade,
        csrf text not null,
        created_at timestamptz not null,
        seen_at timestamptz not null,
        expires_at timestamptz not null
      );
      create index staff_sessions_staff on staff_sessions (staff_id);

      -- Every staff action, with who and when. The name is copied so the log still reads
      -- after an account is removed.
      create table audit_log (
        id bigserial primary key,
        at timestamptz not null,
        staff_id bigint references staff(id) on delete set null,
        staff_name text not null,
        action text not null,
        subject text,
        detail jsonb not null default '{}'
      );
      create index audit_log_at on audit_log (at, id);
    `,
  },
  {
    version: 10,
    name: 'who took a handoff; who wrote a message',
    sql: `
      -- The member of staff who has the conversation (their name kept as it was then).
      alter table handoffs add column taken_by bigint references staff(id) on delete set null;
      alter table handoffs add column taken_by_name text;
      -- A message written by a person on the staff carries their name; the assistant's and
      -- the tenant's carry none.
      alter table transcript add column author text;
    `,
  },
];

/** An arbitrary constant: the advisory lock every Doorstep process takes to migrate. */
const MIGRATION_LOCK = 7_160_421;

/** Runs the migrations not yet applied; returns the versions it ran. */
export async function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  try {
    return await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await tx.query(
        'create table if not exists schema_migrations (version integer primary key, name text not null, applied_at timestamptz not null default now())',
      );
      const done = new Set((await tx.query<{ version: number }>('select version from schema_migrations')).rows.map((r) => r.version));
      const ran: number[] = [];
      for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
        if (done.has(m.version)) continue;
        await tx.exec(m.sql);
        await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [m.version, m.name]);
        ran.push(m.version);
      }
      return ran;
    });
  } catch (cause) {
    throw new StoreError('STORE_MIGRATION_FAILED', `The database schema could not be brought up to date: ${(cause as Error).message}`, { cause });
  }
}
