export * from './cipher';
export * from './mask';
export * from './maskIdentifier';
export * from './personalData';
