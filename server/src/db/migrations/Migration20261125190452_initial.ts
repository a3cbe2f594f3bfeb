import { Migration } from '@mikro-orm/migrations';

export class Migration20261125190452_initial extends Migration {

  override name = 'Migration20261125190452_initial';

  override up(): void | Promise<void> {
    // Trigram matching finds products by misspelt names (search).
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create type "product_status" as enum ('draft', 'published');`);
    this.addSql(`create table "category" ("id" serial primary key, "slug" varchar(120) not null, "position" int not null default 0, "parent_id" int null, "name" jsonb not null, "description" jsonb not null);`);
    this.addSql(`alter table "category" add constraint "category_slug_unique" unique ("slug");`);
    this.addSql(`create index "category_parent_id_index" on "category" ("parent_id");`);

    this.addSql(`create table "product" ("id" serial primary key, "slug" varchar(160) not null, "status" "product_status" not null default 'draft', "featured" boolean not null default false, "category_id" int not null, "name" jsonb not null, "description" jsonb not null, "attributes" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "search_vector" tsvector generated always as (
  setweight(to_tsvector('russian', coalesce(name->>'ru', '')), 'A') ||
  setweight(to_tsvector('english', coalesce(name->>'en', '')), 'A') ||
  setweight(to_tsvector('simple', coalesce(name->>'kk', '')), 'A') ||
  setweight(to_tsvector('russian', coalesce(description->>'ru', '')), 'C') ||
  setweight(to_tsvector('english', coalesce(description->>'en', '')), 'C') ||
  setweight(to_tsvector('simple', coalesce(description->>'kk', '')), 'C')
) stored null, "search_names" text generated always as (lower(coalesce(name->>'ru', '') || ' ' || coalesce(name->>'kk', '') || ' ' || coalesce(name->>'en', ''))) stored null);`);
    this.addSql(`alter table "product" add constraint "product_slug_unique" unique ("slug");`);
    this.addSql(`create index "product_category_id_index" on "product" ("category_id");`);
    this.addSql(`create index "product_search_names_trgm_idx" on "product" using gin ("search_names" gin_trgm_ops);`);
    this.addSql(`create index "product_search_vector_idx" on "product" using gin ("search_vector");`);

    this.addSql(`create table "product_image" ("id" serial primary key, "product_id" int not null, "path" varchar(300) not null, "alt" jsonb not null, "width" int not null, "height" int not null, "position" int not null default 0);`);
    this.addSql(`create index "product_image_product_id_index" on "product_image" ("product_id");`);

    this.addSql(`create table "product_variant" ("id" serial primary key, "product_id" int not null, "sku" varchar(64) not null, "colour" varchar(32) not null, "width_mm" int not null, "material" varchar(32) not null, "price" int not null, "compare_at_price" int null, "stock" int not null default 0, "position" int not null default 0);`);
    this.addSql(`create index "product_variant_product_id_index" on "product_variant" ("product_id");`);
    this.addSql(`alter table "product_variant" add constraint "product_variant_sku_unique" unique ("sku");`);
    this.addSql(`create index "product_variant_colour_index" on "product_variant" ("colour");`);

    this.addSql(`alter table "category" add constraint "category_parent_id_foreign" foreign key ("parent_id") references "category" ("id") on delete restrict;`);

    this.addSql(`alter table "product" add constraint "product_category_id_foreign" foreign key ("category_id") references "category" ("id") on delete restrict;`);

    this.addSql(`alter table "product_image" add constraint "product_image_product_id_foreign" foreign key ("product_id") references "product" ("id") on delete cascade;`);

    this.addSql(`alter table "product_variant" add constraint "product_variant_product_id_foreign" foreign key ("product_id") references "product" ("id") on delete cascade;`);
    this.addSql(`alter table "product_variant" add constraint "product_variant_price_positive" check (price > 0);`);
    this.addSql(`alter table "product_variant" add constraint "product_variant_stock_non_negative" check (stock >= 0);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "category" drop constraint "category_parent_id_foreign";`);
    this.addSql(`alter table "product" drop constraint "product_category_id_foreign";`);
    this.addSql(`alter table "product_image" drop constraint "product_image_product_id_foreign";`);
    this.addSql(`alter table "product_variant" drop constraint "product_variant_product_id_foreign";`);

    this.addSql(`drop table if exists "category" cascade;`);
    this.addSql(`drop table if exists "product" cascade;`);
    this.addSql(`drop table if exists "product_image" cascade;`);
    this.addSql(`drop table if exists "product_variant" cascade;`);

    this.addSql(`drop type "product_status";`);
  }

}
