import { Migration } from '@mikro-orm/migrations';

export class Migration20261125191400_users extends Migration {

  override name = 'Migration20261125191400_users';

  override up(): void | Promise<void> {
    this.addSql(`create type "user_role" as enum ('customer', 'admin');`);
    this.addSql(`create table "rate_limit_bucket" ("key" varchar(200) not null, "window_start" timestamptz not null, "hits" int not null, primary key ("key"));`);

    this.addSql(`create table "app_user" ("id" serial primary key, "telegram_id" bigint not null, "first_name" varchar(256) not null, "last_name" varchar(256) null, "username" varchar(64) null, "photo_url" varchar(1024) null, "language_code" varchar(16) null, "role" "user_role" not null default 'customer', "created_at" timestamptz not null default now(), "last_seen_at" timestamptz not null default now());`);
    this.addSql(`alter table "app_user" add constraint "app_user_telegram_id_unique" unique ("telegram_id");`);

    this.addSql(`create table "user_session" ("id" serial primary key, "token_hash" varchar(64) not null, "user_id" int not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "last_used_at" timestamptz not null default now(), "user_agent" varchar(512) null, "revoked_at" timestamptz null);`);
    this.addSql(`alter table "user_session" add constraint "user_session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "user_session_user_id_index" on "user_session" ("user_id");`);

    this.addSql(`alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "user_session" drop constraint "user_session_user_id_foreign";`);

    this.addSql(`drop table if exists "rate_limit_bucket" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
    this.addSql(`drop table if exists "user_session" cascade;`);

    this.addSql(`drop type "user_role";`);
  }

}
