/** Backup and restore in Firefox: the shared scenarios (tests/e2e/scenarios/backup.ts). */
import { backupScenarios } from '../e2e/scenarios/backup.ts';
import { useFirefox } from './support/firefox.ts';
import { firefoxDriver } from './support/firefox-driver.ts';

// Fewer notes than in Chromium, whose suite checks the scale: here the round trip is what is tested.
backupScenarios(firefoxDriver(useFirefox()), 2_000);
