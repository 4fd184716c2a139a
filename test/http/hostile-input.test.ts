import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRoutePolicies } from '../../src/http/plugins/session.js';
import { organisationStore } from '../../src/store/organisation.store.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { storeKinds } from '../helpers/db.js';

/**
 * Every route, fed hostile input: random and malformed path parameters, query strings, JSON bodies shaped after the
 * route's own schema (right names, wrong values), bodies that are not JSON, and the wrong content types; with an
 * admin session, so the input gets past authorisation to the validation and the services behind it. Whatever comes
 * in, the answer is never a 5xx, and an API error is problem+json (the brief: bad input gets a clear error, never a
 * crash or a 500). fast-check prints the seed and the smallest failing request when it finds one.
 */

interface Operation {
  method: string;
  url: string;
  params: string[];
  /** Query fields with their JSON schemas. */
  query: { name: string; schema: JsonSchema }[];
  /** The JSON body's schema, when the route takes one. */
  body: JsonSchema | undefined;
}

/** The part of JSON Schema the generator reads (what fastify-type-provider-zod's OpenAPI output uses). */
interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

/** The routes with their path parameters, query schemas and body schema, from the app's own OpenAPI. */
function operations(t: TestApp): { ops: Operation[]; components: Record<string, JsonSchema> } {
  const spec = t.app.swagger() as {
    paths: Record<
      string,
      Record<
        string,
        {
          parameters?: { name: string; in: string; schema?: JsonSchema }[];
          requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
        }
      >
    >;
    components?: { schemas?: Record<string, JsonSchema> };
  };
  const ops = listRoutePolicies(t.app)
    .filter((p) => p.method !== 'HEAD' && p.method !== 'OPTIONS')
    .map((p) => {
      const op = spec.paths[p.url.replace(/:(\w+)/g, '{$1}')]?.[p.method.toLowerCase()];
      return {
        method: p.method,
        url: p.url,
        params: [...p.url.matchAll(/:(\w+)/g)].map((m) => m[1] as string),
        query: (op?.parameters ?? [])
          .filter((q) => q.in === 'query')
          .map((q) => ({ name: q.name, schema: q.schema ?? {} })),
        body: op?.requestBody?.content?.['application/json']?.schema,
      };
    });
  return { ops, components: spec.components?.schemas ?? {} };
}

/** Strings an attacker or a broken client sends. */
const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    '0',
    '-1',
    '1e309',
    'NaN',
    'null',
    'true',
    '__proto__',
    'constructor',
    '../../etc/passwd',
    '%00',
    '\u0000',
    '\ud800',
    "' or 1=1 --",
    '<script>alert(1)</script>',
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    '2026-02-30',
    '9999-12-31T23:59:59Z',
    'a'.repeat(5000),
  ),
);

/** Any JSON value, including the ones a schema does not expect where it expects a string. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { depthSize: 'small' },
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileString, { maxLength: 3 }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 3 }),
  fc.constant({ __proto__: { admin: true } }),
);

/** Real values by field name (filled once the test organisation exists): used beside the generated ones. */
const KNOWN = new Map<string, unknown[]>();
/** Real path parts (ids of what the test created), beside the generated ones. */
const SEGMENTS: string[] = [];

/** A field's value: sometimes a real one, when there is one for its name. */
function field(
  name: string,
  schema: JsonSchema | undefined,
  components: Record<string, JsonSchema>,
  depth: number,
  onlyKnown = false,
) {
  const known = KNOWN.get(name);
  if (known && onlyKnown) {
    return fc.constantFrom(...known);
  }
  const generated = valid(schema, components, depth, onlyKnown);
  return known ? fc.oneof(fc.constantFrom(...known), generated) : generated;
}

/**
 * Values that match a JSON schema (so they pass validation and reach the services), with hostile strings wherever
 * the schema lets any string through.
 */
