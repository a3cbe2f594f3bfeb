import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { Extensions } from 'type-graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination.js';

/**
 * Limits on one operation, checked before it runs. The token limit is not here: the parser enforces
 * it (Apollo's `parseOptions.maxTokens`, see apollo.ts), so an oversized document is never even built.
 */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxDirectives: number;
}

export type LimitName = keyof Measure | 'tokens';

/** What an operation (or a fragment, measured once) adds up to, with its fragments expanded. */
export interface Measure {
  depth: number;
  cost: number;
  aliases: number;
  directives: number;
}

export interface LimitViolation {
  limit: LimitName;
  message: string;
  operation: OperationDefinitionNode;
}

export interface DocumentAnalysis {
  /** One measure per operation, in document order; only those measured before a limit was passed. */
  operations: Measure[];
  violation: LimitViolation | null;
  /** Selections and fragment spreads walked: at most the number of them in the document. */
  steps: number;
}

/** Extra cost of one call of a resolver that runs SQL, on top of the 1 every field costs. */
export const DATABASE_CALL_COST = 20;

/** How a field adds to query cost; declared on the field with `@Cost(...)`. */
export interface CostRule {
  /** The resolver queries the database (even when batched): each call costs DATABASE_CALL_COST more. */
  queriesDatabase?: boolean;
  /** An unpaged list returns at most this many items. */
  maxItems?: number;
  /** When this argument is a literal list, the list holds as many items as it does (e.g. `ids`). */
  itemsFromArgument?: string;
  /** The list is a page of the field above it, already counted by that field's `first`. */
  isPage?: boolean;
}

/** Declares a field's cost rule next to the field; the query analysis reads it from the schema. */
export const Cost = (rule: CostRule) => Extensions({ cost: rule });

const NOTHING: Measure = { depth: 0, cost: 0, aliases: 0, directives: 0 };

class LimitPassed {
  constructor(
    readonly limit: LimitName,
    readonly message: string,
  ) {}
}

function costRuleOf(field: GraphQLField<unknown, unknown> | undefined): CostRule {
  return (field?.extensions as { cost?: CostRule } | undefined)?.cost ?? {};
}

/**
 * How many items a field's children are counted for: a paged field by its `first` (a variable may ask
 * for the largest page); a list by its declared cap, or MAX_PAGE_SIZE when it declares none; else 1.
 */
function itemsOf(node: FieldNode, field: GraphQLField<unknown, unknown> | undefined): number {
  if (!field) return 1;
  const first = field.args.find((a) => a.name === 'first');
  if (first) {
    const argument = node.arguments?.find((a) => a.name.value === 'first');
    if (!argument) return typeof first.defaultValue === 'number' ? first.defaultValue : DEFAULT_PAGE_SIZE;
    if (argument.value.kind === Kind.INT) return Math.max(1, Number(argument.value.value));
    if (argument.value.kind === Kind.NULL) return DEFAULT_PAGE_SIZE;
    return MAX_PAGE_SIZE;
  }
  if (!isListType(getNullableType(field.type))) return 1;
  const rule = costRuleOf(field);
  if (rule.isPage) return 1;
  const listed = rule.itemsFromArgument && node.arguments?.find((a) => a.name.value === rule.itemsFromArgument)?.value;
  if (listed && listed.kind === Kind.LIST) return Math.max(1, listed.values.length);
  if (listed && listed.kind !== Kind.VARIABLE) return 1;
  return rule.maxItems ?? MAX_PAGE_SIZE;
}

function fieldsOf(type: GraphQLNamedType | null | undefined) {
  return type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields() : undefined;
}

/**
 * Measures every operation of a document against the limits in time linear in the document: each
 * fragment is measured once (its type condition fixes its parent type, so its measure does not depend
 * on where it is spread) and reused at every spread, and the walk stops at the first limit passed.
 * Cost is 1 per field, DATABASE_CALL_COST more for a field that queries the database, and a field's
 * children times the items it returns (see `itemsOf`). Introspection fields are free so GraphiQL works.
 */
