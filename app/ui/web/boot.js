// boot.js runs before the Go app starts. It keeps the page usable whatever
// happens: it swaps in a memory store when the browser blocks storage,
// shows a plain message with the key phone numbers if the app cannot load
// or stops, keeps what the person does before the app starts, and, inside
// a partner's frame, tells the partner page how tall the app is (only a
// number, and only to the page that embeds it).
'use strict';
(() => {
  // 1. Storage. Reading localStorage throws when the browser blocks it
  // (for example in a partner's frame). go-app reads window.localStorage as
  // it starts and would stop on that throw, so put an empty store in its
  // place: it holds nothing (length 0, so go-app reads no items) and reading
  // or writing an item throws as the browser's would, so the app tells the
  // person at once that their draft cannot be kept here.
  try {
    window.localStorage.getItem('putitright-probe');
  } catch (e) {
    const blocked = () => { throw new DOMException('Storage is blocked', 'SecurityError'); };
    const shim = {
      getItem: blocked,
      setItem: blocked,
      removeItem: () => {},
      clear: () => {},
      key: () => null,
      length: 0,
    };
    try { Object.defineProperty(window, 'localStorage', { value: shim, configurable: true }); } catch (e2) { /* nothing more to do */ }
  }

  // The words shown here are the page's own (#boot-words, from the app's
  // content), so they are in the page's language.
  const word = (key) => {
    const el = document.querySelector('#boot-words [data-boot="' + key + '"]');
    return el ? el.textContent : '';
  };

  // 2. A plain message when the app cannot start or stops working. The
  // prerendered page stays readable underneath.
  const fail = (key) => {
    if (document.getElementById('boot-failed')) return;
    if (undo) undo(); // the app will not carry on by itself now
    const box = document.createElement('div');
    box.id = 'boot-failed';
    box.className = 'boot-failed';
    box.setAttribute('role', 'alert');
    const p = (t) => { const el = document.createElement('p'); el.textContent = t; box.appendChild(el); };
    p(word(key));
    const help = document.createElement('p');
    const tel = (n) => { const a = document.createElement('a'); a.href = 'tel:' + n; a.textContent = n; return a; };
    // A phone number in braces, such as {999}, is a link that calls it.
    help.append(...word('danger').split(/\{(\d+)\}/).map((t, i) => (i % 2 ? tel(t) : t)));
    box.appendChild(help);
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'button';
    b.textContent = word('reload');
    b.addEventListener('click', () => location.reload());
    box.appendChild(b);
    document.body.insertBefore(box, document.body.firstChild);
    document.documentElement.classList.add('boot-error');
  };
  const icon = document.getElementById('app-wasm-loader-icon');
  if (icon) {
    // go-app swaps the spinner for its logo when loading fails.
    new MutationObserver(() => {
      if (!icon.classList.contains('goapp-spin')) {
        fail('load-failed');
      }
    }).observe(icon, { attributes: true, attributeFilter: ['class'] });
  }
  if (typeof Go === 'function') {
    const run = Go.prototype.run;
    Go.prototype.run = async function (instance) {
      try {
        await run.call(this, instance);
      } finally {
        // The app never ends by itself: ending means it stopped working.
        fail('stopped');
      }
    };
  }

  // 3. Until the app starts, the prerendered page looks ready but is not:
  // keep, in memory only, what the person ticks and types (by element id)
  // and which button they press, and say plainly on that button that the
  // app is getting ready. Once it has drawn its first page, the app takes
  // the record (jsbridge.TakeEarly) and carries on from it.
  let fields = {}, press = null, undo = null;
  const waiting = () => !!document.getElementById('app-wasm-loader');
  const keep = (el) => {
    if (!el.id || !/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)) return;
    fields[el.id] = /^(radio|checkbox)$/.test(el.type) ? (el.checked ? '1' : '') : el.value;
  };
  const onField = (e) => { if (waiting()) keep(e.target); };
  addEventListener('input', onField, true);
  addEventListener('change', onField, true);
  // A submit now would reload the page and lose the answer.
  addEventListener('submit', (e) => { if (waiting()) e.preventDefault(); }, true);
  addEventListener('click', (e) => {
    const b = e.target.closest && e.target.closest('button');
    if (!b || !waiting() || b.closest('#boot-failed')) return;
    e.preventDefault();
    if (b.hasAttribute('data-boot-wait')) return;
    if (b.form) [...b.form.elements].forEach(keep);
    const text = b.textContent;
    press = [text, String([...document.querySelectorAll('button')].filter((x) => x.textContent === text).indexOf(b))];
    if (undo) undo();
    const note = document.createElement('p');
    note.className = 'boot-wait';
    note.setAttribute('role', 'status');
    b.after(note);
    b.setAttribute('aria-disabled', 'true');
    b.setAttribute('data-boot-wait', '');
    b.textContent = word('wait');
    // Filled a moment later, so that screen readers announce it.
    setTimeout(() => { note.textContent = word('still'); }, 100);
    undo = () => { note.remove(); b.removeAttribute('aria-disabled'); b.removeAttribute('data-boot-wait'); b.textContent = text; };
  }, true);
  // The record, once: [page address, button text, which button with that
  // text ('-1' for none), then id and value of each field ('1' or '' for a box)].
  window.putitrightEarly = () => {
    delete window.putitrightEarly;
    if (undo) undo();
    const out = [location.pathname].concat(press || ['', '-1']);
    for (const id in fields) out.push(id, fields[id]);
    fields = {};
    return out;
  };

  // 4. Inside a partner's frame: post our height to the embedding page.
  if (window.parent === window) return;
  document.documentElement.classList.add('embedded');
  let host = '';
  try {
    const given = new URLSearchParams(location.hash.slice(1)).get('host') || '';
    const origin = new URL(given).origin;
    const actual = (location.ancestorOrigins && location.ancestorOrigins[0]) ||
      (document.referrer ? new URL(document.referrer).origin : '');
    if (given === origin && origin === actual) host = origin;
  } catch (e) { /* no valid host: never post */ }
  if (!host || typeof ResizeObserver !== 'function') return;
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'putitright:height', height }, host);
  };
  new ResizeObserver(post).observe(document.documentElement);
  addEventListener('load', post);
})();
