/** A hostile page against the reader's notes, in Firefox: the shared scenarios (tests/e2e/scenarios/hostile.ts). */
import { hostilePageScenarios } from '../e2e/scenarios/hostile.ts';
import { useFirefox } from './support/firefox.ts';
import { firefoxDriver } from './support/firefox-driver.ts';

hostilePageScenarios(firefoxDriver(useFirefox()));
