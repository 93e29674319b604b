// Input to the next paint, as the browser reports it (issue 21, DESIGN.md "Measuring"): the Event
// Timing API's duration of the interaction (from the input's hardware timestamp to the next paint
// after its handlers ran), which Chromium reports only for 16 ms or more, rounded to 8 ms. Below
// that, the fallback: from the event's timestamp to a MessageChannel task posted from the first
// animation frame after the event (that task runs once the frame is painted).
import { afterPaint } from '../src/ui/focus.js';

/** After the next paint: a task posted from the next animation frame callback. */
export const painted = afterPaint;

const entries: PerformanceEventTiming[] = [];
new PerformanceObserver((list) => entries.push(...(list.getEntries() as PerformanceEventTiming[]))).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);

/** One input measured. */
export interface InputSample {
  /** Event Timing's duration of the whole interaction (ms), or null when it was under 16 ms (not reported). */
  eventTiming: number | null;
  /** The fallback: the event's timestamp to the next paint (rAF + MessageChannel). */
  nextPaint: number;
  /** The event's timestamp to the paint after `done` held (the step shown, the price updated). */
  donePainted: number;
}

let armed: Promise<{ t0: number; nextPaint: number }> | null = null;

/**
 * Waits for the next trusted `type` event (the bench script sends it with Playwright: real input
 * through the browser), noting its timestamp and when the frame after it was painted.
 */
export function arm(type: 'click' | 'keydown'): void {
  armed = new Promise((resolve) =>
    window.addEventListener(
      type,
      (e) => {
        if (!e.isTrusted) throw new Error('the bench measures trusted input only');
        const t0 = e.timeStamp;
        void painted().then(() => resolve({ t0, nextPaint: performance.now() - t0 }));
      },
      { capture: true, once: true },
    ),
  );
}

/**
 * The armed input's figures, once `done` holds and is painted. Event Timing's entries arrive after
 * the paint, in an observer task: waits up to 150 ms for the one of the armed event.
 */
export async function collect(type: 'click' | 'keydown', done: () => unknown = () => true, timeout = 15000): Promise<InputSample> {
  if (!armed) throw new Error('arm() first');
  const { t0, nextPaint } = await armed;
  armed = null;
  const end = performance.now() + timeout;
  while (!done()) {
    if (performance.now() > end) throw new Error('the input did not take effect');
    await new Promise((r) => setTimeout(r, 1));
  }
  await painted();
  const donePainted = performance.now() - t0;
  const own = () => entries.find((e) => e.name === type && Math.abs(e.startTime - t0) < 0.5 && e.interactionId);
  for (const wait = performance.now() + 150; !own() && performance.now() < wait; ) await new Promise((r) => setTimeout(r, 5));
  const entry = own();
  // An interaction is its longest event (pointerdown, pointerup, click; keydown, keyup).
  const eventTiming = entry ? Math.max(...entries.filter((e) => e.interactionId === entry.interactionId).map((e) => e.duration)) : null;
  entries.length = 0;
  return { eventTiming, nextPaint, donePainted };
}
