// The one axe-core set-up every browser test uses: WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's
// best practices (which its default run includes too). Naming the tags is what turns on the WCAG 2.2
// rules, such as target-size (24 by 24 CSS pixels): axe's default run leaves them out.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).withTags(AXE_TAGS);
}
