// The kit's text field beside Shoelace's, Material's and the native input (issue 21): 1,000 of one
// kind mounted to painted, run by scripts/bench.mjs (scripts/bench-inputs.mjs) at 4x CPU.
import '../src/ui/define/ck-text-field.js';
import '../src/ui/define/ck-money-field.js';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@material/web/textfield/outlined-text-field.js';
import { painted } from './paint.js';

const stage = document.getElementById('stage')!;
type Updating = Element & { updateComplete?: Promise<unknown> };

const markup = (tag: string, i: number) => (tag === 'input' ? `<label>Field ${i} <input name="f${i}"></label>` : `<${tag} label="Field ${i}" name="f${i}"></${tag}>`);

/** Mounts `n` text fields of `tag` and resolves with the time until they are rendered and painted (ms). */
async function mount(tag: string, n: number): Promise<number> {
  stage.replaceChildren();
  await painted();
  const html = Array.from({ length: n }, (_, i) => markup(tag, i)).join('');
  const t0 = performance.now();
  stage.innerHTML = html;
  await Promise.all([...stage.children].map((e: Updating) => e.updateComplete));
  await painted();
  const ms = performance.now() - t0;
  if (stage.querySelectorAll(tag).length !== n) throw new Error(`${tag}: not ${n} mounted`);
  stage.replaceChildren();
  return ms;
}

Object.assign(window, { controls: { mount } });
document.body.dataset.ready = 'true';
