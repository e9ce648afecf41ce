/** The library in Firefox: the shared scenarios (tests/e2e/scenarios/library.ts). */
import { libraryScenarios } from '../e2e/scenarios/library.ts';
import { useFirefox } from './support/firefox.ts';
import { firefoxDriver } from './support/firefox-driver.ts';

libraryScenarios(firefoxDriver(useFirefox()));
