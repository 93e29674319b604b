// Editor completion data made from the shipped custom elements manifest (#15, point 4):
// vscode.html-custom-data.json (VS Code's html.customData) and web-types.json (JetBrains IDEs),
// written beside the manifest. `npm run analyze` runs it after the analyzer:
// `node scripts/gen-editor-data.mjs [dir]` (default dist).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';
import { getWebTypesData } from 'custom-element-jet-brains-integration';

const REPOSITORY = 'https://github.com/channelkit/channelkit';
const docsPage = (tag) => `${REPOSITORY}/blob/main/docs/widgets/${tag}.md`;

/** The two files' contents, from a manifest. */
export function editorData(manifest) {
  const common = { descriptionSrc: 'description', hideMethodDocs: true, hideLogs: true };
  const vscode = JSON.parse(getVsCodeHtmlCustomData(manifest, { ...common, referencesTemplate: (name, tag) => [{ name: 'Documentation', url: docsPage(tag) }] }));
  const webTypes = JSON.parse(getWebTypesData(manifest, { ...common, packageJson: true, referenceTemplate: (name, tag) => ({ name: 'Documentation', url: docsPage(tag) }) }));
  return { 'vscode.html-custom-data.json': vscode, 'web-types.json': webTypes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  for (const [file, data] of Object.entries(editorData(manifest))) {
    writeFileSync(join(dir, file), `${JSON.stringify(data, null, 2)}\n`);
    console.log(`wrote ${join(dir, file)}`);
  }
}
