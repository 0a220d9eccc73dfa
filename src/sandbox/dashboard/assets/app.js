// hookctl sandbox dashboard: a GraphQL client of this sandbox's own /graphql. Every value from
// the API is untrusted: it reaches the page only through textContent (and the CSP forbids
// inline script anyway).
'use strict';

const POLL_MS = 1000;
const CUT = 2000; // characters of a body shown in lists before "show all"
const QUERY = `query Dashboard {
  viewer { name organization { name } }
  sandboxNow
  webhookSubscriptions(first: 250) { totalCount nodes {
    id name topic { key } callbackUrl disabled disabledReason disabledAt
    deliveries(first: 250) { totalCount nodes { id jobId status attempts nextAttemptAt
      consecutiveFailures lastResponseStatus outcome test createdAt updatedAt } }
    errors(first: 250) { totalCount nodes { id attempt message jobId createdAt durationMs
      request { url method headers { name value } body }
      response { status headers { name value } body } } }
  } }
}`;

const state = { data: null, shown: '', selected: null, open: new Set(), whole: new Set(), timer: null };

// The token comes from the login field or a #token= fragment (see pageToken in page.js).
let token = pageToken('hookctl-sandbox-token');

class AuthError extends Error {}

async function gql(query, variables) {
  const r = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token },
    body: JSON.stringify({ query, variables: variables || {} }),
  });
  let v = null;
  try { v = await r.json(); } catch (_) { /* not JSON */ }
  const msg = v && v.errors && v.errors.length ? v.errors[0].message : r.status + ' ' + r.statusText;
  if (r.status === 401) throw new AuthError(msg);
  if (!r.ok || !v || !v.data) throw new Error(msg);
  return v.data;
}

function showError(e) {
  const p = $('error');
  p.textContent = String(e && e.message ? e.message : e);
  p.hidden = false;
  clearTimeout(showError.t);
  showError.t = setTimeout(() => { p.hidden = true; }, 8000);
}

const ms = (t) => (t ? Date.parse(t) : NaN);
const when = (t) => (t ? t.replace('T', ' ').replace(/\.\d+Z$|Z$/, 'Z') : '');

function signedIn(yes) {
  $('login').hidden = yes;
  $('main').hidden = !yes;
  $('live').textContent = yes ? 'live' : 'signed out';
  $('live').className = 'badge' + (yes ? ' on' : '');
  if (!yes) { $('token-input').focus(); }
}

async function poll() {
  clearTimeout(state.timer);
  if (!token) { signedIn(false); return; }
  try {
    const d = await gql(QUERY);
    signedIn(true);
    state.data = d;
    render();
    document.body.dataset.ready = '1';
  } catch (e) {
    if (e instanceof AuthError) { signOut(); showError(e); return; }
    $('live').textContent = 'offline';
    showError(e);
  }
  state.timer = setTimeout(poll, POLL_MS);
}

function signOut() {
  token = '';
  sessionStorage.removeItem('hookctl-sandbox-token');
  state.data = null;
  state.shown = '';
  signedIn(false);
}

// Re-renders only when the data or what is opened changed (polls are mostly unchanged).
function render() {
  const key = JSON.stringify([state.data, state.selected, [...state.open], [...state.whole]]);
  if (key === state.shown) return;
  state.shown = key;
  const d = state.data;
  $('who').textContent = d.viewer.name + ' @ ' + d.viewer.organization.name;
  $('clock').textContent = when(d.sandboxNow);
  $('clock').dateTime = d.sandboxNow;
  const subs = d.webhookSubscriptions.nodes;
  const chosen = subs.filter((s) => !state.selected || s.id === state.selected);
  renderSubs(subs);
  const deliveries = chosen.flatMap((s) => s.deliveries.nodes.map((dl) => ({ d: dl, s })));
  deliveries.sort((a, b) => ms(b.d.createdAt) - ms(a.d.createdAt));
  renderDeliveries(deliveries);
  renderTimelines(deliveries);
  const errors = chosen.flatMap((s) => s.errors.nodes.map((er) => ({ e: er, s })));
  errors.sort((a, b) => ms(b.e.createdAt) - ms(a.e.createdAt));
  renderErrors(errors);
}

function renderSubs(subs) {
  $('subs-count').textContent = subs.length + (state.selected ? ' (one selected)' : '');
  $('subs').replaceChildren(...subs.map((s) => {
    const last = s.deliveries.nodes[s.deliveries.nodes.length - 1];
    const tr = el('tr', { class: 'sub' + (s.id === state.selected ? ' selected' : ''), 'data-id': s.id },
      el('td', { class: 'name' }, s.name),
      el('td', { class: 'nowrap' }, s.topic.key),
      el('td', { class: 'nowrap ' + (s.disabled ? 'bad' : 'good') }, s.disabled ? 'disabled' : 'enabled'),
      el('td', { class: 'url' }, s.callbackUrl),
      el('td', { class: 'outcome' }, last ? (last.outcome || last.status.toLowerCase()) : '—'),
      el('td', {}, s.disabledReason || ''));
    tr.addEventListener('click', () => {
      state.selected = state.selected === s.id ? null : s.id;
      render();
    });
    return tr;
  }));
}

function renderDeliveries(list) {
  $('deliveries-count').textContent = list.length > 200 ? `200 newest of ${list.length}` : String(list.length);
  $('deliveries').replaceChildren(...list.slice(0, 200).map(({ d, s }) => el('tr', { class: 'delivery', 'data-status': d.status },
    el('td', { class: 'nowrap' }, when(d.createdAt)),
    el('td', {}, s.name),
    el('td', { class: 'nowrap' }, s.topic.key),
    el('td', { class: 'mono' }, d.jobId),
    el('td', { class: 'nowrap status ' + d.status.toLowerCase() }, d.status + (d.test ? ' (test)' : '')),
    el('td', {}, String(d.attempts)),
    el('td', { class: 'nowrap' }, when(d.nextAttemptAt) || '—'),
    el('td', { class: 'outcome' }, d.outcome || ''))));
}

