/** The page's Trash: deleted highlights with their notes, each restorable until it is purged. */
import { TRASH_DAYS, type Annotation } from '../../shared/types.ts';

interface Props {
  items: Annotation[];
  onRestore: (id: string) => void;
}

const when = (iso: string) => new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

export function Trash({ items, onRestore }: Props) {
  if (items.length === 0)
    return (
      <p class="muted" data-field="trash-empty">
        Nothing deleted on this page.
      </p>
    );
  return (
    <>
      <p class="muted">Deleted highlights of this page are kept for {TRASH_DAYS} days, then removed for good.</p>
      <ol class="annotations trash">
        {items.map((a) => (
          <li key={a.id} class={`trashed ${a.color}`} data-trash-id={a.id}>
            <blockquote>{a.quote.exact}</blockquote>
            {a.note && (
              <p class="note" data-field="note">
                {a.note}
              </p>
            )}
            <div class="row">
              <span class="muted when">Deleted {when(a.deletedAt!)}</span>
              <button type="button" data-action="restore" onClick={() => onRestore(a.id)}>
                Restore
              </button>
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}

/** The Trash as a folding section with its count, as the side panel and the library show it. */
export function TrashSection({ items, onRestore, open }: Props & { open?: boolean }) {
  return (
    <details class="trash-section" data-section="trash" open={open}>
      <summary>
        <h2>
          Trash{' '}
          <span class="count" data-count="trash">
            {items.length}
          </span>
        </h2>
      </summary>
      <Trash items={items} onRestore={onRestore} />
    </details>
  );
}
