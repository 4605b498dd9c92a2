// The copy says each thing with the same word in each language: templates/glossary.json names the term for
// every concept Herald talks about (card, balance, statement, e-mail, app, security, fraud, consent) and the
// synonyms that must not creep in. Read from what customers get: every message of every type (variants
// included), the shared strings, and the registered WhatsApp template bodies.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commonMessages } from '../../shared/domain/templates/compiled/common.ts';
import type { Messages } from '../../shared/domain/templates/copy.ts';
import type { Program } from '../../shared/domain/templates/program.ts';
import { typeModules as renderModules } from '../../shared/notifications/tables/render.ts';
import { typeModules as securityModules } from '../../shared/notifications/tables/render-security.ts';

interface Glossary {
  inCopy: string[];
  languages: Record<string, { terms: Record<string, string>; avoid: { phrase: string; use: string }[] }>;
}
const glossary = JSON.parse(readFileSync('templates/glossary.json', 'utf8')) as Glossary;
const whatsapp = JSON.parse(readFileSync('templates/whatsapp-templates.json', 'utf8')) as {
  templates: { name: string; language: string; components: { type: string; text?: string }[] }[];
};

/** The literal text of a program: what the copy writes, not the values it quotes. */
const literals = (program: Program): string[] =>
  typeof program === 'string'
    ? [program]
    : program.flatMap((part) =>
        typeof part === 'string'
          ? [part]
          : part === 0 || part.length === 1
            ? []
            : Object.values(part[1]).flatMap((p) => literals(p)),
      );

/** Every text of the copy in `language`, each named by where it is (type.key, WhatsApp template). */
function copyIn(language: string): [string, string][] {
  const texts: [string, string][] = [];
  const add = (where: string, messages: Messages | undefined) => {
    for (const [key, program] of Object.entries(messages?.[language as keyof Messages] ?? {}))
      texts.push([`${where}.${key}`, literals(program).join(' ')]);
  };
  for (const modules of [renderModules, securityModules])
    for (const { copy } of Object.values(modules) as {
      copy: { type: string; messages: () => Messages; variants?: () => Record<string, Messages> };
    }[]) {
      add(copy.type, copy.messages());
      for (const [variant, messages] of Object.entries(copy.variants?.() ?? {}))
        add(`${copy.type}[${variant}]`, messages);
    }
  add('common', commonMessages() as Messages);
  for (const template of whatsapp.templates.filter((t) => t.language === language))
    for (const component of template.components)
      if (component.text) texts.push([`${template.name} (WhatsApp)`, component.text]);
  return texts;
}

/** `phrase` as a whole word or phrase (no letter right before or after), any case. */
const wholeWord = (phrase: string) =>
  new RegExp(`(?<![\\p{L}\\p{M}-])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{M}-])`, 'iu');

const languages = Object.keys(glossary.languages);

describe('the glossary', () => {
  it('covers every language Herald writes, with a term for every concept', () => {
    expect(languages.sort()).toEqual(['ar', 'de', 'en', 'id', 'ro', 'vi']);
    const concepts = Object.keys(glossary.languages.en?.terms ?? {}).sort();
    for (const language of languages)
      expect(Object.keys(glossary.languages[language]?.terms ?? {}).sort(), language).toEqual(concepts);
  });

  it.each(languages)('%s: the copy uses none of the synonyms the glossary rules out', (language) => {
    const found = copyIn(language).flatMap(([where, text]) =>
      (glossary.languages[language]?.avoid ?? [])
        .filter(({ phrase }) => wholeWord(phrase).test(text))
        .map(({ phrase, use }) => `${where}: "${phrase}" (use "${use}")`),
    );
    expect(found).toEqual([]);
  });

  it.each(languages)('%s: the copy uses the glossary’s term for each concept it names', (language) => {
    const all = copyIn(language)
      .map(([, text]) => text)
      .join('\n')
      .toLowerCase();
    const terms = glossary.languages[language]?.terms ?? {};
    const missing = glossary.inCopy.filter((concept) => !all.includes((terms[concept] ?? '?').toLowerCase()));
    expect(missing).toEqual([]);
  });
});
