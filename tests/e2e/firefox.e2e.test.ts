import { describe } from 'vitest';
import { firefoxDriver } from './drivers/firefox';
import { runScenarios } from './scenarios';

describe.each(['firefox-mv2', 'firefox-mv3'] as const)('Firefox, %s build', (target) => {
  runScenarios(firefoxDriver(target));
});
