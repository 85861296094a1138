import {
  getNamedType,
  getNullableType,
  isListType,
  Kind,
  valueFromASTUntyped,
  type ASTNode,
  type ASTVisitor,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import { scalarChecks } from '../subgraphs/kit/scalars';
import { scalarInputError } from './scalarInputError';

type Step = ASTNode | ReadonlyArray<ASTNode>;

/**
 * `uscc`, `input.subjectUscc`, `usccs[2]` or `$uscc` (a variable's default), from the nodes
 * above a value: graphql-js gives the ancestors without the parent.
 */
function fieldPath(ancestors: ReadonlyArray<Step>, parent: Step, node: ASTNode): string {
  const chain = [...ancestors, parent, node];
  let path = '';
  chain.forEach((step, i) => {
    if (!('kind' in step)) {
      const list = chain[i - 1];
      const item = chain[i + 1];
      if ('kind' in list && list.kind === Kind.LIST && 'kind' in item) path += `[${step.indexOf(item)}]`;
    } else if (step.kind === Kind.ARGUMENT) {
      path = step.name.value;
    } else if (step.kind === Kind.VARIABLE_DEFINITION) {
      path = `$${step.variable.name.value}`;
    } else if (step.kind === Kind.OBJECT_FIELD) {
      path += `.${step.name.value}`;
    }
  });
  return path;
}

/**
 * Checks every literal whose input type is one of our custom scalars (USCC, RegionCode,
 * DateTime, Date), inside lists and input objects too. The supergraph declares them as plain
 * scalars, which accept anything, so without this a bad value would only fail in a subgraph.
 */
export function createScalarLiteralsRule(checks: typeof scalarChecks = scalarChecks): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const checkValue = (node: ValueNode, _key: unknown, parent: Step | undefined, _path: unknown, ancestors: ReadonlyArray<Step>): false | undefined => {
      if (node.kind === Kind.VARIABLE || node.kind === Kind.NULL) return undefined;
      // Inside a list value TypeInfo already points at the item type; the list's own position is one up.
      const type = node.kind === Kind.LIST ? context.getParentInputType() : context.getInputType();
      if (!type || isListType(getNullableType(type))) return undefined;
      const scalar = getNamedType(type).name;
      const check = checks[scalar];
      if (!check) return undefined;
      const result = check(valueFromASTUntyped(node));
      if (!result.ok) context.reportError(scalarInputError(fieldPath(ancestors, parent ?? [], node), scalar, result.reason, node));
      return false;
    };
    return {
      StringValue: checkValue,
      IntValue: checkValue,
      FloatValue: checkValue,
      BooleanValue: checkValue,
      EnumValue: checkValue,
      ListValue: checkValue,
      ObjectValue: checkValue,
    };
  };
}
