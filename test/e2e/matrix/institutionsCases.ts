import type { MatrixCase } from './matrixCase';

/** institutions: the rows of docs/authorization.md, each role inside and outside its scope. */
export const institutionsCases: MatrixCase[] = [];
