// Fake app for widget/embed_test.go: it reports its height to the page that
// embeds it, as the real app does, and lets the test change its content.
'use strict';
const host = new URLSearchParams(location.hash.slice(1)).get('host');
const post = (msg) => parent.postMessage(msg, host);
const height = (h) => post({ type: 'putitright:height', height: h });
// offsetHeight, not scrollHeight: scrollHeight is never less than the
// iframe's own height, so the frame could grow but never shrink.
new ResizeObserver(() => height(document.documentElement.offsetHeight)).observe(document.documentElement);
const box = document.getElementById('box');
const grow = () => { box.style.height = '1200px'; };
const shrink = () => { box.style.height = '300px'; };
document.getElementById('grow').onclick = grow;
document.getElementById('shrink').onclick = shrink;
document.addEventListener('keydown', (e) => {
  ({
    g: grow,
    s: shrink,
    h: () => height(1e9),
    l: () => height(5),
    b: () => {
      post({ type: 'putitright:height', height: '900' });
      post({ type: 'putitright:height', height: Infinity });
      post({ type: 'putitright:height', height: NaN });
      post({ type: 'putitright:height', height: 900, extra: 1 });
      post({ type: 'other', height: 900 });
      post([900]);
      post('putitright:height 900');
      post('mark:bad');
    },
  })[e.key]?.();
});
