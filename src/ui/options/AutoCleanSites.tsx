/** The sites Margin cleans as they load, each with a way to stop. */
import { useEffect, useState } from 'preact/hooks';
import { toBackground } from '../../shared/messaging.ts';

export function AutoCleanSites() {
  const [hosts, setHosts] = useState<string[] | null>(null);
  const refresh = () => toBackground('sites/auto-clean-list', {}).then(setHosts);
  useEffect(() => void refresh(), []);
  if (!hosts) return <p>Loading…</p>;
  if (hosts.length === 0) return <p class="muted">No sites yet. Tick “Always clean” in Margin’s popup on a site you read often.</p>;
  return (
    <ul class="rules">
      {hosts.map((host) => (
        <li key={host} data-auto-clean={host}>
          <span style={{ flex: 1 }}>{host}</span>
          <button
            type="button"
            data-action="stop-auto-clean"
            onClick={async () => {
              await toBackground('sites/set', { url: `https://${host}/`, autoClean: false });
              await refresh();
            }}
          >
            Stop cleaning automatically
          </button>
        </li>
      ))}
    </ul>
  );
}
