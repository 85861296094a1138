export * from './connection';
export * from './findPage';
