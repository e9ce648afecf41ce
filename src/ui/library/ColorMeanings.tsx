/** The reader's names for the highlight colours (yellow = "claim", green = "evidence"), carried into exports. */
import { useEffect, useState } from 'preact/hooks';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../shared/types.ts';

interface Props {
  meanings: Partial<Record<HighlightColor, string>>;
  onSave: (meanings: Partial<Record<HighlightColor, string>>) => Promise<unknown>;
}

export function ColorMeanings({ meanings, onSave }: Props) {
  const [draft, setDraft] = useState(meanings);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => setDraft(meanings), [meanings]);
  return (
    <form
      class="color-meanings"
      data-section="color-meanings"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(draft).then(
          () => setStatus('Saved.'),
          (err: unknown) => setStatus(String((err as Error)?.message ?? err)),
        );
      }}
    >
      {HIGHLIGHT_COLORS.map((color) => (
        <label key={color} class={`swatch ${color}`}>
          <span>{color}</span>
          <input
            type="text"
            data-color-meaning={color}
            placeholder="what it means"
            maxLength={60}
            value={draft[color] ?? ''}
            onInput={(e) => setDraft({ ...draft, [color]: (e.target as HTMLInputElement).value })}
          />
        </label>
      ))}
      <button type="submit" data-action="save-meanings">
        Save meanings
      </button>
      {status && (
        <span class="muted" role="status">
          {status}
        </span>
      )}
    </form>
  );
}
