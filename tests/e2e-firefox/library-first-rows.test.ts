/** Opening a large library in Firefox: the shared scenario (tests/e2e/scenarios/library-first-rows.ts). */
import { libraryFirstRowsScenarios } from '../e2e/scenarios/library-first-rows.ts';
import { useFirefox } from './support/firefox.ts';
import { firefoxDriver } from './support/firefox-driver.ts';

libraryFirstRowsScenarios(firefoxDriver(useFirefox()));
