// The yardstick of the pane-size and first-render benchmark: the UI of Microsoft's
// Office-Addin-TaskPane-React template (Header, HeroList with three icons, TextInsertion),
// React 18 + Fluent UI v9, built with the same loader and mode as our pane.
import { Button, Field, FluentProvider, Image, Textarea, tokens, makeStyles, webLightTheme } from '@fluentui/react-components';
import { DesignIdeas24Regular, LockOpen24Regular, Ribbon24Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

const useStyles = makeStyles({
  root: { minHeight: '100vh' },
  welcome: { display: 'flex', flexDirection: 'column', alignItems: 'center', paddingBottom: '30px', paddingTop: '100px', backgroundColor: tokens.colorNeutralBackground3 },
  message: { fontSize: tokens.fontSizeHero900, fontWeight: tokens.fontWeightRegular, fontColor: tokens.colorNeutralBackgroundStatic },
  list: { marginTop: '20px' },
  listItem: { paddingBottom: '20px', display: 'flex' },
  icon: { marginRight: '10px' },
  itemText: { fontSize: tokens.fontSizeBase300, fontColor: tokens.colorNeutralBackgroundStatic },
  textPromptAndInsertion: { display: 'flex', flexDirection: 'column', alignItems: 'center' },
  textAreaField: { marginLeft: '20px', marginTop: '30px', marginBottom: '20px', marginRight: '20px', maxWidth: '50%' },
});

function App() {
  const s = useStyles();
  const [text, setText] = useState('Some text.');
  const items = [
    { icon: <Ribbon24Regular />, primaryText: 'Achieve more with Office integration' },
    { icon: <LockOpen24Regular />, primaryText: 'Unlock features and functionality' },
    { icon: <DesignIdeas24Regular />, primaryText: 'Create and visualize like a pro' },
  ];
  return (
    <div className={s.root}>
      <section className={s.welcome}>
        <Image width="90" height="90" src="assets/icon-80.png" alt="Contoso Task Pane Add-in" />
        <h1 className={s.message}>Welcome</h1>
      </section>
      <div>
        <h2>Discover what this add-in can do for you today!</h2>
        <ul className={s.list}>
          {items.map((item, i) => (
            <li className={s.listItem} key={i}>
              <i className={s.icon}>{item.icon}</i>
              <span className={s.itemText}>{item.primaryText}</span>
            </li>
          ))}
        </ul>
      </div>
      <div className={s.textPromptAndInsertion}>
        <Field className={s.textAreaField} size="large" label="Enter text to be inserted into the document.">
          <Textarea size="large" value={text} onChange={(e) => setText(e.target.value)} />
        </Field>
        <Field className={s.textAreaField}>Click the button to insert text.</Field>
        <Button appearance="primary" disabled={false} size="large" onClick={() => undefined}>
          Insert text
        </Button>
      </div>
    </div>
  );
}

// As in the template: office.js is loaded by the page and the app renders once Office is ready.
declare const Office: { onReady: () => Promise<unknown> };
const root = createRoot(document.getElementById('root')!);
void Office.onReady().then(() =>
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>,
  ),
);
