import type { ReactNode, Ref } from 'react';
import { CodeTextarea } from './code-textarea';

/**
 * A labelled code textarea that is checked as you type: described by its help text (`helpId`) and by the live
 * sentence on the check (`statusId`, given as `children`, usually a {@link CheckStatus}).
 */
export function CheckedCodeField({
  id,
  label,
  value,
  onChange,
  textareaRef,
  helpId,
  statusId,
  testId,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  textareaRef: Ref<HTMLTextAreaElement>;
  helpId: string;
  statusId: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <CodeTextarea
        id={id}
        value={value}
        onChange={onChange}
        textareaRef={textareaRef}
        describedBy={`${helpId} ${statusId}`}
        testId={testId}
      />
      {children}
    </>
  );
}

/** One polite live sentence on the state of the check, so screen-reader users hear the outcome of their typing. */
export function CheckStatus({
  id,
  state,
  children,
}: {
  id: string;
  state: 'neutral' | 'ok' | 'bad';
  children: ReactNode;
}) {
  return (
    <p id={id} className="lint-status" aria-live="polite" data-state={state} data-testid={id}>
      {children}
    </p>
  );
}
