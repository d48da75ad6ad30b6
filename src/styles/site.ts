// The site's tokens and element defaults, and the URL of its print sheet: what every page document
// imports (BaseLayout, and PrintLayout for the print-only books), from one module. Rolldown names a
// chunk shared by several pages after a module in it; with the three imports written in each layout,
// the shared tokens-and-defaults stylesheet took its name from `print.css?url` and was served as
// /_astro/print.<hash>.css beside the real print sheet. Imported from here, the chunk is named `site`
// (astro.config.mjs's `site` chunk group also puts BaseLayout's chrome styles into it).
import './tokens.css';
import './global.css';
// Print styles as their own sheet with media="print": the browser fetches it without blocking the first paint.
export { default as printStylesheet } from './print.css?url';
