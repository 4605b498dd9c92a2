// dynalite for the local stack, its in-memory store keeping keys and items as strings.
//
// dynalite 4 keeps its tables in memory-level, whose store encoding is Node's Buffer by default: a key or an
// item is encoded with Buffer.from, which hands out slices of Node's shared 8 KB allocation pool, and one
// such slice kept in the store keeps its whole 8 KB slab alive. A replay's table then held about 8 KB per
// stored key or item whatever its size, ten times the items themselves: most of what grew as a long replay
// ran (a 100,000-line replay went past 1 GB from that alone). With memory-level's `storeEncoding: 'utf8'`
// each key and item is kept as a string of its own: dynalite's JSON text of the item, and its key text.
// dynalite writes its keys in ASCII (string and binary key values in hex, numbers as sortable digit strings,
// table and index names from [A-Za-z0-9_.-]), so string order is byte order and a table's items sort as
// before, as DynamoDB sorts them; `storeCheck` counts any key that is not ASCII.
//
// dynalite takes memory-level's class when its db module loads and has no option for the store encoding, so
// the class it finds is one that sets it: this module loads dynalite after putting that class in place (and
// loads dynalite's server and db modules afresh if something loaded them before).
import type { Server } from 'node:http';
import { createRequire } from 'node:module';

/** An abstract-level iterator, as dynalite reads one. */
interface StoreIterator {
  next(): Promise<unknown>;
  close(): Promise<void>;
  return?: () => Promise<void>;
}

/** The part of an abstract-level store this module reads. */
export interface LocalDynamoStore {
  keys(): AsyncIterable<string> & StoreIterator;
  values(): AsyncIterable<string> & StoreIterator;
  /** How memory-level keeps keys and items (`utf8`: as strings). */
  readonly storeEncoding: string;
  /** Iterators not closed yet: each keeps the version of the store it started on. */
  readonly openIterators: number;
}

type StoreClass = new (location?: unknown, options?: Record<string, unknown>) => LocalDynamoStore;
type Dynalite = (options?: Record<string, unknown>) => Server;

const require = createRequire(import.meta.url);
const dynaliteEntry = require.resolve('dynalite');
const fromDynalite = createRequire(dynaliteEntry);
const memoryLevel = fromDynalite('memory-level') as { MemoryLevel: StoreClass };

/** Keys and items as strings (see the top of the file). */
const STORE_ENCODING = 'utf8';

/** The stores created while `localDynalite` creates its server (one: dynalite's database). */
let created: LocalDynamoStore[] | undefined;

if (!(memoryLevel.MemoryLevel as { stringStore?: boolean }).stringStore) {
  const MemoryLevel = memoryLevel.MemoryLevel;
  memoryLevel.MemoryLevel = class StringMemoryLevel extends MemoryLevel {
    static readonly stringStore = true;
    readonly #open = new Set<StoreIterator>();

    constructor(location?: unknown, options?: Record<string, unknown>) {
      const given = typeof location === 'object' && location !== null ? location : (options ?? {});
      super({ ...given, storeEncoding: STORE_ENCODING });
      created?.push(this);
    }

    override get openIterators(): number {
      return this.#open.size;
    }

    override readonly storeEncoding = STORE_ENCODING;

    override keys(...options: unknown[]) {
      return this.#closing(
        (super.keys as (...args: unknown[]) => ReturnType<LocalDynamoStore['keys']>)(...options),
      );
    }

    override values(...options: unknown[]) {
      return this.#closing(
        (super.values as (...args: unknown[]) => ReturnType<LocalDynamoStore['values']>)(...options),
      );
    }

    /**
     * An iterator that closes at its end, and on `return()`. dynalite reads its Query and Scan iterators
     * with next() until the end or until it has enough, and then calls `return()`, which abstract-level
     * iterators do not have: they were never closed, and each kept the store's whole version of its time.
     */
    #closing<T extends StoreIterator>(iterator: T): T {
      const open = this.#open;
      const next = iterator.next.bind(iterator);
      const close = iterator.close.bind(iterator);
      open.add(iterator);
      iterator.close = () => {
        open.delete(iterator);
        return close();
      };
      iterator.next = async () => {
        const item = await next();
        if (item === undefined) await iterator.close();
        return item;
      };
      iterator.return = () => iterator.close();
      return iterator;
    }
  };
}

// A dynalite loaded before the class was replaced holds the default one: load its server and db anew.
for (const module of [dynaliteEntry, fromDynalite.resolve('./db')]) delete require.cache[module];
const dynalite = require('dynalite') as Dynalite;

export interface DynaliteOptions {
  createTableMs?: number;
  deleteTableMs?: number;
  updateTableMs?: number;
}

/** A dynalite server (not listening yet) and the in-memory store that holds its tables. */
export function localDynalite(options: DynaliteOptions = {}): { server: Server; store: LocalDynamoStore } {
  created = [];
  try {
    const server = dynalite(options as Record<string, unknown>);
    const [store] = created;
    if (!store || created.length !== 1) throw new Error('dynalite: expected one in-memory store');
    return { server, store };
  } finally {
    created = undefined;
  }
}

/**
 * What the store holds: its keys and items (index entries included), how it keeps them (memory-level's store
 * encoding: `utf8`, each a string of its own; `buffer` would keep slices of shared 8 KB buffers) and how many
 * keys are not ASCII (none: string order is then byte order, DynamoDB's).
 */
export async function storeCheck(
  store: LocalDynamoStore,
): Promise<{ entries: number; storeEncoding: string; nonAsciiKeys: number }> {
  let entries = 0;
  let nonAsciiKeys = 0;
  for await (const key of store.keys()) {
    entries += 1;
    if (Buffer.byteLength(key) !== key.length) nonAsciiKeys += 1; // a character outside ASCII takes 2+ bytes
  }
  return { entries, storeEncoding: store.storeEncoding, nonAsciiKeys };
}