// The attempts of one notification: its errors (failures), its success, the next attempt, and
// the point where the subscription was disabled because of it.
function timelineEvents(d, s) {
  const ev = s.errors.nodes.filter((e) => e.jobId === d.jobId).map((e) => ({
    at: ms(e.createdAt), kind: 'failure',
    label: `attempt ${e.attempt} failed ${when(e.createdAt)}: ${e.message}`,
  }));
  if (d.status === 'SUCCEEDED') ev.push({ at: ms(d.updatedAt), kind: 'success', label: 'delivered ' + when(d.updatedAt) });
  if (d.nextAttemptAt) ev.push({ at: ms(d.nextAttemptAt), kind: 'next', label: 'next attempt ' + when(d.nextAttemptAt) });
  const reason = s.disabledReason || '';
  if (s.disabled && s.disabledAt && d.status === 'FAILED' && (reason.includes(d.jobId) || reason.includes('automatically'))) {
    ev.push({ at: ms(s.disabledAt), kind: 'disable', label: `disabled ${when(s.disabledAt)}: ${reason}` });
  }
  if (!ev.length) ev.push({ at: ms(d.createdAt), kind: 'next', label: 'queued ' + when(d.createdAt) });
  return ev;
}

function renderTimelines(list) {
  const shown = list.filter(({ d }) => d.attempts > 0 || d.nextAttemptAt).slice(0, 20);
  $('timelines').replaceChildren(...shown.map(({ d, s }) => el('figure', { class: 'timeline-row', 'data-job': d.jobId },
    el('figcaption', {}, `${s.name} · ${s.topic.key} · job ${d.jobId} · ${d.status} after ${d.attempts} attempt(s)`),
    window.drawTimeline(timelineEvents(d, s)))));
}

// A body cut in lists, whole on demand.
function body(id, text) {
  if (text.length <= CUT || state.whole.has(id)) return el('pre', { class: 'body' }, text);
  return el('div', {},
    el('pre', { class: 'body cut' }, text.slice(0, CUT) + '…'),
    el('button', { type: 'button', class: 'show-all', onclick: () => { state.whole.add(id); render(); } },
      `show all ${text.length} characters`));
}

function headerList(hs) {
  return el('pre', { class: 'headers' }, hs.map((h) => `${h.name}: ${h.value}`).join('\n'));
}

function renderErrors(list) {
  $('errors-count').textContent = String(list.length);
  $('errors').replaceChildren(...list.slice(0, 200).map(({ e, s }) => {
    const open = state.open.has(e.id);
    const head = el('div', { class: 'error-head' },
      el('span', {}, when(e.createdAt)), el('span', {}, s.name), el('span', {}, 'attempt ' + e.attempt),
      el('span', { class: 'bad' }, e.response ? String(e.response.status) : 'no response'),
      el('span', { class: 'msg' }, e.message));
    head.addEventListener('click', () => {
      if (open) state.open.delete(e.id); else state.open.add(e.id);
      render();
    });
    const box = el('div', { class: 'error' + (open ? ' open' : ''), 'data-id': e.id }, head);
    if (open) {
      box.append(
        el('h3', {}, `request ${e.request.method} ${e.request.url}`), headerList(e.request.headers), body(e.id + '/req', e.request.body),
        el('h3', {}, e.response ? `response ${e.response.status} after ${e.durationMs} ms` : `no response after ${e.durationMs} ms`));
      if (e.response) box.append(headerList(e.response.headers), body(e.id + '/resp', e.response.body));
    }
    return box;
  }));
}

async function advance(button) {
  const buttons = document.querySelectorAll('button.advance');
  buttons.forEach((b) => { b.disabled = true; });
  try {
    const d = await gql('mutation($s: Int!) { sandboxAdvanceClock(seconds: $s) { now } }', { s: Number(button.dataset.seconds) });
    $('clock').textContent = when(d.sandboxAdvanceClock.now);
  } catch (e) { showError(e); }
  buttons.forEach((b) => { b.disabled = false; });
  poll();
}

async function createNode(ev) {
  ev.preventDefault();
  const out = $('node-result');
  out.textContent = 'creating…';
  try {
    const d = await gql(`mutation($n: SandboxNodeCreateInput!) { sandboxCreateNode(node: $n) {
      errors { field message } node { id } deliveries { id } } }`,
    { n: { type: $('node-type').value, attributes: { name: $('node-name').value } } });
    const p = d.sandboxCreateNode;
    out.textContent = p.errors.length ? p.errors.map((e) => e.message).join('; ')
      : `created ${p.node.id}; ${p.deliveries.length} notification(s) queued`;
    out.dataset.done = String(Date.now());
  } catch (e) { out.textContent = ''; showError(e); }
  poll();
}

document.addEventListener('DOMContentLoaded', () => {
  $('login').addEventListener('submit', (ev) => {
    ev.preventDefault();
    token = $('token-input').value.trim();
    $('token-input').value = '';
    if (token) sessionStorage.setItem('hookctl-sandbox-token', token);
    poll();
  });
  $('logout').addEventListener('click', () => { clearTimeout(state.timer); signOut(); });
  document.querySelectorAll('button.advance').forEach((b) => b.addEventListener('click', () => advance(b)));
  $('node-form').addEventListener('submit', createNode);
  poll();
});
