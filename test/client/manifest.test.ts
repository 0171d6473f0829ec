// The manifest agrees with the code: rule settings with the rule registry
// (generated, rust-analyzer style), commands with the ones the client
// registers, the semantic token types with their theme scopes; and the
// news-article language reads as Arabic prose should (no grammar, defaults).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/analysis/rules/index.js';
import { RULE_SETTING_PREFIX, ruleSettings } from '../../scripts/manifest/rule-settings.js';

const root = join(__dirname, '..', '..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

interface Command { command: string; title?: string; category?: string }
interface Manifest {
  main: string;
  engines: { vscode: string };
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: boolean | 'limited'; description?: string; restrictedConfigurations?: string[] }; virtualWorkspaces: boolean };
  contributes: {
    languages: Array<{ id: string; aliases: string[]; filenamePatterns: string[]; configuration: string }>;
    grammars?: unknown[];
    configurationDefaults: Record<string, Record<string, unknown>>;
    colors: Array<{ id: string; description: string; defaults: Record<string, string | null> }>;
    commands: Command[];
    menus: Record<string, Array<{ command: string; when?: string }>>;
    configuration: { properties: Record<string, Record<string, unknown>> };
    semanticTokenTypes: Array<{ id: string; description: string }>;
    semanticTokenModifiers: Array<{ id: string; description: string }>;
    semanticTokenScopes: Array<{ language: string; scopes: Record<string, string[]> }>;
  };
}
const manifest = JSON.parse(read('package.json')) as Manifest;
const nls = JSON.parse(read('package.nls.json')) as Record<string, string>;
/** A manifest string as an English editor shows it: `%key%` looked up in package.nls.json. */
const english = (value: string | undefined): string | undefined => value?.replace(/^%(.+)%$/, (_, key: string) => nls[key] ?? value);

/** Every source file of the client: commands are registered in several of them. */
function clientSources(dir = 'client/src'): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return clientSources(path);
    return entry.name.endsWith('.ts') ? [read(path)] : [];
  });
}
const { contributes } = manifest;
const properties = contributes.configuration.properties;

test('one isnad.rules.* setting per rule of the registry, generated from it', () => {
  const inManifest = Object.fromEntries(Object.entries(properties).filter(([k]) => k.startsWith(RULE_SETTING_PREFIX)));
  assert.deepEqual(inManifest, ruleSettings(), 'package.json is stale: run node --import tsx scripts/manifest/sync.ts');
  for (const rule of RULES) {
    const setting = properties[`${RULE_SETTING_PREFIX}${rule.id}`];
    assert.equal(setting?.default, rule.defaultSeverity, rule.id);
    assert.deepEqual(setting?.enum, ['error', 'warning', 'information', 'hint', 'off']);
  }
});

test('every setting is described; isnad.files and isnad.trace.server are there', () => {
  for (const [key, value] of Object.entries(properties)) {
    assert.ok(typeof value.description === 'string' || typeof value.markdownDescription === 'string', `${key} has no description`);
    assert.ok(key.startsWith('isnad.'), key);
  }
  assert.deepEqual(properties['isnad.files']?.default, []);
  assert.deepEqual(properties['isnad.trace.server']?.enum, ['off', 'messages', 'verbose']);
});

test('the contributed commands are the ones the client registers, each with a title in the Isnad category', () => {
  const registered = clientSources().flatMap((source) => [...source.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1])).sort();
  const contributed = contributes.commands.map((c) => c.command).sort();
  assert.deepEqual(contributed, registered);
  for (const command of ['isnad.nextUnsourcedFigure', 'isnad.restartServer', 'isnad.showOutput', 'isnad.showRelatedClaims', 'isnad.showTimeline', 'isnad.refreshOverview']) {
    assert.ok(contributed.includes(command), `${command} is not contributed`);
  }
  for (const c of contributes.commands) {
    assert.ok(english(c.title), `${c.command} has no title`);
    assert.equal(english(c.category), 'Isnad', c.command);
  }
  for (const [menu, items] of Object.entries(contributes.menus)) {
    for (const item of items) assert.ok(contributed.includes(item.command), `${menu} names unknown ${item.command}`);
  }
  const context = contributes.menus['editor/context']?.map((i) => i.command);
  assert.deepEqual(context, ['isnad.showRelatedClaims', 'isnad.nextUnsourcedFigure', 'isnad.copyClaimAsCitation']);
  assert.ok(contributes.menus['editor/context']?.every((i) => i.when === 'editorLangId == news-article'));
});

