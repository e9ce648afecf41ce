/** Styles of the in-page UI, scoped by the closed shadow root. Dark mode follows the reader's system. */
export const UI_STYLES = `
:host { all: initial; }
* { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.panel { position: fixed; background: #ffffff; color: #111827; border: 1px solid #d1d5db; border-radius: 10px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); font-size: 13px; line-height: 1.4; }
.toolbar { display: flex; align-items: center; gap: 6px; padding: 6px 8px; transform: translate(-50%, -100%); }
.swatch { width: 22px; height: 22px; border-radius: 50%; border: 2px solid rgba(0,0,0,.15); cursor: pointer; padding: 0; }
.swatch:focus-visible, button:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
.swatch.yellow { background: #facc15; } .swatch.green { background: #4ade80; }
.swatch.blue { background: #60a5fa; } .swatch.pink { background: #f472b6; }
button.text { border: 0; background: #111827; color: #fff; border-radius: 6px; padding: 4px 10px; cursor: pointer; font-size: 13px; }
button.quiet { background: transparent; color: inherit; border: 1px solid #d1d5db; }
button.danger { background: #b91c1c; }
.row { display: flex; gap: 6px; justify-content: flex-end; }
.legend { right: 16px; bottom: 16px; padding: 10px 12px; min-width: 210px; }
.legend h2 { font-size: 13px; margin: 0 0 6px; display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.legend label { display: flex; align-items: center; gap: 8px; padding: 2px 0; cursor: pointer; }
.legend .key { display: inline-block; width: 26px; height: 14px; border-radius: 3px; text-decoration-thickness: 2px; text-underline-offset: 2px; }
.legend .count { margin-left: auto; font-variant-numeric: tabular-nums; color: #4b5563; }
.toast { left: 50%; top: 16px; transform: translateX(-50%); padding: 8px 14px; max-width: 520px; display: flex; gap: 12px; align-items: center; }
.pick-box { position: fixed; pointer-events: none; outline: 2px solid #dc2626; background: rgba(220, 38, 38, .12); }
.pick-hint { left: 50%; bottom: 16px; transform: translateX(-50%); padding: 8px 14px; pointer-events: none; }
.pick-hint code { font-family: ui-monospace, monospace; }
@media (prefers-color-scheme: dark) {
  .panel { background: #1f2937; color: #f9fafb; border-color: #4b5563; }
  .legend .count { color: #d1d5db; }
  button.text { background: #f9fafb; color: #111827; }
  button.quiet { background: transparent; color: inherit; border-color: #6b7280; }
  button.danger { background: #ef4444; color: #fff; }
}
`;
