export * from './cipher';
export * from './mask';
export * from './personalData';
