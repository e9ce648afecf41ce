/// <reference types="vite/client" />

/** The browser this build targets, replaced at build time by vite.config.ts. */
declare const __MARGIN_BROWSER__: 'chrome' | 'firefox';
