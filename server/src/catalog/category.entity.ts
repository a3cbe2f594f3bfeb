import { Entity, Index, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Collection, type Rel } from '@mikro-orm/core';
import type { LocalizedText } from '../i18n/locale.js';

@Entity({ tableName: 'category' })
export class Category {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'string', length: 120, unique: true })
  slug!: string;

  @Property({ type: 'integer', default: 0 })
  position: number = 0;

  @Index()
  @ManyToOne(() => Category, { nullable: true, deleteRule: 'restrict' })
  parent?: Rel<Category> | null;

  @OneToMany(() => Category, (child) => child.parent)
  children = new Collection<Category>(this);

  @Property({ type: 'json' })
  name!: LocalizedText;

  @Property({ type: 'json' })
  description!: LocalizedText;
}