function valid(
  schema: JsonSchema | undefined,
  components: Record<string, JsonSchema>,
  depth = 0,
  /** Every field with a real value takes it: the whole request as a real client would send it. */
  onlyKnown = false,
): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) {
    return hostileValue;
  }
  if (schema.$ref) {
    return valid(components[schema.$ref.replace('#/components/schemas/', '')], components, depth + 1, onlyKnown);
  }
  if (schema.const !== undefined) {
    return fc.constant(schema.const);
  }
  if (schema.enum) {
    return fc.constantFrom(...schema.enum);
  }
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) {
    return fc.oneof(...choices.map((c) => valid(c, components, depth + 1, onlyKnown)));
  }
  if (schema.allOf?.[0]) {
    return valid(schema.allOf[0], components, depth + 1, onlyKnown);
  }
  const types = ([] as string[]).concat(schema.type ?? []);
  if (types.length > 1) {
    return fc.oneof(...types.map((type) => valid({ ...schema, type }, components, depth + 1, onlyKnown)));
  }
  switch (types[0]) {
    case 'string':
      return validString(schema);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1_000_000, max: schema.maximum ?? 1_000_000 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e9, max: schema.maximum ?? 1e9, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(valid(schema.items, components, depth + 1, onlyKnown), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 3, 3)),
      });
    case 'object': {
      const properties = Object.entries(schema.properties ?? {});
      if (properties.length === 0) {
        return fc.dictionary(hostileString, hostileValue, { maxKeys: 3 });
      }
      return fc.record(
        Object.fromEntries(properties.map(([k, v]) => [k, field(k, v, components, depth + 1, onlyKnown)])),
        {
          requiredKeys: (schema.required ?? []).filter((k) => schema.properties?.[k] !== undefined),
        },
      );
    }
    default:
      return hostileValue;
  }
}

function validString(schema: JsonSchema): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid':
      return fc.uuid();
    case 'email':
      return fc.emailAddress();
    case 'date-time':
      return fc
        .date({ min: new Date('1970-01-01'), max: new Date('2999-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString());
    case 'date':
      return fc
        .date({ min: new Date('1970-01-01'), max: new Date('2999-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case 'uri':
      return fc.webUrl();
    default:
      break;
  }
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 5000;
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).filter((v) => v.length >= min && v.length <= max);
    } catch {
      // A pattern JavaScript cannot compile: fall through to any string.
    }
  }
  return hostileString.filter((v) => v.length >= min && v.length <= max);
}

/** A request for an operation: the path filled in, a query and a body or not, a content type. */
function request(op: Operation, components: Record<string, JsonSchema>) {
  const segment = fc.oneof(
    hostileString.map((s) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '\ufffd')) || 'x'),
    // Escapes that do not decode: malformed UTF-8, a lone surrogate's bytes, a bare percent sign.
    fc.constantFrom('%', '%zz', '%c0%ae%c0%ae', '%ed%a0%80', '%ff', '..', '.'),
    // Values a route accepts, so the request gets past the path's validation: an id, a version, the organisation.
    fc.uuid(),
    fc.constantFrom('1', '2', 'hostile', ...SEGMENTS),
  );
  const stringify = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  const fields = op.query.map((q) => q.name);
  return fc.record({
    params: fc.tuple(...op.params.map(() => segment), segment),
    query: fc.oneof(
      // Fields the route reads, each valid or not.
      fc.record(
        Object.fromEntries(
          op.query.map((q) => [
            q.name,
            fc.oneof(
              // Often a real value (the organisation under test, its site), so the request reaches its data.
              field(q.name, q.schema, components, 0).map(stringify),
              valid(q.schema, components).map(stringify),
              hostileString,
              fc.array(hostileString, { minLength: 2, maxLength: 3 }),
            ),
          ]),
        ),
        { requiredKeys: [] },
      ),
      fc.dictionary(
        fields.length > 0 ? fc.oneof(fc.constantFrom(...fields), hostileString) : hostileString,
        fc.oneof(hostileString, fc.array(hostileString, { minLength: 2, maxLength: 3 })),
        { maxKeys: 4 },
      ),
    ),
    body: fc.oneof(
      // A body the schema accepts: it reaches the services.
      op.body ? valid(op.body, components).map((v) => JSON.stringify(v)) : fc.constant(undefined),
      // The same with every field that has a real value taking it: past the checks no schema describes.
      op.body ? valid(op.body, components, 0, true).map((v) => JSON.stringify(v)) : fc.constant(undefined),
      // The same with one field replaced by a hostile value: what validation must refuse.
      op.body
        ? fc.tuple(valid(op.body, components), hostileString, hostileValue).map(([v, key, bad]) => {
            const fieldsOf = v && typeof v === 'object' ? Object.keys(v) : [];
            const name = fieldsOf.length > 0 ? (fieldsOf[key.length % fieldsOf.length] as string) : key;
            return JSON.stringify(v && typeof v === 'object' ? { ...v, [name]: bad } : bad);
          })
        : fc.constant(undefined),
      fc.json({ maxDepth: 3 }),
      fc.constantFrom('{', '{"a":', '[]', 'null', '"x"', '{"__proto__":{"x":1}}', '\u0000', '{}'.repeat(1000)),
      fc.constant(undefined),
    ),
    contentType: fc.constantFrom(
      'application/json',
      'application/json',
      'application/json',
      'application/json; charset=latin1',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/xml',
    ),
  });
}

