import { describe } from 'vitest';
import { chromiumDriver } from './drivers/chromium';
import { runScenarios } from './scenarios';

describe('Chromium, Chrome MV3 build', () => {
  runScenarios(chromiumDriver());
});
