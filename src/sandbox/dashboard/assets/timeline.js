// The retry timeline of one notification, as SVG built with DOM calls (no markup strings).
// Retries grow from seconds to days, so time runs on a log scale from the first attempt.
'use strict';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

function span(ms) {
  const s = Math.round(ms / 1000);
  if (s < 120) return s + 's';
  if (s < 7200) return Math.round(s / 60) + 'm';
  if (s < 172800) return Math.round(s / 3600) + 'h';
  return (s / 86400).toFixed(1) + 'd';
}

// events: [{at: ms, kind: 'failure'|'success'|'next'|'disable', label}] sorted or not.
// Answers an <svg class="timeline">.
function drawTimeline(events) {
  const W = 1200, H = 56, L = 20, R = 60, Y = 26;
  const t0 = Math.min(...events.map((e) => e.at));
  const tEnd = Math.max(...events.map((e) => e.at));
  const scale = Math.log1p(Math.max(tEnd - t0, 1000) / 1000);
  const x = (at) => L + (W - L - R) * (Math.log1p(Math.max(at - t0, 0) / 1000) / scale);
  const root = svg('svg', { class: 'timeline', viewBox: `0 0 ${W} ${H}`, role: 'img' });
  root.append(svg('line', { class: 'axis', x1: L, y1: Y, x2: W - R, y2: Y }));
  for (const e of events) {
    const cx = x(e.at).toFixed(1);
    let mark;
    if (e.kind === 'disable') {
      mark = svg('line', { class: 'mark disable', x1: cx, y1: 6, x2: cx, y2: H - 14 });
      root.append(svg('text', { class: 'disable-label', x: Number(cx) - 4, y: 12, 'text-anchor': 'end' }, 'auto-disabled'));
    } else {
      mark = svg('circle', { class: 'mark ' + e.kind, cx, cy: Y, r: e.kind === 'next' ? 5 : 4 });
    }
    mark.append(svg('title', {}, e.label));
    mark.dataset.kind = e.kind;
    root.append(mark);
  }
  root.append(svg('text', { class: 'tick', x: L, y: H - 2 }, '0'));
  root.append(svg('text', { class: 'tick', x: W - R, y: H - 2 }, '+' + span(tEnd - t0)));
  return root;
}

window.drawTimeline = drawTimeline;
