/** A language's English name from its code ("pt" → "Portuguese"), for telling readers; the code if unknown. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code; // not a well-formed language code
  }
}
