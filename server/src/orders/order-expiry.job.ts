/**
 * Expires online orders whose payment did not arrive by their paymentDueAt and puts their stock back on
 * sale. It works from the database, not from timers per order, so a restart loses nothing: an order that
 * fell due while every server was down expires on the first poll after. Every API process runs one; each
 * expiry is its own transaction claiming one order with SKIP LOCKED (order-lifecycle.service.ts), so
 * several servers never expire the same order twice and never wait on each other.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { OrderLifecycleService } from './order-lifecycle.service.js';

export interface OrderExpiryJobOptions {
  orm: MikroORM;
  config: Config;
  logger: Logger;
  /** Pause between polls once nothing is overdue: an order expires at most this long after its due time. */
  pollIntervalMs?: number;
  /** Most orders one run expires, so a backlog cannot starve stop(). */
  maxPerRun?: number;
}

export interface OrderExpiryJob {
  /** Polls in the background until stop(). */
  start(): void;
  /** Stops polling; resolves once a run in flight has finished. */
  stop(): Promise<void>;
  /** Expires what is overdue now; resolves to how many orders it expired. */
  runOnce(): Promise<number>;
}

const DEFAULTS = { pollIntervalMs: 30_000, maxPerRun: 100 };

export function createOrderExpiryJob(options: OrderExpiryJobOptions): OrderExpiryJob {
  const { orm, config, logger } = options;
  const pollIntervalMs = options.pollIntervalMs ?? DEFAULTS.pollIntervalMs;
  const maxPerRun = options.maxPerRun ?? DEFAULTS.maxPerRun;
  let stopping = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  const runs = new Set<Promise<number>>();

  async function run(): Promise<number> {
    const orders = new OrderLifecycleService(orm.em.fork(), config);
    let expired = 0;
    while (!stopping && expired < maxPerRun && (await orders.expireNextOverdue())) expired++;
    if (expired) logger.info('orders expired unpaid; their stock is back on sale', { expired });
    return expired;
  }

  function runTracked(): Promise<number> {
    const current = run().finally(() => runs.delete(current));
    runs.add(current);
    return current;
  }

  return {
    start() {
      if (loop) return;
      stopping = false;
      loop = (async () => {
        while (!stopping) {
          let expired = 0;
          try {
            expired = await runTracked();
          } catch (error) {
            logger.error('order expiry run failed; trying again at the next poll', { error });
          }
          if (expired < maxPerRun && !stopping) {
            await new Promise<void>((resolve) => {
              const timer = setTimeout(resolve, pollIntervalMs);
              wake = () => {
                clearTimeout(timer);
                resolve();
              };
            });
            wake = undefined;
          }
        }
      })();
    },
    async stop() {
      stopping = true;
      wake?.();
      await loop;
      await Promise.allSettled([...runs]);
      loop = undefined;
      stopping = false;
    },
    runOnce: runTracked,
  };
}
