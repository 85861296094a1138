import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isRequiredInputField,
  Kind,
  valueFromASTUntyped,
  type ASTNode,
  type ASTVisitor,
  type GraphQLError,
  type GraphQLInputType,
  type ObjectFieldNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import { scalarChecks } from '../subgraphs/kit/scalars';
import { badInputError } from './badInputError';

type Step = ASTNode | ReadonlyArray<ASTNode>;

/** The nodes graphql-js's ValuesOfCorrectTypeRule reports a bad value on; no other rule reports on these. */
const VALUE_KINDS: ReadonlySet<Kind> = new Set([
  Kind.INT,
  Kind.FLOAT,
  Kind.STRING,
  Kind.BOOLEAN,
  Kind.NULL,
  Kind.ENUM,
  Kind.LIST,
  Kind.OBJECT,
  Kind.OBJECT_FIELD,
]);

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
 * The field graphql-js says an object literal lacks (`Field "Input.name" of required type …`):
 * its error is on the object, the client needs the field's own path.
 */
function missingField(error: GraphQLError, node: ASTNode, type: GraphQLInputType | null | undefined): string | undefined {
  const named = type ? getNamedType(type) : undefined;
  if (node.kind !== Kind.OBJECT || !isInputObjectType(named)) return undefined;
  const given = new Set(node.fields.map((field) => field.name.value));
  const missing = Object.values(named.getFields()).find(
    (field) => isRequiredInputField(field) && !given.has(field.name) && error.message.includes(`"${named.name}.${field.name}"`),
  );
  return missing?.name;
}

/**
 * Every bad literal (arguments, input-object fields, list items, variable defaults) as one
 * BAD_USER_INPUT naming its field, before planning:
 * - values of the wrong type, missing required fields, unknown fields and enum values, found by
 *   graphql-js's ValuesOfCorrectTypeRule (which Apollo Server always runs, before this rule),
 *   are reported again with the field's path instead of as GRAPHQL_VALIDATION_FAILED;
 * - our custom scalars (USCC, RegionCode, DateTime, Date), which the supergraph declares as plain
 *   scalars accepting anything, are checked with the kit's scalarChecks.
 */
export function createInputLiteralsRule(checks: typeof scalarChecks = scalarChecks): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const report = context.reportError.bind(context);
    // A rule cannot see another's errors, nor can Apollo Server run graphql-js's rules without
    // ValuesOfCorrectTypeRule: its errors on a value are held here until this rule, visiting the
    // same node right after it, reports them with the path. Anything left is reported as it was.
    const held = new Map<ASTNode, GraphQLError[]>();
    context.reportError = (error) => {
      const node = error.nodes?.[0];
      if (node && VALUE_KINDS.has(node.kind)) held.set(node, [...(held.get(node) ?? []), error]);
      else report(error);
    };

    const checkValue = (
      node: ValueNode | ObjectFieldNode,
      _key: unknown,
      parent: Step | undefined,
      _path: unknown,
      ancestors: ReadonlyArray<Step>,
    ): false | undefined => {
      const field = fieldPath(ancestors, parent ?? [], node);
      const errors = held.get(node);
      if (errors) {
        held.delete(node);
        for (const error of errors) {
          const missing = missingField(error, node, context.getInputType());
          report(badInputError(missing ? `${field}.${missing}` : field, error.message, node));
        }
        return undefined;
      }
      if (node.kind === Kind.OBJECT_FIELD || node.kind === Kind.VARIABLE || node.kind === Kind.NULL) return undefined;
      // Inside a list value TypeInfo already points at the item type; the list's own position is one up.
      const type = node.kind === Kind.LIST ? context.getParentInputType() : context.getInputType();
      if (!type || isListType(getNullableType(type))) return undefined;
      const scalar = getNamedType(type).name;
      const check = checks[scalar];
      if (!check) return undefined;
      const result = check(valueFromASTUntyped(node));
      if (!result.ok) report(badInputError(field, `${scalar} ${result.reason}`, node));
      return false;
    };
    return {
      StringValue: checkValue,
      IntValue: checkValue,
      FloatValue: checkValue,
      BooleanValue: checkValue,
      NullValue: checkValue,
      EnumValue: checkValue,
      ListValue: checkValue,
      ObjectValue: checkValue,
      ObjectField: checkValue,
      Document: {
        leave() {
          for (const errors of held.values()) errors.forEach(report);
        },
      },
    };
  };
}
