import { useState } from 'preact/hooks';
import type { Destination } from '@/lib/complaints/filing-guidance';
import { t } from '@/lib/i18n';

/** One field to paste into a complaint form, with its own copy button (issue 23). */
function CopyRow(props: { label: string; value: string; id: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <tr data-liveguard="guide-field" data-field={props.id}>
      <th>{props.label}</th>
      <td><span class="value">{props.value}</span></td>
      <td>
        <button
          type="button"
          data-liveguard-action="copy-field"
          onClick={() => void navigator.clipboard.writeText(props.value).then(() => setCopied(true), () => setCopied(false))}
        >
          {copied ? t('fgCopied') : t('fgCopy')}
        </button>
      </td>
    </tr>
  );
}

/**
 * Where to send a saved complaint (issue 23): the platform's own entry and the national 12315
 * platform, each with its fields in the order its form asks for them. Presentational: the page
 * computes the destinations (lib/complaints/filing-guidance).
 */
export function FilingGuide(props: { destinations: Destination[] }) {
  return (
    <section class="filing-guide" data-liveguard="filing-guide">
      <h3>{t('fgTitle')}</h3>
      <p class="hint">{t('fgIntro')}</p>
      {props.destinations.map((d) => (
        <div key={d.id} class="destination" data-liveguard="guide-destination" data-destination={d.id}>
          <h4>{d.title}</h4>
          <p>{d.url === null ? `${t('fgNoWebEntry')} ` : ''}{d.how}</p>
          {d.url && (
            <p>
              <a href={d.url} target="_blank" rel="noopener noreferrer" data-liveguard="guide-link">{t('fgOpen')}: {d.url}</a>
            </p>
          )}
          <p class="note">{t('fgSource', [d.source])}</p>
          <table>
            <tbody>
              {d.fields.map((f, i) => <CopyRow key={`${f.labelKey}-${i}`} id={f.labelKey} label={t(f.labelKey)} value={f.value} />)}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
