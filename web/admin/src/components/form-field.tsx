import type { Ref } from 'react';

interface FormFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  inputMode?: 'text' | 'numeric';
  hint?: string;
  /** The error to show under the field, linked with `aria-describedby`. */
  error?: string | undefined;
  /** More descriptions to link (a form-level error that concerns this field too). */
  describedBy?: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
  testId?: string;
}

/** A labelled input whose hint and error are linked to it, and marked invalid while it has an error. */
export function FormField(props: FormFieldProps) {
  const { id, label, value, onChange, type = 'text', error, hint, describedBy } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const described = [hintId, errorId, describedBy].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="muted field-hint">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        ref={props.inputRef}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        aria-invalid={error || describedBy ? true : undefined}
        aria-describedby={described}
        data-testid={props.testId}
        spellCheck={false}
      />
      {error ? (
        <p id={errorId} className="field-error" data-testid={props.testId ? `${props.testId}-error` : undefined}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

interface TextAreaFieldProps {
  id: string;
  label: string;
  /** Shown under the label and linked with `aria-describedby`, like the error. */
  hint: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  rows: number;
  maxLength?: number;
  /** Off for machine text (origins, addresses); on (the browser's default) for prose. */
  spellCheck?: boolean;
  textareaRef?: Ref<HTMLTextAreaElement>;
  testId: string;
  /** The error's test id; `${testId}-error` by default. */
  errorTestId?: string;
}

/** {@link FormField} for several lines: a labelled textarea whose hint and error are linked to it. */
export function TextAreaField(props: TextAreaFieldProps) {
  const { id, label, hint, error } = props;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p id={hintId} className="muted field-hint">
        {hint}
      </p>
      <textarea
        id={id}
        ref={props.textareaRef}
        value={props.value}
        rows={props.rows}
        maxLength={props.maxLength}
        onChange={(event) => props.onChange(event.target.value)}
        spellCheck={props.spellCheck}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        data-testid={props.testId}
      />
      {error ? (
        <p id={errorId} className="field-error" data-testid={props.errorTestId ?? `${props.testId}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Moves focus to the first of these fields that has an error (WCAG 3.3.1: the person lands on what to fix); answers
 * whether one had, so a form can stop there.
 */
export function focusFirstError(fields: readonly [HTMLElement | null, string | undefined][]): boolean {
  const first = fields.find(([, error]) => error);
  first?.[0]?.focus();
  return first !== undefined;
}
