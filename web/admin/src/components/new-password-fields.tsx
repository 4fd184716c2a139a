import type { TFunction } from 'i18next';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { passwordProblemsOf } from '../lib/password-problems';
import { FormField } from './form-field';

/** What is wrong with a new password and its repetition (undefined: nothing). */
export interface NewPasswordErrors {
  next?: string | undefined;
  repeat?: string | undefined;
}

/** Checks before sending: a new password is given, and repeated the same. */
export function checkNewPassword(next: string, repeat: string, t: TFunction): NewPasswordErrors {
  return {
    next: next ? undefined : t('account.password.newMissing'),
    repeat: next && repeat !== next ? t('account.password.mismatch') : undefined,
  };
}

/** The password policy's refusals in a 400 answer, worded in the UI's language; undefined when it names none. */
export function passwordPolicyRefusal(error: ApiError | undefined, t: TFunction): string | undefined {
  const problems = passwordProblemsOf(error);
  return problems.length > 0 ? problems.map((p) => t(`account.password.problem.${p}`)).join(' ') : undefined;
}

/** The new password with the policy's hint, and its repetition: ids and test ids are `{idPrefix}-new`, `-repeat`. */
export function NewPasswordFields(props: {
  idPrefix: string;
  next: string;
  repeat: string;
  onNext: (value: string) => void;
  onRepeat: (value: string) => void;
  errors: NewPasswordErrors;
  nextRef: RefObject<HTMLInputElement | null>;
  repeatRef: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <FormField
        id={`${props.idPrefix}-new`}
        label={t('account.password.new')}
        hint={t('account.password.hint')}
        type="password"
        autoComplete="new-password"
        value={props.next}
        onChange={props.onNext}
        error={props.errors.next}
        inputRef={props.nextRef}
        testId={`${props.idPrefix}-new`}
      />
      <FormField
        id={`${props.idPrefix}-repeat`}
        label={t('account.password.repeat')}
        type="password"
        autoComplete="new-password"
        value={props.repeat}
        onChange={props.onRepeat}
        error={props.errors.repeat}
        inputRef={props.repeatRef}
        testId={`${props.idPrefix}-repeat`}
      />
    </>
  );
}
