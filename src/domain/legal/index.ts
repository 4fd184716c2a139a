export * from './authorities.data.js';
export * from './consent.data.js';
export * from './countries.data.js';
export * from './gdpr-deadlines.data.js';
export * from './legal.js';
export type * from './legal.types.js';
export * from './outdated-references.data.js';
export * from './retention.data.js';
