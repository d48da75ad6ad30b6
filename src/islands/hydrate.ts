// Astro's Preact client entry without signal props. @astrojs/preact's own client.js imports
// @preact/signals lazily for islands given a signal as a prop, and that one dynamic import pulls in
// Vite's preload helper (0.9 KB gz) on every page with an island. No island here takes a signal, so
// astro.config.mjs points `@astrojs/preact/client.js` at this file; otherwise it does what that one does
// (slots as static HTML, the island's hydration mask, `client:only` renders, unmount on astro:unmount).
import { type ComponentType, h, hydrate, render } from 'preact';

type Slots = Record<string, string | undefined>;

const StaticHtml = ({ value, name, hydrate = true }: { value?: string; name?: string; hydrate?: boolean }) =>
  value ? h(hydrate ? 'astro-slot' : 'astro-static-slot', { name, dangerouslySetInnerHTML: { __html: value } }) : null;
StaticHtml.shouldComponentUpdate = () => false;

function islandMaskId(element: HTMLElement): number | string | null {
  const id = Number.parseInt(element.getAttribute('data-preact-island-id') ?? '', 10);
  return Number.isNaN(id) ? element.getAttribute('uid') : id;
}

export default (element: HTMLElement) =>
  async (
    Component: ComponentType<Record<string, unknown>>,
    props: Record<string, unknown>,
    { default: children, ...slotted }: Slots,
    { client }: { client: string },
  ) => {
    if (!element.hasAttribute('ssr')) return;
    if (element.dataset.preactSignals) throw new Error('signal props are not supported (src/islands/hydrate.ts)');
    for (const [key, value] of Object.entries(slotted)) props[key] = h(StaticHtml, { value, name: key });
    const child = h(Component, props, children != null ? h(StaticHtml, { value: children }) : children);
    const mask = islandMaskId(element);
    if (mask !== null) {
      const vnodeMask = [mask, 0];
      Object.assign(child, { _mask: vnodeMask, __m: vnodeMask });
    }
    if (client === 'only') {
      element.innerHTML = '';
      render(child, element);
    } else hydrate(child, element);
    element.addEventListener('astro:unmount', () => render(null, element), { once: true });
  };
