/**
 * Derives the Firefox manifest from manifest.json: Firefox runs MV3 backgrounds as event pages
 * (`background.scripts`), has a sidebar instead of Chrome's side panel, and needs a gecko id.
 */
export function firefoxManifest<T extends Record<string, unknown>>(manifest: T): T {
  const { side_panel: _sidePanel, minimum_chrome_version: _minChrome, ...rest } = manifest as Record<string, unknown>;
  const background = manifest.background as { service_worker: string };
  const sidePanel = manifest.side_panel as { default_path: string };
  return {
    ...rest,
    permissions: (manifest.permissions as string[]).filter((p) => p !== 'sidePanel' && p !== 'offscreen'),
    background: { scripts: [background.service_worker], type: 'module' },
    sidebar_action: { default_panel: sidePanel.default_path, default_title: 'Margin notes' },
    // Margin sends nothing anywhere: notes stay in the browser's own storage.
    browser_specific_settings: {
      gecko: { id: 'margin@margin.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    },
  } as unknown as T;
}
