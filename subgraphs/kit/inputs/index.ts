export * from './documentNumber';
export * from './text';
