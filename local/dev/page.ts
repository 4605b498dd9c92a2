// `herald dev`'s page: plain HTML, one inline style and one inline script (both with the response's CSP
// nonce), fed by /api/events (server-sent events). Every value is put in the page as text (textContent),
// never as markup; an e-mail's body is shown in a sandboxed frame, served with its own CSP.

export const DEV_TITLE = 'Herald dev';

const STYLE = `
:root { font-family: system-ui, sans-serif; font-size: 14px; color: #1d2330; background: #f3f4f7; }
body { margin: 0; }
header { display: flex; gap: 1em; align-items: center; flex-wrap: wrap; padding: .6em 1em; background: #1d2330; color: #fff; }
header h1 { font-size: 1.1em; margin: 0; }
header .clock { font-variant-numeric: tabular-nums; }
header button { font: inherit; padding: .3em .8em; border-radius: 4px; border: 0; background: #ffd34d; cursor: pointer; }
main { display: grid; grid-template-columns: 14em minmax(22em, 1fr) minmax(28em, 1.3fr); gap: 1em; padding: 1em; }
section { background: #fff; border-radius: 6px; padding: .6em .9em; box-shadow: 0 1px 2px #0002; min-width: 0; }
section h2 { font-size: 1em; margin: .2em 0 .6em; }
#customers-panel { grid-row: span 4; }
#inbox-panel { grid-row: span 4; }
#customers { list-style: none; margin: 0; padding: 0; }
#customers button { width: 100%; text-align: left; font: inherit; padding: .35em .5em; border: 0; border-radius: 4px; background: none; cursor: pointer; }
#customers button[aria-pressed="true"] { background: #dde6ff; font-weight: 600; }
.count { float: right; color: #667; }
.message { margin: .6em 0; }
.meta { font-size: .8em; color: #667; margin: .15em .3em; }
.email { border: 1px solid #d5d8e0; border-radius: 6px; overflow: hidden; }
.email table { width: 100%; border-collapse: collapse; background: #f7f8fa; font-size: .9em; }
.email th { text-align: right; color: #667; font-weight: normal; padding: .15em .5em; width: 7em; vertical-align: top; }
.email td { padding: .15em .5em; word-break: break-all; }
.email iframe { width: 100%; height: 26em; border: 0; border-top: 1px solid #d5d8e0; background: #fff; }
.phone { max-width: 22em; }
.bubble { display: inline-block; padding: .5em .75em; border-radius: 14px; white-space: pre-wrap; max-width: 20em; }
.sms .bubble { background: #e5e5ea; }
.whatsapp .bubble { background: #dcf8c6; }
.bubble-buttons { display: flex; gap: .4em; margin-top: .3em; }
.bubble-buttons button { font: inherit; border: 1px solid #9ac98a; background: #fff; border-radius: 12px; padding: .25em .7em; cursor: pointer; color: #128c7e; }
.reply { text-align: right; }
.reply .bubble { background: #0b84ff; color: #fff; }
.push { display: flex; gap: .6em; background: #fafafa; border: 1px solid #ddd; border-radius: 12px; padding: .5em .7em; max-width: 24em; }
.push .icon { width: 2em; height: 2em; border-radius: 6px; background: #1d2330; color: #ffd34d; display: grid; place-items: center; font-weight: 700; flex: none; }
.push b { display: block; }
form.reply-form { display: flex; gap: .4em; margin-top: .8em; flex-wrap: wrap; }
form.reply-form input { flex: 1; min-width: 10em; font: inherit; padding: .3em; }
.note { font-size: .85em; color: #3e4c59; }
table.list { width: 100%; border-collapse: collapse; font-size: .85em; }
table.list th, table.list td { text-align: left; padding: .2em .4em; border-bottom: 1px solid #eee; vertical-align: top; }
.filters { display: flex; gap: .4em; flex-wrap: wrap; margin-bottom: .5em; }
.filters select { font: inherit; }
.scroll { max-height: 22em; overflow: auto; }
pre { margin: 0; white-space: pre-wrap; word-break: break-all; font-size: .85em; }
.status-failed, .status-bounced, .status-complained { color: #b00020; }
.status-suppressed, .status-deferred { color: #8a5a00; }
.empty { color: #889; font-style: italic; }
`;

