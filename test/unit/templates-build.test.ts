// The generated template modules: up to date with their sources, light enough for Lambda, one per type.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  build,
  compileMessages,
  loadSources,
  NOTIFICATIONS_DIR,
  ROOT,
  staleFiles,
  TABLES_DIR,
  typeFolders,
  WHATSAPP_FILE,
} from '../../templates/build.ts';
import { LANGUAGES } from '../../templates/define.ts';
import { customers, messageTypes, renderCase } from './templates-fixtures.ts';

const TEMPLATES_DIR = join(ROOT, 'shared/domain/templates');
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*import\s[^;]*?from\s+'([^']+)';/gms)].map((m) => m[1] ?? '');

describe('generated modules', () => {
  it('equal a fresh build of templates/ (run `npm run templates` after changing a source)', async () => {
    const built = await build();
    for (const [path, content] of built) {
      expect(readFileSync(join(ROOT, path), 'utf8'), `${path} is stale`).toBe(content);
    }
    expect(staleFiles(built), 'generated files without a source').toEqual([]);
  });

  it('import nothing but @messageformat/runtime and the template runtime (never the renderer)', () => {
    const allowed = ['@messageformat/runtime/lib/cardinals', '../program.ts', '../copy.ts'];
    for (const name of readdirSync(join(TEMPLATES_DIR, 'compiled'))) {
      for (const specifier of importsOf(join(TEMPLATES_DIR, 'compiled', name))) {
        expect(allowed, `${name} imports ${specifier}`).toContain(specifier);
      }
    }
    const folderAllowed = ['../../domain/templates/program.ts', '../../domain/templates/copy.ts'];
    for (const dir of typeFolders()) {
      for (const specifier of importsOf(join(ROOT, NOTIFICATIONS_DIR, dir, 'compiled.ts'))) {
        expect(folderAllowed, `${dir}/compiled.ts imports ${specifier}`).toContain(specifier);
      }
    }
  });

  it('are one module per message type, and no module but the generated tables imports more than one', () => {
    const typeModules = readdirSync(join(TEMPLATES_DIR, 'compiled')).filter(
      (name) => name !== 'common.ts' && name !== 'layout.ts',
    );
    expect(typeModules.length + typeFolders().length).toBe(messageTypes.length);
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
      );
    const tables = join(ROOT, TABLES_DIR);
    for (const file of [...files(join(ROOT, 'shared')), ...files(join(ROOT, 'functions'))]) {
      if (file.startsWith(tables)) continue;
      const compiledTypes = importsOf(file).filter(
        (s) =>
          typeModules.some((m) => s.endsWith(`compiled/${m}`) || s === `./${m}`) ||
          s.endsWith('/compiled.ts'),
      );
      expect(compiledTypes.length, `${file} imports ${compiledTypes.join(', ')}`).toBeLessThanOrEqual(1);
    }
  });
});

describe('sources', () => {
  it('translate every key English has into every language (WhatsApp parameters that are values excepted)', async () => {
    for (const source of await loadSources()) {
      const english = Object.keys(source.messages.en).filter((key) => !/^wa\d$/.test(key));
      for (const language of LANGUAGES) {
        const own = Object.keys(source.messages[language] ?? {});
        expect(
          english.filter((key) => !own.includes(key)),
          `${source.type}: ${language} lacks`,
        ).toEqual([]);
      }
    }
  });

  it('are refused with ICU formatters (the renderer formats), bad plural keys or a program core disagrees with', () => {
    expect(() => compileMessages('t', { en: { p1: 'Paid {amount, number}' } })).toThrow(/formatters/);
    expect(() => compileMessages('t', { en: { p1: '{n, plural, few {a} other {b}}' } })).toThrow(/few/);
    expect(() => compileMessages('t', { en: { p1: '{my-arg}' } })).toThrow();
    const { programs, args } = compileMessages('t', {
      ro: { p1: '{n, plural, one {# plată} few {# plăți} other {# de plăți}} la {shop}' },
    });
    expect(programs.ro?.p1).toEqual([
      ['n', { one: [0, ' plată'], few: [0, ' plăți'], other: [0, ' de plăți'] }, 0],
      ' la ',
      ['shop'],
    ]);
    expect(Object.fromEntries(args)).toEqual({ n: 'number', shop: 'string' });
  });
});

describe('WhatsApp registration file', () => {
  const file = JSON.parse(readFileSync(join(ROOT, WHATSAPP_FILE), 'utf8')) as {
    templates: {
      name: string;
      language: string;
      category: string;
      components: { type: string; text?: string; buttons?: { text: string }[] }[];
    }[];
  };

  it.each(messageTypes.flatMap((type) => customers.map((c) => ({ type, ...c }))))(
    'registers $type in $language with as many {{n}} as Herald sends parameters',
    ({ type, language, locale }) => {
      let message: ReturnType<typeof renderCase>;
      try {
        message = renderCase(type, 'whatsapp', { locale, timeZone: 'UTC' });
      } catch {
        return; // the type has no WhatsApp template
      }
      const template = file.templates.find(
        (t) => t.name === message.whatsapp?.template && t.language === language,
      );
      const body = template?.components.find((c) => c.type === 'BODY')?.text ?? '';
      expect(body.match(/\{\{\d+\}\}/g)).toHaveLength(message.whatsapp?.parameters.length ?? -1);
      const buttons = template?.components.find((c) => c.type === 'BUTTONS')?.buttons ?? [];
      expect(buttons).toHaveLength(message.whatsapp?.quickReplies?.length ?? 0);
    },
  );
});
