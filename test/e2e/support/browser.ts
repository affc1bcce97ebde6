import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO_ROOT } from '@elo/stack';

/** Debian's Chromium (`.ci/run` installs it); playwright-core drives it, no downloaded browser. */
export const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Screenshots of the browser tests (gitignored). */
export const SCREENSHOTS = path.join(REPO_ROOT, 'tmp/console-e2e');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

const AXE = path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');

/**
 * axe-core's WCAG 2.1 A/AA rules on the page as it is now; answers the serious and critical
 * violations. The script is added through the DevTools protocol, which the page's CSP does not
 * govern (playwright's addScriptTag would be an inline script the console's policy refuses).
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(fs.readFileSync(AXE, 'utf8'));
  // Runs in the page: its globals are reached through globalThis (this file compiles without DOM types).
  const violations = await page.evaluate(async () => {
    const scope = globalThis as unknown as {
      axe: { run(ctx: unknown, opts: unknown): Promise<unknown> };
      document: unknown;
    };
    const result = (await scope.axe.run(scope.document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })) as { violations: AxeViolation[] };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