test('the news-article language, activation and trust; no grammar', () => {
  const [language] = contributes.languages;
  assert.equal(language?.id, 'news-article');
  assert.deepEqual(language?.filenamePatterns, ['**/seeds/*.txt']);
  // A grammar's colours split each line into pieces VS Code lays out one by one: Arabic words out of order.
  assert.equal(contributes.grammars, undefined);
  // plaintext: an ordinary folder of Arabic .txt articles is recognised (the server starts only for articles)
  assert.deepEqual(manifest.activationEvents, [
    'onLanguage:news-article', 'onLanguage:plaintext', 'workspaceContains:**/isnad.yaml', 'workspaceContains:**/seeds/*.txt',
  ]);
  // restricted mode: a folder's settings may not loosen the limits (issue 13)
  assert.deepEqual(manifest.capabilities, {
    untrustedWorkspaces: { supported: 'limited', description: '%untrustedWorkspaces.description%', restrictedConfigurations: ['isnad.maxFileSizeMB', 'isnad.files'] },
    virtualWorkspaces: false,
  });
  assert.match(read('client/src/client.ts'), /LANGUAGE_ID = 'news-article'/);
});

test('the entry point is the bundle esbuild writes, for a VS Code the language client supports', () => {
  assert.equal(manifest.main, './dist/extension.js');
  assert.match(read('esbuild.mjs'), /out: 'dist\/extension\.js'/);
  assert.equal(manifest.engines.vscode, '^1.91.0');
  const client = JSON.parse(read('node_modules/vscode-languageclient/package.json')) as { engines: { vscode: string } };
  assert.equal(manifest.engines.vscode, client.engines.vscode, 'the engine the language client requires');
  const types = JSON.parse(read('node_modules/@types/vscode/package.json')) as { version: string };
  assert.ok(Number(types.version.split('.')[1]) <= 91, '@types/vscode must not be newer than the engine');
});

test('semantic token types have theme scopes for news articles', () => {
  const types = contributes.semanticTokenTypes.map((t) => t.id);
  assert.deepEqual(types, ['speaker', 'cue', 'quote', 'figure', 'date', 'boilerplate']);
  assert.deepEqual(contributes.semanticTokenModifiers.map((m) => m.id), ['unsourced']);
  const scopes = contributes.semanticTokenScopes.find((s) => s.language === 'news-article')?.scopes ?? {};
  for (const t of types) assert.ok(scopes[t]?.length, `${t} has no TextMate scope`);
  assert.deepEqual(scopes.speaker, ['entity.name.function']);
  assert.deepEqual(scopes.boilerplate, ['comment']);
});

test('news articles default to what keeps Arabic prose readable: wrapped, no bracket colours, no ambiguous-character boxes', () => {
  const defaults = contributes.configurationDefaults['[news-article]'] ?? {};
  assert.equal(defaults['editor.wordWrap'], 'on');
  assert.equal(defaults['editor.bracketPairColorization.enabled'], false);
  // the bracket matching the cursor's is drawn with a text colour (bracket-match-inline), which splits its line
  assert.equal(defaults['editor.matchBrackets'], 'never');
  assert.equal(defaults['editor.unicodeHighlight.ambiguousCharacters'], false);
  // links are drawn inline, so they split a line as colours do
  assert.equal(defaults['editor.links'], false);
  assert.equal(properties['isnad.editor.textColors']?.default, false);
  assert.equal(properties['isnad.editor.marks']?.default, true);
});

test('the marks\' colours are contributed, described, and have a value for every kind of theme', () => {
  const ids = contributes.colors.map((c) => c.id);
  for (const id of ['isnad.quoteBackground', 'isnad.figureBackground', 'isnad.unsourcedFigureBackground', 'isnad.boilerplateBackground',
    'isnad.speakerUnderline', 'isnad.cueUnderline', 'isnad.dateUnderline']) assert.ok(ids.includes(id), id);
  const marks = read('client/src/marks.ts');
  for (const c of contributes.colors) {
    assert.ok(english(c.description), `${c.id} is not described`);
    assert.deepEqual(Object.keys(c.defaults).sort(), ['dark', 'highContrast', 'highContrastLight', 'light']);
    assert.ok(marks.includes(`'${c.id}'`), `${c.id} is not used by the marks`);
  }
});
