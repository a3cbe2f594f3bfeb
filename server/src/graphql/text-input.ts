import { Kind, visit, type DocumentNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from './context.js';
import { AppError } from './errors.js';

const NUL = '\u0000';

/** Whether a variables value holds a string with NUL anywhere inside; iterative, so nesting depth cannot overflow the stack. */
function variablesHoldNul(variables: unknown): boolean {
  const pending: unknown[] = [variables];
  while (pending.length) {
    const value = pending.pop();
    if (typeof value === 'string') {
      if (value.includes(NUL)) return true;
    } else if (value && typeof value === 'object') {
      for (const inner of Object.values(value)) pending.push(inner);
    }
  }
  return false;
}

function documentHoldsNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (node.value.includes(NUL)) found = true;
    },
  });
  return found;
}

/**
 * PostgreSQL text cannot hold NUL, so no field of ours can take one: a string argument or variable with
 * NUL is BAD_USER_INPUT before anything runs, instead of a database error deep inside a resolver.
 */
export const nulInTextPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        if (documentHoldsNul(document) || variablesHoldNul(request.variables)) {
          throw new AppError('BAD_USER_INPUT', 'Text may not contain the NUL character (\\u0000)');
        }
      },
    };
  },
};
