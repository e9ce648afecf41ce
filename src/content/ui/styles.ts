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
/* Placed by core/reading/legend-layout.ts (its LEGEND_WIDTH, LEGEND_BUTTON_SIZE and LEGEND_GAP are these numbers). */
.legend { bottom: 12px; width: 248px; padding: 10px 12px; max-height: calc(100vh - 24px); overflow: auto; }
.legend-button { bottom: 12px; width: 40px; height: 40px; padding: 0; cursor: pointer; font-weight: 700; font-size: 16px; touch-action: none; }
.legend h2 { font-size: 13px; margin: 0 0 6px; display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.legend .grip { cursor: move; touch-action: none; user-select: none; padding: 2px 4px; border-radius: 4px; }
.legend .grip:focus-visible, .legend-button:focus-visible, input:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
button.icon { border: 1px solid #d1d5db; background: transparent; color: inherit; border-radius: 6px; width: 24px; height: 22px; padding: 0; cursor: pointer; }
.legend label { display: flex; align-items: center; gap: 8px; padding: 2px 0; cursor: pointer; }
.legend .status { margin: 4px 0; color: #374151; }
.legend .row { margin-top: 8px; }
.reading { border-top: 1px solid #e5e7eb; margin-top: 8px; padding-top: 6px; }
.reading-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.reading .minutes { color: #4b5563; white-space: nowrap; }
button.wide { width: 100%; margin-top: 4px; }
.controls { border: 0; margin: 6px 0 0; padding: 0; display: grid; gap: 6px; }
.controls[disabled] { opacity: .5; }
.control-label { display: block; font-size: 12px; color: #4b5563; }
.choice { display: flex; flex-wrap: wrap; align-items: center; gap: 4px; }
.choice .control-label { width: 100%; }
.legend .pill { border: 1px solid #d1d5db; border-radius: 999px; padding: 1px 8px 1px 4px; gap: 4px; }
.legend .slider { display: grid; grid-template-columns: 1fr auto; gap: 0 6px; }
.slider .control-label { grid-column: 1 / -1; }
.slider input { width: 100%; margin: 0; }
.slider output { font-variant-numeric: tabular-nums; min-width: 3.5em; text-align: right; }
.legend .key { display: inline-block; width: 26px; height: 14px; border-radius: 3px; text-decoration-thickness: 2px; text-underline-offset: 2px; }
.legend .count { margin-left: auto; font-variant-numeric: tabular-nums; color: #4b5563; }
.toast { left: 50%; top: 16px; transform: translateX(-50%); padding: 8px 14px; max-width: 520px; display: flex; gap: 12px; align-items: center; }
.pick-box { position: fixed; pointer-events: none; outline: 2px solid #dc2626; background: rgba(220, 38, 38, .12); }
.pick-hint { left: 50%; bottom: 16px; transform: translateX(-50%); padding: 8px 14px; pointer-events: none; }
.pick-hint code { font-family: ui-monospace, monospace; }
/* Printing a clean page prints the article, not Margin's interface. */
@media print { .panel, .pick-box { display: none !important; } }
@media (prefers-color-scheme: dark) {
  .panel { background: #1f2937; color: #f9fafb; border-color: #4b5563; }
  .legend .count, .legend .status, .reading .minutes, .control-label { color: #d1d5db; }
  .reading { border-color: #4b5563; }
  button.text { background: #f9fafb; color: #111827; }
  button.quiet { background: transparent; color: inherit; border-color: #6b7280; }
  button.danger { background: #ef4444; color: #fff; }
}
`;
