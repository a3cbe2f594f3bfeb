import { Field, ObjectType } from 'type-graphql';
import { AppError } from './errors.js';

@ObjectType({ description: 'Relay cursor pagination state.' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Always false: lists are paged forwards only.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor?: string | null;

  @Field(() => String, { nullable: true })
  endCursor?: string | null;
}

export const DEFAULT_PAGE_SIZE = 24;
export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | undefined | null): number {
  if (first === undefined || first === null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw AppError.badInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return first;
}

/** Opaque to clients: base64url JSON of the position after which the next page starts. */
export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** Ample for any position we issue (a sort key such as a product name, and an id); longer ones are not ours. */
const MAX_CURSOR_LENGTH = 2048;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

/**
 * The position a cursor holds, or BAD_USER_INPUT for anything else: not base64url, not JSON, too long,
 * or a shape `isValid` refuses. `isValid` must also check every value that reaches SQL (see
 * `cursorValue`), so a forged cursor fails here and never as a database error.
 */
export function decodeCursor<T>(cursor: string, field: string, isValid: (value: unknown) => value is T): T {
  let decoded: unknown;
  if (cursor.length <= MAX_CURSOR_LENGTH && BASE64URL.test(cursor)) {
    try {
      decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    } catch {
      decoded = undefined;
    }
  }
  if (decoded === undefined || !isValid(decoded)) throw AppError.badInput(field, `"${field}" is not a valid cursor for this list`);
  return decoded;
}

const INT32_MAX = 2_147_483_647;

/** Checks for cursor values by the SQL type they are compared with; PostgreSQL would reject anything else. */
export const cursorValue = {
  /** A serial primary key (`integer`, from 1). */
  rowId: (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= INT32_MAX,
  integer: (value: unknown): value is number => Number.isInteger(value) && Math.abs(value as number) <= INT32_MAX,
  /** The driver hands bigint over as a decimal string; 18 digits always fit. */
  bigint: (value: unknown): value is number | string => Number.isSafeInteger(value) || (typeof value === 'string' && /^-?\d{1,18}$/.test(value)),
  float: (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value),
  /** PostgreSQL text cannot hold NUL. */
  text: (value: unknown): value is string => typeof value === 'string' && !value.includes('\u0000'),
};

/** The serial primary key a GraphQL ID names ("42"), or undefined for anything else ("1e3", "-1", "2147483648"). */
export function rowIdFrom(id: string): number | undefined {
  const value = /^\d{1,10}$/.test(id) ? Number(id) : undefined;
  return cursorValue.rowId(value) ? value : undefined;
}
