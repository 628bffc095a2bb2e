import { createSignal } from 'solid-js';

export interface ProjectorSettings {
  on: boolean;
  /** font scale in projector mode, 1.0–2.0 */
  scale: number;
}

const KEY = 'hw.projector';
export const SCALES = [1, 1.25, 1.5, 1.75, 2] as const;

function load(): ProjectorSettings {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<ProjectorSettings> | null;
    const scale = typeof v?.scale === 'number' && v.scale >= 1 && v.scale <= 2 ? v.scale : 1.5;
    return { on: v?.on === true, scale };
  } catch {
    return { on: false, scale: 1.5 };
  }
}

const [projector, setProjectorSignal] = createSignal<ProjectorSettings>(load());
export { projector };

/** Turns projector mode on/off or changes its font scale; remembered across visits. */
export function setProjector(p: Partial<ProjectorSettings>): void {
  const next = { ...projector(), ...p };
  setProjectorSignal(next);
  try {
    localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    /* private mode: lasts for this visit */
  }
  applyProjector();
}

/** The current font scale (1 outside projector mode). */
export const fontScale = (): number => (projector().on ? projector().scale : 1);

export function applyProjector(): void {
  const root = document.documentElement;
  root.classList.toggle('projector', projector().on);
  root.style.setProperty('--font-scale', String(fontScale()));
  // Toolbars and tabs are for the person at the keyboard: they grow a little, so the grid keeps the screen.
  root.style.setProperty('--chrome-scale', String(Math.min(fontScale(), 1.15)));
}

/** Grid row height that follows the font size. */
export const rowHeightFor = (scale: number): number => Math.round(34 * scale);
