/**
 * Pseudo-locale (#14, point 6): every message of the English catalog, accented, about 40 % longer
 * and bracketed ("[Ŏŕđéŕ šũƀšćŕĩƥţĩőń ~~~~]"), registered as en-XA. Each form widget's main states
 * (the walks of layout.test.ts) at 320 and 1280 px: nothing drawn past the widget's box or the
 * screen, no text clipped inside a box that hides overflow, and every visible text either
 * bracketed or data the backend or the test typed (so nothing is hard-coded in English).
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { catalogMessages, registerMessages } from '../../src/i18n/index.js';
import { backend, root } from './helpers.js';
import { type Check, walkLicensePurchase, walkOrderForm, walkPlanEditor, walkSaleWizard } from './layout-walks.js';

const PSEUDO = 'en-XA';
const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'àƀćđéƒĝĥĩĵķĺɱńőƥqŕšţũṽŵẋŷžÀƁĆĐÉƑĜĤĨĴĶĹṀŃŐƤQŔŠŢŨṼŴẊŶŽ'][i]!]),
);

/** The message accented outside its {arguments} and plural/select keywords, bracketed and padded. */
function pseudo(message: string): string {
  let out = '';
  let i = 0;
  const text = (inBranch: boolean) => {
    while (i < message.length) {
      const rest = message.slice(i);
      if (rest[0] === '}' && inBranch) return;
      const arg = /^\{\w+\}/.exec(rest) ?? /^\{\s*\w+\s*,\s*(plural|select)\s*,/.exec(rest);
      if (arg) {
        out += arg[0];
        i += arg[0].length;
        if (arg[1]) branches();
        continue;
      }
      out += rest[0] === '#' ? '#' : (ACCENTED[rest[0]!] ?? rest[0]);
      i++;
    }
  };
  const branches = () => {
    for (;;) {
      const key = /^\s*(\}|(=\d+|\w+)\s*\{)/.exec(message.slice(i))!;
      out += key[0];
      i += key[0].length;
      if (key[1] === '}') return;
      text(true);
      out += '}';
      i++;
    }
  };
  text(false);
  // About 40 % longer, in words of at most six (a translation's words wrap; one 60-character run would not).
  const pad = Math.max(2, Math.round(message.length * 0.4));
  return `[${out} ${Array.from({ length: Math.ceil(pad / 7) }, (_, k) => '~'.repeat(Math.min(6, pad - k * 7) || 1)).join(' ')}]`;
}

/** Words a widget may show unbracketed: the backend's data, what the walks type, and Intl's names. */
async function dataWords(): Promise<Set<string>> {
  const store = await backend();
  const words = new Set((JSON.stringify(store.data).match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase()));
  for (const typed of ['Acme Widgets', 'Ana Ruiz', 'Backup Pro', 'Cloud backup for growing teams', 'example com']) for (const w of typed.split(' ')) words.add(w.toLowerCase());
  // Language names come from Intl.DisplayNames in the page's locale (en-XA reads as English).
  const names = new Intl.DisplayNames('en', { type: 'language' });
  for (const code of ['en', 'es', 'de', 'fr', 'pt', 'it', 'nl', 'ja', 'zh', 'pt-BR']) for (const w of names.of(code)!.match(/\p{L}+/gu) ?? []) words.add(w.toLowerCase());
  for (let m = 0; m < 12; m++) for (const month of ['short', 'long'] as const) words.add(new Date(2026, m, 15).toLocaleString('en', { month }).toLowerCase());
  return words;
}

let allowed = new Set<string>();

/** Visible text nodes under `node` (through shadow roots), with the element that draws each. */
function visibleTexts(node: ParentNode, out: { text: string; el: Element }[] = []) {
  for (const el of node.querySelectorAll('*')) {
    if (el.shadowRoot) visibleTexts(el.shadowRoot, out);
    if (el.closest('option, style, script, [hidden]')) continue;
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (r.width <= 1 || style.visibility === 'hidden' || style.display === 'none') continue;
    for (const t of el.childNodes) if (t.nodeType === Node.TEXT_NODE && t.textContent!.trim()) out.push({ text: t.textContent!.trim(), el });
  }
  return out;
}

function problems(widget: Element, width: number): string[] {
  const out: string[] = [];
  const box = widget.getBoundingClientRect();
  const describe = (el: Element) => `<${el.localName}${el.getAttribute('part') ? ` part=${el.getAttribute('part')}` : ''}>`;
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width <= 1 || style.visibility === 'hidden' || style.clip === 'rect(0px, 0px, 0px, 0px)' || style.position === 'fixed') continue;
      if (r.right > Math.min(box.right, width) + 0.5 || r.left < box.left - 0.5) out.push(`${describe(el)} drawn past the widget (${Math.round(r.left)}–${Math.round(r.right)} of ${Math.round(box.left)}–${Math.round(box.right)}): ${(el.textContent ?? '').trim().slice(0, 50)}`);
      const hides = /hidden|clip/.test(style.overflowX) || style.textOverflow === 'ellipsis';
      if (hides && el.textContent!.trim() && el.scrollWidth > el.clientWidth + 1) out.push(`${describe(el)} clips its text (${el.scrollWidth} > ${el.clientWidth}): ${el.textContent!.trim().slice(0, 50)}`);
    }
  };
  walk(root(widget));
  for (const { text, el } of visibleTexts(root(widget))) {
    if (/[[\]~]/.test(text)) continue;
    const english = (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !allowed.has(w.toLowerCase()) && !/^(\w)\1*$/i.test(w));
    if (english.length) out.push(`${describe(el)} says "${text.slice(0, 60)}" unbracketed (${english.join(' ')})`);
  }
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth) out.push(`the page is ${doc.scrollWidth} px wide`);
  return out;
}

const at = (width: number): Check => async (state, el) => {
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  expect(problems(el, width), `${state} at ${width} px`).to.deep.equal([]);
};

describe('pseudo-locale: longer, accented, bracketed text (#14)', () => {
  before(async () => {
    // The date format letters are a pattern the date field reads, not text.
    registerMessages(PSEUDO, Object.fromEntries(catalogMessages('en').filter(([k]) => k !== 'v.dateLetters').map(([k, v]) => [k, pseudo(v)])));
    allowed = await dataWords();
  });
  after(() => setViewport({ width: 800, height: 600 }));

  it('the generated messages keep their arguments and read with the formatter', () => {
    expect(pseudo('{count, plural, one {# user} other {# users}} of {org}')).to.equal('[{count, plural, one {# ũšéŕ} other {# ũšéŕš}} őƒ {org} ~~~~~~ ~~~~~~ ~~~~~~ ~]');
  });

  for (const width of [320, 1280]) {
    describe(`at ${width} px`, () => {
      before(() => setViewport({ width, height: 900 }));
      it('<sale-wizard>', () => walkSaleWizard(at(width), PSEUDO));
      it('<order-form>', async () => void (await walkOrderForm(at(width), PSEUDO)));
      it('<license-purchase>', () => walkLicensePurchase(at(width), PSEUDO));
      it('<service-plan-editor>', () => walkPlanEditor(at(width), PSEUDO));
    });
  }
});
