import {
  GraphQLError,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isIntrospectionType,
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

/** Cost of one SQL statement a resolver runs per call, on top of the 1 every field costs. */
export const DATABASE_CALL_COST = 20;

/**
 * How a field adds to query cost; declared on the field with `@Cost(...)`. A field that runs SQL is
 * charged DATABASE_CALL_COST per statement one call of it runs, so the charge follows the database work:
 * declare the statements a call really runs (a query-count test should pin them), not 1 for every call.
 */
export interface CostRule {
  /** The resolver runs one statement per call, or is batched (a few statements answer every call of a level): 1 statement. */
  queriesDatabase?: boolean;
  /** Statements one call runs, whatever is selected below it. */
  statements?: number;
  /** Further statements one call runs only when a page list below it (an `isPage` field) is selected: loading the page's items. */
  pageStatements?: number;
  /** How many ordinary statements each of `statements` is worth, for statements that do far more work per call (search ranks every product). */
  weight?: number;
  /** An unpaged list returns at most this many items. */
  maxItems?: number;
  /** When this argument is a literal list, the list holds as many items as it does (e.g. `ids`). */
  itemsFromArgument?: string;
  /** The list is a page of the field above it, already counted by that field's `first`. */
  isPage?: boolean;
}

/** Declares a field's cost rule next to the field; the query analysis reads it from the schema. */
export const Cost = (rule: CostRule) => Extensions({ cost: rule });

/** A measure while walking, with whether a page list (an `isPage` field) is selected right below. */
interface Walked extends Measure {
  selectsPage: boolean;
}

const NOTHING: Walked = { depth: 0, cost: 0, aliases: 0, directives: 0, selectsPage: false };

const INTROSPECTION_ALIASES = 'Aliases are not allowed on __schema or inside __schema and __type selections';

class LimitPassed {
  constructor(
    readonly limit: LimitName,
    readonly message: string,
  ) {}
}

function costRuleOf(field: GraphQLField<unknown, unknown> | undefined): CostRule {
  return (field?.extensions as { cost?: CostRule } | undefined)?.cost ?? {};
}

/** What the statements of one call cost; the page's statements only when the selection asks for the page. */
function databaseCost(rule: CostRule, selectsPage: boolean): number {
  const statements = (rule.statements ?? (rule.queriesDatabase ? 1 : 0)) * (rule.weight ?? 1) + (selectsPage ? (rule.pageStatements ?? 0) : 0);
  return statements * DATABASE_CALL_COST;
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

/** The field a selection names, including the root's `__schema` and `__type`, which no type lists. */
function fieldOf(parent: GraphQLNamedType | null | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  return fieldsOf(parent)?.[name];
}

/**
 * Measures every operation of a document against the limits in time linear in the document: each
 * fragment is measured once (its type condition fixes its parent type, so its measure does not depend
 * on where it is spread) and reused at every spread, and the walk stops at the first limit passed.
 * Cost is 1 per field, DATABASE_CALL_COST per statement of a field that queries the database (see
 * `CostRule`), and a field's children times the items it returns (see `itemsOf`).
 *
 * Introspection (`__schema`, `__type` and the fields of the introspection types below them) is walked
 * too, for aliases and directives, but adds no depth and no cost, so GraphiQL's introspection query
 * passes; graphql-js's MaxIntrospectionDepthRule bounds its nested type lists. Repeated unaliased fields
 * merge, so aliases are the one way to make introspection answer the same list many times: they are
 * refused on `__schema` and anywhere below `__schema` or `__type`. Aliases on `__type(name:)` itself
 * stay allowed (counted like any alias): tools detect server capabilities with a few of them.
 */
export function analyseDocument(schema: GraphQLSchema, document: DocumentNode, limits: QueryLimits): DocumentAnalysis {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  // null while a fragment is being measured: a spread of it then is a cycle, which validation reports.
  const measured = new Map<string, Walked | null>();
  let steps = 0;

  const check = (measure: Measure, depthAbove: number): void => {
    // Every part of an operation adds to its whole, so a part past a limit condemns the operation.
    if (depthAbove + measure.depth > limits.maxDepth) throw new LimitPassed('depth', `Query depth exceeds the limit of ${limits.maxDepth}`);
    if (measure.aliases > limits.maxAliases) throw new LimitPassed('aliases', `Query uses more than ${limits.maxAliases} aliases`);
    if (measure.directives > limits.maxDirectives) throw new LimitPassed('directives', `Query uses more than ${limits.maxDirectives} directives`);
    if (measure.cost > limits.maxCost) throw new LimitPassed('cost', `Query cost exceeds the limit of ${limits.maxCost}`);
  };

  const fragmentMeasure = (fragment: FragmentDefinitionNode): Walked | null => {
    const name = fragment.name.value;
    if (measured.has(name)) return measured.get(name)!;
    measured.set(name, null);
    const inner = measure(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), 0);
    const result = { ...inner, directives: inner.directives + (fragment.directives?.length ?? 0) };
    measured.set(name, result);
    return result;
  };

  const measureField = (selection: FieldNode, parent: GraphQLNamedType | null | undefined, depthAbove: number): Walked => {
    const name = selection.name.value;
    const field = fieldOf(parent, name);
    const alias = selection.alias ? 1 : 0;
    const insideIntrospection = !!parent && isIntrospectionType(parent);
    if (insideIntrospection || field === SchemaMetaFieldDef || field === TypeMetaFieldDef) {
      if (alias && (insideIntrospection || field === SchemaMetaFieldDef)) throw new LimitPassed('aliases', INTROSPECTION_ALIASES);
      // Adds nothing itself; passes on what is below (only introspection, in a valid document).
      const inner = selection.selectionSet ? measure(selection.selectionSet, field && getNamedType(field.type), depthAbove) : NOTHING;
      return { ...inner, aliases: inner.aliases + alias, selectsPage: false };
    }
    if (name.startsWith('__')) return { ...NOTHING, aliases: alias };
    check({ ...NOTHING, depth: 1 }, depthAbove);
    const inner = selection.selectionSet ? measure(selection.selectionSet, field && getNamedType(field.type), depthAbove + 1) : NOTHING;
    const rule = costRuleOf(field);
    return {
      depth: inner.depth + 1,
      cost: 1 + databaseCost(rule, inner.selectsPage) + itemsOf(selection, field) * inner.cost,
      aliases: inner.aliases + alias,
      directives: inner.directives,
      selectsPage: rule.isPage === true,
    };
  };

  const measure = (selectionSet: SelectionSetNode, parent: GraphQLNamedType | null | undefined, depthAbove: number): Walked => {
    const total = { ...NOTHING };
    for (const selection of selectionSet.selections) {
      steps++;
      let child: Walked;
      if (selection.kind === Kind.FIELD) {
        child = measureField(selection, parent, depthAbove);
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
      total.selectsPage ||= child.selectsPage;
      check(total, depthAbove);
    }
    return total;
  };

  const operations: Measure[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    try {
      const { depth, cost, aliases, directives } = measure(definition.selectionSet, schema.getRootType(definition.operation), 0);
      const operation = { depth, cost, aliases, directives: directives + (definition.directives?.length ?? 0) };
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
