import { render } from 'preact';
import { t } from '@/lib/i18n';

function Popup() {
  return <main data-liveguard="popup"><h1>{t('extName')}</h1></main>;
}
render(<Popup />, document.getElementById('app')!);
