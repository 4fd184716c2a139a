/** Objects and arrays deeper than this are not walked further (parsed input is bounded by its size limit anyway). */
const MAX_DEPTH = 64;

/** Half of a UTF-16 surrogate pair on its own: JSON and YAML escapes can write it ("\ud800"); it is no character. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Text PostgreSQL cannot store: the NUL character (U+0000), or a lone surrogate, which its JSON parser refuses. */
export type UnstorableText = 'nul' | 'surrogate';

export const UNSTORABLE_TEXT_MESSAGES: Record<UnstorableText, string> = {
  nul: 'the NUL character (U+0000)',
  surrogate: 'half of a UTF-16 surrogate pair (such as "\\ud800") on its own',
};

function unstorableString(text: string): UnstorableText | undefined {
  return text.includes('\u0000') ? 'nul' : LONE_SURROGATE.test(text) ? 'surrogate' : undefined;
}

/**
 * The first string in a parsed value (keys included) that no text column can store, with the path to it; raw bytes
 * are not walked. Input is checked with this where it enters (request bodies, registers), so that such text is
 * refused with a clear message instead of failing in whichever query meets it first. The path is built only for what
 * is found: the walk allocates nothing on the busy consent routes.
 */
export function findUnstorableText(
  value: unknown,
  depth = 0,
): { what: UnstorableText; path: (string | number)[] } | undefined {
  if (typeof value === 'string') {
    const what = unstorableString(value);
    return what ? { what, path: [] } : undefined;
  }
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value) || depth > MAX_DEPTH) {
    return undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorableText(value[i], depth + 1);
      if (found) {
        found.path.unshift(i);
        return found;
      }
    }
    return undefined;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) {
      continue;
    }
    const inKey = unstorableString(key);
    const found = inKey
      ? { what: inKey, path: [] }
      : findUnstorableText((value as Record<string, unknown>)[key], depth + 1);
    if (found) {
      found.path.unshift(key);
      return found;
    }
  }
  return undefined;
}
