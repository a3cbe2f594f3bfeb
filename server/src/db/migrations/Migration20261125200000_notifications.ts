import { Migration } from '@mikro-orm/migrations';

export class Migration20261125200000_notifications extends Migration {

  override name = 'Migration20261125200000_notifications';

  override up(): void | Promise<void> {
    this.addSql(`create table "outbox_message" ("id" serial primary key, "channel" text not null default 'telegram', "chat_id" text not null, "text" text not null, "parse_mode" text null, "dedupe_key" text null, "status" text not null default 'pending', "attempts" int not null default 0, "next_attempt_at" timestamptz not null default now(), "claimed_until" timestamptz null, "last_error" text null, "telegram_message_id" bigint null, "created_at" timestamptz not null default now(), "sent_at" timestamptz null);`);
    this.addSql(`alter table "outbox_message" add constraint "outbox_message_dedupe_key_unique" unique ("dedupe_key");`);
    // Serves the worker's claim query (due pending rows, expired 'sending' leases).
    this.addSql(`create index "outbox_message_status_next_attempt_at_index" on "outbox_message" ("status", "next_attempt_at");`);
    this.addSql(`alter table "outbox_message" add constraint "outbox_message_parse_mode_known" check (parse_mode in ('HTML', 'MarkdownV2'));`);
    this.addSql(`alter table "outbox_message" add constraint "outbox_message_text_length" check (char_length(text) >= 1 and char_length(text) <= 4096);`);
    this.addSql(`alter table "outbox_message" add constraint "outbox_message_channel_check" check ("channel" in ('telegram'));`);
    this.addSql(`alter table "outbox_message" add constraint "outbox_message_status_check" check ("status" in ('pending', 'sending', 'sent', 'failed'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "outbox_message" cascade;`);
  }

}