/** Cases per route; `HOSTILE_INPUT_RUNS=500 npx vitest run test/http/hostile-input.test.ts` searches deeper. */
const RUNS = Number(process.env.HOSTILE_INPUT_RUNS ?? 25);

describe.each(storeKinds())('hostile input on every route, on %s', (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(kind, {
      PUBLIC_RATE_LIMIT: '1000000',
      CONSENT_RATE_LIMIT: '1000000',
      CONSENT_SITE_RATE_LIMIT: '1000000',
    });
    await organisationStore(t.t.store.db).insertOrganisation({ slug: 'hostile', name: 'Hostile input test' });
    // A register and a site, so the routes behind them have something to work on.
    const source = readFileSync(join(REPO_ROOT, 'examples', 'demo.yaml'), 'utf8');
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/register?organisation=hostile',
      headers: { cookie: t.cookie },
      payload: { source },
    });
    expect(put.statusCode, put.body).toBeLessThan(300);
    const site = await t.app.inject({
      method: 'POST',
      url: '/api/sites?organisation=hostile',
      headers: { cookie: t.cookie },
      payload: { name: 'Hostile', origins: [] },
    });
    expect(site.statusCode, site.body).toBe(201);
    // What a real client would send, so generated requests also get past the checks no schema can describe:
    // the site key, the texts' hash, the register version, the purposes of the banner.
    const { siteKey, id } = (site.json() as { site: { siteKey: string; id: string } }).site;
    const config = (await t.app.inject(`/api/consent/config?site=${siteKey}`)).json() as {
      registerVersion: number;
      texts: Record<string, { hash: string }>;
      categories: { purposes: { id: string }[] }[];
    };
    const purposes = config.categories.flatMap((c) => c.purposes.map((p) => p.id));
    KNOWN.set('organisation', ['hostile']);
    KNOWN.set('site', [siteKey]);
    KNOWN.set('siteId', [id]);
    KNOWN.set(
      'noticeHash',
      Object.values(config.texts).map((x) => x.hash),
    );
    KNOWN.set('registerVersion', [config.registerVersion]);
    KNOWN.set('purpose', purposes);
    KNOWN.set('choices', [Object.fromEntries(purposes.map((p, i) => [p, i % 2 === 0]))]);
    SEGMENTS.push(id, siteKey);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('reads the operations and their schemas from the app', () => {
    const { ops } = operations(t);
    expect(ops.length).toBeGreaterThan(50);
    // The generated bodies and queries follow the OpenAPI document: most write routes have a body schema.
    expect(ops.filter((o) => o.method !== 'GET' && o.body !== undefined).length).toBeGreaterThan(10);
    expect(ops.filter((o) => o.query.length > 0).length).toBeGreaterThan(10);
  });

  it('never answers 5xx, and answers API errors as problem+json', async () => {
    // Logging out would end the session the rest of the run relies on.
    const { ops: all, components } = operations(t);
    const ops = all.filter((o) => !o.url.includes('logout'));
    const seen = new Map<number, number>();
    const reached = new Set<string>();
    for (const op of ops) {
      await fc.assert(
        fc.asyncProperty(request(op, components), async (input) => {
          let i = 0;
          const path = op.url
            .replace(/:(\w+)/g, () => input.params[i++] as string)
            .replace(/\*$/, input.params[i] as string);
          const query = new URLSearchParams();
          for (const [key, value] of Object.entries(input.query)) {
            for (const v of ([] as string[]).concat(value ?? [])) {
              query.append(key, v);
            }
          }
          const payload = input.body;
          const res = await t.app.inject({
            method: op.method as 'GET',
            url: `${path}${query.size > 0 ? `?${query}` : ''}`,
            headers: {
              cookie: t.cookie,
              ...(payload === undefined ? {} : { 'content-type': input.contentType }),
            },
            ...(payload === undefined ? {} : { payload }),
          });
          seen.set(res.statusCode, (seen.get(res.statusCode) ?? 0) + 1);
          if (res.statusCode < 400) {
            reached.add(`${op.method} ${op.url}`);
          }
          const where = `${op.method} ${op.url} → ${res.statusCode}: ${res.body.slice(0, 300)}`;
          expect(res.statusCode, where).toBeLessThan(500);
          if (res.statusCode >= 400 && path.startsWith('/api/')) {
            expect(res.headers['content-type'], where).toMatch(/^application\/problem\+json/);
          }
        }),
        { numRuns: RUNS },
      );
    }
    // Guard against a run that stops at validation: the generated input must get through on many routes.
    const total = [...seen.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(ops.length * RUNS);
    expect(reached.size, `routes answered with a success: ${[...reached].join(', ')}`).toBeGreaterThan(ops.length / 4);
  }, 240_000);
});
