/** Small news pages built by the tests, with the clutter and late changes each test needs. */

/** One paragraph of the story (the default topic is "the harbour bridge"). */
export const PARAGRAPH = (n: number, topic = 'the harbour bridge') =>
  `<p>Paragraph ${n} of the story about ${topic}. The minister said the plan would cost more than expected, and officials in the capital agreed that the timetable had slipped by several months since the spring.</p>`;

/** A cluttered article page; `script` runs in the page after load. */
export function newsPage(options: { title?: string; topic?: string; script?: string; head?: string } = {}): string {
  const topic = options.topic ?? 'the harbour bridge';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${options.title ?? 'Harbour bridge'}</title>${options.head ?? ''}</head>
<body>
<nav class="site-nav"><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="layout">
  <main id="content"><article id="story">
    <h1>${options.title ?? 'Harbour bridge'}</h1>
    <div class="story-body">${[1, 2, 3, 4, 5].map((n) => PARAGRAPH(n, topic)).join('')}</div>
  </article></main>
  <aside class="rail"><div class="promo-box" id="promo">Subscribe today for the full picture</div><h3>Most read</h3><ul><li><a href="/a">Another story</a></li><li><a href="/b">A third story</a></li></ul></aside>
</div>
<footer class="site-footer">Site footer links</footer>
<script>${options.script ?? ''}</script>
</body></html>`;
}
