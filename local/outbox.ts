// The outbox of the local stack (`--out DIR`): every message Herald handed to a provider, as files named by
// what they are (time, customer, type, channel), with an index. Herald marks the directories it writes an
// outbox into and empties only those: it never deletes what it did not write.
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import type { DeliveryRecord } from '../shared/domain/delivery-record.ts';
import { escapeHtml } from '../shared/domain/templates/render.ts';
import type { OutboxMessage, OutputRecord } from './records.ts';

/** The file that marks a directory as an outbox Herald wrote. */
export const OUTBOX_MARKER = '.herald-outbox';
/** One JSON line per message: time, customerId, type, channel, file (and html for an e-mail). */
export const OUTBOX_INDEX = 'index.jsonl';
/** The same index as a page that links to each message. */
export const OUTBOX_INDEX_PAGE = 'index.html';

const MARKER_TEXT =
  'This directory is an outbox written by Herald (herald replay / herald demo --out). The next run into it\n' +
  'removes the files in it first. Delete this file to keep Herald from ever emptying the directory.\n';

/** A directory `--out` may not use; the message says why and what to do. */
export class OutboxError extends Error {}

/**
 * Makes `dir` ready for a run: created when missing, taken when empty, and emptied of its files when it is a
 * previous outbox (it has OUTBOX_MARKER; subdirectories, which Herald never writes, are left alone). Any
 * other directory with something in it is refused with an OutboxError.
 */
export function prepareOutbox(dir: string): void {
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new OutboxError(`--out ${dir}: not a directory`);
    const entries = readdirSync(dir, { withFileTypes: true });
    if (entries.length > 0 && !entries.some((e) => e.name === OUTBOX_MARKER && e.isFile()))
      throw new OutboxError(
        `--out ${dir}: the directory is not empty and is not an outbox Herald wrote (it has no ${OUTBOX_MARKER} file). Herald empties only its own outboxes: name a new or empty directory.`,
      );
    for (const entry of entries) if (!entry.isDirectory()) rmSync(join(dir, entry.name), { force: true });
  } else {
    mkdirSync(dir, { recursive: true });
  }
  writeFileSync(join(dir, OUTBOX_MARKER), MARKER_TEXT);
}

/** One line of the outbox index; file names are relative to the outbox. */
export interface OutboxIndexEntry {
  time: string;
  /** From the message's `sent` record; absent when there is none (the provider's answer was lost). */
  customerId?: string;
  type?: string;
  channel: OutboxMessage['channel'];
  /** The message: `.eml` for an e-mail, `.json` for SMS, push and WhatsApp. */
  file: string;
  /** An e-mail's HTML part, to open in a browser. */
  html?: string;
  notificationId?: string;
  providerMessageId: string;
}

/** `2026-03-03T10:00:00.000Z` → `20260303T100000Z`: sorts by time and is a valid file name everywhere. */
const compactTime = (iso: string) => iso.replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
const fileSafe = (text: string) => text.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 64);

/** What a message's files are named from: its `sent` record when there is one. */
function baseName(message: OutboxMessage, record: DeliveryRecord | undefined, taken: Set<string>): string {
  const what = record
    ? `${fileSafe(record.customerId)}-${record.type}-${message.channel}`
    : `unrecorded-${message.channel}-${fileSafe(message.providerMessageId)}`;
  let base = `${compactTime(message.time)}-${what}`;
  for (let n = 2; taken.has(base); n++) base = `${compactTime(message.time)}-${what}-${n}`;
  taken.add(base);
  return base;
}

/** Renames a message's files to `base`, updates its `files`, and returns its index entry. */
function moveFiles(
  dir: string,
  message: OutboxMessage,
  record: DeliveryRecord | undefined,
  base: string,
): OutboxIndexEntry | undefined {
  // A file that could not be written (the runtime said so on its log) is left out.
  const renamed = message.files
    .filter((from) => existsSync(from))
    .map((from) => {
      const to = join(
        dir,
        `${base}${from.endsWith('.eml') ? '.eml' : from.endsWith('.html') ? '.html' : '.json'}`,
      );
      renameSync(from, to);
      return to;
    });
  message.files.splice(0, message.files.length, ...renamed);
  const file = renamed.find((f) => !f.endsWith('.html'));
  if (!file) return undefined;
  const html = renamed.find((f) => f.endsWith('.html'));
  return {
    time: message.time,
    ...(record ? { customerId: record.customerId, type: record.type } : {}),
    channel: message.channel,
    file: basename(file),
    ...(html ? { html: basename(html) } : {}),
    ...(record ? { notificationId: record.notificationId } : {}),
    providerMessageId: message.providerMessageId,
  };
}

const sentKey = (r: OutputRecord) =>
  r.kind === 'delivery' && r.status === 'sent' && r.providerMessageId
    ? `${r.channel}/${r.providerMessageId}`
    : undefined;

