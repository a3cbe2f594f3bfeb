import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../graphql/errors.js';
import { DeliveryMethod } from './delivery-method.entity.js';
import { MAX_DELIVERY_METHODS } from './delivery-method.types.js';

/** The methods shoppers may choose, in the shop's order; at most MAX_DELIVERY_METHODS. */
export function activeDeliveryMethods(em: EntityManager): Promise<DeliveryMethod[]> {
  return em.find(DeliveryMethod, { active: true }, { orderBy: { position: 'asc', id: 'asc' }, limit: MAX_DELIVERY_METHODS });
}

/** The active method with this code; BAD_USER_INPUT on `field` otherwise. */
export async function deliveryMethodByCode(em: EntityManager, code: string, field: string): Promise<DeliveryMethod> {
  const method = code ? await em.findOne(DeliveryMethod, { code, active: true }) : null;
  if (!method) throw AppError.badInput(field, `there is no delivery method "${code}"`);
  return method;
}
