import type { StorybookConfig } from '@storybook/web-components-vite';
import { mockServiceWorker } from '../scripts/msw-worker-plugin.mjs';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(config) {
    config.plugins = [...(config.plugins ?? []), mockServiceWorker()];
    config.resolve = { ...config.resolve, conditions: ['browser', 'module', 'import', 'default'] };
    return config;
  },
};
export default config;
