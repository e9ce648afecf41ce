/**
 * Tags typed as text, separated by commas, with completion from every tag already in use (a datalist: the
 * browser's own suggestion list, keyboard-friendly and accessible). Saved on Enter or when the field is left.
 * The library and the note editor frame both use it.
 */
import { useEffect, useState } from 'preact/hooks';
import './tags.css';

interface Props {
  tags: string[];
  /** The id of the page's shared <datalist> of known tags. */
  listId: string;
  label: string;
  onSave: (tags: string[]) => Promise<unknown>;
  /** Every change as typed (the note editor saves typed tags with the note). */
  onDraft?: (tags: string[]) => void;
}

export const parseTags = (text: string) =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

export function TagEditor({ tags, listId, label, onSave, onDraft }: Props) {
  const [text, setText] = useState(tags.join(', '));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(tags.join(', ')), [tags.join('\u0000')]);

  const save = () => {
    if (parseTags(text).join('\u0000') === tags.join('\u0000')) return;
    onSave(parseTags(text)).then(
      () => setError(null),
      (e: unknown) => setError(String((e as Error)?.message ?? e)),
    );
  };

  return (
    <div class="tags">
      <ul class="tag-list" data-field="tags">
        {tags.map((t) => (
          <li key={t} class="tag">
            #{t}
          </li>
        ))}
      </ul>
      <input
        type="text"
        list={listId}
        aria-label={label}
        placeholder="Add tags, separated by commas"
        data-action="tags"
        value={text}
        onInput={(e) => {
          const value = (e.target as HTMLInputElement).value;
          setText(value);
          onDraft?.(parseTags(value));
        }}
        onKeyDown={(e) => e.key === 'Enter' && save()}
        onBlur={save}
      />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
