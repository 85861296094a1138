export * from './authorize';
export * from './coversOrIsSubject';
export * from './devDefaults';
export * from './identity';
export * from './identityToken';
export * from './keyMaterial';
export * from './mintDevToken';
export * from './serviceToken';