const SCRIPT = `
'use strict';
const state = { records: [], messages: [], deadLetters: [], replies: [], journeys: [], clock: null, selected: null };
const $ = (id) => document.getElementById(id);
/** An element with text only: every value goes in as text, never as markup. */
function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null) continue;
    if (key === 'className') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) if (child !== undefined && child !== null) node.append(child);
  return node;
}
const when = (iso) => (iso ? iso.replace('T', ' ').replace(/\\.\\d+Z$/, 'Z') : '');

function customers() {
  const counts = new Map();
  for (const m of state.messages) if (m.customerId) counts.set(m.customerId, (counts.get(m.customerId) || 0) + 1);
  for (const r of state.records) if (r.kind === 'delivery' && !counts.has(r.customerId)) counts.set(r.customerId, 0);
  return [...counts.entries()].sort((a, b) => a[0].localeCompare(b[0]));
}

function renderClock() {
  const c = state.clock;
  if (!c) return;
  $('now').textContent = when(c.now);
  $('speed').textContent = c.speed === 1 ? 'real time' : c.speed + '× real time';
  $('next').textContent = c.next ? when(c.next.at) + ' — ' + c.next.what : 'nothing scheduled';
  $('run-next').disabled = !c.next;
}

function renderCustomers() {
  const list = $('customers');
  list.replaceChildren();
  const all = customers();
  if (!state.selected && all.length > 0) state.selected = all[0][0];
  for (const [id, count] of all) {
    list.append(el('li', {}, el('button', {
      type: 'button', 'aria-pressed': String(id === state.selected), 'data-customer': id,
      onclick: () => { state.selected = id; renderCustomers(); renderInbox(); },
    }, el('span', { text: id }), el('span', { className: 'count', text: String(count) }))));
  }
  if (all.length === 0) list.append(el('li', { className: 'empty', text: 'No messages yet' }));
}

function emailView(m) {
  const rows = [['From', m.email.from], ['To', m.email.to.join(', ')], ['Subject', m.email.subject], ['Date', when(m.email.date)]];
  for (const [name, value] of Object.entries(m.email.headers || {})) {
    rows.push([name, value]);
  }
  return el('div', { className: 'email' },
    el('table', {}, ...rows.map(([k, v]) => el('tr', {}, el('th', { text: k }), el('td', { text: v })))),
    el('iframe', { title: 'E-mail: ' + m.email.subject, sandbox: 'allow-popups allow-popups-to-escape-sandbox', src: m.email.bodyUrl, referrerpolicy: 'no-referrer' }));
}

function messageView(m) {
  const meta = el('div', { className: 'meta', text: [when(m.time), m.channel, m.type, m.status].filter(Boolean).join(' · ') });
  const wrap = el('div', { className: 'message ' + m.channel, 'data-message-id': m.id, 'data-channel': m.channel });
  if (m.email) wrap.append(emailView(m), meta);
  else if (m.sms) wrap.append(el('div', { className: 'phone' }, el('div', { className: 'bubble', text: m.sms.text })), meta);
  else if (m.whatsapp) {
    const buttons = m.whatsapp.buttons.map((b) => el('button', {
      type: 'button', text: b.text, disabled: b.payload ? undefined : 'disabled',
      onclick: () => sendReply('whatsapp', b.text, b.payload),
    }));
    wrap.append(el('div', { className: 'phone' }, el('div', { className: 'bubble', text: m.whatsapp.text }),
      buttons.length ? el('div', { className: 'bubble-buttons' }, ...buttons) : null), meta);
  } else if (m.push) {
    wrap.append(el('div', { className: 'push' }, el('div', { className: 'icon', text: 'H' }),
      el('div', {}, el('b', { text: m.push.title || '' }), el('span', { text: m.push.body || '' }))), meta);
  }
  return wrap;
}

/** Each message's node is built once: a re-render keeps it (and its e-mail frame) as it is. */
const nodes = new Map();
const once = (key, build) => { if (!nodes.has(key)) nodes.set(key, build()); return nodes.get(key); };

function renderInbox() {
  const inbox = $('inbox');
  $('inbox-who').textContent = state.selected || '';
  const items = [
    ...state.messages.filter((m) => m.customerId === state.selected).map((m) => ({ time: m.time, node: () => once('m:' + m.id, () => messageView(m)) })),
    ...state.replies.filter((r) => r.customerId === state.selected).map((r) => ({ time: r.time, node: () => once('r:' + r.id, () =>
      el('div', { className: 'message reply ' + r.channel, 'data-reply': r.id },
        el('div', { className: 'bubble', text: r.text }),
        el('div', { className: 'meta', text: when(r.time) + ' · your ' + (r.channel === 'sms' ? 'SMS' : 'WhatsApp') + ' reply · ' + r.outcome }))) })),
  ].sort((a, b) => (a.time < b.time ? 1 : a.time > b.time ? -1 : 0));
  // New nodes are inserted around the ones in place, which stay put (a moved frame would load again).
  const wanted = items.length ? items.map((i) => i.node()) : [el('p', { className: 'empty', text: 'Nothing received yet.' })];
  let ref = inbox.firstChild;
  for (const node of wanted) {
    if (node === ref) ref = ref.nextSibling;
    else inbox.insertBefore(node, ref);
  }
  while (ref) { const next = ref.nextSibling; ref.remove(); ref = next; }
  $('reply-form').hidden = !state.selected;
}

const FILTERS = [['f-customer', 'customerId', 'customer'], ['f-type', 'type', 'type'], ['f-channel', 'channel', 'channel'], ['f-status', 'status', 'status']];
function renderFilters() {
  const log = state.records.filter((r) => r.kind === 'delivery');
  for (const [id, field, label] of FILTERS) {
    const select = $(id);
    const current = select.value;
    const values = [...new Set(log.map((r) => r[field]).filter(Boolean))].sort();
    select.replaceChildren(el('option', { value: '', text: 'any ' + label }), ...values.map((v) => el('option', { value: v, text: v })));
    select.value = values.includes(current) ? current : '';
  }
}

function renderLog() {
  const wanted = FILTERS.map(([id, field]) => [field, $(id).value]).filter(([, v]) => v);
  const rows = state.records.filter((r) => r.kind === 'delivery' || r.kind === 'rejected')
    .filter((r) => wanted.every(([field, v]) => r[field] === v)).slice(-500).reverse();
  $('log').replaceChildren(el('tr', {}, ...['time', 'customer', 'type', 'channel', 'status', 'why / step'].map((h) => el('th', { text: h }))),
    ...rows.map((r) => r.kind === 'rejected'
      ? el('tr', { 'data-kind': 'rejected' }, el('td', { text: when(r.time) }), el('td', { text: '' }), el('td', { text: r.detailType }), el('td', { text: '' }), el('td', { className: 'status-failed', text: 'rejected' }), el('td', { text: r.reason }))
      : el('tr', { 'data-kind': 'delivery' }, el('td', { text: when(r.time) }), el('td', { text: r.customerId }), el('td', { text: r.type }), el('td', { text: r.channel }),
          el('td', { className: 'status-' + r.status, text: r.status }), el('td', { text: [r.reason, r.journey && r.journey + (r.step ? ' / ' + r.step : '')].filter(Boolean).join(' · ') }))));
}

function renderJourneys() {
  $('journeys').replaceChildren(el('tr', {}, ...['journey', 'customer', 'now in', 'next', 'at'].map((h) => el('th', { text: h }))),
    ...state.journeys.map((j) => el('tr', {}, el('td', { text: j.journey }), el('td', { text: j.customerId || '' }), el('td', { text: j.state || '' }),
      el('td', { text: j.next ? j.next.what : 'waits for an answer' }), el('td', { text: j.next ? when(j.next.at) : '' }))));
  if (state.journeys.length === 0) $('journeys').append(el('tr', {}, el('td', { className: 'empty', text: 'None in flight', colspan: '5' })));
}

function renderEmitted() {
  const emitted = state.records.filter((r) => r.kind === 'emitted').slice(-200).reverse();
  $('emitted').replaceChildren(...emitted.map((r) => el('li', { 'data-detail-type': r.detailType },
    el('b', { text: r.detailType }), el('span', { className: 'meta', text: ' ' + when(r.time) }), el('pre', { text: JSON.stringify(r.detail, null, 1) }))));
  if (emitted.length === 0) $('emitted').append(el('li', { className: 'empty', text: 'None yet' }));
}

function renderDeadLetters() {
  $('dlq').replaceChildren(el('tr', {}, ...['kind', 'reason', 'about', 'from'].map((h) => el('th', { text: h }))),
    ...state.deadLetters.map((d) => el('tr', {}, el('td', { text: d.kind }), el('td', { text: d.reason }),
      el('td', { text: [d.type, d.customerId].filter(Boolean).join(' · ') }), el('td', { text: d.sourceQueue || d.function || '' }))));
  if (state.deadLetters.length === 0) $('dlq').append(el('tr', {}, el('td', { className: 'empty', text: 'Empty', colspan: '4' })));
}

function renderAll() { renderClock(); renderCustomers(); renderInbox(); renderFilters(); renderLog(); renderJourneys(); renderEmitted(); renderDeadLetters(); }

async function sendReply(channel, text, quickReply) {
  if (!state.selected) return;
  $('reply-status').textContent = 'sending…';
  const response = await fetch('/api/reply', { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ customerId: state.selected, channel, text, ...(quickReply ? { quickReply } : {}) }) });
  const answer = await response.json().catch(() => ({}));
  $('reply-status').textContent = response.ok ? 'sent' : (answer.error || 'failed');
}

$('reply-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const text = $('reply-text').value;
  if (!text.trim()) return;
  sendReply($('reply-channel').value, text).then(() => { $('reply-text').value = ''; });
});
$('run-next').addEventListener('click', async () => {
  $('run-next').disabled = true;
  const response = await fetch('/api/run-to-next', { method: 'POST' });
  const answer = await response.json().catch(() => ({}));
  $('ran').textContent = answer.ran ? 'ran: ' + answer.ran.what : 'nothing was scheduled';
  if (answer.clock) { state.clock = answer.clock; renderClock(); }
});
for (const [id] of FILTERS) $(id).addEventListener('change', renderLog);

const source = new EventSource('/api/events');
source.addEventListener('snapshot', (e) => { Object.assign(state, JSON.parse(e.data)); renderAll(); $('live').textContent = 'live'; });
source.addEventListener('update', (e) => {
  const u = JSON.parse(e.data);
  state.records.push(...u.records); state.messages.push(...u.messages); state.deadLetters.push(...u.deadLetters);
  state.replies.push(...u.replies); state.journeys = u.journeys; state.clock = u.clock;
  renderAll();
});
source.addEventListener('clock', (e) => { state.clock = JSON.parse(e.data); renderClock(); });
source.addEventListener('error', () => { $('live').textContent = 'disconnected'; });
`;

