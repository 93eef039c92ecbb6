// `node scripts/check-mangle-props.mjs`: proves that every name in scripts/mangle-props.mjs is a
// property name only our own code knows, so esbuild may rename it in main.js (and in the e2e
// preview, which is built the same way). Exits 1, naming each name that is not proven and why.
// `--suggest` prints the names that could be added, by bytes they would save.
//
// A name is proven ours when none of these holds anywhere in the code the bundles contain:
//  - it is a name in a declaration file the type checker reads (the DOM and ES libraries,
//    obsidian.d.ts, the bundled libraries' types; parameter names aside) or a word of a bundled
//    library's JavaScript: an API name of Obsidian, the browser or a library;
//  - it is a word inside a string, template or regular expression of our code: it may be used as
//    a key at run time (`obj[key]`, `'key' in obj`, a form field's key, a data attribute);
//  - it is a word of a script that reaches into a built bundle from outside (e2e, startup bench);
//  - one of its uses is on a value the type checker cannot see into (any, unknown, an index
//    signature) or resolves to a declaration outside our code, or an object literal member of it
//    is handed to such a type (an Obsidian options object, a `Record<string, …>`);
//  - it names a member of a class that extends an outside class and has that member;
//  - it is a key of a type whose keys are read at run time: Object.keys/entries/fromEntries/
//    getOwnPropertyNames, hasOwn, `for … in`, `in`, a computed `obj[key]`, JSON.stringify,
//    saveData; or of a type that outside data is cast or narrowed to (`as`, `x is T`);
//  - it is a key of the settings (data.json keeps them by name);
//  - it names an enum member (an enum keeps its member names as strings).
import esbuild from 'esbuild';
import ts from 'typescript';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pluginOptions } from '../esbuild.config.mjs';
import { previewOptions } from './preview.mjs';
import { MANGLED_PROPS } from './mangle-props.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
/** Scripts that read properties of the built bundles from outside them. */
const OUTSIDE = ['scripts/e2e.mjs', 'bench/plugin.bench.ts'];
/** Where the settings type lives: its keys are data.json's. */
const SETTINGS = { file: 'src/plugin/settings.ts', type: 'ExecPlanSettings' };

async function inputsOf(options) {
  const result = await esbuild.build({ ...options, write: false, metafile: true, logLevel: 'silent', minify: false, mangleProps: undefined });
  // Files only: not `<define:…>` nor a plugin's virtual module (`obsidian-once:obsidian`).
  return Object.keys(result.metafile.inputs)
    .filter((f) => existsSync(resolve(root, f)))
    .map((f) => realpathSync(resolve(root, f)));
}

const pluginInputs = await inputsOf(pluginOptions);
const inputs = [...new Set([...pluginInputs, ...(await inputsOf(previewOptions({ demoVault: {} })))])];
const isLibrary = (file) => file.includes('/node_modules/');
const isOurs = (file) => {
  const real = realpathSync(file);
  return real.startsWith(root + '/') && !isLibrary(real);
};

const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
// No @types/node or jest: neither is in a bundle, and their words would only hide names.
const program = ts.createProgram({ rootNames: inputs.filter((f) => f.endsWith('.ts') && !isLibrary(f)), options: { ...config.options, types: [] } });
const checker = program.getTypeChecker();

const reasons = new Map();
const exclude = (name, why) => {
  if (!reasons.has(name)) reasons.set(name, why);
};
const words = (text) => text.match(/[A-Za-z_$][\w$]*/g) ?? [];

