/**
 * Domain names as customers type them: a bare name such as "example.com" or an
 * international one such as "bücher.de" (stored as entered, checked in its ASCII
 * "xn--" form). Schemes, paths, ports and user names are refused with a message that
 * says which.
 */
import { tv } from '../i18n/validation-messages.js';
import { hasBidiControls } from './common.js';

export type DomainErrorCode = 'domain.empty' | 'v.bidi' | 'domain.scheme' | 'domain.path' | 'domain.spaces' | 'domain.noDot' | 'domain.label' | 'domain.tld' | 'domain.tooLong' | 'domain.symbol';

export type DomainResult = { ok: true; unicode: string; ascii: string } | { ok: false; code: DomainErrorCode };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
/**
 * What IDNA2008 (RFC 5892) can allow in a label, by Unicode category and without its tables:
 * letters, combining marks and decimal digits, plus the hyphen. Everything else it derives as
 * DISALLOWED: symbols (emoji are So), punctuation, spaces and format characters. The URL
 * parser's UTS #46 processing alone lets emoji through ("😀.com" becomes "xn--e28h.com").
 */
const IDNA_CHARACTERS = /^[\p{L}\p{M}\p{Nd}-]*$/u;

export function checkDomain(input: string): DomainResult {
  const text = input.trim().replace(/\.$/, '').toLowerCase();
  if (!text) return { ok: false, code: 'domain.empty' };
  if (hasBidiControls(text, true)) return { ok: false, code: 'v.bidi' };
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) return { ok: false, code: 'domain.scheme' };
  if (/\s/.test(text)) return { ok: false, code: 'domain.spaces' };
  if (/[/?#:@\\]/.test(text)) return { ok: false, code: 'domain.path' };
  // An ASCII label is judged by the label rule below (its message names the allowed characters).
  if (!text.split(/[.\u3002\uff0e\uff61]/).every((label) => /^[\x00-\x7f]*$/.test(label) || IDNA_CHARACTERS.test(label))) return { ok: false, code: 'domain.symbol' };
  let ascii: string;
  try {
    ascii = new URL(`http://${text}`).hostname;
  } catch {
    return { ok: false, code: 'domain.label' };
  }
  if (ascii.length > 253) return { ok: false, code: 'domain.tooLong' };
  const labels = ascii.split('.');
  if (labels.length < 2) return { ok: false, code: 'domain.noDot' };
  if (!labels.every((l) => LABEL.test(l))) return { ok: false, code: 'domain.label' };
  if (!TLD.test(labels[labels.length - 1]!)) return { ok: false, code: 'domain.tld' };
  return { ok: true, unicode: text, ascii };
}

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;

/** RFC 3492 §6.1: the bias after each decoded code point. */
function adapt(delta: number, points: number, first: boolean): number {
  delta = first ? Math.floor(delta / 700) : delta >> 1;
  delta += Math.floor(delta / points);
  let k = 0;
  for (; delta > ((BASE - T_MIN) * T_MAX) >> 1; k += BASE) delta = Math.floor(delta / (BASE - T_MIN));
  return k + Math.floor(((BASE - T_MIN + 1) * delta) / (delta + 38));
}

/** RFC 3492 §6.2: one Punycode label (without "xn--") to Unicode, or null when it is not valid Punycode. */
export function decodePunycode(input: string): string | null {
  const delimiter = Math.max(0, input.lastIndexOf('-'));
  const out = Array.from(input.slice(0, delimiter), (c) => c.codePointAt(0)!);
  if (out.some((c) => c >= 0x80)) return null;
  let n = 0x80;
  let i = 0;
  let bias = 72;
  for (let pos = delimiter > 0 ? delimiter + 1 : 0; pos < input.length; ) {
    const old = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (pos >= input.length) return null;
      const c = input.charCodeAt(pos++) | 0x20; // lower case; digits keep their code
      const digit = c >= 0x61 && c <= 0x7a ? c - 0x61 : c >= 0x30 && c <= 0x39 ? c - 22 : BASE;
      if (digit >= BASE) return null;
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
      if (i > 0x10ffff * (out.length + 1)) return null;
    }
    bias = adapt(i - old, out.length + 1, old === 0);
    n += Math.floor(i / (out.length + 1));
    i %= out.length + 1;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
    out.splice(i++, 0, n);
  }
  return String.fromCodePoint(...out);
}

/**
 * A domain to show: "xn--bcher-kva.de" as "bücher.de". A backend answers what it stored (the
 * Unicode form when entered through the kit, but the ASCII form is as valid); the user reads the
 * Unicode one. Shown as given when a label is not valid Punycode or its Unicode form would be
 * refused by checkDomain (no emoji or look-alike symbols smuggled in through Punycode).
 */
export function displayDomain(domain: string): string {
  if (!/(^|\.)xn--/i.test(domain)) return domain;
  const labels = domain.split('.').map((l) => (/^xn--/i.test(l) ? decodePunycode(l.slice(4)) : l));
  if (labels.includes(null)) return domain;
  const unicode = labels.join('.');
  const checked = checkDomain(unicode);
  return checked.ok && checked.ascii === domain.toLowerCase().replace(/\.$/, '') ? checked.unicode : domain;
}

/** Why a domain cannot be ordered when another customer's order holds it (only a backend knows). */
export function domainTakenError(locale: string): string {
  return tv(locale, 'domain.taken');
}
