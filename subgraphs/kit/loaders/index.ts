export * from './createConnectionLoader';
export * from './createCountLoader';
export * from './createEntityLoader';
export * from './createGroupLoader';
export * from './rowId';
