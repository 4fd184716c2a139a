import { createHash } from 'node:crypto';
import type { Register } from './register.schema.js';

/** JSON with object keys sorted at every level and `undefined` members dropped: one text per register content. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  }
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * SHA-256 (hex) of the register's canonical JSON. Key order and formatting of the source file do not matter, so
 * the hash identifies a register version (the store uses it to skip saving an unchanged register).
 */
export function hashRegister(register: Register): string {
  return createHash('sha256').update(canonicalJson(register)).digest('hex');
}
