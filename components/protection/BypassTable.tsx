import { t } from '@/lib/i18n';

/**
 * The known bypasses and what LiveGuard does about each (issue 24): said plainly, with the browser
 * policy that closes what an extension cannot. Same content as docs/protection-policy.md "Limits".
 */
type Text = () => string;
// literal t('…') calls, so the i18n key test sees every one
const ROWS: Array<[string, Text, Text, Text, 'closed' | 'reported' | 'invisible']> = [
  ['private', () => t('gwRowPrivate'), () => t('gwRowPrivateWhat'), () => t('gwRowPrivatePolicy'), 'reported'],
  ['off', () => t('gwRowOff'), () => t('gwRowOffWhat'), () => t('gwRowOffPolicy'), 'reported'],
  ['clock', () => t('gwRowClock'), () => t('gwRowClockWhat'), () => t('gwRowClockPolicy'), 'closed'],
  ['devtools', () => t('gwRowDevtools'), () => t('gwRowDevtoolsWhat'), () => t('gwRowDevtoolsPolicy'), 'invisible'],
  ['other', () => t('gwRowOther'), () => t('gwRowOtherWhat'), () => t('gwRowOtherPolicy'), 'invisible'],
];

export function BypassTable() {
  return (
    <table data-liveguard="bypass-table">
      <thead>
        <tr>
          <th>{t('gwBypass')}</th>
          <th>{t('gwWhat')}</th>
          <th>{t('gwPolicy')}</th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map(([id, name, what, policy, status]) => (
          <tr key={id} data-bypass={id} data-status={status}>
            <td>{name()}</td>
            <td>{what()}</td>
            <td>{policy()}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
