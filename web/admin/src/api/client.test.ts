import { describe, expect, it } from 'vitest';
import { asApiError, isApiError, toApiError } from './client';

describe('toApiError', () => {
  it('reads a problem+json body: title, detail, request id, code and field errors', () => {
    const body = {
      type: 'about:blank',
      title: 'Invalid input',
      status: 400,
      detail: 'name: required',
      requestId: 'req-1',
      code: 'invalid_input',
      errors: [{ path: 'name', message: 'required' }],
    };
    expect(toApiError(body, new Response(null, { status: 400 }))).toEqual({
      kind: 'problem',
      status: 400,
      title: 'Invalid input',
      detail: 'name: required',
      requestId: 'req-1',
      code: 'invalid_input',
      errors: [{ path: 'name', message: 'required' }],
    });
  });

  it('keeps only the status of a body that is not a problem, so nothing raw reaches the screen', () => {
    expect(toApiError('<html>proxy error</html>', new Response(null, { status: 500 }))).toEqual({
      kind: 'problem',
      status: 500,
    });
  });

  it('calls a request without an answer, or a proxy answering 502/504 for a stopped server, unreachable', () => {
    expect(toApiError(new TypeError('fetch failed'))).toEqual({ kind: 'unreachable' });
    expect(toApiError(undefined, new Response(null, { status: 502 }))).toEqual({ kind: 'unreachable' });
    expect(toApiError(undefined, new Response(null, { status: 504 }))).toEqual({ kind: 'unreachable' });
  });
});

describe('asApiError', () => {
  it('passes an API error through unchanged', () => {
    const problem = { kind: 'problem' as const, status: 409, title: 'Conflict' };
    expect(asApiError(problem)).toBe(problem);
    expect(asApiError({ kind: 'unreachable' })).toEqual({ kind: 'unreachable' });
  });

  it('turns anything else a failed action threw into a problem without status', () => {
    for (const cause of [new Error('boom'), 'text', null, undefined, { kind: 'other' }]) {
      const error = asApiError(cause);
      expect(error).toEqual({ kind: 'problem', status: 0 });
      expect(isApiError(error)).toBe(true);
    }
  });
});
