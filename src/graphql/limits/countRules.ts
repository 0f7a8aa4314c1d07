/** Limits on the shape of a request's document: how many operations it holds, how many fields a mutation has. */
import { Kind, OperationTypeNode, type ASTVisitor, type DocumentNode, type ValidationContext } from 'graphql';
import { limitError } from './limitError.js';

export function maxOperationsRule(max: number) {
  return (context: ValidationContext): ASTVisitor => ({
    Document(document: DocumentNode) {
      const found = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
      if (found > max) context.reportError(limitError('operations', max, found, 'Too many operations in one document'));
    },
  });
}

/** A write per root field: one request may not make more than `max` of them (alias brute force on reviewClaim). */
export function maxMutationFieldsRule(max: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      if (operation.operation !== OperationTypeNode.MUTATION) return;
      const found = operation.selectionSet.selections.length;
      if (found > max) {
        context.reportError(limitError('mutationFields', max, found, 'Too many mutation fields in one request'));
      }
    },
  });
}
