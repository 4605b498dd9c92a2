// One home per notification type: every type is one folder under shared/notifications/, its definition lists
// exactly the channels its copy is written for, and everything else about it is derived by the build.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channels as CHANNELS, type Channel } from '../../shared/domain/profile.ts';
import { LANGUAGES } from '../../shared/domain/templates/compiled/common.ts';
import { messageTypes } from '../../shared/notifications/catalogue.ts';
import { RENDER_FUNCTIONS } from '../../shared/notifications/definition.ts';
import {
  checkChannels,
  copyChannels,
  kebab,
  loadFolder,
  loadFolders,
  NOTIFICATIONS_DIR,
  ROOT,
  TABLES_DIR,
  TYPE_FILES,
  typeFolders,
  WHATSAPP_FILE,
} from '../../templates/build.ts';

const registry = JSON.parse(readFileSync(join(ROOT, WHATSAPP_FILE), 'utf8')) as {
  templates: { name: string; language: string }[];
};

describe('a notification type', () => {
  it.each(typeFolders())(
    '%s: its definition lists exactly the channels its copy is written for; WhatsApp only with a registered template',
    async (dir) => {
      // Prepare
      const { definition, source } = await loadFolder(dir);
      // Act
      const written = copyChannels(source);
      const registered = registry.templates
        .filter((t) => t.name === source.whatsapp?.template)
        .map((t) => t.language);
      // Assess
      expect([...definition.channels].sort()).toEqual(written.sort());
      expect(registered.sort()).toEqual(source.whatsapp ? [...LANGUAGES].sort() : []);
      if (definition.channels.includes('whatsapp')) expect(source.whatsapp).toBeDefined();
    },
  );

  it.each(typeFolders())(
    '%s: the build refuses its definition with a channel it has no copy for, or without a channel it has copy for',
    async (dir) => {
      // Prepare
      const { definition, source } = await loadFolder(dir);
      const others = CHANNELS.filter((c) => !definition.channels.includes(c));
      // Act
      const adding = (channel: Channel) => () =>
        checkChannels({ ...definition, channels: [...definition.channels, channel] }, source, 'x');
      const leavingOut = (channel: Channel) => () =>
        checkChannels(
          { ...definition, channels: definition.channels.filter((c) => c !== channel) },
          source,
          'x',
        );
      // Assess
      expect(() => checkChannels(definition, source, 'x')).not.toThrow();
      for (const channel of others)
        expect(adding(channel)).toThrow(`the definition lists ${channel} but copy.ts has no copy for it`);
      for (const channel of definition.channels)
        expect(leavingOut(channel)).toThrow(
          `copy.ts is written for ${channel} but the definition does not list it`,
        );
    },
  );

  it('every registered WhatsApp template belongs to a type that sends on WhatsApp, and every such type has one', async () => {
    // Prepare
    const folders = await loadFolders();
    // Act
    const registered = [...new Set(registry.templates.map((t) => t.name))].sort();
    const sending = folders
      .filter((f) => f.definition.channels.includes('whatsapp'))
      .map((f) => f.source.whatsapp?.template)
      .sort();
    // Assess
    expect(registered).toEqual(sending);
  });
});

describe('adding a type is one folder', () => {
  it('every folder under shared/notifications/ is a type of the catalogue, and nothing else is', () => {
    const folders = readdirSync(join(ROOT, NOTIFICATIONS_DIR), { withFileTypes: true })
      .filter((e) => e.isDirectory() && `${NOTIFICATIONS_DIR}/${e.name}` !== TABLES_DIR)
      .map((e) => e.name)
      .sort();
    expect(folders).toEqual(Object.keys(messageTypes).map(kebab).sort());
    expect(folders).toEqual(typeFolders());
  });

  it.each(typeFolders())('%s holds the five files of a type and nothing else', (dir) => {
    expect(readdirSync(join(ROOT, NOTIFICATIONS_DIR, dir)).sort()).toEqual([...TYPE_FILES].sort());
  });

  it("each type is in exactly one render function's table: the one its definition names", async () => {
    const tables = await Promise.all(
      RENDER_FUNCTIONS.map(
        async (fn) =>
          [fn, Object.keys((await import(join(ROOT, TABLES_DIR, `${fn}.ts`))).renderers as object)] as const,
      ),
    );
    for (const [type, definition] of Object.entries(messageTypes)) {
      const holders = tables.filter(([, types]) => types.includes(type)).map(([fn]) => fn);
      expect(holders, type).toEqual([definition.render]);
    }
  });

  it('the README lists the files of a type folder as they are', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Add a notification type'));
    const listed = [...section.matchAll(/^\s*shared\/notifications\/<type>\/(\S+\.ts)/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual([...TYPE_FILES].sort());
  });
});

describe('the template runtime and the generated copy', () => {
  it('form no import circle', () => {
    const roots = [join(ROOT, 'shared/domain/templates'), join(ROOT, NOTIFICATIONS_DIR)];
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
      );
    const files = roots.flatMap(walk);
    const importsOf = (file: string) =>
      [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)';/gms)].map(
        (m) => resolve(dirname(file), m[1] ?? ''),
      );
    const state = new Map<string, 'open' | 'done'>();
    const circles: string[] = [];
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        circles.push(
          [...path.slice(path.indexOf(file)), file].map((f) => f.slice(ROOT.length + 1)).join(' → '),
        );
        return;
      }
      state.set(file, 'open');
      for (const next of importsOf(file)) if (files.includes(next)) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(circles).toEqual([]);
  });
});
