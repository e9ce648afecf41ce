/**
 * The elements the reader hid with the picker, per site, each described in words ("the box ‘Newsletter’ on
 * every page of example.com"); its selector shown and edited on request; delete a rule, undo a delete.
 */
import { useEffect, useState } from 'preact/hooks';
import { describeRule } from '../../core/picker/describe-rule.ts';
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
  const [open, setOpen] = useState(false);
  useEffect(() => setText(rule.selector), [rule.selector]);
  const valid = validSelector(text);
  return (
    <li data-rule-id={rule.id} data-scope={rule.page ? 'page' : 'site'}>
      <span data-field="rule-description">{describeRule(rule)}</span>{' '}
      <button type="button" data-action="show-selector" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide selector' : 'Show selector'}
      </button>
      <button type="button" data-action="delete-rule" onClick={onDelete}>
        Delete
      </button>
      {open && (
        <div class="selector">
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
          {rule.text && <span class="muted"> and whose text starts “{rule.text}”</span>}
          {!valid && <span class="error">Not a valid CSS selector</span>}
        </div>
      )}
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
          Deleted: {describeRule(deleted)}.{' '}
          <button
            type="button"
            data-action="undo-delete"
            onClick={async () => {
              const { selector, page, text, label } = deleted;
              await toBackground('rules/add', { url: page ?? `https://${deleted.host}/`, selector, page, text, label });
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
