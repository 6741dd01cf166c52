// No import cycles in src/: a module graph with a cycle has an order of evaluation that depends on which module is
// loaded first (a value imported across the cycle can be undefined when it is read), and layers that point at each
// other are no longer layers. The graph is read from the TypeScript files themselves: static imports and re-exports,
// dynamic import() with a literal path, and side-effect imports; `import type` / `export type` are left out, as
// TypeScript erases them.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './lotse-process.ts';

const SOURCE = /\.(ts|tsx)$/;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'static') out.push(...sourceFiles(p));
    } else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** The relative module paths a file imports at run time. */
export function runtimeImports(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const specs: string[] = [];
  const statement = /(?:^|[;\n}])\s*(import|export)(\s+type\b)?([^'"`;]*?)\bfrom\s*['"]([^'"]+)['"]/g;
  for (const m of code.matchAll(statement)) if (!m[2]) specs.push(m[4]!);
  for (const m of code.matchAll(/(?:^|[;\n])\s*import\s*['"]([^'"]+)['"]/g)) specs.push(m[1]!);
  for (const m of code.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) specs.push(m[1]!);
  return specs.filter((s) => s.startsWith('.'));
}

/** The cycles of a graph (its strongly connected components with more than one node, or a node importing itself). */
export function cyclesOf(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

function moduleGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(path.join(ROOT, 'src'))) {
    const from = path.relative(ROOT, file);
    const targets = runtimeImports(fs.readFileSync(file, 'utf8'))
      .map((spec) => path.relative(ROOT, path.resolve(path.dirname(file), spec)))
      .filter((target) => SOURCE.test(target));
    graph.set(from, [...new Set(targets)]);
  }
  return graph;
}

test('the cycle finder finds a cycle, and only real ones', () => {
  const g = new Map([
    ['a.ts', ['b.ts']],
    ['b.ts', ['c.ts']],
    ['c.ts', ['a.ts']],
    ['d.ts', ['a.ts']],
    ['e.ts', ['e.ts']],
  ]);
  assert.deepEqual(cyclesOf(g), [['a.ts', 'b.ts', 'c.ts'], ['e.ts']]);
  assert.deepEqual(runtimeImports("import type { A } from './a.ts';\nimport { b } from './b.ts';\nexport { c } from './c.ts';\nconst d = await import('./d.ts');\nimport 'node:fs';"), ['./b.ts', './c.ts', './d.ts']);
});

test('src/ has no import cycles', () => {
  const graph = moduleGraph();
  assert.ok(graph.size > 100, `${graph.size} modules read`);
  assert.deepEqual(cyclesOf(graph), [], 'modules that import each other, directly or around a loop');
});
