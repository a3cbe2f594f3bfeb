import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';

/** Placeholder until the notifications outbox lands; replaced by an enqueue into the outbox. */
export async function notifyOwner(_tx: EntityManager, _config: Config, _dedupeKey: string, _text: string): Promise<void> {}
