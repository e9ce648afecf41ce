/**
 * A build step that takes preact's one raw-HTML path (`dangerouslySetInnerHTML`, an `innerHTML` assignment)
 * out of the bundle. Margin never renders raw HTML, so the path is dead code; without it the bundle holds no
 * `innerHTML` assignment at all, which `web-ext lint` (addons.mozilla.org's checker) would otherwise flag.
 * Should the path ever be taken, it throws instead of writing HTML.
 */
import type { Plugin } from 'vite';

const PREACT = /\/node_modules\/preact\/dist\/preact\.mjs$/;
/** preact's minified `dom.innerHTML = newHtml.__html`. */
const ASSIGNMENT = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;

export function noRawHtml(): Plugin {
  return {
    name: 'margin-no-raw-html',
    transform(code, id) {
      if (!PREACT.test(id)) return null;
      const replaced = code.replace(ASSIGNMENT, '(()=>{throw new Error("Margin renders no raw HTML")})()');
      if (replaced === code) this.warn('preact no longer has the expected innerHTML assignment; web-ext lint may flag it');
      return { code: replaced, map: null };
    },
  };
}
