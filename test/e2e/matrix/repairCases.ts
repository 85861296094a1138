import type { MatrixCase } from './matrixCase';

/** repair: the rows of docs/authorization.md, each role inside and outside its scope. */
export const repairCases: MatrixCase[] = [];
