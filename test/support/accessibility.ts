import axe from 'axe-core';
import type { Page } from 'playwright-core';

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** axe-core's critical and serious findings on what the page shows now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const violations: Violation[] = await page.evaluate(async (source) => {
    const g = globalThis as unknown as {
      axe?: { run(ctx: unknown, opts: unknown): Promise<{ violations: Violation[] }> };
      eval(s: string): void;
      document: unknown;
    };
    if (!g.axe) g.eval(source);
    return (await g.axe!.run(g.document, { resultTypes: ['violations'] })).violations;
  }, axe.source);
  return violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}
