export { art30Header, art30Rows, exportArt30Csv, exportArt30Xlsx } from './art30.export.js';
export * from './common.schema.js';
export { Cookie, CookieCategory } from './cookie.schema.js';
export * from './duration.js';
export * from './enterprise-number.js';
export { exportFidesYaml } from './fides.export.js';
export { DIJK_DPV_CONTEXT, exportDpvJsonLd } from './jsonld.export.js';
export { exportMarkdown } from './markdown.export.js';
export { Organisation } from './organisation.schema.js';
export { Purpose } from './purpose.schema.js';
export { ProcessorActivity, Recipient } from './recipient.schema.js';
export { diffRegisters, type RegisterChange } from './register.diff.js';
export { EXPORT_FORMATS, type ExportFormat, exportRegister } from './register.export.js';
export { canonicalJson, hashRegister } from './register.hash.js';
export { registerJsonSchema } from './register.json-schema.js';
export { formatPath, locateRegisterPath, parsePath } from './register.locate.js';
export { parseRegister, type RegisterProblem, validateRegister } from './register.parse.js';
export {
  DataCategory,
  DataSubject,
  type Register,
  type RegisterInput,
  RegisterSchema,
  RetentionRule,
} from './register.schema.js';
