import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

const limitError = (message: string, details: Record<string, unknown>) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...details } });

/**
 * One validation rule for depth, aliases and cost. Cost: every field costs 1, and a field with a
 * `first` argument multiplies the cost of what it selects by `first` (a list of 100 projects with
 * 100 keys each costs about 10,000). Computed before execution, so an expensive query never runs.
 */
export function queryLimitsRule(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }

    function firstOf(field: FieldNode): number {
      const arg = field.arguments?.find((a) => a.name.value === 'first');
      if (!arg) return 1;
      if (arg.value.kind === Kind.INT) return Math.max(1, Number(arg.value.value));
      // A variable's value is not known at validation: assume the largest page.
      return 100;
    }

    function walk(set: SelectionSetNode, depth: number, seen: Set<string>): { depth: number; cost: number; aliases: number } {
      let maxDepth = depth;
      let cost = 0;
      let aliases = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          if (sel.alias) aliases++;
          const child = sel.selectionSet ? walk(sel.selectionSet, depth + 1, seen) : { depth, cost: 0, aliases: 0 };
          maxDepth = Math.max(maxDepth, child.depth);
          aliases += child.aliases;
          cost += 1 + firstOf(sel) * child.cost;
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          const child = walk(sel.selectionSet, depth, seen);
          maxDepth = Math.max(maxDepth, child.depth);
          cost += child.cost;
          aliases += child.aliases;
        } else {
          const name = sel.name.value;
          const frag = fragments.get(name);
          if (!frag || seen.has(name)) continue; // unknown or cyclic fragments are reported by graphql's own rules
          const child = walk(frag.selectionSet, depth, new Set([...seen, name]));
          maxDepth = Math.max(maxDepth, child.depth);
          cost += child.cost;
          aliases += child.aliases;
        }
      }
      return { depth: maxDepth, cost, aliases };
    }

    return {
      OperationDefinition(node) {
        const { depth, cost, aliases } = walk(node.selectionSet, 1, new Set());
        if (depth > limits.maxDepth) {
          context.reportError(
            limitError(`Query depth ${depth} exceeds the limit of ${limits.maxDepth}.`, {
              limit: 'depth',
              value: depth,
              max: limits.maxDepth,
            }),
          );
        }
        if (aliases > limits.maxAliases) {
          context.reportError(
            limitError(`${aliases} aliases exceed the limit of ${limits.maxAliases}.`, {
              limit: 'aliases',
              value: aliases,
              max: limits.maxAliases,
            }),
          );
        }
        if (cost > limits.maxCost) {
          context.reportError(
            limitError(`Query cost ${cost} exceeds the limit of ${limits.maxCost}; ask for smaller pages.`, {
              limit: 'cost',
              value: cost,
              max: limits.maxCost,
            }),
          );
        }
      },
    };
  };
}
