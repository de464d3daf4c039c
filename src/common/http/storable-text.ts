/** NUL, or a UTF-16 surrogate without its partner: text PostgreSQL cannot store (22021 / 22P05 / invalid jsonb). */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

export interface UnstorableFinding {
  /** JSON-pointer-like path of the offending string, e.g. `records.3.type`. */
  path: string;
}

/**
 * The first string (value or key) in a parsed JSON value that PostgreSQL could not store. Iterative, so a deep value
 * cannot overflow the stack (depth is bounded by the parser anyway).
 */
export function findUnstorableText(value: unknown, root = ''): UnstorableFinding | undefined {
  const stack: Array<[unknown, string]> = [[value, root]];
  while (stack.length > 0) {
    const [current, path] = stack.pop()!;
    if (typeof current === 'string') {
      if (!isStorableText(current)) return { path: path || '(body)' };
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => stack.push([item, path ? `${path}.${index}` : String(index)]));
    } else if (current !== null && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) {
        const child = path ? `${path}.${key}` : key;
        if (!isStorableText(key)) return { path: child };
        stack.push([item, child]);
      }
    }
  }
  return undefined;
}

/** Nesting depth of a JSON text, counted without parsing it (so it can be refused before any recursive walk). */
export function jsonNestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i++; // backslash: skip the escaped character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      if (++depth > deepest) deepest = depth;
    } else if (code === 0x5d || code === 0x7d) depth--;
  }
  return deepest;
}
