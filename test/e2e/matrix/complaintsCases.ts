import type { MatrixCase } from './matrixCase';

/** complaints: the rows of docs/authorization.md, each role inside and outside its scope. */
export const complaintsCases: MatrixCase[] = [];
