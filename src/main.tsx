import { render } from 'solid-js/web';
import { App } from './ui/app/App';
import { lang } from './i18n';
import './ui/styles.css';

document.documentElement.lang = lang();
render(() => <App />, document.getElementById('root')!);
