// What hookctl's two pages (the listener's inspector and the sandbox dashboard) share, loaded
// before each page's own app.js. Untrusted values reach the DOM only as text: `el` never sets
// innerHTML.
'use strict';

const $ = (id) => document.getElementById(id);

// Builds an element; string children become text nodes.
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

// The page's token: a #token= fragment (never a query string: fragments stay out of server
// logs) wins and is then dropped from the address bar; it is kept in sessionStorage under `key`,
// for this tab only.
function pageToken(key) {
  const m = location.hash.match(/token=([^&]+)/);
  if (!m) return sessionStorage.getItem(key) || '';
  const token = decodeURIComponent(m[1]);
  sessionStorage.setItem(key, token);
  history.replaceState(null, '', location.pathname);
  return token;
}
