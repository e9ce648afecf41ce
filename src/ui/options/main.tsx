/** Margin's settings page. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { GROUP_STYLE } from '../../shared/groups.ts';
import { toBackground } from '../../shared/messaging.ts';
import { ENTITY_GROUPS, type Settings } from '../../shared/types.ts';
import { requestPersistentStorage } from '../shared/persist.ts';
import { AutoCleanSites } from './AutoCleanSites.tsx';
import { Backup } from './Backup.tsx';
import { HideRules } from './HideRules.tsx';
import { LibraryExport } from './LibraryExport.tsx';
import '../shared/base.css';
import './options.css';

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  /** Bumped after a restore, so the lists below load again. */
  const [restored, setRestored] = useState(0);
  useEffect(() => void toBackground('settings/get', {}).then(setSettings), []);
  useEffect(() => void requestPersistentStorage().catch(() => false), []);
  if (!settings) return <p>Loading…</p>;
  const save = async (patch: Partial<Settings>) => setSettings(await toBackground('settings/set', patch));
  return (
    <main style={{ maxWidth: '640px', margin: '24px auto', padding: '0 16px' }}>
      <h1>Margin settings</h1>
      <h2>Cleaning</h2>
      <label>
        <input
          type="checkbox"
          data-setting="cleanOnPopup"
          checked={settings.cleanOnPopup}
          onChange={() => save({ cleanOnPopup: !settings.cleanOnPopup })}
        />{' '}
        Clean the page as soon as I click the Margin button
      </label>
      <h3>Sites cleaned as they load</h3>
      <AutoCleanSites key={`sites-${restored}`} />
      <h2>Highlights</h2>
      <label>
        <input
          type="checkbox"
          data-setting="highlightEntities"
          checked={settings.highlightEntities}
          onChange={() => save({ highlightEntities: !settings.highlightEntities })}
        />{' '}
        Highlight names and key figures in clean view
      </label>
      <label>
        <input
          type="checkbox"
          data-setting="firstMentionOnly"
          checked={settings.firstMentionOnly}
          onChange={() => save({ firstMentionOnly: !settings.firstMentionOnly })}
        />{' '}
        Mark each name only where the article first gives it (click it in the legend to see every mention)
      </label>
      {ENTITY_GROUPS.map((group) => (
        <div key={group}>
          <label>
            <input
              type="checkbox"
              data-group={group}
              checked={settings.enabledGroups.includes(group)}
              onChange={() =>
                save({
                  enabledGroups: settings.enabledGroups.includes(group)
                    ? settings.enabledGroups.filter((g) => g !== group)
                    : [...settings.enabledGroups, group],
                })
              }
            />{' '}
            {GROUP_STYLE[group].label}
          </label>
        </div>
      ))}
      <h2>Hidden elements</h2>
      <HideRules key={`rules-${restored}`} />
      <h2>Backup</h2>
      <Backup
        onRestored={() => {
          setRestored((n) => n + 1);
          void toBackground('settings/get', {}).then(setSettings);
        }}
      />
      <h2>Export and import</h2>
      <LibraryExport />
      <p class="muted">Your highlights and notes are stored only in this browser, in Margin's own database.</p>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
