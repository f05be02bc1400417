import { t } from '@/lib/i18n';

/** The one-time recovery code, shown once after a PIN is set (issue 24); printable on its own. */
export function RecoveryCodeView(props: { code: string; onPrint(): void; onDone(): void }) {
  return (
    <div data-liveguard="recovery-code" data-print-part="recovery" role="alert">
      <h3>{t('recPrintHeading')}</h3>
      <p>{t('recShowOnce')}</p>
      <p>
        <code data-liveguard="recovery-code-value" style={{ fontSize: '1.4em', letterSpacing: '0.1em' }}>
          {props.code}
        </code>
      </p>
      <button type="button" data-liveguard="recovery-print" onClick={props.onPrint}>
        {t('recPrint')}
      </button>{' '}
      <button type="button" data-liveguard="recovery-done" onClick={props.onDone}>
        {t('recDone')}
      </button>
    </div>
  );
}
