import type { MatrixCase } from './matrixCase';

/** records: the rows of docs/authorization.md, each role inside and outside its scope. */
export const recordsCases: MatrixCase[] = [];
