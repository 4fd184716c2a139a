import bpart from '../../../examples/bpart.yaml?raw';
import bsmart from '../../../examples/bsmart.yaml?raw';
import demo from '../../../examples/demo.yaml?raw';
import vandenbroele from '../../../examples/vandenbroele.yaml?raw';
import { parseRegister } from '../register/register.parse.js';
import type { Register } from '../register/register.schema.js';

/** The example registers the statement tests render (read as text through Vite's `?raw`, no I/O in the domain). */
export const EXAMPLE_TEXTS: Readonly<Record<string, string>> = { bpart, bsmart, vandenbroele, demo };

/** Parses an example register; throws when it does not validate (the examples must). */
export function exampleRegister(name: string): Register {
  const text = EXAMPLE_TEXTS[name];
  if (text === undefined) {
    throw new Error(`no example ${name}`);
  }
  const parsed = parseRegister(text, `examples/${name}.yaml`);
  if (!parsed.ok) {
    throw new Error(`examples/${name}.yaml does not validate: ${parsed.problems[0]?.message ?? ''}`);
  }
  return parsed.register;
}

/** The links the golden files are rendered with. */
export const GOLDEN_LINKS = {
  requests: 'https://dijk.example/requests',
  preferences: 'https://dijk.example/preferences',
  versions: 'https://dijk.example/statements/versions',
  cookies: 'https://dijk.example/cookies',
  privacy: 'https://dijk.example/privacy',
} as const;
