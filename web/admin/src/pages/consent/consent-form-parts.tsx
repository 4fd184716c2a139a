import type { ReactNode, Ref } from 'react';
import { useLanguage } from '../register/register-format';
import { type PurposeName, purposeLabel } from './consent-purposes';

/**
 * A form section of the Consent area that needs a consent purpose: its heading, then the form, or — when the
 * register has no purpose with consent as its legal basis — a sentence saying there is nothing to do.
 * `name` gives the ids: `{name}-heading`, `consent-{name}` and `consent-{name}-none`.
 */
export function ConsentFormSection(props: {
  name: string;
  title: string;
  emptyText: string;
  isEmpty: boolean;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${props.name}-heading`} data-testid={`consent-${props.name}`}>
      <h2 id={`${props.name}-heading`}>{props.title}</h2>
      {props.isEmpty ? <p data-testid={`consent-${props.name}-none`}>{props.emptyText}</p> : props.children}
    </section>
  );
}

/** A select of the given consent purposes, named in the UI's language, with its error linked when there is one. */
export function ConsentPurposeSelect(props: {
  id: string;
  label: string;
  purposes: readonly PurposeName[];
  value: string;
  onChange: (id: string) => void;
  error?: string | undefined;
  selectRef?: Ref<HTMLSelectElement>;
  testId: string;
}) {
  const { lang } = useLanguage();
  const errorId = props.error ? `${props.id}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        ref={props.selectRef}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={errorId}
        data-testid={props.testId}
      >
        {props.purposes.map((p) => (
          <option key={p.id} value={p.id}>
            {purposeLabel(p, lang)}
          </option>
        ))}
      </select>
      {props.error ? (
        <p id={errorId} className="field-error">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
