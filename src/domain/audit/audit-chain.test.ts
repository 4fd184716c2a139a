import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AuditEntry, type AuditEvent, chainEntry, GENESIS_HASH, verifyChain } from './audit-chain.js';

const ORG = '6b1f0a52-5f0e-4b7e-9a55-3f1c2d1e0a01';

function event(i: number): AuditEvent {
  return {
    organisationId: ORG,
    at: new Date(Date.UTC(2026, 10, 21, 10, 0, i)).toISOString(),
    actor: { type: 'user', id: `user-${i % 3}` },
    action: ['register.apply', 'person.read', 'auth.login'][i % 3] ?? 'x',
    outcome: i % 7 === 0 ? 'denied' : 'success',
    target: { type: 'person', id: `p-${i}` },
    source: { requestId: `req-${i}`, ip: '192.0.2.1' },
  };
}

function buildChain(n: number): AuditEntry[] {
  const out: AuditEntry[] = [];
  for (let i = 0; i < n; i++) {
    out.push(chainEntry(out.at(-1), event(i)));
  }
  return out;
}

describe('audit chain', () => {
  it('verifies an untouched chain and reports its head', () => {
    const chain = buildChain(50);
    const result = verifyChain(chain);
    expect(result).toEqual({ ok: true, count: 50, head: { seq: 50, hash: chain[49]?.hash } });
    expect(chain[0]?.prevHash).toBe(GENESIS_HASH);
    expect(verifyChain([])).toEqual({ ok: true, count: 0, head: null });
  });

  it('names the first broken link', () => {
    const chain = buildChain(10);
    chain[4] = { ...(chain[4] as AuditEntry), action: 'person.erase' };
    expect(verifyChain(chain)).toEqual({ ok: false, seq: 5, reason: 'hash_mismatch' });
  });

  it('detects truncation below a published anchor', () => {
    const chain = buildChain(10);
    const anchor = { organisationId: ORG, seq: 10, hash: chain[9]?.hash ?? '', at: '2026-11-21T23:59:59Z' };
    expect(verifyChain(chain, [anchor]).ok).toBe(true);
    expect(verifyChain(chain.slice(0, 8), [anchor])).toEqual({ ok: false, seq: 9, reason: 'truncated' });
  });

  type Tamper =
    | { kind: 'modify'; index: number; field: 'action' | 'at' | 'actor' | 'target' | 'outcome' | 'ip' }
    | { kind: 'delete'; index: number }
    | { kind: 'swap'; index: number }
    | { kind: 'truncate'; keep: number }
    | { kind: 'rehash-modify'; index: number };

  const tamper = (n: number): fc.Arbitrary<Tamper> =>
    fc.oneof(
      fc.record({
        kind: fc.constant('modify' as const),
        index: fc.nat(n - 1),
        field: fc.constantFrom('action', 'at', 'actor', 'target', 'outcome', 'ip') as fc.Arbitrary<
          'action' | 'at' | 'actor' | 'target' | 'outcome' | 'ip'
        >,
      }),
      fc.record({ kind: fc.constant('delete' as const), index: fc.nat(n - 1) }),
      fc.record({ kind: fc.constant('swap' as const), index: fc.nat(n - 2) }),
      fc.record({ kind: fc.constant('truncate' as const), keep: fc.nat(n - 1) }),
      // An attacker who edits an entry and recomputes its own hash still breaks the next entry's link,
      // unless it is the last one, which the anchor then catches.
      fc.record({ kind: fc.constant('rehash-modify' as const), index: fc.nat(n - 1) }),
    );

  function apply(chain: AuditEntry[], tamper: Tamper): AuditEntry[] {
    const c = chain.map((e) => ({ ...e }));
    // Indices were drawn for the full chain; earlier tampering may have shortened it.
    const t =
      'index' in tamper
        ? { ...tamper, index: tamper.index % (tamper.kind === 'swap' ? c.length - 1 : c.length) }
        : tamper;
    switch (t.kind) {
      case 'modify': {
        const e = c[t.index] as AuditEntry;
        if (t.field === 'action') {
          e.action = `${e.action}.x`;
        }
        if (t.field === 'at') {
          e.at = new Date(Date.parse(e.at) + 1000).toISOString();
        }
        if (t.field === 'actor') {
          e.actor = { type: 'system' };
        }
        if (t.field === 'target') {
          e.target = { type: 'person', id: 'other' };
        }
        if (t.field === 'outcome') {
          e.outcome = e.outcome === 'success' ? 'denied' : 'success';
        }
        if (t.field === 'ip') {
          e.source = { ...e.source, ip: '198.51.100.9' };
        }
        return c;
      }
      case 'delete':
        c.splice(t.index, 1);
        return c;
      case 'swap': {
        const a = c[t.index] as AuditEntry;
        c[t.index] = c[t.index + 1] as AuditEntry;
        c[t.index + 1] = a;
        return c;
      }
      case 'truncate':
        return c.slice(0, t.keep);
      case 'rehash-modify': {
        const old = c[t.index] as AuditEntry;
        const forged = chainEntry(t.index === 0 ? undefined : (c[t.index - 1] as AuditEntry), {
          ...old,
          action: 'forged.action',
        });
        c[t.index] = forged;
        return c;
      }
    }
  }

  it('detects every random tampering (property)', () => {
    const n = 25;
    const chain = buildChain(n);
    const last = chain[n - 1] as AuditEntry;
    const anchor = { organisationId: ORG, seq: n, hash: last.hash, at: last.at };
    fc.assert(
      fc.property(fc.array(tamper(n), { minLength: 1, maxLength: 3 }), (tampers) => {
        let c = chain;
        for (const t of tampers) {
          if (c.length < 2) {
            break;
          }
          c = apply(c, t);
        }
        // Two swaps of the same pair restore the chain: that is no tampering.
        fc.pre(JSON.stringify(c) !== JSON.stringify(chain));
        const result = verifyChain(c, [anchor]);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
