import { Migration } from '@mikro-orm/migrations';

export class Migration20261201094732_orders extends Migration {

  override name = 'Migration20261201094732_orders';

  override up(): void | Promise<void> {
    this.addSql(`create table "delivery_method" ("id" serial primary key, "code" varchar(64) not null, "kind" text not null, "name" jsonb not null, "description" jsonb not null, "city" jsonb null, "price" int not null, "requires_address" boolean not null, "requires_postal_code" boolean not null default false, "active" boolean not null default true, "position" int not null default 0);`);
    this.addSql(`alter table "delivery_method" add constraint "delivery_method_code_unique" unique ("code");`);

    this.addSql(`create table "shop_order" ("id" serial primary key, "number" varchar(32) not null, "user_id" int not null, "status" text not null, "payment_method" text not null, "contact_name" varchar(100) not null, "contact_phone" varchar(12) not null, "delivery_method_id" int not null, "delivery_city" varchar(100) null, "delivery_address" varchar(300) null, "delivery_postal_code" varchar(6) null, "comment" varchar(500) null, "locale" text not null, "subtotal" bigint not null, "delivery_price" int not null, "total" bigint not null, "idempotency_key" varchar(100) not null, "request_hash" varchar(64) not null, "payment_due_at" timestamptz null, "paid_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now());`);
    this.addSql(`alter table "shop_order" add constraint "shop_order_number_unique" unique ("number");`);
    this.addSql(`create index "shop_order_payment_due_index" on "shop_order" ("payment_due_at") where "status" = 'pending_payment';`);
    this.addSql(`create index "shop_order_user_id_id_index" on "shop_order" ("user_id", "id");`);
    this.addSql(`alter table "shop_order" add constraint "shop_order_user_idempotency_key_unique" unique ("user_id", "idempotency_key");`);

    this.addSql(`create table "order_status_change" ("id" serial primary key, "order_id" int not null, "from_status" text null, "to_status" text not null, "actor" text not null, "actor_user_id" int null, "reason" varchar(500) null, "at" timestamptz not null default now());`);
    this.addSql(`create index "order_status_change_order_id_index" on "order_status_change" ("order_id");`);

    this.addSql(`create table "stock_movement" ("id" serial primary key, "variant_id" int not null, "delta" int not null, "reason" text not null, "order_id" int null, "admin_user_id" int null, "at" timestamptz not null default now());`);
    this.addSql(`create index "stock_movement_variant_id_index" on "stock_movement" ("variant_id");`);
    this.addSql(`create index "stock_movement_order_id_index" on "stock_movement" ("order_id");`);

    this.addSql(`create table "order_line" ("id" serial primary key, "order_id" int not null, "variant_id" int not null, "sku" varchar(64) not null, "product_name" text not null, "unit_price" int not null, "quantity" int not null, "line_total" bigint not null);`);
    this.addSql(`create index "order_line_variant_id_index" on "order_line" ("variant_id");`);
    this.addSql(`alter table "order_line" add constraint "order_line_order_variant_unique" unique ("order_id", "variant_id");`);

    this.addSql(`alter table "app_user" add "allows_write_to_pm" boolean not null default false;`);

    this.addSql(`alter table "delivery_method" add constraint "delivery_method_postal_code_needs_address" check (requires_address or not requires_postal_code);`);
    this.addSql(`alter table "delivery_method" add constraint "delivery_method_price_non_negative" check (price >= 0);`);
    this.addSql(`alter table "delivery_method" add constraint "delivery_method_kind_check" check ("kind" in ('pickup', 'courier', 'post'));`);

    this.addSql(`alter table "shop_order" add constraint "shop_order_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete restrict;`);
    this.addSql(`alter table "shop_order" add constraint "shop_order_delivery_method_id_foreign" foreign key ("delivery_method_id") references "delivery_method" ("id") on delete restrict;`);
    this.addSql(`alter table "shop_order" add constraint "shop_order_total_adds_up" check (total = subtotal + delivery_price);`);
    this.addSql(`alter table "shop_order" add constraint "shop_order_status_check" check ("status" in ('pending_payment', 'placed', 'paid', 'confirmed', 'shipped', 'delivered', 'expired', 'cancelled', 'refund_pending', 'refunded'));`);
    this.addSql(`alter table "shop_order" add constraint "shop_order_payment_method_check" check ("payment_method" in ('online', 'on_delivery'));`);
    this.addSql(`alter table "shop_order" add constraint "shop_order_locale_check" check ("locale" in ('ru', 'kk', 'en'));`);

    this.addSql(`alter table "order_status_change" add constraint "order_status_change_order_id_foreign" foreign key ("order_id") references "shop_order" ("id") on delete cascade;`);
    this.addSql(`alter table "order_status_change" add constraint "order_status_change_actor_user_id_foreign" foreign key ("actor_user_id") references "app_user" ("id") on delete restrict;`);
    this.addSql(`alter table "order_status_change" add constraint "order_status_change_from_status_check" check ("from_status" in ('pending_payment', 'placed', 'paid', 'confirmed', 'shipped', 'delivered', 'expired', 'cancelled', 'refund_pending', 'refunded'));`);
    this.addSql(`alter table "order_status_change" add constraint "order_status_change_to_status_check" check ("to_status" in ('pending_payment', 'placed', 'paid', 'confirmed', 'shipped', 'delivered', 'expired', 'cancelled', 'refund_pending', 'refunded'));`);
    this.addSql(`alter table "order_status_change" add constraint "order_status_change_actor_check" check ("actor" in ('customer', 'shop', 'system', 'payment'));`);

    this.addSql(`alter table "stock_movement" add constraint "stock_movement_variant_id_foreign" foreign key ("variant_id") references "product_variant" ("id") on delete cascade;`);
    this.addSql(`alter table "stock_movement" add constraint "stock_movement_order_id_foreign" foreign key ("order_id") references "shop_order" ("id") on delete restrict;`);
    this.addSql(`alter table "stock_movement" add constraint "stock_movement_admin_user_id_foreign" foreign key ("admin_user_id") references "app_user" ("id") on delete restrict;`);
    this.addSql(`alter table "stock_movement" add constraint "stock_movement_adjustment_admin" check ((reason = 'adjustment') = (admin_user_id is not null));`);
    this.addSql(`alter table "stock_movement" add constraint "stock_movement_order_reasons" check ((reason in ('order_reserved', 'order_released')) = (order_id is not null));`);
    this.addSql(`alter table "stock_movement" add constraint "stock_movement_delta_not_zero" check (delta <> 0);`);
    this.addSql(`alter table "stock_movement" add constraint "stock_movement_reason_check" check ("reason" in ('initial', 'order_reserved', 'order_released', 'adjustment'));`);

    this.addSql(`alter table "order_line" add constraint "order_line_order_id_foreign" foreign key ("order_id") references "shop_order" ("id") on delete cascade;`);
    this.addSql(`alter table "order_line" add constraint "order_line_variant_id_foreign" foreign key ("variant_id") references "product_variant" ("id") on delete restrict;`);
    this.addSql(`alter table "order_line" add constraint "order_line_total_adds_up" check (line_total = unit_price * quantity);`);
    this.addSql(`alter table "order_line" add constraint "order_line_quantity_positive" check (quantity > 0);`);

    // Public order numbers (T1-2026-000123) count from here, shop-wide; not the row ids.
    this.addSql(`create sequence "order_number_seq" start 1;`);
    // The stock ledger starts with what each variant holds now, so its movements sum to its stock.
    this.addSql(`insert into "stock_movement" ("variant_id", "delta", "reason") select "id", "stock", 'initial' from "product_variant" where "stock" <> 0;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "shop_order" drop constraint "shop_order_delivery_method_id_foreign";`);
    this.addSql(`alter table "order_status_change" drop constraint "order_status_change_order_id_foreign";`);
    this.addSql(`alter table "stock_movement" drop constraint "stock_movement_order_id_foreign";`);
    this.addSql(`alter table "order_line" drop constraint "order_line_order_id_foreign";`);

    this.addSql(`drop table if exists "delivery_method" cascade;`);
    this.addSql(`drop table if exists "shop_order" cascade;`);
    this.addSql(`drop table if exists "order_status_change" cascade;`);
    this.addSql(`drop table if exists "stock_movement" cascade;`);
    this.addSql(`drop table if exists "order_line" cascade;`);

    this.addSql(`alter table "app_user" drop column "allows_write_to_pm";`);
    this.addSql(`drop sequence if exists "order_number_seq";`);
  }

}
