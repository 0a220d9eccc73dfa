// hookctl inspector. Every captured value is untrusted: it reaches the page only through
// textContent or form values, never innerHTML (and the CSP forbids inline script anyway).
'use strict';

const PAGE = 100;
const SHOWN = 200000; // characters of a body shown before "show all"
const state = { offset: 0, total: 0, kept: 0, items: [], selected: null, info: {}, detail: null };

// The token comes as a #token= fragment (never a query string) and is sent as a header.
let token = pageToken('hookctl-token');

function headers(extra) {
  const h = Object.assign({}, extra || {});
  if (token) h['X-Hookctl-Token'] = token;
  return h;
}

async function api(path, opts) {
  const o = Object.assign({}, opts || {});
  o.headers = headers(o.headers);
  const r = await fetch(path, o);
  if (!r.ok) {
    let msg = r.status + ' ' + r.statusText;
    try { msg = (await r.json()).error || msg; } catch (_) { /* not JSON */ }
    throw new Error(msg);
  }
  return r;
}

function showError(e) {
  const p = $('error');
  p.textContent = String(e && e.message ? e.message : e);
  p.hidden = false;
  clearTimeout(showError.t);
  showError.t = setTimeout(() => { p.hidden = true; }, 6000);
}

function size(n) {
  if (n < 1024) return n + ' B';
  if (n < 1048576) return (n / 1024).toFixed(1) + ' KiB';
  return (n / 1048576).toFixed(1) + ' MiB';
}

function time(t) {
  return t.replace('T', ' ').replace('Z', '').slice(11);
}

const VERDICT = { verified: 'verified', wrong: 'wrong signature', missing: 'unsigned', unusable: 'unusable signature', unchecked: 'no secret' };

function filters() {
  const f = {};
  for (const k of ['topic', 'verdict', 'status', 'q']) {
    const v = $('f-' + k).value.trim();
    if (v) f[k] = v;
  }
  return f;
}

function row(s, fresh) {
  const tr = el('tr', { class: 'row' + (fresh ? ' new' : '') + (s.id === state.selected ? ' selected' : ''), 'data-id': s.id,
    title: s.preview_truncated ? s.preview + '…' : s.preview,
    onclick: () => select(s.id) },
    el('td', { text: time(s.received_at), title: s.received_at }),
    el('td', { text: s.method + ' ' + s.path }),
    el('td', { class: 's-' + String(s.status)[0], text: s.status + (s.forwarded_status ? ' (app ' + s.forwarded_status + ')' : '') }),
    el('td', { class: 'v-' + s.verdict, text: VERDICT[s.verdict] || s.verdict, title: s.why || null }),
    el('td', { text: s.topic || (s.kind === 'first-generation' ? 'first-generation' : '-') }),
    el('td', { text: s.webhook_id || '-' }),
    el('td', {}, s.job_id || '-', s.duplicate ? el('span', { class: 'dup', title: 'this job id was delivered before', text: 'duplicate' }) : null),
    el('td', { text: size(s.size) }));
  return tr;
}

function renderList() {
  const body = $('rows');
  body.replaceChildren(...state.items.map((s) => row(s, false)));
  $('empty').hidden = state.items.length > 0;
  const last = Math.min(state.offset + state.items.length, state.total);
  $('page-info').textContent = state.total ? (state.offset + 1) + '–' + last + ' of ' + state.total : '';
  $('newer').disabled = state.offset === 0;
  $('older').disabled = last >= state.total;
  $('count').textContent = state.kept + ' kept';
  const topics = new Set(state.items.map((s) => s.topic).filter(Boolean));
  $('topics').replaceChildren(...[...topics].sort().map((t) => el('option', { value: t })));
}

async function load() {
  const q = new URLSearchParams(Object.assign({ offset: state.offset, limit: PAGE }, filters()));
  try {
    const data = await (await api('/api/captures?' + q)).json();
    Object.assign(state, { total: data.total, kept: data.kept, items: data.items });
    renderList();
  } catch (e) { showError(e); }
}

// Live rows: without filters on the first page they are prepended; otherwise the page reloads.
let pending = [];
let reloadTimer = null;
function onCapture(s) {
  const f = filters();
  if (state.offset !== 0 || Object.keys(f).length) {
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(load, 250);
    return;
  }
  pending.push(s);
  if (pending.length === 1) requestAnimationFrame(flush);
}
function flush() {
  const fresh = pending.reverse();
  pending = [];
  state.items = fresh.concat(state.items).slice(0, PAGE);
  state.total += fresh.length;
  state.kept = Math.min(state.kept + fresh.length, state.info.keep || Infinity);
  const body = $('rows');
  for (const s of fresh.slice().reverse()) body.prepend(row(s, true));
  while (body.children.length > PAGE) body.lastElementChild.remove();
  $('empty').hidden = true;
  const last = Math.min(state.items.length, state.total);
  $('page-info').textContent = '1–' + last + ' of ' + state.total;
  $('older').disabled = last >= state.total;
  $('count').textContent = state.kept + ' kept';
}