/** The page; `nonce` is the CSP nonce of this response. */
export function devPage(nonce: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${DEV_TITLE}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<header>
  <h1>${DEV_TITLE}</h1>
  <span>simulated time <span class="clock" id="now"></span> (<span id="speed"></span>)</span>
  <span>next scheduled work: <span id="next"></span></span>
  <button type="button" id="run-next">Run to next scheduled work</button>
  <span id="ran"></span>
  <span id="live">connecting…</span>
</header>
<main>
  <section id="customers-panel"><h2>Customers</h2><ul id="customers"></ul></section>
  <section id="inbox-panel">
    <h2>Inbox of <span id="inbox-who"></span></h2>
    <div id="inbox"></div>
    <form id="reply-form" class="reply-form" hidden>
      <label for="reply-channel">Reply as the customer by</label>
      <select id="reply-channel"><option value="sms">SMS</option><option value="whatsapp">WhatsApp</option></select>
      <input id="reply-text" autocomplete="off" placeholder="e.g. NO">
      <button type="submit">Send reply</button>
      <span id="reply-status"></span>
    </form>
    <p class="note" id="preferences-note">Unsubscribe and preference links: open them in an e-mail below (its footer). They reach the consent-link function as the bank's site would pass them on; the preference page's changes show up as Consent.ChangedByCustomer under the emitted events.</p>
  </section>
  <section id="log-panel">
    <h2>Delivery log</h2>
    <div class="filters">
      <select id="f-customer" aria-label="customer"></select>
      <select id="f-type" aria-label="type"></select>
      <select id="f-channel" aria-label="channel"></select>
      <select id="f-status" aria-label="status"></select>
    </div>
    <div class="scroll"><table class="list" id="log"></table></div>
  </section>
  <section id="journeys-panel"><h2>Journeys in flight</h2><div class="scroll"><table class="list" id="journeys"></table></div></section>
  <section id="emitted-panel"><h2>Emitted events</h2><ul class="scroll" id="emitted"></ul></section>
  <section id="dlq-panel"><h2>Dead-letter queue</h2><div class="scroll"><table class="list" id="dlq"></table></div></section>
</main>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>
`;
}
