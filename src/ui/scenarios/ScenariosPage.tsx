import type { Store } from '../../store/store';
import type { Workbench } from '../state/workbench';
import { ComparisonView } from './ComparisonView';
import { ScenarioList } from './ScenarioList';
import { VersionsPanel } from './VersionsPanel';
import { useVersions } from './versions-state';
import './scenarios.css';

/** The «Сценарії» tab: scenarios and versions on the side, the comparison beside them. */
export function ScenariosPage(props: { wb: Workbench; store: Store }) {
  const versions = useVersions(props.wb, props.store);
  return (
    <div class="scenarios-page" data-testid="scenarios-page">
      <div class="scenarios-side">
        <ScenarioList wb={props.wb} />
        <VersionsPanel wb={props.wb} versions={versions} />
      </div>
      <ComparisonView wb={props.wb} versions={versions} />
    </div>
  );
}
