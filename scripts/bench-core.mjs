// The Node part of `npm run bench`: `chargeSchedule` for a monthly-commitment plan with 200
// resources x 4 fee types over 36 months, against the dinero.js version of the same schedule
// (bench/dinero-schedule.mjs), in the same process. Checks first that both give the same charges,
// line by line, and fails if not. Run alone: `node scripts/bench-core.mjs` (or `npm run bench -- --node`).
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { dineroSchedule, minorUnits } from '../bench/dinero-schedule.mjs';

export const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * (s.length - 1)))];
  return { median: q(0.5), p10: q(0.1), p90: q(0.9), runs: s.length };
};
export const fmt = (st, unit = 'ms', digits = 2) =>
  `${st.median.toFixed(digits)} ${unit} (p10 ${st.p10.toFixed(digits)} – p90 ${st.p90.toFixed(digits)}, n=${st.runs})`;

/** The core as a host bundles it (one ES module, from src/core). */
async function loadCore() {
  const dir = mkdtempSync(join(tmpdir(), 'ck-bench-'));
  try {
    await build({ entryPoints: ['src/core/index.ts'], bundle: true, format: 'esm', platform: 'node', target: 'es2022', outfile: join(dir, 'core.mjs'), logLevel: 'silent' });
    return await import(pathToFileURL(join(dir, 'core.mjs')).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const BENCH_INPUT = {
  billingType: 'monthly-commitment',
  currency: 'USD',
  activationDate: '2025-03-11',
  billingDay: 1,
  term: { quantity: 36, unit: 'month' },
  lines: Array.from({ length: 200 }, (_, i) => ({ resourceId: `r${i}`, quantity: 5 + (i % 7), included: i % 3, recurring: 1234 + i, setup: 500, renewal: 250, overuse: 99 })),
};

/** Throws unless the two schedules have the same charges, each with the same lines. */
function assertSame(core, din) {
  const where = (i, what) => `charge ${i}: ${what}`;
  if (core.charges.length !== din.charges.length) throw new Error(`core has ${core.charges.length} charges, dinero.js ${din.charges.length}`);
  core.charges.forEach((c, i) => {
    const d = din.charges[i];
    for (const k of ['date', 'periodStart', 'periodEnd']) if (c[k] !== d[k]) throw new Error(where(i, `${k} ${c[k]} vs ${d[k]}`));
    if (JSON.stringify(c.proration) !== JSON.stringify(d.proration)) throw new Error(where(i, 'proration differs'));
    if (c.amount.minor !== minorUnits(d.amount)) throw new Error(where(i, `amount ${c.amount.minor} vs ${minorUnits(d.amount)}`));
    if (c.lines.length !== d.lines.length) throw new Error(where(i, `${c.lines.length} lines vs ${d.lines.length}`));
    c.lines.forEach((l, j) => {
      const o = d.lines[j];
      if (l.resourceId !== o.resourceId || l.kind !== o.kind || l.quantity !== o.quantity || l.amount.minor !== minorUnits(o.amount)) {
        throw new Error(where(i, `line ${j}: ${JSON.stringify([l.resourceId, l.kind, l.quantity, l.amount.minor])} vs ${JSON.stringify([o.resourceId, o.kind, o.quantity, minorUnits(o.amount)])}`));
      }
    });
  });
  if (core.total.minor !== minorUnits(din.total)) throw new Error(`total ${core.total.minor} vs ${minorUnits(din.total)}`);
}

/**
 * Times `fns` (name -> function) in alternating blocks, so that all see the same machine state
 * and none pays for the garbage another leaves: `warm` calls of each, then `blocks` rounds of
 * `perBlock` calls of each. 200 warm-up calls: with 30, V8 had not always optimised the core by
 * the first block (one process run in three measured 2.9 ms and 3.5x instead of 0.5 ms and 21x).
 */
function timeTogether(fns, { warm = 200, blocks = 6, perBlock = 40 } = {}) {
  // A full collection before each block, so that no block pays for the garbage of the one before.
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc');
  const names = Object.keys(fns);
  for (const n of names) for (let i = 0; i < warm; i++) fns[n]();
  const xs = Object.fromEntries(names.map((n) => [n, []]));
  for (let b = 0; b < blocks; b++) {
    for (const n of names) {
      gc();
      for (let i = 0; i < perBlock; i++) {
        const t0 = performance.now();
        fns[n]();
        xs[n].push(performance.now() - t0);
      }
    }
  }
  return Object.fromEntries(names.map((n) => [n, stats(xs[n])]));
}

export async function benchCore() {
  const core = await loadCore();
  const sched = core.chargeSchedule(BENCH_INPUT);
  assertSame(sched, dineroSchedule(BENCH_INPUT));
  const lines = sched.charges.reduce((s, c) => s + c.lines.length, 0);
  const fns = { core: () => core.chargeSchedule(BENCH_INPUT), dinero: () => dineroSchedule(BENCH_INPUT) };
  // The totals-only function for live previews, where the core has it.
  if (core.chargeTotals) fns.totals = () => core.chargeTotals(BENCH_INPUT);
  const t = timeTogether(fns);
  return {
    resources: 200,
    feeTypes: 4,
    months: 36,
    charges: sched.charges.length,
    lines,
    equalChargeByCharge: true,
    core: t.core,
    dinero: t.dinero,
    ratio: t.dinero.median / t.core.median,
    ...(t.totals ? { totalsOnly: t.totals } : {}),
  };
}

export function printCore(r) {
  console.log(`\nchargeSchedule, ${r.resources} resources x ${r.feeTypes} fee types, ${r.months} months (${r.charges} charges, ${r.lines} lines; equal to dinero.js charge by charge)`);
  console.log(`  core           ${fmt(r.core, 'ms', 3)}`);
  console.log(`  dinero.js      ${fmt(r.dinero, 'ms', 3)}`);
  console.log(`  dinero / core  ${r.ratio.toFixed(1)}x`);
  if (r.totalsOnly) console.log(`  chargeTotals   ${fmt(r.totalsOnly, 'ms', 3)} (the same amounts without the lines)`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) printCore(await benchCore());
