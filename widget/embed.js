/*! Put It Right embed loader: shows a "Start" card in a shadow root and, on
 * request, the app in an iframe on its own origin. Options: data-* on this tag
 * or on <div data-putitright> containers. No globals; never throws. */
(() => {
  'use strict';
  // The card's words by language, filled in from the app's content when
  // the server serves this file (widget.EmbedJS): English in full, each
  // other language where it differs.
  const WORDS = {};
  const warned = new Set();
  const warn = (m) => warned.has(m) || (warned.add(m), console.warn('Put It Right: ' + m));

  // Validation: each rule returns the clean value or null. The app checks
  // everything again with the same rules (app/partner).
  const name = (v, max = 80) => {
    // Drop control and bidi characters and the byte-order mark.
    v = v.replace(/[\0-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '').trim();
    return v && [...v].length <= max ? v : null;
  };
  const phone = (v) => {
    const n = (v = v.trim()).replace(/\D/g, '').length;
    return /^[0-9 +()-]{1,32}$/.test(v) && n >= 6 && n <= 20 ? v : null;
  };
  const web = (v) => {
    try {
      const u = new URL(v.trim());
      return u.protocol === 'https:' && !u.username && !u.password &&
        /^[a-z0-9.-]+$/.test(u.hostname) && u.href.length <= 200 ? u.href : null;
    } catch (e) {
      return null; // not an absolute URL
    }
  };
  // The accent is the button colour under white text: it needs a WCAG
  // contrast of 4.5:1 or more with white, 1.05 / (luminance + 0.05).
  const accent = (v) => {
    v = v.trim().toLowerCase();
    if (/^#[0-9a-f]{3}$/.test(v)) v = v.replace(/[0-9a-f]/g, '$&$&');
    if (!/^#[0-9a-f]{6}$/.test(v)) return null;
    const lum = [0.2126, 0.7152, 0.0722].reduce((sum, w, i) => {
      const c = parseInt(v.substr(1 + 2 * i, 2), 16) / 255;
      return sum + w * (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    }, 0);
    return 1.05 / (lum + 0.05) >= 4.5 ? v : null;
  };
  const oneOf = (...list) => (v) => (list.includes(v = v.trim().toLowerCase()) ? v : null);
  const height = (v) => (/^\s*\d{1,5}\s*$/.test(v) ? Math.min(2000, Math.max(320, +v)) : null);
  // A language the card has words for, in any case, as the app names it.
  const lang = (v) => Object.keys(WORDS).find((k) => k.toLowerCase() === v.trim().toLowerCase()) || null;

  // data-<attribute>: [rule, hint, fragment key (none: not for the app)].
  const NAME = [name, 'up to 80 characters'];
  const PHONE = [phone, 'digits, spaces, + ( ) - with 6 to 20 digits'];
  const WEB = [web, 'an https:// address, up to 200 characters'];
  const OPTIONS = {
    'partner-name': [...NAME, 'partner'],
    'advocacy-name': [...NAME, 'advocacy-name'],
    'advocacy-phone': [...PHONE, 'advocacy-phone'],
    'advocacy-web': [...WEB, 'advocacy-web'],
    'pals-name': [...NAME, 'pals-name'],
    'pals-phone': [...PHONE, 'pals-phone'],
    'pals-web': [...WEB, 'pals-web'],
    'healthwatch-name': [...NAME, 'healthwatch-name'],
    'healthwatch-phone': [...PHONE, 'healthwatch-phone'],
    'healthwatch-web': [...WEB, 'healthwatch-web'],
    accent: [accent, '#rgb or #rrggbb dark enough for white text', 'accent'],
    nation: [oneOf('england', 'wales', 'scotland', 'northern-ireland'), 'england, wales, scotland or northern-ireland', 'nation'],
    start: [oneOf('button', 'visible', 'inline'), 'button, visible or inline'],
    height: [height, 'a number of pixels'],
    title: [(v) => name(v, 120), 'up to 120 characters', 'title'],
    lang: [lang, 'one of ' + Object.keys(WORDS).join(', '), 'lang'],
  };
  const words = (opts) => ({ ...WORDS.en, ...WORDS[opts.lang] });
  const read = (el) => {
    const opts = {};
    for (const [attr, [rule, hint]] of Object.entries(OPTIONS)) {
      const raw = el.getAttribute('data-' + attr);
      if (raw === null || !raw.trim()) continue;
      const v = rule(raw);
      if (v === null) warn('ignored data-' + attr + ': use ' + hint + '.');
      else opts[attr] = v;
    }
    return opts;
  };

  // The box and its shadow styles. :host resets what the page's CSS could
  // still set on the box itself, but keeps the page's font family. The card
  // is as tall as its content; --h is the iframe's height.
  const CSS = `:host{all:initial!important;display:block!important;font-family:inherit!important}
.card{box-sizing:border-box;display:flex;flex-direction:column;gap:16px;
padding:24px;border:1px solid #b1b4b6;border-radius:8px;background:#fff;color:#0b0c0c;text-align:left;
font-style:normal;font-weight:400;font-size:16px;line-height:1.5}
.card *{box-sizing:border-box;margin:0;padding:0;font:inherit;color:inherit}
.title{font-size:22px;font-weight:700;line-height:1.3}
.by{color:#505a5f}
.card button{align-self:flex-start;min-height:44px;padding:10px 24px;border:0;border-radius:4px;cursor:pointer;
background:var(--accent);color:#fff;font-weight:700;font-size:18px}
.card button:focus-visible{outline:3px solid #0b0c0c;outline-offset:3px;box-shadow:0 0 0 3px #fd0}
iframe{display:block;width:100%;height:var(--h);border:0}`;
  const el = (tag, props) => Object.assign(document.createElement(tag), props);

  // Everything else runs inside one try.
  try {
    const script = document.currentScript ||
      [...document.querySelectorAll('script[src]')].reverse()
        .find((s) => /\/embed(-[0-9a-f]{12})?\.js([?#]|$)/.test(s.src));
    if (!script) return;
    const APP = new URL('./', script.src); // the app's origin and path
    const defaults = read(script);

    // The app's settings go in the fragment, never the query: the app's
    // offline cache is keyed on the query.
    const fragment = (opts, embedded) => {
      const q = new URLSearchParams();
      for (const [attr, [, , key]] of Object.entries(OPTIONS)) if (key && opts[attr]) q.set(key, opts[attr]);
      if (embedded) q.set('embed', '1'), q.set('host', location.origin);
      return q;
    };

    // One listener for all widgets; boxes maps iframe windows to their box.
    const boxes = new Map();
    addEventListener('message', (e) => {
      const box = boxes.get(e.source), d = e.data;
      if (box && e.origin === APP.origin && d && typeof d === 'object' &&
          Object.keys(d).length === 2 && d.type === 'putitright:height' &&
          typeof d.height === 'number' && isFinite(d.height)) {
        box.style.setProperty('--h', Math.round(Math.min(20000, Math.max(200, d.height))) + 'px');
      }
    });

    const mount = (box, opts) => {
      const w = words(opts);
      const title = opts.title || w.title;
      // CSSOM, not a style attribute: fine under a strict page CSP.
      box.style.setProperty('--h', (opts.height || 640) + 'px');
      box.style.setProperty('--accent', opts.accent || '#005eb8');
      // Open, not closed: a closed root is no security boundary (page
      // scripts share this realm) and it hides the card from accessibility
      // tools. The boundary is the cross-origin iframe.
      const root = box.attachShadow({ mode: 'open' });
      const sheet = new CSSStyleSheet(); // a constructed sheet needs no CSP 'unsafe-inline'
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];

      // A named region, not a heading, so the page's heading order stays.
      const card = el('div', { className: 'card', role: 'region' });
      card.setAttribute('aria-label', title);
      if (opts.lang) card.lang = opts.lang;
      const button = el('button', { type: 'button', textContent: w.start });
      card.append(el('p', { className: 'title', textContent: title }), el('p', { textContent: w.intro }));
      if (opts['partner-name']) card.append(el('p', { className: 'by', textContent: w.by.split('{partner}').join(opts['partner-name']) }));
      card.append(button);
      root.append(card);

      const load = (focus) => {
        if (!card.isConnected) return;
        const frame = el('iframe', { title, src: APP.href + '#' + fragment(opts, true), referrerPolicy: 'strict-origin', loading: 'eager' });
        frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-downloads');
        frame.setAttribute('allow', 'clipboard-write; web-share');
        card.replaceWith(frame);
        boxes.set(frame.contentWindow, box);
        if (focus) {
          // Take keyboard and screen-reader users into the app, and again
          // once it has loaded (unless they have moved on): the load swaps
          // the frame's document, and focus() on the already-focused frame
          // would do nothing, hence blur() first.
          frame.focus();
          frame.addEventListener('load', () => {
            const a = document.activeElement;
            if (!a || a === box || a === document.body) frame.blur(), frame.focus();
          }, { once: true });
        }
      };
      button.onclick = () => load(true);
      if (opts.start === 'inline' || (opts.start === 'visible' && !window.IntersectionObserver)) load(false);
      else if (opts.start === 'visible') {
        const io = new IntersectionObserver((es) => {
          if (es.some((e) => e.isIntersecting)) load(false);
          if (!card.isConnected) io.disconnect();
        }, { rootMargin: '300px' });
        io.observe(box);
      }
    };

    // place inserts a box; if the widget fails, a plain link is shown.
    const place = (insert, opts) => {
      const box = document.createElement('putitright-widget');
      insert(box);
      try {
        mount(box, opts);
      } catch (err) {
        warn('showing a link instead (' + err + ').');
        box.replaceChildren(el('a', {
          href: APP.href + '#' + fragment(opts), target: '_blank', rel: 'noopener', textContent: words(opts).open,
        }));
      }
      return box;
    };

    // Containers if there are any, else this script's own place. Containers
    // further down a page that is still loading are found when it has loaded.
    let own;
    const scan = () => {
      const all = document.querySelectorAll('div[data-putitright]');
      let n = 0;
      for (const c of all) {
        if (!c.querySelector('putitright-widget')) n++, place((box) => c.append(box), { ...defaults, ...read(c) });
      }
      if (n && own) warn('put the script after the containers.'), own.remove(), own = null;
      return all.length;
    };
    if (!scan() && script.parentNode !== document.head) own = place((box) => script.after(box), defaults);
    if (document.readyState === 'loading') addEventListener('DOMContentLoaded', scan, { once: true });
  } catch (err) {
    warn('could not start (' + err + ').');
  }
})();
