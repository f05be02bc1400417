import { render } from 'preact';

// Each area contributes one section component (components/options/*Section.tsx), listed here.
const SECTIONS: Array<() => preact.JSX.Element> = [];

function Options() {
  return (
    <main data-liveguard="options">
      <h1>{browser.i18n.getMessage('extName')}</h1>
      {SECTIONS.map((Section, i) => (
        <Section key={i} />
      ))}
    </main>
  );
}
render(<Options />, document.getElementById('app')!);
