import { Migration } from '@mikro-orm/migrations';

export class Migration20261201062836_sign_in_hardening extends Migration {

  override name = 'Migration20261201062836_sign_in_hardening';

  override up(): void | Promise<void> {
    this.addSql(`create type "session_client" as enum ('browser', 'mini_app');`);
    this.addSql(`create table "used_sign_in_proof" ("hash" varchar(64) not null, "expires_at" timestamptz not null, primary key ("hash"));`);
    this.addSql(`create index "used_sign_in_proof_expires_at_index" on "used_sign_in_proof" ("expires_at");`);

    this.addSql(`alter table "user_session" add "client" "session_client" not null default 'browser';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "used_sign_in_proof" cascade;`);

    this.addSql(`alter table "user_session" drop column "client";`);

    this.addSql(`drop type "session_client";`);
  }

}
