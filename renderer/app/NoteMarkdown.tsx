import { lazy, Suspense } from 'react';

// markdown-it (with linkify-it and entities) loads with the first note shown, not with the grid (#19).
const Rendered = lazy(() => import('../markdown.ts').then((m) => ({ default: ({ text }: { text: string }) => m.renderMarkdown(text) })));

/**
 * A note's Markdown, rendered (renderer/markdown.ts says why that is safe). Until the engine
 * has loaded, the first time a note is shown, the note is shown as its plain text.
 */
export function NoteMarkdown({ text }: { text: string }) {
  return <Suspense fallback={<div className="md">{text}</div>}><Rendered text={text} /></Suspense>;
}
