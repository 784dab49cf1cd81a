import axe from 'axe-core';

/** One rule axe-core found broken, with how many elements break it. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: number;
  help: string;
}

/** Anything that can run a script in a page and return its result: a Playwright or Puppeteer page. */
export interface ScriptRunner {
  evaluate(script: string): Promise<unknown>;
}

/**
 * Runs axe-core inside the page (as a script evaluated by the driver, so the extension page's
 * content security policy does not stand in the way) and returns the serious and critical
 * violations of WCAG 2.x A and AA and best-practice rules.
 */
export async function seriousViolations(page: ScriptRunner): Promise<AxeViolation[]> {
  await page.evaluate(`${axe.source};void 0`);
  const all = (await page.evaluate(`axe
    .run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
    .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help })))`)) as AxeViolation[];
  return all.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
