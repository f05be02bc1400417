import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { NewPinInputs } from './NewPinInputs';

/** Forgot the PIN: the one-time recovery code and a new PIN typed twice (issue 24). */
export function RecoverForm(props: { problem: string | null; busy: boolean; onSubmit(v: { code: string; newPin: string }): void }) {
  const [code, setCode] = useState('');
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [mismatch, setMismatch] = useState(false);
  return (
    <form
      data-liveguard="recover-pin"
      onSubmit={(e) => {
        e.preventDefault();
        if (a !== b) return setMismatch(true);
        setMismatch(false);
        props.onSubmit({ code, newPin: a });
        setCode('');
        setA('');
        setB('');
      }}
    >
      <label>
        {t('recCode')} <input name="code" autoComplete="off" maxLength={32} value={code} onInput={(e) => setCode(e.currentTarget.value)} />
      </label>
      <NewPinInputs value={a} repeat={b} onValue={setA} onRepeat={setB} />
      <button type="submit" disabled={props.busy || code.length < 16 || a.length < 6}>
        {t('recReset')}
      </button>
      {mismatch || props.problem ? <p role="alert" data-liveguard="recover-problem">{mismatch ? t('protPinMismatch') : props.problem}</p> : null}
    </form>
  );
}
