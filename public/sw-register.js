// Registers sw.js (scripts/offline-integration.mjs) for the base this file sits at, after load; a new
// version waits until the learner clicks Reload (src/components/UpdatePrompt.astro). docs/architecture.md "Offline".
(() => {
  const sw = navigator.serviceWorker;
  if (!sw || !document.currentScript) return;
  const base = new URL('./', document.currentScript.src);
  const prompt = document.querySelector('[data-update-prompt]');
  let asked = false;
  const offer = (worker) => {
    if (!prompt) return;
    prompt.querySelector('[data-update-text]').textContent = 'A new version of the course is ready.';
    prompt.hidden = false;
    prompt.querySelector('[data-update-reload]').onclick = () => {
      asked = true;
      // Another tab may have switched already.
      if (worker.state === 'activated') location.reload();
      else worker.postMessage({ type: 'skip-waiting' });
    };
    prompt.querySelector('[data-update-later]').onclick = () => (prompt.hidden = true);
  };
  sw.addEventListener('controllerchange', () => asked && location.reload());
  const register = () =>
    sw.register(new URL('sw.js', base), { scope: base.pathname }).then(
      (reg) => {
        // Only an update waits behind a worker in control.
        if (reg.waiting && sw.controller) offer(reg.waiting);
        reg.addEventListener('updatefound', () => {
          const worker = reg.installing;
          worker?.addEventListener('statechange', () => worker.state === 'installed' && sw.controller && offer(worker));
        });
      },
      () => {}, // no worker (dev server, browser setting): the site works online as before
    );
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
})();
