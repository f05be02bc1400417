/**
 * A labelled field (issue 18 item 1): label, optional hint, optional error. The control is the
 * caller's (input, select, textarea), handed the ids it needs, so the hint and the error are read
 * out with it (aria-describedby) and an error marks it invalid. `inline` puts a checkbox or radio
 * before its label.
 */
import type { ComponentChildren, VNode } from 'preact';
import { classes } from './Button';

export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export interface FieldProps {
  /** unique on the page: the control's id; hint and error ids derive from it */
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  /** shown under the control and announced (role=alert); null/undefined: none */
  error?: ComponentChildren;
  inline?: boolean;
  class?: string;
  children: (control: FieldControlProps) => VNode;
}

export function Field({ id, label, hint, error, inline, class: extra, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  const control = children({ id, ...(describedBy ? { 'aria-describedby': describedBy } : {}), ...(error ? { 'aria-invalid': true as const } : {}) });
  const labelEl = (
    <label class="lg-ui-field__label" for={id}>
      {label}
    </label>
  );
  return (
    <div class={classes('lg-ui-field', inline && 'lg-ui-field--inline', error ? 'lg-ui-field--error' : null, extra)}>
      {inline ? (
        <div class="lg-ui-field__row">
          {control}
          {labelEl}
        </div>
      ) : (
        <>
          {labelEl}
          {control}
        </>
      )}
      {hint ? (
        <p class="lg-ui-field__hint" id={hintId!}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="lg-ui-field__error" id={errorId!} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
