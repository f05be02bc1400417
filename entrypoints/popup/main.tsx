import { render } from 'preact';
import { t } from '@/lib/i18n';
import { PopupComplaintButtons } from '@/components/complaints/PopupComplaintButtons';

function Popup() {
  return <main data-liveguard="popup"><h1>{t('extName')}</h1><PopupComplaintButtons /></main>;
}
render(<Popup />, document.getElementById('app')!);
