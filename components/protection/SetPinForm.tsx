import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { NewPinInputs } from './NewPinInputs';

/** Choose (or change) the guardian PIN: typed twice; the current PIN is asked for when one exists. */
export function SetPinForm(props: { needsCurrent: boolean; problem: string | null; busy: boolean; onSubmit: (v: { currentPin?: string; newPin: string }) => void }) {
  const [cur, setCur] = useState('');
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [mismatch, setMismatch] = useState(false);
  return (
    <form
      data-liveguard="set-pin"
      onSubmit={(e) => {
        e.preventDefault();
        if (a !== b) return setMismatch(true);
        setMismatch(false);
        props.onSubmit({ currentPin: props.needsCurrent ? cur : undefined, newPin: a });
        setCur('');
        setA('');
        setB('');
      }}
    >
      {props.needsCurrent ? (
        <label>
          {t('protCurrentPin')} <input type="password" name="current" autoComplete="off" maxLength={32} value={cur} onInput={(e) => setCur(e.currentTarget.value)} />
        </label>
      ) : null}
      <NewPinInputs value={a} repeat={b} onValue={setA} onRepeat={setB} />
      <button type="submit" disabled={props.busy || a.length < 4}>
        {props.needsCurrent ? t('protChangePin') : t('protSetPin')}
      </button>
      {mismatch || props.problem ? <p role="alert" data-liveguard="pin-problem">{mismatch ? t('protPinMismatch') : props.problem}</p> : null}
    </form>
  );
}