/** The names a declaration file gives (parameter and type parameter names are no property names). */
function declaredNames(sf) {
  const names = new Set();
  const visit = (node) => {
    if (ts.isIdentifier(node) && !((ts.isParameter(node.parent) || ts.isTypeParameterDeclaration(node.parent)) && node.parent.name === node)) {
      names.add(node.text);
    } else if (ts.isStringLiteralLike(node)) for (const w of words(node.text)) names.add(w);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return names;
}
for (const sf of program.getSourceFiles()) {
  if (!isOurs(sf.fileName)) for (const name of declaredNames(sf)) exclude(name, `a name in ${relative(root, sf.fileName)}`);
}
for (const file of inputs.filter(isLibrary)) for (const w of words(readFileSync(file, 'utf8'))) exclude(w, `a word of ${relative(root, file)}`);
for (const file of OUTSIDE) for (const w of words(readFileSync(join(root, file), 'utf8'))) exclude(w, `a word of ${file}`);

/** Uses of each name as a property in our code: name -> files. */
const uses = new Map();

const at = (node) => {
  const sf = node.getSourceFile();
  return `${relative(root, sf.fileName)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
};
const isOpen = (type) => (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) !== 0;
const declaredOutside = (symbol) => {
  const decls = symbol?.declarations ?? [];
  return decls.length === 0 || decls.some((d) => !isOurs(d.getSourceFile().fileName));
};
const partsOf = (type) => (type.isUnion() ? type.types : [type]);

/** Excludes every key of `type` (and, `depth` levels down, of our own property types). */
function excludeKeys(type, depth, why, seen = new Set()) {
  if (!type || seen.has(type)) return;
  seen.add(type);
  if (type.isUnionOrIntersection()) {
    for (const t of type.types) excludeKeys(t, depth, why, seen);
    return;
  }
  for (const p of checker.getPropertiesOfType(type)) {
    exclude(p.name, why);
    const decl = p.valueDeclaration ?? p.declarations?.[0];
    if (depth > 0 && decl && !declaredOutside(p)) excludeKeys(checker.getTypeOfSymbolAtLocation(p, decl), depth - 1, why, seen);
  }
  if (depth > 0) for (const info of checker.getIndexInfosOfType(type)) excludeKeys(info.type, depth - 1, why, seen);
  if (checker.isArrayType(type) || checker.isTupleType(type)) for (const t of checker.getTypeArguments(type)) excludeKeys(t, depth, why, seen);
}

/** `receiver.name`: the receiver must be a type of ours that declares `name` itself. */
function checkUse(receiver, name, node) {
  if (isOpen(receiver)) return exclude(name, `read from an any/unknown value at ${at(node)}`);
  for (const t of partsOf(checker.getApparentType(receiver))) {
    if (isOpen(t)) return exclude(name, `read from an any/unknown value at ${at(node)}`);
    const p = checker.getPropertyOfType(t, name);
    if (p && declaredOutside(p)) return exclude(name, `declared outside our code (used at ${at(node)})`);
    if (!p && checker.getIndexInfosOfType(t).length > 0) return exclude(name, `read through an index signature at ${at(node)}`);
  }
}

/** An object literal member: what the literal is handed to must not be outside or open. */
function checkLiteralMember(literal, name, node) {
  const target = checker.getContextualType(literal);
  if (target) {
    for (const t of [target, ...partsOf(target)]) {
      if (isOpen(t)) return exclude(name, `in an object handed to any/unknown at ${at(node)}`);
      const p = checker.getPropertyOfType(t, name);
      if (p && declaredOutside(p)) return exclude(name, `in an object handed to an outside type at ${at(node)}`);
      if (!p && checker.getIndexInfosOfType(t).length > 0) return exclude(name, `in an object handed to an index signature at ${at(node)}`);
    }
  }
  const owner = literal.parent;
  if (ts.isPropertyAssignment(owner) && ts.isIdentifier(owner.name) && /^(attr|style|cssProps)$/.test(owner.name.text)) {
    exclude(name, `an attribute or style name at ${at(node)}`);
  }
}

/** A class member whose class extends an outside class with a member of that name. */
function checkOverride(cls, name, node) {
  for (const clause of cls.heritageClauses ?? []) {
    for (const base of clause.types) {
      const type = checker.getTypeAtLocation(base);
      const p = isOpen(type) ? null : checker.getPropertyOfType(type, name);
      if (isOpen(type) || (p && declaredOutside(p))) exclude(name, `a member of an outside base class at ${at(node)}`);
    }
  }
}

const KEY_READERS = /^Object\.(keys|entries|getOwnPropertyNames|fromEntries|hasOwn)$|hasOwnProperty\.call$/;
const SERIALIZERS = /^JSON\.stringify$|(^|\.)saveData$|(^|\.)structuredClone$|(^|\.)postMessage$/;
const calleeName = (call) =>
  ts.isPropertyAccessExpression(call.expression) ? `${call.expression.expression.getText()}.${call.expression.name.text}` : call.expression.getText();
/** The expression a value ends up as, through parentheses, `as` and `satisfies`. */
const outermost = (node) => {
  let n = node;
  while (ts.isParenthesizedExpression(n.parent) || ts.isAsExpression(n.parent) || ts.isSatisfiesExpression(n.parent)) n = n.parent;
  return n;
};
const isMember = (n) =>
  ts.isPropertyDeclaration(n) || ts.isMethodDeclaration(n) || ts.isGetAccessor(n) || ts.isSetAccessor(n) || ts.isPropertySignature(n) ||
  ts.isMethodSignature(n) || ts.isPropertyAssignment(n) || ts.isShorthandPropertyAssignment(n);

function visit(node, file) {
  const use = (name) => {
    if (!uses.has(name)) uses.set(name, new Set());
    uses.get(name).add(file);
  };
  if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
    for (const w of words(node.text)) exclude(w, `a word of a string at ${at(node)}`);
  }
  if (ts.isEnumMember(node) && ts.isIdentifier(node.name)) exclude(node.name.text, `an enum member at ${at(node)}`);
  if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.name)) {
    use(node.name.text);
    checkUse(checker.getTypeAtLocation(node.expression), node.name.text, node);
  }
  if (isMember(node) && node.name && ts.isIdentifier(node.name)) {
    const name = node.name.text;
    use(name);
    if (ts.isClassLike(node.parent)) checkOverride(node.parent, name, node);
    if (ts.isObjectLiteralExpression(node.parent)) checkLiteralMember(node.parent, name, node);
  }
  if (ts.isParameter(node) && ts.isIdentifier(node.name) && ts.getModifiers(node)?.length) {
    use(node.name.text);
    checkOverride(node.parent.parent, node.name.text, node);
  }
  if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
    const key = node.propertyName ?? node.name;
    if (ts.isIdentifier(key)) {
      use(key.text);
      checkUse(checker.getTypeAtLocation(node.parent), key.text, node);
    }
  }
  if (ts.isElementAccessExpression(node)) {
    const receiver = checker.getTypeAtLocation(node.expression);
    const key = node.argumentExpression;
    if (ts.isStringLiteralLike(key)) checkUse(receiver, key.text, node);
    else if (!checker.isArrayType(receiver) && !checker.isTupleType(receiver) && !(checker.getTypeAtLocation(key).flags & ts.TypeFlags.NumberLike)) {
      excludeKeys(receiver, 0, `a key of a type indexed by a computed key at ${at(node)}`);
    }
  }
  if (ts.isCallExpression(node) && node.arguments.length > 0) {
    const callee = calleeName(node);
    if (KEY_READERS.test(callee)) {
      for (const arg of node.arguments) excludeKeys(checker.getTypeAtLocation(arg), 0, `a key read by ${callee} at ${at(node)}`);
      excludeKeys(checker.getTypeAtLocation(outermost(node)), 0, `a key made by ${callee} at ${at(node)}`);
    }
    if (SERIALIZERS.test(callee)) excludeKeys(checker.getTypeAtLocation(node.arguments[0]), 8, `a key written by ${callee} at ${at(node)}`);
  }
  if (ts.isForInStatement(node)) excludeKeys(checker.getTypeAtLocation(node.expression), 0, `a key read by for-in at ${at(node)}`);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.InKeyword) {
    excludeKeys(checker.getTypeAtLocation(node.right), 0, `a key tested by \`in\` at ${at(node)}`);
  }
  if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) {
    const from = checker.getTypeAtLocation(node.expression);
    const symbol = from.getSymbol() ?? from.aliasSymbol;
    const outside = isOpen(from) || (symbol !== undefined && declaredOutside(symbol) && checker.getPropertiesOfType(from).length > 0);
    if (outside) excludeKeys(checker.getTypeAtLocation(node.type), 3, `a key of a type outside data is cast to at ${at(node)}`);
  }
  if (ts.isTypePredicateNode(node) && node.type) excludeKeys(checker.getTypeFromTypeNode(node.type), 3, `a key of a type predicate at ${at(node)}`);
  ts.forEachChild(node, (child) => visit(child, file));
}

