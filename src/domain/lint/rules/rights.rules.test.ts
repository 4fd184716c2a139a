import { describe } from 'vitest';
import { testRuleCases } from '../../../../test/fixtures/register/lint-cases.js';

describe('rights, breach, security and children rules', () => {
  testRuleCases([
    {
      rule: 'rights-no-channel',
      fire: (r) => {
        r.rights.channels = [];
      },
      path: 'rights.channels',
    },
    {
      rule: 'rights-deadline-too-long',
      fire: (r) => {
        r.rights.response_deadline = 'P45D';
      },
      path: 'rights.response_deadline',
      near: (r) => {
        r.rights.response_deadline = 'P30D';
      },
    },
    {
      rule: 'rights-deadline-too-long',
      fire: (r) => {
        r.rights.extension = 'P3M';
      },
      path: 'rights.extension',
    },
    {
      rule: 'id-copy-required',
      fire: (r) => {
        r.rights.identity_verification = { method: 'id_copy' };
      },
      path: 'rights.identity_verification.method',
      near: (r) => {
        r.rights.identity_verification = { method: 'id_check_without_copy' };
      },
    },
    {
      rule: 'bsn-outside-netherlands',
      fire: (r) => {
        r.rights.identity_verification = { method: 'id_copy', id_copy_redaction: ['photo', 'bsn'] };
      },
      path: 'rights.identity_verification.id_copy_redaction',
      near: (r) => {
        r.rights.identity_verification = { method: 'id_copy', id_copy_redaction: ['photo', 'national_number'] };
      },
    },
    {
      rule: 'breach-authority-deadline-too-long',
      fire: (r) => {
        r.breach = { notify_authority_within: 'P5D' };
      },
      path: 'breach.notify_authority_within',
    },
    {
      rule: 'security-measures-missing',
      fire: (r) => {
        delete r.security;
      },
      path: 'security',
      near: (r) => {
        r.security = { measures: [{ en: 'Encryption at rest' }] };
      },
    },
    {
      rule: 'children-age-mismatch',
      fire: (r) => {
        r.children = { min_age: { BE: 16 } };
      },
      path: 'children.min_age.BE',
      near: (r) => {
        r.children = { min_age: { BE: 13, NL: 16 } };
      },
    },
  ]);
});
