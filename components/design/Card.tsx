/**
 * A card (issue 18 item 1): one titled block of a page (an options section, the complaint
 * detail, the welcome page's steps). The heading level is the caller's, so each page keeps one
 * h1 and an outline screen readers can follow. Other attributes (data-liveguard, aria-…) pass
 * through to the section.
 */
import type { ComponentChildren, HTMLAttributes } from 'preact';
import { classes } from './Button';

export type CardProps = Omit<HTMLAttributes<HTMLElement>, 'class' | 'className' | 'title'> & {
  title?: ComponentChildren;
  /** heading level of the title (default 2) */
  level?: 2 | 3;
  /** a tinted card for the page's one call to attention */
  tone?: 'default' | 'accent' | 'danger';
  class?: string;
  children?: ComponentChildren;
};

export function Card({ title, level = 2, tone = 'default', class: extra, children, ...rest }: CardProps) {
  const Heading = level === 3 ? 'h3' : 'h2';
  return (
    <section class={classes('lg-ui-card', tone !== 'default' && `lg-ui-card--${tone}`, extra)} {...rest}>
      {title ? <Heading class="lg-ui-card__title">{title}</Heading> : null}
      {children}
    </section>
  );
}
