/** Markdown export of a page's highlights, notes and key facts (for Obsidian and Logseq). */
export type { ExportAnnotation, ExportFact, ExportInput, ExportOptions } from './types.ts';
export { toMarkdown, normalizeTags, localIsoDateTime } from './markdown.ts';
export { exportFileName, localDate } from './file-name.ts';
export { escapeText, quoteParagraphs, linkDestination } from './escape.ts';
export { yamlString, quoteYaml, frontMatter, type FrontMatterValue } from './yaml.ts';
