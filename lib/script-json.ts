/**
 * JSON for a value written into an inline <script>. JSON.stringify leaves `</script>` and `<!--` as
 * they are, and the HTML parser ends or bends the script there before JavaScript sees it; `\u003c`
 * is the same string to JavaScript but never markup to HTML. `>` and `&` are escaped for the same
 * reason, and U+2028/U+2029 because older engines read them as line breaks inside strings.
 */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
