export * from './annex1Layout';
export * from './annex1Rows';
export * from './annex1Selection';
export * from './annex1ReportSelection';
