import { z } from 'zod';
import { Email, RoleSchema } from '../../domain/accounts/account.js';
import { MAIL_LANGUAGES } from '../../domain/accounts/account-mails.js';
import { PASSWORD_MAX_LENGTH } from '../../domain/accounts/password-policy.js';

/** `POST /api/auth/login`: e-mail and password, and a TOTP code or a recovery code once enrolled. */
export const LoginBody = z.object({
  email: z.string().max(254),
  password: z.string().max(PASSWORD_MAX_LENGTH * 4),
  totp: z.string().max(10).optional(),
  recoveryCode: z.string().max(40).optional(),
});

const MailLanguageSchema = z
  .enum(MAIL_LANGUAGES)
  .optional()
  .describe('The language of the mail (default: from Accept-Language, else English)');

/** `POST /api/auth/password-reset`: the address to send a reset link to (if it has an account). */
export const PasswordResetRequestBody = z.object({ email: Email, language: MailLanguageSchema });

/** `POST /api/auth/password-reset/confirm`: the token of the link and the new password. */
export const PasswordResetConfirmBody = z.object({
  token: z.string().max(200),
  password: z.string().max(PASSWORD_MAX_LENGTH * 4),
  language: MailLanguageSchema,
});

export const PasswordResetRequestedView = z
  .object({ message: z.string().describe('The same answer whether the address has an account or not') })
  .meta({ id: 'PasswordResetRequested' });

/** `POST /api/auth/totp/confirm`: the first code of the authenticator app. */
export const TotpConfirmBody = z.object({ code: z.string().max(10) });

/** `POST /api/auth/password`. */
export const ChangePasswordBody = z.object({
  currentPassword: z.string().max(PASSWORD_MAX_LENGTH * 4),
  newPassword: z.string().max(PASSWORD_MAX_LENGTH * 4),
});

export const MembershipView = z
  .object({ organisationId: z.uuid(), organisation: z.string(), role: RoleSchema })
  .meta({ id: 'Membership' });

export const UserView = z
  .object({
    id: z.uuid(),
    email: z.string(),
    totpEnabled: z.boolean(),
    disabled: z.boolean(),
    createdAt: z.string(),
    memberships: z.array(MembershipView),
  })
  .meta({ id: 'User' });

/** `GET /api/auth/me`: who this session acts for. */
export const MeView = z
  .object({
    sessionId: z.uuid(),
    user: UserView.nullable().describe('null for a session started from a one-time setup link'),
    role: RoleSchema.describe('the role of the session: the setup-link owner, or the highest role of the user'),
    allOrganisations: z.boolean().describe('true for a setup-link session: owner of every organisation'),
    totpRequired: z.boolean(),
    totpEnrolled: z.boolean(),
    expiresAt: z.string(),
  })
  .meta({ id: 'Me' });

export const SessionView = z
  .object({ id: z.uuid(), current: z.boolean(), createdAt: z.string(), lastSeenAt: z.string(), expiresAt: z.string() })
  .meta({ id: 'Session' });

export const SessionParams = z.object({ id: z.uuid() });

export const TotpSetupView = z.object({
  secret: z.string().describe('base32, for typing into an app by hand'),
  uri: z.string().describe('otpauth:// URI, to show as a QR code'),
});

export const RecoveryCodesView = z.object({
  recoveryCodes: z.array(z.string()).describe('shown once: each code logs in once instead of a TOTP code'),
});

/** `POST /api/users`. Without a password, a strong one is generated and answered once. */
export const CreateUserBody = z.object({
  email: Email,
  role: RoleSchema,
  organisation: z.string().max(63).optional().describe('slug; may be left out when the caller owns only one'),
  password: z
    .string()
    .max(PASSWORD_MAX_LENGTH * 4)
    .optional(),
});

/**
 * `PATCH /api/users/{id}`: a role in an organisation (null removes it), disable or re-enable, and/or reset the
 * two-factor login.
 */
export const UpdateUserBody = z.object({
  organisation: z.string().max(63).optional(),
  role: RoleSchema.nullable().optional(),
  disabled: z.boolean().optional(),
  resetTotp: z
    .literal(true)
    .optional()
    .describe('remove the TOTP secret and recovery codes and end the sessions: the next login sets it up again'),
});

export const UserParams = z.object({ id: z.uuid() });

export const CreatedUserView = z.object({
  user: UserView,
  generatedPassword: z.string().optional().describe('only when no password was given; shown once'),
});