// Server-sent events read with fetch, so the token can travel in a header.
async function events() {
  for (;;) {
    try {
      const r = await api('/api/events', { headers: { Accept: 'text/event-stream' } });
      $('live').textContent = 'live';
      $('live').classList.add('on');
      const reader = r.body.getReader();
      const dec = new TextDecoder();
      let buf = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buf += dec.decode(value, { stream: true });
        let i;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          let ev = 'message';
          let data = '';
          for (const line of block.split('\n')) {
            if (line.startsWith('event:')) ev = line.slice(6).trim();
            else if (line.startsWith('data:')) data += line.slice(5).replace(/^ /, '');
          }
          if (ev === 'capture') onCapture(JSON.parse(data));
          else if (ev === 'clear') { state.offset = 0; closeDetail(); load(); }
          else if (ev === 'resync') load();
        }
      }
    } catch (e) { /* reconnect below */ }
    $('live').textContent = 'reconnecting…';
    $('live').classList.remove('on');
    await new Promise((res) => setTimeout(res, 1000));
    load();
  }
}

function closeDetail() {
  state.selected = null;
  state.detail = null;
  $('detail').hidden = true;
  $('detail').replaceChildren();
}

async function select(id) {
  state.selected = id;
  for (const tr of document.querySelectorAll('tr.row')) tr.classList.toggle('selected', tr.dataset.id === String(id));
  try {
    const d = await (await api('/api/captures/' + id)).json();
    if (state.selected !== id) return;
    state.detail = d;
    renderDetail(d, 'body');
  } catch (e) { showError(e); }
}

function kv(pairs) {
  const dl = el('dl', { class: 'kv' });
  for (const [k, v] of pairs) dl.append(el('dt', { text: k }), el('dd', { text: v }));
  return dl;
}

// A long text is cut until asked for.
function longPre(text, cls) {
  const pre = el('pre', { class: cls });
  if (text.length <= SHOWN) {
    pre.textContent = text;
    return pre;
  }
  pre.textContent = text.slice(0, SHOWN);
  const more = el('button', { type: 'button', text: 'show all ' + size(text.length),
    onclick: () => { pre.textContent = text; more.remove(); } });
  return el('div', {}, pre, more);
}

function renderTab(d, tab) {
  switch (tab) {
    case 'body':
      if (d.pretty !== null) return longPre(d.pretty, 'body-pretty');
      if (d.body !== null) return longPre(d.body, 'body-pretty');
      return el('p', { class: 'note', text: 'binary body: see Raw' });
    case 'raw':
      if (d.body !== null) return longPre(d.body, 'body-raw');
      return el('div', {}, el('p', { class: 'note', text: 'not UTF-8; base64 of the exact bytes:' }), longPre(d.body_base64 || '', 'body-raw'));
    case 'headers':
      return kv(d.headers);
    case 'forwarded': {
      const f = d.forwarded;
      if (!f) return el('p', { class: 'note', text: 'not forwarded (listen --forward-to URL relays each delivery to your app)' });
      return el('div', {},
        kv([['url', f.url], ['status', f.status === null ? '-' : String(f.status)], ['time', f.duration_ms.toFixed(1) + ' ms']].concat(f.error ? [['error', f.error]] : [])),
        kv(f.headers),
        longPre(f.body !== null ? f.body : 'base64: ' + f.body_base64, 'fwd-body'));
    }
    case 'record':
      return el('div', {}, el('p', { class: 'note', text: 'as --save writes it (readable by hookctl replay, verify --headers, render --capture)' }), longPre(d.record, 'record'));
  }
  return el('p');
}

function renderDetail(d, tab) {
  const pane = $('detail');
  const tabs = ['body', 'raw', 'headers', 'forwarded', 'record'];
  const content = el('div', { id: 'tab-content' }, renderTab(d, tab));
  const tabBar = el('div', { class: 'tabs' }, ...tabs.map((t) => el('button', { type: 'button', class: t === tab ? 'active' : null, 'data-tab': t, text: t,
    onclick: () => renderDetail(d, t) })));
  const to = el('input', { id: 'replay-to', type: 'url', placeholder: 'http://127.0.0.1:3000/webhooks', value: state.info.forward_to || '' });
  pane.replaceChildren(
    el('h2', {}, '#' + d.id + ' ' + d.method + ' ' + d.path + ' → ' + d.status),
    kv([['received', d.received_at], ['signature', (VERDICT[d.verdict] || d.verdict) + (d.why ? ': ' + d.why : '')],
      ['topic', d.topic || '-'], ['webhook', d.webhook_id || '-'], ['job', (d.job_id || '-') + (d.duplicate ? '  (duplicate)' : '')],
      ['type', d.content_type || '-'], ['size', size(d.size)]]),
    el('div', { class: 'actions' }, to,
      el('button', { type: 'button', id: 'replay-btn', class: 'primary', text: 'Replay', onclick: () => replay(d.id, { to: to.value }) }),
      el('button', { type: 'button', id: 'edit-btn', text: 'Edit & replay', onclick: () => editor(d, to) })),
    el('div', { class: 'actions' },
      el('button', { type: 'button', id: 'copy-curl', text: 'Copy as curl', onclick: () => copy(d.curl) }),
      el('button', { type: 'button', id: 'download-one', text: 'Download (.jsonl)', onclick: () => download('/api/captures/' + d.id + '/record', 'capture-' + d.id + '.jsonl') })),
    el('div', { id: 'editor-slot' }),
    el('pre', { id: 'replay-result', hidden: true }),
    tabBar, content);
  pane.hidden = false;
}

