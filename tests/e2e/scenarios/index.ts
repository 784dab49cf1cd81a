import { afterAll, beforeAll } from 'vitest';
import type { Driver } from '../drivers/types';
import { optionsScenarios } from './options';
import { otherPageScenarios } from './other-pages';
import { popupOfflineScenarios } from './popup-offline';
import { popupSeedScenarios } from './popup-seed';
import { popupStandInScenarios } from './popup-stand-in';
import { seedPageScenarios } from './seed-page';

/**
 * Every end-to-end scenario, written once, run by one browser's driver. The seed's comes first:
 * it checks every request made since the browser started.
 */
export function runScenarios(driver: Driver): void {
  beforeAll(() => driver.start());
  afterAll(() => driver.stop());
  seedPageScenarios(driver);
  otherPageScenarios(driver);
  popupSeedScenarios(driver);
  popupOfflineScenarios(driver);
  popupStandInScenarios(driver);
  optionsScenarios(driver);
}
