/** A hostile page against the reader's notes, in Chromium: the shared scenarios (tests/e2e/scenarios/hostile.ts). */
import { useBrowser } from './support/browser.ts';
import { chromiumDriver } from './support/chromium-driver.ts';
import { hostilePageScenarios } from './scenarios/hostile.ts';

hostilePageScenarios(chromiumDriver(useBrowser()));
