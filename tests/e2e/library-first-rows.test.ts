/** Opening a large library in Chromium: the shared scenario (tests/e2e/scenarios/library-first-rows.ts). */
import { useBrowser } from './support/browser.ts';
import { chromiumDriver } from './support/chromium-driver.ts';
import { libraryFirstRowsScenarios } from './scenarios/library-first-rows.ts';

libraryFirstRowsScenarios(chromiumDriver(useBrowser()));
