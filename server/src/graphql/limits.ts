import {
  GraphQLError,
  Kind,
  getNamedType,
  isInterfaceType,
  isObjectType,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { MAX_PAGE_SIZE } from './pagination.js';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

interface Measure {
  depth: number;
  cost: number;
  aliases: number;
}

/**
 * Rejects abusive operations before they run: too deep, too many aliases, or too expensive. Cost counts
 * one per field and multiplies a list field's children by its `first` argument (the maximum page size
 * when it comes from a variable). Introspection fields are free so GraphiQL keeps working.
 */
export function queryLimitsRule(limits: QueryLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }

    const pageSizeOf = (field: FieldNode, parent: GraphQLNamedType | undefined): number => {
      const argument = field.arguments?.find((a) => a.name.value === 'first');
      if (argument?.value.kind === Kind.INT) return Math.max(1, Number(argument.value.value));
      if (argument) return MAX_PAGE_SIZE;
      const definition = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[field.name.value] : undefined;
      const declared = definition?.args.find((a) => a.name === 'first')?.defaultValue;
      return typeof declared === 'number' ? declared : 1;
    };

    const measure = (selectionSet: SelectionSetNode, parent: GraphQLNamedType | undefined, visiting: Set<string>): Measure => {
      const total: Measure = { depth: 0, cost: 0, aliases: 0 };
      for (const selection of selectionSet.selections) {
        let child: Measure = { depth: 0, cost: 0, aliases: 0 };
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__')) continue;
          const definition = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[selection.name.value] : undefined;
          const inner = selection.selectionSet
            ? measure(selection.selectionSet, definition ? getNamedType(definition.type) : undefined, visiting)
            : { depth: 0, cost: 0, aliases: 0 };
          child = {
            depth: inner.depth + 1,
            cost: 1 + pageSizeOf(selection, parent) * inner.cost,
            aliases: inner.aliases + (selection.alias ? 1 : 0),
          };
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const typeName = selection.typeCondition?.name.value;
          child = measure(selection.selectionSet, typeName ? context.getSchema().getType(typeName) ?? parent : parent, visiting);
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || visiting.has(name)) continue;
          child = measure(fragment.selectionSet, context.getSchema().getType(fragment.typeCondition.name.value) ?? undefined, new Set(visiting).add(name));
        }
        total.depth = Math.max(total.depth, child.depth);
        total.cost += child.cost;
        total.aliases += child.aliases;
      }
      return total;
    };

    return {
      OperationDefinition(operation) {
        const root = context.getSchema().getRootType(operation.operation) ?? undefined;
        const { depth, cost, aliases } = measure(operation.selectionSet, root, new Set());
        const report = (message: string, limit: string) =>
          context.reportError(new GraphQLError(message, { nodes: [operation], extensions: { code: 'BAD_USER_INPUT', limit } }));
        if (depth > limits.maxDepth) report(`Query depth ${depth} exceeds the limit of ${limits.maxDepth}`, 'depth');
        if (aliases > limits.maxAliases) report(`Query uses ${aliases} aliases; the limit is ${limits.maxAliases}`, 'aliases');
        if (cost > limits.maxCost) report(`Query cost ${cost} exceeds the limit of ${limits.maxCost}`, 'cost');
      },
    };
  };
}
