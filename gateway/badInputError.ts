import { GraphQLError, type ASTNode } from 'graphql';

/**
 * A value the gateway refused before planning: BAD_USER_INPUT naming the argument, input field or
 * variable (`uscc`, `input.subjectUscc`, `$input.region`), with HTTP status 400.
 */
export function badInputError(field: string, message: string, node?: ASTNode): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, {
    nodes: node,
    extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } },
  });
}
