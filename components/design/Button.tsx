/**
 * The one button (issue 18 item 1): primary for the page's main action, secondary for the rest,
 * danger for what deletes or cannot be undone. Presentational: props in, click out. Looks come
 * from components.css (tokens.css); `type` defaults to "button" so a button inside a form never
 * submits by accident.
 */
import type { ButtonHTMLAttributes } from 'preact';

export type ButtonVariant = 'primary' | 'secondary' | 'danger';

export type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'class' | 'className'> & {
  variant?: ButtonVariant;
  /** extra classes (layout), kept beside the design's own */
  class?: string;
};

export function Button({ variant = 'secondary', type = 'button', class: extra, ...rest }: ButtonProps) {
  return <button type={type} class={classes('lg-ui-button', `lg-ui-button--${variant}`, extra)} {...rest} />;
}

export function classes(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}
