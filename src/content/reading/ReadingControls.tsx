/**
 * The reading controls of the clean view, in Margin's panel: column width, text size, line height, typeface,
 * light / sepia / dark, and one switch back to the site's own look. Native inputs, so the keyboard works as
 * everywhere (Tab, arrow keys on sliders and radio groups, Space on the switch). Changes act on the reader's own
 * input only (`isTrusted`).
 */
import { useState } from 'preact/hooks';
import {
  LINE_HEIGHT_RANGE,
  READING_FONTS,
  READING_THEMES,
  SIZE_RANGE,
  WIDTH_RANGE,
  type ReadingFont,
  type ReadingPrefs,
  type ReadingTheme,
} from '../../core/reading/prefs.ts';
import type { UiActions } from '../ui/store.ts';

const THEME_LABEL: Record<ReadingTheme, string> = { light: 'Light', sepia: 'Sepia', dark: 'Dark' };
const FONT_LABEL: Record<ReadingFont, string> = { site: "Site's", serif: 'Serif', sans: 'Sans' };

type Props = { reading: ReadingPrefs; minutes: number; actions: Pick<UiActions, 'setReading'> };

export function ReadingControls({ reading, minutes, actions }: Props) {
  const [open, setOpen] = useState(false);
  const set = (e: Event, patch: Partial<ReadingPrefs>) => e.isTrusted && actions.setReading(patch);
  return (
    <div class="reading">
      <div class="reading-head">
        <label>
          <input type="checkbox" data-action="site-look" checked={!reading.styled} onChange={(e) => set(e, { styled: !e.currentTarget.checked })} />
          <span>Site's own look</span>
        </label>
        {minutes > 0 && (
          <span class="minutes" data-field="reading-time">
            {minutes} min read
          </span>
        )}
      </div>
      <button type="button" class="text quiet wide" data-action="toggle-reading" aria-expanded={open} onClick={(e) => e.isTrusted && setOpen(!open)}>
        {open ? 'Hide reading controls' : 'Reading controls'}
      </button>
      {open && (
        <fieldset class="controls" disabled={!reading.styled} aria-label="Reading controls">
          <Choice
            name="theme"
            label="Theme"
            value={reading.theme}
            options={READING_THEMES}
            labels={THEME_LABEL}
            onPick={(e, theme) => set(e, { theme })}
          />
          <Choice
            name="font"
            label="Typeface"
            value={reading.font}
            options={READING_FONTS}
            labels={FONT_LABEL}
            onPick={(e, font) => set(e, { font })}
          />
          <Slider name="width" label="Width" unit="px" value={reading.width} range={WIDTH_RANGE} onSet={(e, width) => set(e, { width })} />
          <Slider name="size" label="Text size" unit="px" value={reading.size} range={SIZE_RANGE} onSet={(e, size) => set(e, { size })} />
          <Slider
            name="line-height"
            label="Line height"
            unit=""
            value={reading.lineHeight}
            range={LINE_HEIGHT_RANGE}
            onSet={(e, lineHeight) => set(e, { lineHeight })}
          />
        </fieldset>
      )}
    </div>
  );
}

function Choice<T extends string>(props: {
  name: string;
  label: string;
  value: T;
  options: readonly T[];
  labels: Record<T, string>;
  onPick: (e: Event, value: T) => void;
}) {
  return (
    <div class="choice" role="radiogroup" aria-label={props.label}>
      <span class="control-label">{props.label}</span>
      {props.options.map((option) => (
        <label key={option} class="pill">
          <input
            type="radio"
            name={`margin-${props.name}`}
            data-control={props.name}
            value={option}
            checked={props.value === option}
            onChange={(e) => props.onPick(e, option)}
          />
          <span>{props.labels[option]}</span>
        </label>
      ))}
    </div>
  );
}

function Slider(props: {
  name: string;
  label: string;
  unit: string;
  value: number;
  range: { min: number; max: number; step: number };
  onSet: (e: Event, value: number) => void;
}) {
  const { min, max, step } = props.range;
  return (
    <label class="slider">
      <span class="control-label">{props.label}</span>
      <input
        type="range"
        data-control={props.name}
        min={min}
        max={max}
        step={step}
        value={props.value}
        onInput={(e) => props.onSet(e, Number(e.currentTarget.value))}
      />
      <output>
        {props.value}
        {props.unit}
      </output>
    </label>
  );
}
