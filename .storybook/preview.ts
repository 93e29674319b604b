import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/context/define-provider.js';
import { RestListAdapter } from '../src/adapter/lists.js';
import { startDemoBackend } from '../src/adapter/demo/browser.js';
import type { DemoScenario, Fault, RouteName } from '../src/adapter/demo/store.js';

/** Per-story backend behaviour: `parameters.backend = { scenario, faults }`. */
export interface BackendParameters {
  scenario?: DemoScenario;
  faults?: Partial<Record<RouteName | '*', Fault>>;
}

// RestAdapter plus the list methods, for the list elements' stories.
const adapter = new RestListAdapter({ timeoutMs: 10000 });

const preview: Preview = {
  loaders: [
    async ({ parameters }) => {
      const { store } = await startDemoBackend();
      store.reset();
      const backend = (parameters.backend ?? {}) as BackendParameters;
      store.scenario = { ...backend.scenario };
      for (const [route, fault] of Object.entries(backend.faults ?? {})) store.setFault(route as RouteName, { ...fault! });
      return { store };
    },
  ],
  decorators: [
    (story, { globals }) =>
      html`<channelkit-provider .adapter=${adapter} locale=${globals.locale ?? 'en'} theme=${globals.theme ?? 'light'}>
        <div style="max-width: 1100px; padding: 16px; background: ${globals.theme === 'dark' ? '#0f1419' : 'transparent'}">${story()}</div>
      </channelkit-provider>`,
  ],
  globalTypes: {
    locale: { description: 'Locale', toolbar: { icon: 'globe', items: [{ value: 'en', title: 'English' }, { value: 'es', title: 'Español' }] } },
    theme: { description: 'Theme', toolbar: { icon: 'contrast', items: ['light', 'dark'] } },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  parameters: { controls: { expanded: true } },
};
export default preview;
