// Registers sw.js for this file's base and offers new versions (UpdatePrompt.astro): docs/architecture.md "Offline".
(() => {
  const sw = navigator.serviceWorker;
  const me = document.currentScript;
  if (!sw || !me) return;
  const base = new URL('./', me.src);
  const box = document.querySelector('[data-update-prompt]');
  let asked;
  const offer = (worker) => {
    if (!box) return;
    const part = (name) => box.querySelector(`[data-update-${name}]`);
    part('text').textContent = 'A new version of the course is ready.';
    box.hidden = false;
    part('reload').onclick = () => {
      asked = true;
      // activated: another tab took it already
      if (worker.state === 'activated') location.reload();
      else worker.postMessage({ type: 'skip-waiting' });
    };
    part('later').onclick = () => (box.hidden = true);
  };
  sw.addEventListener('controllerchange', () => asked && location.reload());
  // After load, so precaching never competes with the page; no worker (dev server): nothing happens.
  addEventListener('load', () =>
    sw.register(new URL('sw.js', base), { scope: base.pathname }).then((reg) => {
      if (!reg) return; // workers blocked (browser tests other than offline.spec.ts)
      if (reg.waiting && sw.controller) offer(reg.waiting);
      reg.addEventListener('updatefound', () => {
        const worker = reg.installing;
        worker.addEventListener('statechange', () => worker.state === 'installed' && sw.controller && offer(worker));
      });
    }, Boolean),
  );
})();
