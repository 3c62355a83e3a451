#!/usr/bin/env node
// `npm run cycles`: import cycles among the modules under src/ (or the folder given). Prints each
// strongly connected component of the import graph with more than one module (or a module that
// imports itself), first counting every import, then counting only imports that exist at run time
// (`import type` and imports of types only are erased by TypeScript). Exits 1 when a run-time cycle
// remains; a type-only cycle is reported but allowed (it couples the modules, it cannot break
// module initialisation). Uses the TypeScript compiler's parser and module resolution.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = join(root, process.argv[2] ?? 'src');

/** Every .ts/.tsx file below `dir`. */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sources(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

const options = { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, allowJs: false };
const files = sources(srcDir);
const inGraph = new Set(files);

/** True when an import/export declaration brings in types only (erased at run time). */
function typeOnly(node) {
  if (ts.isExportDeclaration(node)) {
    if (node.isTypeOnly) return true;
    const c = node.exportClause;
    return !!c && ts.isNamedExports(c) && c.elements.length > 0 && c.elements.every((e) => e.isTypeOnly);
  }
  const c = node.importClause;
  if (!c) return false; // side-effect import
  if (c.isTypeOnly) return true;
  const b = c.namedBindings;
  return !c.name && !!b && ts.isNamedImports(b) && b.elements.length > 0 && b.elements.every((e) => e.isTypeOnly);
}

/** Relative module specifiers of a file, each with whether every import of it is type-only. */
function specifiers(file) {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found = new Map();
  const note = (spec, isType) => found.set(spec, (found.get(spec) ?? true) && isType);
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) note(node.moduleSpecifier.text, typeOnly(node));
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteral(arg)) note(arg.text, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

const allEdges = new Map();
const runtimeEdges = new Map();
for (const file of files) {
  const all = new Set();
  const runtime = new Set();
  for (const [spec, isType] of specifiers(file)) {
    if (!spec.startsWith('.')) continue;
    const r = ts.resolveModuleName(spec, file, options, ts.sys).resolvedModule;
    if (!r || !inGraph.has(r.resolvedFileName)) continue;
    all.add(r.resolvedFileName);
    if (!isType) runtime.add(r.resolvedFileName);
  }
  allEdges.set(file, [...all]);
  runtimeEdges.set(file, [...runtime]);
}

/** Tarjan's strongly connected components of `edges` with a cycle in them. */
function cycles(edges) {
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  const connect = (v) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const comp = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1 || edges.get(v).includes(v)) components.push(comp.sort());
    }
  };
  for (const f of files) if (!index.has(f)) connect(f);
  return components;
}

const rel = (f) => relative(root, f);
/** Prints each cycle with the edges inside it. */
function print(title, components, edges) {
  for (const comp of components) {
    console.log(`${title} among ${comp.length} modules:`);
    const set = new Set(comp);
    for (const f of comp)
      console.log(
        `  ${rel(f)} -> ${edges
          .get(f)
          .filter((w) => set.has(w))
          .map(rel)
          .join(', ')}`,
      );
  }
}
const all = cycles(allEdges);
const runtime = cycles(runtimeEdges);
print('cycle (counting type-only imports)', all, allEdges);
print('RUN-TIME cycle', runtime, runtimeEdges);
console.log(`${files.length} modules: ${all.length} import cycle(s), ${runtime.length} at run time`);
process.exit(runtime.length > 0 ? 1 : 0);
