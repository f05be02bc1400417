import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { ProtectionSettings, SettingPath, SettingsPatch } from '@/lib/protection/settings';

/**
 * Protection settings. Fields fixed by browser policy are disabled and say so (R-MINOR-11); saving
 * needs the PIN, which the background checks. Only changed fields are sent.
 */
export function GuardianForm(props: { settings: ProtectionSettings; locked: SettingPath[]; browserTimeZone: string; problem: string | null; saved: boolean; busy: boolean; onSave: (pin: string, patch: SettingsPatch) => void }) {
  const s = props.settings;
  const [enabled, setEnabled] = useState(s.enabled);
  const [budget, setBudget] = useState(String(s.dailyBudgetMinutes));
  const [curfewOn, setCurfewOn] = useState(s.curfew.enabled);
  const [start, setStart] = useState(s.curfew.start);
  const [end, setEnd] = useState(s.curfew.end);
  const [tz, setTz] = useState(s.timeZone ?? props.browserTimeZone);
  const [hideTipping, setHideTipping] = useState(s.hideTipping);
  const [pin, setPin] = useState('');
  const lock = (p: SettingPath) => props.locked.includes(p);
  const policyNote = (p: SettingPath) => (lock(p) ? <small data-liveguard="by-policy"> {t('protByPolicy')}</small> : null);

  function patch(): SettingsPatch {
    const out: SettingsPatch = {};
    if (!lock('enabled') && enabled !== s.enabled) out.enabled = enabled;
    if (!lock('dailyBudgetMinutes') && Number(budget) !== s.dailyBudgetMinutes) out.dailyBudgetMinutes = Math.round(Number(budget));
    const curfew: NonNullable<SettingsPatch['curfew']> = {};
    if (!lock('curfew.enabled') && curfewOn !== s.curfew.enabled) curfew.enabled = curfewOn;
    if (!lock('curfew.start') && start !== s.curfew.start) curfew.start = start;
    if (!lock('curfew.end') && end !== s.curfew.end) curfew.end = end;
    if (Object.keys(curfew).length) out.curfew = curfew;
    if (!lock('timeZone') && tz !== s.timeZone) out.timeZone = tz || null;
    if (!lock('hideTipping') && hideTipping !== s.hideTipping) out.hideTipping = hideTipping;
    return out;
  }

  return (
    <form
      data-liveguard="guardian-form"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave(pin, patch());
        setPin('');
      }}
    >
      <label>
        <input type="checkbox" name="enabled" checked={enabled} disabled={lock('enabled')} onChange={(e) => setEnabled(e.currentTarget.checked)} /> {t('protEnabled')}
        {policyNote('enabled')}
      </label>
      <label>
        {t('protBudget')} <input type="number" name="budget" min={0} max={1440} step={1} value={budget} disabled={lock('dailyBudgetMinutes')} onInput={(e) => setBudget(e.currentTarget.value)} />
        {policyNote('dailyBudgetMinutes')}
      </label>
      <fieldset>
        <label>
          <input type="checkbox" name="curfew" checked={curfewOn} disabled={lock('curfew.enabled')} onChange={(e) => setCurfewOn(e.currentTarget.checked)} /> {t('protCurfewOn')}
        </label>{' '}
        <label>
          {t('protCurfewFrom')} <input type="time" name="curfewStart" value={start} disabled={lock('curfew.start')} onInput={(e) => setStart(e.currentTarget.value)} />
        </label>{' '}
        <label>
          {t('protCurfewTo')} <input type="time" name="curfewEnd" value={end} disabled={lock('curfew.end')} onInput={(e) => setEnd(e.currentTarget.value)} />
        </label>
        {policyNote('curfew.enabled') ?? policyNote('curfew.start') ?? policyNote('curfew.end')}
      </fieldset>
      <label>
        {t('protTimeZone')} <input type="text" name="timeZone" value={tz} disabled={lock('timeZone')} onInput={(e) => setTz(e.currentTarget.value)} />
        {policyNote('timeZone')}
      </label>
      <label>
        <input type="checkbox" name="hideTipping" checked={hideTipping} disabled={lock('hideTipping')} onChange={(e) => setHideTipping(e.currentTarget.checked)} /> {t('protHideTipping')}
        {policyNote('hideTipping')}
      </label>
      <label>
        {t('protPin')} <input type="password" name="pin" autoComplete="off" maxLength={32} value={pin} onInput={(e) => setPin(e.currentTarget.value)} />
      </label>{' '}
      <button type="submit" disabled={props.busy || pin.length === 0}>
        {t('protSave')}
      </button>
      {props.problem ? <p role="alert" data-liveguard="pin-problem">{props.problem}</p> : null}
      {props.saved ? <p role="status" data-liveguard="saved">{t('protSaved')}</p> : null}
    </form>
  );
}
