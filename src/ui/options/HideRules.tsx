/** The elements the reader hid with the picker, per site: edit a selector, delete a rule, undo a delete. */
import { useEffect, useState } from 'preact/hooks';
import { toBackground } from '../../shared/messaging.ts';
import type { HideRule } from '../../shared/types.ts';

/** True when the browser accepts `selector` (checked here so a typo is caught before it is saved). */
function validSelector(selector: string): boolean {
  try {
    document.createDocumentFragment().querySelector(selector);
    return selector.trim().length > 0 && !/[{}]/.test(selector);
  } catch {
    return false;
  }
}

function RuleRow({ rule, onChange, onDelete }: { rule: HideRule; onChange: (selector: string) => void; onDelete: () => void }) {
  const [text, setText] = useState(rule.selector);
  useEffect(() => setText(rule.selector), [rule.selector]);
  const valid = validSelector(text);
  return (
    <li data-rule-id={rule.id}>
      <input
        type="text"
        aria-label="Selector"
        value={text}
        class={valid ? '' : 'invalid'}
        onInput={(e) => setText((e.target as HTMLInputElement).value)}
      />
      <button type="button" data-action="save-rule" disabled={!valid || text === rule.selector} onClick={() => onChange(text)}>
        Save
      </button>
      <button type="button" data-action="delete-rule" onClick={onDelete}>
        Delete
      </button>
      {!valid && <span class="error">Not a valid CSS selector</span>}
    </li>
  );
}

export function HideRules() {
  const [rules, setRules] = useState<HideRule[] | null>(null);
  const [deleted, setDeleted] = useState<HideRule | null>(null);
  const refresh = () => toBackground('rules/list', {}).then(setRules);
  useEffect(() => void refresh(), []);
  if (!rules) return <p>Loading…</p>;
  const hosts = [...new Set(rules.map((r) => r.host))];
  return (
    <section>
      {deleted && (
        <p role="status">
          Deleted <code>{deleted.selector}</code> on {deleted.host}.{' '}
          <button
            type="button"
            data-action="undo-delete"
            onClick={async () => {
              await toBackground('rules/add', { url: `https://${deleted.host}/`, selector: deleted.selector });
              setDeleted(null);
              await refresh();
            }}
          >
            Undo
          </button>
        </p>
      )}
      {hosts.length === 0 && <p class="muted">No hidden elements yet. Use “Hide something…” in Margin’s popup on a page.</p>}
      {hosts.map((host) => (
        <div key={host} data-host={host}>
          <h3>{host}</h3>
          <ul class="rules">
            {rules
              .filter((r) => r.host === host)
              .map((rule) => (
                <RuleRow
                  key={rule.id}
                  rule={rule}
                  onChange={async (selector) => {
                    await toBackground('rules/update', { id: rule.id!, selector });
                    await refresh();
                  }}
                  onDelete={async () => {
                    setDeleted(await toBackground('rules/delete', { id: rule.id! }));
                    await refresh();
                  }}
                />
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