/**
 * Names every message's files by what it is and writes the index (OUTBOX_INDEX and OUTBOX_INDEX_PAGE). A
 * message's customer and type come from its `sent` delivery record (same channel and provider message id):
 * `<time>-<customer>-<type>-<channel>.eml|.html|.json`. A message with no `sent` record (its provider took it
 * and the answer never came back) is `<time>-unrecorded-<channel>-<provider message id>`. Updates each
 * message's `files` to the new paths.
 */
export function finishOutbox(
  dir: string,
  messages: OutboxMessage[],
  records: OutputRecord[],
): OutboxIndexEntry[] {
  const sent = new Map<string, DeliveryRecord>();
  for (const r of records) {
    const key = sentKey(r);
    if (key) sent.set(key, r as DeliveryRecord);
  }
  const taken = new Set<string>();
  const index: OutboxIndexEntry[] = [];
  const ordered = [...messages].sort((a, b) => a.time.localeCompare(b.time));
  for (const message of ordered) {
    const record = sent.get(`${message.channel}/${message.providerMessageId}`);
    const entry = moveFiles(dir, message, record, baseName(message, record, taken));
    if (entry) index.push(entry);
  }
  writeFileSync(join(dir, OUTBOX_INDEX), index.map((entry) => `${JSON.stringify(entry)}\n`).join(''));
  writeFileSync(join(dir, OUTBOX_INDEX_PAGE), indexPage(index));
  return index;
}

/**
 * The outbox of a replay that keeps nothing per message (`herald replay`): each message waits only until
 * its `sent` record comes (in the same invocation), then its files are named as finishOutbox names them and
 * its index line is appended; `finish` names the messages whose record never came and writes the index page
 * from the index. The index lists the messages in the order their records came (time order).
 */
export class StreamingOutbox {
  private readonly waiting = new Map<string, { message: OutboxMessage; written: Promise<void> }>();
  /** The names taken at the current second (a name starts with its second, so older ones cannot clash). */
  private taken = new Set<string>();
  private second = '';
  private moves: Promise<void> = Promise.resolve();

  constructor(private readonly dir: string) {
    writeFileSync(join(dir, OUTBOX_INDEX), '');
  }

  /** Messages waiting for their `sent` record to be named. */
  get waitingMessages(): number {
    return this.waiting.size;
  }

  /** A message handed to a provider; `written` settles once its files are on disk. */
  message(message: OutboxMessage, written: Promise<void> = Promise.resolve()): void {
    this.waiting.set(`${message.channel}/${message.providerMessageId}`, { message, written });
  }

  record(record: OutputRecord): void {
    const key = sentKey(record);
    const waiting = key ? this.waiting.get(key) : undefined;
    if (!key || !waiting) return;
    this.waiting.delete(key);
    this.name(waiting, record as DeliveryRecord);
  }

  private name(
    { message, written }: { message: OutboxMessage; written: Promise<void> },
    record?: DeliveryRecord,
  ) {
    const second = compactTime(message.time);
    if (second !== this.second) {
      this.second = second;
      this.taken = new Set();
    }
    const base = baseName(message, record, this.taken);
    this.moves = this.moves
      .then(() => written)
      .then(() => {
        const entry = moveFiles(this.dir, message, record, base);
        if (entry) appendFileSync(join(this.dir, OUTBOX_INDEX), `${JSON.stringify(entry)}\n`);
      });
  }

  /** Names what is left, waits for every file, and writes the index page. */
  async finish(): Promise<void> {
    const left = [...this.waiting.values()].sort((a, b) => a.message.time.localeCompare(b.message.time));
    this.waiting.clear();
    for (const waiting of left) this.name(waiting);
    await this.moves;
    const text = readFileSync(join(this.dir, OUTBOX_INDEX), 'utf8');
    const index = text
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as OutboxIndexEntry);
    writeFileSync(join(this.dir, OUTBOX_INDEX_PAGE), indexPage(index));
  }
}

function indexPage(index: OutboxIndexEntry[]): string {
  const link = (file: string | undefined) =>
    file ? `<a href="${escapeHtml(encodeURIComponent(file))}">${escapeHtml(file)}</a>` : '';
  const rows = index
    .map(
      (e) =>
        `<tr><td>${escapeHtml(e.time)}</td><td>${escapeHtml(e.customerId ?? '-')}</td><td>${escapeHtml(e.type ?? '-')}</td><td>${e.channel}</td><td>${link(e.html)}</td><td>${link(e.file)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Herald outbox</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{padding:.25rem .75rem;text-align:left;border-bottom:1px solid #ddd}</style>
</head>
<body>
<h1>Herald outbox: ${index.length} messages</h1>
<table>
<thead><tr><th>time (UTC)</th><th>customer</th><th>type</th><th>channel</th><th>page</th><th>message</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}
