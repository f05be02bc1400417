import { render } from 'preact';

function Popup() {
  return <main data-liveguard="popup"><h1>{browser.i18n.getMessage('extName')}</h1></main>;
}
render(<Popup />, document.getElementById('app')!);