export function analyseDocument(schema: GraphQLSchema, document: DocumentNode, limits: QueryLimits): DocumentAnalysis {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  // null while a fragment is being measured: a spread of it then is a cycle, which validation reports.
  const measured = new Map<string, Measure | null>();
  let steps = 0;

  const check = (measure: Measure, depthAbove: number): void => {
    // Every part of an operation adds to its whole, so a part past a limit condemns the operation.
    if (depthAbove + measure.depth > limits.maxDepth) throw new LimitPassed('depth', `Query depth exceeds the limit of ${limits.maxDepth}`);
    if (measure.aliases > limits.maxAliases) throw new LimitPassed('aliases', `Query uses more than ${limits.maxAliases} aliases`);
    if (measure.directives > limits.maxDirectives) throw new LimitPassed('directives', `Query uses more than ${limits.maxDirectives} directives`);
    if (measure.cost > limits.maxCost) throw new LimitPassed('cost', `Query cost exceeds the limit of ${limits.maxCost}`);
  };

  const fragmentMeasure = (fragment: FragmentDefinitionNode): Measure | null => {
    const name = fragment.name.value;
    if (measured.has(name)) return measured.get(name)!;
    measured.set(name, null);
    const inner = measure(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), 0);
    const result = { ...inner, directives: inner.directives + (fragment.directives?.length ?? 0) };
    measured.set(name, result);
    return result;
  };

  const measure = (selectionSet: SelectionSetNode, parent: GraphQLNamedType | null | undefined, depthAbove: number): Measure => {
    const total = { ...NOTHING };
    for (const selection of selectionSet.selections) {
      steps++;
      let child: Measure;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) {
          child = { ...NOTHING, aliases: selection.alias ? 1 : 0 };
        } else {
          check({ ...NOTHING, depth: 1 }, depthAbove);
          const field = fieldsOf(parent)?.[selection.name.value];
          const inner = selection.selectionSet ? measure(selection.selectionSet, field && getNamedType(field.type), depthAbove + 1) : NOTHING;
          child = {
            depth: inner.depth + 1,
            cost: 1 + (costRuleOf(field).queriesDatabase ? DATABASE_CALL_COST : 0) + itemsOf(selection, field) * inner.cost,
            aliases: inner.aliases + (selection.alias ? 1 : 0),
            directives: inner.directives,
          };
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        child = measure(selection.selectionSet, typeName ? schema.getType(typeName) : parent, depthAbove);
      } else {
        const fragment = fragments.get(selection.name.value);
        child = (fragment && fragmentMeasure(fragment)) ?? NOTHING;
      }
      total.depth = Math.max(total.depth, child.depth);
      total.cost += child.cost;
      total.aliases += child.aliases;
      total.directives += child.directives + (selection.directives?.length ?? 0);
      check(total, depthAbove);
    }
    return total;
  };

  const operations: Measure[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    try {
      const inner = measure(definition.selectionSet, schema.getRootType(definition.operation), 0);
      const operation = { ...inner, directives: inner.directives + (definition.directives?.length ?? 0) };
      check(operation, 0);
      operations.push(operation);
    } catch (error) {
      if (!(error instanceof LimitPassed)) throw error;
      return { operations, violation: { limit: error.limit, message: error.message, operation: definition }, steps };
    }
  }
  return { operations, violation: null, steps };
}

/** Refuses operations past the limits with BAD_USER_INPUT naming the limit in `extensions.limit`. */
function limitError(limit: LimitName, message: string, nodes?: OperationDefinitionNode[]): GraphQLError {
  return new GraphQLError(message, { nodes, extensions: { code: 'BAD_USER_INPUT', limit } });
}

/**
 * The limits as a validation rule. It must come after graphql-js's own rules (Apollo appends it): it
 * analyses the whole document when the visit enters it and, past a limit, returns null, which the
 * visitor API treats as removing the document, so no other rule walks it. Some of those rules are
 * superlinear (OverlappingFieldsCanBeMerged compares fields pairwise), and a refused document need not
 * pay for them.
 */
export function queryLimitsRule(limits: QueryLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    Document(document) {
      const { violation } = analyseDocument(context.getSchema(), document, limits);
      if (!violation) return undefined;
      context.reportError(limitError(violation.limit, violation.message, [violation.operation]));
      return null;
    },
  });
}
