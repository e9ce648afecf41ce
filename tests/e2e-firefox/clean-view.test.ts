/** The clean view's legend, reading look and focus on one name, in Firefox: the shared scenarios (tests/e2e/scenarios/clean-view.ts). */
import { cleanViewScenarios } from '../e2e/scenarios/clean-view.ts';
import { useFirefox } from './support/firefox.ts';
import { firefoxDriver } from './support/firefox-driver.ts';

cleanViewScenarios(firefoxDriver(useFirefox()));