function editor(d, to) {
  const slot = $('editor-slot');
  if (slot.firstChild) { slot.replaceChildren(); return; }
  const body = el('textarea', { id: 'edit-body', rows: 10 });
  body.value = d.body !== null ? d.body : '';
  const hdrs = el('textarea', { id: 'edit-headers', rows: 8 });
  hdrs.value = d.headers.filter(([k]) => !['host', 'content-length', 'connection'].includes(k)).map(([k, v]) => k + ': ' + v).join('\n');
  const sign = el('select', { id: 'edit-sign' },
    el('option', { value: 'sign', text: state.info.has_secret ? "re-sign with the listener's secret" : 're-sign (the listener has no secret)' }),
    el('option', { value: 'unsigned', text: 'send unsigned' }),
    el('option', { value: 'keep', text: 'keep the headers as written' }));
  if (!state.info.has_secret) sign.value = 'keep';
  slot.replaceChildren(el('div', { id: 'editor' },
    el('label', {}, 'body', body), el('label', {}, 'headers (one "name: value" per line)', hdrs),
    el('div', { class: 'actions' }, sign,
      el('button', { type: 'button', id: 'edit-send', class: 'primary', text: 'Send edited',
        onclick: () => {
          const headers = hdrs.value.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => {
            const i = l.indexOf(':');
            return i < 0 ? [l, ''] : [l.slice(0, i).trim(), l.slice(i + 1).trim()];
          });
          const req = { to: to.value, body: body.value, headers };
          if (sign.value !== 'keep') req.sign = sign.value === 'sign';
          replay(d.id, req);
        } }))));
}

async function replay(id, req) {
  const out = $('replay-result');
  out.hidden = false;
  out.textContent = 'sending…';
  try {
    const r = await (await api('/api/captures/' + id + '/replay', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(req) })).json();
    const head = r.response ? '→ ' + r.url + ' answered ' + r.response.status : '→ ' + r.url + ': ' + r.error;
    out.textContent = head + ' in ' + r.duration_ms.toFixed(1) + ' ms' + (r.response ? '\n\n' + r.response.body : '');
    out.dataset.status = r.response ? r.response.status : 'error';
  } catch (e) {
    out.textContent = 'not sent: ' + e.message;
    out.dataset.status = 'refused';
  }
}

async function copy(text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch (_) {
    const out = $('replay-result');
    out.hidden = false;
    out.textContent = text; // no clipboard access: show it to select by hand
  }
}

async function download(path, name) {
  try {
    const blob = await (await api(path)).blob();
    const a = el('a', { href: URL.createObjectURL(blob), download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  } catch (e) { showError(e); }
}

async function init() {
  try {
    state.info = await (await api('/api/info')).json();
    $('target').textContent = 'listener ' + state.info.listener_url + (state.info.forward_to ? ' → ' + state.info.forward_to : '');
    $('empty-url').textContent = state.info.listener_url;
  } catch (e) { showError(e); }
  events();
  await load();
  // When the first screen of rows was drawn, for the 10,000-delivery test.
  document.body.dataset.firstScreenMs = String(Math.round(performance.now()));
  let t = null;
  $('filters').addEventListener('input', () => { clearTimeout(t); t = setTimeout(() => { state.offset = 0; load(); }, 200); });
  $('filters').addEventListener('submit', (e) => e.preventDefault());
  $('newer').addEventListener('click', () => { state.offset = Math.max(0, state.offset - PAGE); load(); });
  $('older').addEventListener('click', () => { state.offset += PAGE; load(); });
  $('download-all').addEventListener('click', () => download('/api/captures.jsonl', 'captures.jsonl'));
  $('clear').addEventListener('click', async () => {
    if (!confirm('Forget every delivery shown here? (the --save file keeps them)')) return;
    try { await api('/api/captures', { method: 'DELETE' }); } catch (e) { showError(e); }
  });
  document.body.dataset.ready = '1';
}

init();
