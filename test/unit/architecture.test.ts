// The layering, checked on the sources themselves: no module imports itself round a cycle, and the
// analysis core (server/src/core) holds no editor, transport or Node types and reaches no adapter.
// Type-only imports count: a cycle of types still ties the modules together for whoever reads or moves them.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "..", "..");

// Imports that may stand on a cycle for now, each with the reason; none at present.
const BEING_REMOVED: [from: string, to: string][] = [];
const INSIDE_RULES: [from: string, to: string][] = [];

interface Import {
  from: string;
  /** As written in the source. */
  specifier: string;
  /** The file it names, relative to the repository with `/`, or null for a package or built-in. */
  to: string | null;
  typeOnly: boolean;
  line: number;
}

function tsFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : tsFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

const repoPath = (absolute: string) => relative(ROOT, absolute).split(sep).join("/");

/** The file a relative import names, as TypeScript would find it; null when there is none (a generated file not built yet). */
function resolveRelative(fromFile: string, specifier: string): string | null {
  const base = resolve(dirname(fromFile), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.d.ts`, `${base}.js`, join(base, "index.ts")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return repoPath(candidate);
  }
  return null;
}

/** Every import of a file: import and export declarations, `import x = require()`, `import()` and `require()`. */
function importsOf(file: string): Import[] {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: Import[] = [];
  const add = (specifier: string, node: ts.Node, typeOnly: boolean) => {
    const to = specifier.startsWith(".") ? resolveRelative(file, specifier) : null;
    found.push({ from: repoPath(file), specifier, to, typeOnly, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : null;
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier.text, node, typeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : null;
      add(node.moduleSpecifier.text, node, node.isTypeOnly || (!!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      add(node.moduleReference.expression.text, node, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === "require")) add(node.arguments[0].text, node, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text, node, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The cycles of a graph, one per strongly connected component with more than one module (or a module importing itself). */
function cycles(nodes: string[], edges: Map<string, string[]>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const connect = (node: string) => {
    order.set(node, index);
    low.set(node, index);
    index++;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!order.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, order.get(next)!));
    }
    if (low.get(node) === order.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (edges.get(node) ?? []).includes(node)) components.push(component);
    }
  };
  for (const node of nodes) if (!order.has(node)) connect(node);
  // One actual loop through each component, to show: the shortest way back from its first module.
  return components.map((component) => loopThrough(component.sort()[0], new Set(component), edges));
}

/** The modules that import each other round a cycle, in groups: each group with one loop through it to show. */
function knots(nodes: string[], edges: Map<string, string[]>, imports: Import[]): string[] {
  return cycles(nodes, edges).map((loop) => {
    const members = new Set<string>();
    // Every module on some loop with the first: those it reaches that reach it back.
    const reach = (from: string, seen = new Set<string>()): Set<string> => {
      for (const next of edges.get(from) ?? []) if (!seen.has(next)) {
        seen.add(next);
        reach(next, seen);
      }
      return seen;
    };
    for (const node of reach(loop[0])) if (reach(node).has(loop[0])) members.add(node);
    const others = members.size - (loop.length - 1);
    return describeCycle(loop, imports) + (others > 0 ? ` (and ${others} more ${others === 1 ? "module" : "modules"} on other loops with it)` : "");
  });
}

function loopThrough(start: string, within: Set<string>, edges: Map<string, string[]>): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of edges.get(node) ?? []) {
      if (!within.has(next)) continue;
      if (next === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(previous.get(path[0])!);
        return [...path, start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start];
}

function graphOf(folder: string, leaveOut: [string, string][] = []) {
  const files = tsFiles(join(ROOT, folder));
  const imports = files.flatMap(importsOf);
  const edges = new Map<string, string[]>();
  for (const i of imports) {
    if (!i.to || leaveOut.some(([from, to]) => from === i.from && to === i.to)) continue;
    const list = edges.get(i.from) ?? [];
    if (!list.includes(i.to)) list.push(i.to);
    edges.set(i.from, list);
  }
  return { files: files.map(repoPath), imports, edges };
}

const describeCycle = (loop: string[], imports: Import[]) =>
  loop.slice(0, -1).map((from, k) => {
    const edge = imports.find((i) => i.from === from && i.to === loop[k + 1])!;
    return `${from}:${edge.line}${edge.typeOnly ? " (type only)" : ""}`;
  }).join(" → ") + ` → ${loop[loop.length - 1]}`;

describe("the import graph", () => {
  const server = graphOf("server/src", [...BEING_REMOVED, ...INSIDE_RULES]);
  const client = graphOf("client/src");

  it("is read from the sources: every relative import names a file", () => {
    expect(server.files.length).toBeGreaterThan(100);
    expect(server.imports.filter((i) => i.to !== null).length).toBeGreaterThan(300);
    // A file generated by the build (the parser) may not exist yet; every other relative import must.
    const unresolved = [...server.imports, ...client.imports].filter((i) => i.specifier.startsWith(".") && i.to === null && !i.specifier.includes("generated/"));
    expect(unresolved.map((i) => `${i.from}:${i.line} imports ${i.specifier}`)).toEqual([]);
  });

  it("has no cycle in the server, type-only imports included", () => {
    expect(knots(server.files, server.edges, server.imports)).toEqual([]);
  });

  it("has no cycle in the VS Code client", () => {
    expect(knots(client.files, client.edges, client.imports)).toEqual([]);
  });

  it("leaves out only imports that still exist: drop an entry from BEING_REMOVED or INSIDE_RULES once its import is gone", () => {
    const all = graphOf("server/src");
    expect([...BEING_REMOVED, ...INSIDE_RULES].filter(([from, to]) => !all.edges.get(from)?.includes(to))).toEqual([]);
  });

  it("finds a cycle when there is one, and names each import on it", () => {
    const edges = new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a", "d"]], ["d", ["d"]], ["e", ["a"]]]);
    expect(cycles(["a", "b", "c", "d", "e"], edges)).toEqual([["d", "d"], ["a", "b", "c", "a"]]);
  });
});

describe("the analysis core", () => {
  const EDITOR_PACKAGES = /^(vscode|vscode-languageserver.*|vscode-languageclient|vscode-uri|vscode-jsonrpc)(\/|$)/;
  const NODE = new Set(builtinModules);
  const ADAPTERS = ["server/src/lsp/", "server/src/cli/", "server/src/node/", "server/src/export/"];
  const core = graphOf("server/src").imports.filter((i) => i.from.startsWith("server/src/core/"));

  it("is read in full", () => {
    expect(core.length).toBeGreaterThan(200);
  });

  it("imports no editor or LSP package and no Node module", () => {
    const wrong = core.filter((i) => EDITOR_PACKAGES.test(i.specifier) || i.specifier.startsWith("node:") || NODE.has(i.specifier.split("/")[0]));
    expect(wrong.map((i) => `${i.from}:${i.line} imports ${i.specifier}`)).toEqual([]);
  });

  it("reaches no adapter: the language server, the command line, the Node readers or the exporters", () => {
    const wrong = core.filter((i) => i.to !== null && (ADAPTERS.some((a) => i.to!.startsWith(a)) || !i.to.startsWith("server/src/core/")));
    expect(wrong.map((i) => `${i.from}:${i.line} imports ${i.specifier}`)).toEqual([]);
  });
});
