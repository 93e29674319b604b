import type { Plugin } from 'vite';
export declare function mockServiceWorker(): Plugin;
