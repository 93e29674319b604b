// A @custom-elements-manifest/analyzer plugin (custom-elements-manifest.config.mjs) that turns what
// the analyzer reads from the sources into the manifest the package ships (#15, point 4):
// - a `custom-element-definition` export for each `defineElement('<tag>', Class)` call of a define
//   module (the kit registers its tags through defineElement, which the analyzer cannot follow);
// - each event typed from the `GlobalEventHandlersEventMap` augmentation of its events module
//   (`'order-created': CustomEvent<OrderCreatedDetail>`), with a reference to the detail's type;
// - only the public elements' class and define modules, and of their members only the public API
//   (public, not static, documented, not in INTERNAL): internal `ck-*` elements, helpers and
//   protected or private members are left out;
// - module paths of the files the package ships (dist/…js, as vite's preserveModules build names
//   them: an entry of entries.mjs by its entry name), not the .ts sources.
import { dirname, posix } from 'node:path';
import { ENTRIES } from '../entries.mjs';

/** Public only because views or the base classes need them; not part of a widget's API. */
export const INTERNAL = new Set(['emit', 'money', 'date', 'instant', 'refundWindows', 'margin', 'economics', 'negotiated', 'saveNegotiated', 'localeCode', 'todayDate', 'completed', 'errorSignature', 'onActive', 'planExisted', 'renderFailure', 'productNotice', 'previewNotice', 'pathLabel', 'selectTab', 'addPerson', 'removePerson', 'addLine', 'removeLine', 'addPeriod', 'removePeriod', 'addResource', 'removeResource', 'toggleFee', 'saveAccount', 'resourceToAdd', 'copyName', 'notice', 'descriptionTab', 'editCopy', 'form', 'flow', 'pending', 'saver', 'keeper', 'creation', 'data', 'checkout', 'drafts', 'announcer']);

/** Internal building blocks carry this prefix (DESIGN.md, Naming); every other defined tag is public. */
const isPublicTag = (tag) => !tag.startsWith('ck-');

const ENTRY_OF_SOURCE = new Map(Object.entries(ENTRIES).map(([name, source]) => [source, `dist/${name}.js`]));

/** The shipped JavaScript module of a source module (`/src/x.js` and `src/x.ts` alike). */
export const shippedPath = (path) => {
  const source = path.replace(/^\//, '').replace(/\.js$/, '.ts');
  return ENTRY_OF_SOURCE.get(source) ?? `dist/${source.replace(/\.ts$/, '.js')}`;
};

/** The source module of a shipped one (the reference pages name the file that holds the JSDoc). */
export const sourcePath = (shipped) => {
  const entry = [...ENTRY_OF_SOURCE].find(([, js]) => js === shipped);
  return entry ? entry[0] : shipped.replace(/^dist\//, '').replace(/\.js$/, '.ts');
};

/** Every module path a manifest names (modules, declarations, references), to check against what ships. */
export function manifestPaths(manifest) {
  const paths = [];
  const collect = (value, key) => {
    if (Array.isArray(value)) value.forEach((v) => collect(v));
    else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => collect(v, k));
    else if ((key === 'path' || key === 'module') && typeof value === 'string') paths.push(value);
  };
  collect(manifest.modules);
  return paths;
}

/** The shipped declaration file of a source module, where a type (an event's detail) lives. */
const shippedTypes = (path) => `dist/types/${path.replace(/\.ts$/, '.d.ts')}`;

/** The source module an identifier of `sourceFile` comes from: its import, or the file itself. */
function declaringModule(ts, sourceFile, modulePath, name) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    if (bindings.elements.some((e) => e.name.text === name)) {
      return posix.join(dirname(modulePath), statement.moduleSpecifier.text).replace(/\.js$/, '.ts');
    }
  }
  return modulePath;
}

const isPublicMember = (m, attributeFields) =>
  !m.privacy && !m.static && !INTERNAL.has(m.name) && (Boolean(m.description) || attributeFields.has(m.name));

const withShippedModule = (ref) => (ref?.module ? { ...ref, module: shippedPath(ref.module) } : ref);

export function publicApiPlugin() {
  const definitions = []; // { modulePath, tag, className, classModule }
  const eventTypes = new Map(); // event name -> { text, detail, module }

  return {
    name: 'channelkit-public-api',
    analyzePhase({ ts, node, moduleDoc }) {
      const sourceFile = node.getSourceFile?.();
      if (!sourceFile) return;
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'defineElement') {
        const [tag, cls] = node.arguments;
        if (tag && cls && ts.isStringLiteral(tag) && ts.isIdentifier(cls)) {
          definitions.push({ modulePath: moduleDoc.path, tag: tag.text, className: cls.text, classModule: declaringModule(ts, sourceFile, moduleDoc.path, cls.text) });
        }
      }
      if (ts.isInterfaceDeclaration(node) && node.name.text === 'GlobalEventHandlersEventMap') {
        for (const member of node.members) {
          if (!ts.isPropertySignature(member) || !member.type || !ts.isTypeReferenceNode(member.type)) continue;
          const detail = member.type.typeArguments?.[0];
          if (!member.name || !ts.isStringLiteral(member.name) || !detail) continue;
          const detailName = ts.isTypeReferenceNode(detail) && ts.isIdentifier(detail.typeName) ? detail.typeName.text : null;
          eventTypes.set(member.name.text, {
            text: member.type.getText(sourceFile),
            detail: detailName,
            module: detailName ? declaringModule(ts, sourceFile, moduleDoc.path, detailName) : moduleDoc.path,
          });
        }
      }
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      const publicDefinitions = definitions.filter((d) => isPublicTag(d.tag));
      const classModules = new Set(publicDefinitions.map((d) => d.classModule));
      const defineModules = new Set(publicDefinitions.map((d) => d.modulePath));
      manifest.modules = manifest.modules.filter((mod) => classModules.has(mod.path) || defineModules.has(mod.path));
      for (const mod of manifest.modules) {
        const classNames = new Set(publicDefinitions.filter((d) => d.classModule === mod.path).map((d) => d.className));
        mod.declarations = (mod.declarations ?? []).filter((d) => classNames.has(d.name)).map(publicDeclaration);
        mod.exports = [
          ...(mod.exports ?? []).filter((e) => e.kind === 'js' && classNames.has(e.declaration?.name)),
          ...publicDefinitions
            .filter((d) => d.modulePath === mod.path)
            .map((d) => ({ kind: 'custom-element-definition', name: d.tag, declaration: { name: d.className, module: d.classModule } })),
        ].map((e) => ({ ...e, declaration: withShippedModule(e.declaration) }));
        mod.path = shippedPath(mod.path);
      }
    },
  };

  function publicDeclaration(d) {
    const attributeFields = new Set((d.attributes ?? []).map((a) => a.fieldName));
    return {
      ...d,
      superclass: withShippedModule(d.superclass),
      members: (d.members ?? []).filter((m) => isPublicMember(m, attributeFields)).map((m) => ({ ...m, inheritedFrom: withShippedModule(m.inheritedFrom) })),
      attributes: (d.attributes ?? []).map((a) => ({ ...a, inheritedFrom: withShippedModule(a.inheritedFrom) })),
      events: (d.events ?? []).map((e) => {
        const type = eventTypes.get(e.name);
        if (!type) return e;
        const references = type.detail ? [{ name: type.detail, module: shippedTypes(type.module) }] : undefined;
        return { ...e, type: { text: type.text, ...(references && { references }) } };
      }),
    };
  }
}
