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

/** Why a domain cannot be ordered when another customer's order holds it (only a backend knows). */
export function domainTakenError(locale: string): string {
  return tv(locale, 'domain.taken');
}
