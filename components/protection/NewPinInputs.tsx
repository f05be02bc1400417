import { t } from '@/lib/i18n';

/**
 * The new PIN typed twice, shared by setting a PIN and recovering one so both ask with the same
 * bounds (6-32 characters, issue 14) and the same field names the pages and tests rely on.
 */
export function NewPinInputs(props: { value: string; repeat: string; onValue(v: string): void; onRepeat(v: string): void }) {
  return (
    <>
      <label>
        {t('protNewPin')} <input type="password" name="new" autoComplete="new-password" minLength={6} maxLength={32} value={props.value} onInput={(e) => props.onValue(e.currentTarget.value)} />
      </label>
      <label>
        {t('protRepeatPin')} <input type="password" name="repeat" autoComplete="new-password" maxLength={32} value={props.repeat} onInput={(e) => props.onRepeat(e.currentTarget.value)} />
      </label>
    </>
  );
}
