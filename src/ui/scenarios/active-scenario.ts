import { createSignal } from 'solid-js';

const key = (programmeId: string) => `hw.scenario.${programmeId}`;

function read(programmeId: string): string | null {
  try {
    return localStorage.getItem(key(programmeId));
  } catch {
    return null;
  }
}

const [active, setActiveSignal] = createSignal<{ programmeId: string; scenarioId: string | null }>({ programmeId: '', scenarioId: null });

/** The scenario the plan grid shows for a programme (null: the plan); remembered per programme. */
export function activeScenario(programmeId: string): string | null {
  const a = active();
  return a.programmeId === programmeId ? a.scenarioId : read(programmeId);
}

export function setActiveScenario(programmeId: string, scenarioId: string | null): void {
  try {
    if (scenarioId) localStorage.setItem(key(programmeId), scenarioId);
    else localStorage.removeItem(key(programmeId));
  } catch {
    /* private mode: lasts for this visit */
  }
  setActiveSignal({ programmeId, scenarioId });
}