for (const sf of program.getSourceFiles()) {
  if (!isOurs(sf.fileName)) continue;
  visit(sf, realpathSync(sf.fileName));
  if (relative(root, sf.fileName) === SETTINGS.file) {
    const settings = checker.getExportsOfModule(checker.getSymbolAtLocation(sf)).find((s) => s.name === SETTINGS.type);
    if (!settings) throw new Error(`${SETTINGS.file} no longer exports ${SETTINGS.type}`);
    excludeKeys(checker.getDeclaredTypeOfSymbol(settings), 8, 'a key of the settings (data.json)');
  }
}

const inMainJs = new Set(pluginInputs.filter((f) => !isLibrary(f)));
const problems = MANGLED_PROPS.filter((name) => !uses.has(name) || reasons.has(name)).map((name) =>
  reasons.has(name) ? `${name}: ${reasons.get(name)}` : `${name}: not a property name of our code any more`,
);

if (process.argv.includes('--suggest')) {
  const listed = new Set(MANGLED_PROPS);
  const main = readFileSync(join(root, 'main.js'), 'utf8');
  const count = (name) => main.match(new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g'))?.length ?? 0;
  const candidates = [...uses]
    .filter(([name, files]) => !listed.has(name) && !reasons.has(name) && [...files].some((f) => inMainJs.has(f)))
    .map(([name, files]) => ({ name, bytes: count(name) * (name.length - 1), files: [...files].map((f) => relative(root, f)) }))
    .sort((a, b) => b.bytes - a.bytes);
  for (const c of candidates) process.stdout.write(`${c.name}\t~${c.bytes} bytes\t${c.files.join(' ')}\n`);
}
if (problems.length > 0) {
  process.stderr.write(`scripts/mangle-props.mjs lists names that are not proven ours (remove them):\n${problems.map((p) => `  ${p}\n`).join('')}`);
  process.exit(1);
}
process.stdout.write(`${MANGLED_PROPS.length} mangled property names, each proven ours.\n`);
