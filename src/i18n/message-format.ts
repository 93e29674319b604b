/**
 * Plurals and selects inside messages, ICU style, without an ICU library (bytes): a small
 * formatter on Intl.PluralRules. What a message may hold:
 *
 *   {name}                                                   the parameter
 *   {count, plural, =0 {no users} one {# user} other {# users}}
 *       `=N` first, then the language's plural category (Intl.PluralRules: one, few, many…),
 *       then `other`; `#` is the number, written in the language's way (12,500 / 12.500)
 *   {kind, select, monthly {every month} other {once}}      the branch named by the value, else `other`
 *
 * Branches nest, and `#` in a select inside a plural is that plural's number. There is no
 * quoting: a message cannot show a literal `{` or `}`, and `#` is plain text outside a plural.
 * An unknown `{name}` is left as it is. `piece` writes a simple parameter (the catalog isolates
 * strings there, see `isolate`).
 */
type Part = string | { name: string; kind?: 'plural' | 'select'; branches?: Map<string, Part[]> };

const parsed = new Map<string, Part[]>();
const pluralRules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function cached<T>(map: Map<string, T>, language: string, make: () => T): T {
  let v = map.get(language);
  if (!v) map.set(language, (v = make()));
  return v;
}

class Reader {
  i = 0;
  constructor(readonly src: string) {}
  fail(why: string): never {
    throw new Error(`message "${this.src}": ${why} at ${this.i}`);
  }
  /** Reads `re` at the current place (sticky), or returns null. */
  take(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.i;
    const m = re.exec(this.src);
    if (m) this.i = re.lastIndex;
    return m;
  }
  /** Parts up to the end, or (in a branch) up to its closing brace, which is left to read. */
  parts(inBranch: boolean): Part[] {
    const out: Part[] = [];
    let text = '';
    while (this.i < this.src.length) {
      const c = this.src[this.i]!;
      if (c === '}' && inBranch) break;
      const simple = c === '{' ? this.take(/\{(\w+)\}/y) : null;
      const complex = c === '{' && !simple ? this.take(/\{\s*(\w+)\s*,\s*(plural|select)\s*,/y) : null;
      if (!simple && !complex) {
        text += c;
        this.i++;
        continue;
      }
      if (text) out.push(text);
      text = '';
      if (simple) out.push({ name: simple[1]! });
      else out.push({ name: complex![1]!, kind: complex![2] as 'plural' | 'select', branches: this.branches() });
    }
    if (text) out.push(text);
    return out;
  }
  /** `key {…} key {…} }`: the branches of a plural or select, with its closing brace. */
  private branches(): Map<string, Part[]> {
    const branches = new Map<string, Part[]>();
    for (;;) {
      this.take(/\s*/y);
      if (this.take(/\}/y)) break;
      const key = this.take(/(=\d+|\w+)\s*\{/y) ?? this.fail('expected a branch such as one {…}');
      branches.set(key[1]!, this.parts(true));
      if (!this.take(/\}/y)) this.fail('a branch is not closed');
    }
    if (!branches.has('other')) this.fail('no other {…} branch');
    return branches;
  }
}

function parse(src: string): Part[] {
  let parts = parsed.get(src);
  if (!parts) {
    parts = new Reader(src).parts(false);
    parsed.set(src, parts);
  }
  return parts;
}

/** Throws when `message` cannot be read (a branch not closed, no `other`): for tests of catalogs. */
export function checkMessage(message: string): void {
  new Reader(message).parts(false);
}

/**
 * The arguments a message names, for tests of catalogs: `{name}` as "name", a plural or select as
 * "n:plural" / "kind:select", with those inside branches. Throws as checkMessage does.
 */
export function messageArguments(message: string): string[] {
  const walk = (parts: Part[]): string[] =>
    parts.flatMap((p) => (typeof p === 'string' ? [] : p.kind ? [`${p.name}:${p.kind}`, ...[...p.branches!.values()].flatMap(walk)] : [p.name]));
  return walk(new Reader(message).parts(false));
}

function render(parts: Part[], params: Record<string, string | number>, language: string, piece: (value: string | number) => string, hash: string | null): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'string') {
      out += hash === null ? p : p.replace(/#/g, hash);
      continue;
    }
    const value = Object.hasOwn(params, p.name) ? params[p.name] : undefined;
    if (!p.branches) {
      out += value === undefined ? `{${p.name}}` : piece(value);
      continue;
    }
    let branch: Part[] | undefined;
    let inner = hash;
    if (p.kind === 'plural') {
      const n = Number(value);
      branch = p.branches.get(`=${n}`) ?? p.branches.get(cached(pluralRules, language, () => new Intl.PluralRules(language)).select(n));
      inner = cached(numbers, language, () => new Intl.NumberFormat(language)).format(n);
    } else branch = p.branches.get(String(value));
    out += render(branch ?? p.branches.get('other')!, params, language, piece, inner);
  }
  return out;
}

/** `message` with its parameters, plurals and selects filled in for `language`. */
export function formatMessage(message: string, params: Record<string, string | number>, language: string, piece: (value: string | number) => string = String): string {
  return message.includes('{') ? render(parse(message), params, language, piece, null) : message;
}
