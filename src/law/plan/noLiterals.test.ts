// Plan code carries no money, quota or other big figure of its own: every fee, quota, duration and deadline is a
// dated, referenced parameter (src/law/parameters/, src/law/parameters/plan/). This test reads the plan's source
// files (not its data tables in ./data/, not tests) and fails on
//   - a numeric literal of 1,000 or more (a quota, an amount, a day count in milliseconds …),
//   - text (a string or template literal) with an amount in euro ("411 €", "€411") or a number written with
//     thousands separators ("25.000", "25,000").
// Small counts (12 months a year, 7 days a week) are not figures of the law and stay allowed, and so are
// hexadecimal literals.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const PLAN_DIR = fileURLToPath(new URL('.', import.meta.url));
/** folders of data tables: their figures are the data */
const DATA_DIRS = new Set(['data']);

const BIG_NUMBER = 1_000;
const MONEY = /\d\s*€|€\s*\d|\d\s*(?:EUR|Euro)\b/;
const GROUPED = /\b\d{1,3}(?:[.,]\d{3})+(?![.,]?\d)/;

function planSources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (!DATA_DIRS.has(name)) out.push(...planSources(path));
    } else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) {
      out.push(path);
    }
  }
  return out;
}

/** Every offending literal of one source text, as "line: literal". */
export function literalFindings(fileName: string, text: string): string[] {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const report = (node: ts.Node, what: string): void => {
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    found.push(`${line + 1}: ${what}: ${node.getText(sf).slice(0, 80)}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isNumericLiteral(node) && !/^0[xob]/i.test(node.getText(sf)) && Number(node.text) >= BIG_NUMBER) report(node, 'big number');
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      if (MONEY.test(node.text)) report(node, 'money');
      else if (GROUPED.test(node.text)) report(node, 'grouped number');
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

test('Plan code has no money or big-number literal: figures come from dated parameters', () => {
  const files = planSources(PLAN_DIR);
  assert.ok(files.some((f) => f.endsWith('buildPlan.ts')) && files.some((f) => f.includes('steps')), 'the plan sources were found');
  const findings = files.flatMap((f) => literalFindings(f, readFileSync(f, 'utf8')).map((x) => `${relative(PLAN_DIR, f)}:${x}`));
  assert.deepEqual(findings, []);
});

test('The literal check catches what it should and lets the rest through', () => {
  const bad = [
    "const fee = { de: 'Die Gebühr von 411 € …' };",
    'const t = `costs €411 more`;',
    "const q = 'Senkung auf 25.000';",
    "const q = 'a cut to 25,000';",
    'const quota = 25_000;',
    'const ms = 86400000;',
    "const x = `${a} kostet 100–600 €`;",
  ];
  for (const line of bad) assert.notDeepEqual(literalFindings('x.ts', line), [], line);
  const good = [
    'const yearly = monthly * 12;',
    "const ref = '§ 4a Abs. 5 S. 3 AufenthG';",
    "const d = '2025-06-02';",
    "const t = 'binnen 3 Werktagen, 1.5 Tage';",
    'const text = `${eurDe(fee)} für ${n} Wochen`;',
    'if (codePoint < 0x10000) return 3;',
  ];
  for (const line of good) assert.deepEqual(literalFindings('x.ts', line), [], line);
});
