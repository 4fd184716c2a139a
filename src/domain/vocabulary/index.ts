export * from './csv.parse.js';
export * from './vocabulary.js';
export type * from './vocabulary.types.js';
