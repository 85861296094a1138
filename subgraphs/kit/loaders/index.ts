export * from './createConnectionLoader';
export * from './createConnectionLoaderFamily';
export * from './createCountLoader';
export * from './createEntityLoader';
export * from './createFilteredEntityLoader';
export * from './createFilteredGroupLoader';
export * from './createGroupLoader';
export * from './rowId';
