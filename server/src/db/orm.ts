import { DefaultLogger, type LogContext, type LoggerNamespace } from '@mikro-orm/core';
import { MikroORM, defineConfig } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Category } from '../catalog/category.entity.js';
import { Image } from '../catalog/image.entity.js';
import { Product } from '../catalog/product.entity.js';
import { StockMovement } from '../catalog/stock-movement.entity.js';
import { Variant } from '../catalog/variant.entity.js';
import { DeliveryMethod } from '../orders/delivery-method.entity.js';
import { Order } from '../orders/order.entity.js';
import { OrderLine } from '../orders/order-line.entity.js';
import { OrderStatusChange } from '../orders/order-status-change.entity.js';
import { OutboxMessage } from '../notifications/outbox-message.entity.js';
import type { Logger } from '../logger.js';
import { RateLimitBucket } from '../security/rate-limit-bucket.entity.js';
import { Session } from '../users/session.entity.js';
import { UsedSignInProof } from '../users/used-sign-in-proof.entity.js';
import { User } from '../users/user.entity.js';
import { migrations } from './migrations/index.js';

export const entities = [
  Category,
  Product,
  Variant,
  Image,
  StockMovement,
  DeliveryMethod,
  Order,
  OrderLine,
  OrderStatusChange,
  User,
  Session,
  RateLimitBucket,
  OutboxMessage,
  UsedSignInProof,
];

export interface OrmOptions {
  databaseUrl: string;
  logger: Logger;
  poolSize?: number;
  /** Called with every SQL statement; used by tests that count queries. */
  onQuery?: (sql: string) => void;
}

class OrmLogger extends DefaultLogger {
  constructor(
    private readonly appLogger: Logger,
    private readonly onQuery: ((sql: string) => void) | undefined,
  ) {
    super({ writer: () => undefined, debugMode: onQuery ? ['query'] : false });
  }

  override log(namespace: LoggerNamespace, message: string, context?: LogContext): void {
    if (namespace === 'query' && context?.query) this.onQuery?.(context.query);
    else this.appLogger.debug(message, { namespace });
  }

  override error(namespace: LoggerNamespace, message: string): void {
    this.appLogger.error(message, { namespace });
  }

  override warn(namespace: LoggerNamespace, message: string): void {
    this.appLogger.warn(message, { namespace });
  }
}

export function ormConfig(options: OrmOptions) {
  return defineConfig({
    clientUrl: options.databaseUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    migrations: { migrationsList: migrations, tableName: 'schema_migrations', snapshot: false, transactional: true, allOrNothing: true, silent: true },
    pool: { min: 0, max: options.poolSize ?? 10 },
    forceUtcTimezone: true,
    loggerFactory: () => new OrmLogger(options.logger, options.onQuery),
    debug: options.onQuery ? ['query'] : false,
  });
}

export async function createOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormConfig(options));
}

/** Applies every committed migration that has not run yet; safe to call on each start. */
export async function migrate(orm: MikroORM): Promise<void> {
  await orm.migrator.up();
}
