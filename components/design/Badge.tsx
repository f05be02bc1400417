/**
 * A badge (issue 18 item 1): a short label with a tone. Tones are the risk tiers of the taxonomy
 * (lib/taxonomy.ts severities, plus "safe") and neutral/accent; the text always says what the
 * colour means (never colour alone, WCAG 1.4.1). Credit levels have their own badge
 * (components/credit) with the same colours (tokens.css --lg-credit-*).
 */
import type { ComponentChildren } from 'preact';
import type { Severity } from '@/lib/taxonomy';
import { classes } from './Button';

export type BadgeTone = 'neutral' | 'accent' | 'safe' | Severity;

export function Badge(props: { tone?: BadgeTone; children: ComponentChildren; class?: string; title?: string }) {
  const tone = props.tone ?? 'neutral';
  return (
    <span class={classes('lg-ui-badge', `lg-ui-badge--${tone}`, props.class)} data-tone={tone} title={props.title}>
      {props.children}
    </span>
  );
}
