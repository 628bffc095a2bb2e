/**
 * `npm run lint`: the architecture rules the design notes ask the linter to enforce.
 * - src/model and src/engine (except the worker client) stay pure: no Solid, Dexie, AG Grid, xlsx or DOM globals;
 * - only src/store imports Dexie; only src/ui imports AG Grid and Solid's DOM renderer;
 * - no `any` in src/.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(f) ? [p] : [];
  });

const problems: string[] = [];
const IMPORT = /^\s*import\s[^'"]*['"]([^'"]+)['"]/gm;
const PURE = /^src\/(model|engine|io)\//;
const PURE_EXCEPTIONS = new Set(['src/engine/client.ts']);
const DOM_GLOBALS = /(?<![.\w])(document|window|localStorage|HTMLElement)\s*[.[]/;

for (const file of [...files(join(root, 'src')), ...files(join(root, 'workers'))]) {
  const rel = relative(root, file).replaceAll('\\', '/');
  const text = readFileSync(file, 'utf8');
  const imports = [...text.matchAll(IMPORT)].map((m) => m[1]!);
  const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  if (PURE.test(rel) && !PURE_EXCEPTIONS.has(rel)) {
    for (const i of imports) {
      if (/^(solid-js|dexie|ag-grid|comlink)/.test(i) || i.includes('/ui/') || i.includes('/store/')) problems.push(`${rel}: pure module imports ${i}`);
    }
    if (DOM_GLOBALS.test(code)) problems.push(`${rel}: pure module uses a DOM global`);
  }
  if (!rel.startsWith('src/store/') && imports.some((i) => i === 'dexie')) problems.push(`${rel}: only src/store may import dexie`);
  if (!rel.startsWith('src/ui/') && imports.some((i) => i.startsWith('ag-grid'))) problems.push(`${rel}: only src/ui may import AG Grid`);
  if (imports.some((i) => i === 'ag-grid-enterprise')) problems.push(`${rel}: AG Grid Enterprise is not allowed`);
  if (/AllCommunityModule/.test(code)) problems.push(`${rel}: register Community modules one by one, not AllCommunityModule`);
  if (/(:\s*any\b|as\s+any\b|<any>)/.test(code)) problems.push(`${rel}: \`any\` is not allowed in src/`);
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`architecture rules: ok`);
