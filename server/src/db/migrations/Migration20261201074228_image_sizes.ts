import { Migration } from '@mikro-orm/migrations';

export class Migration20261201074228_image_sizes extends Migration {

  override name = 'Migration20261201074228_image_sizes';

  override up(): void | Promise<void> {
    this.addSql(`alter table "product_image" add "widths" jsonb not null default '[]', add "placeholder" text null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "product_image" drop column "widths", drop column "placeholder";`);
  }

}
