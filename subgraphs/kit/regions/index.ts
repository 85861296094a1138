export * from './regionNames';
