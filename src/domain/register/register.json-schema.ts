import { z } from 'zod';
import { RegisterSchema } from './register.schema.js';

/**
 * The JSON Schema (draft 2020-12) of the register file, generated from the zod schema so the two never drift.
 * It describes the input (defaults are optional), which is what an editor needs to autocomplete a YAML file.
 * Cross-references (ids, duplicate ids) are checked by Dijk only, not by the JSON Schema.
 */
export function registerJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(RegisterSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'urn:dijk:schema:register:v1',
    title: 'Dijk register (GDPR Art. 30 record of processing activities)',
    description: 'Register-as-code for Dijk, version 1. Keys are snake_case; see docs/register.md.',
  };
}
