import { DESIGN_LABELS, DESIGN_SHORT_LABELS } from '../../lib/shared/design-codes';
import type { BadgeView } from '../../lib/content/badge-view';

/** Props of an inline badge. */
export interface BadgeProps {
  view: BadgeView;
  expanded: boolean;
  onToggle: (button: HTMLButtonElement) => void;
}

/** A small button after a citation marker or reference entry; opens the source card. */
export function Badge({ view, expanded, onToggle }: BadgeProps) {
  const { label, state, level, accessibleName } = describe(view);
  return (
    <button
      type="button"
      class="el-badge"
      data-state={state}
      data-level={level ?? undefined}
      aria-expanded={expanded}
      aria-haspopup="dialog"
      aria-label={accessibleName}
      title={accessibleName}
      onClick={(event) => onToggle(event.currentTarget)}
    >
      <span class="el-mark" aria-hidden="true">
        ◆
      </span>
      {label}
    </button>
  );
}

function describe(view: BadgeView) {
  const warnings = view.checks.filter((check) => check.severity === 'warning').length;
  if (view.items.length === 0) {
    const count = `${view.checks.length} ${view.checks.length === 1 ? 'check' : 'checks'}`;
    return {
      label: `⚑ ${view.checks.length}`,
      state: warnings > 0 ? 'claims-warning' : 'claims',
      level: null,
      accessibleName: `Evidence Lens: ${count} of this paragraph’s claims against their sources`,
    };
  }
  const subject = view.numbers.length > 0 ? `reference ${view.numbers.join(', ')}` : 'this reference';
  const first = view.items.find((item) => item.result?.assessment);
  if (first?.result?.assessment) {
    const { design, level } = first.result.assessment;
    const issues = warnings > 0 ? `; ${warnings} ${warnings === 1 ? 'issue' : 'issues'} with what the page says of it` : '';
    return {
      label: `${DESIGN_SHORT_LABELS[design]}${warnings > 0 ? ' ⚑' : ''}`,
      state: 'resolved',
      level,
      accessibleName: `Evidence Lens: ${subject}, ${DESIGN_LABELS[design]}${issues}`,
    };
  }
  if (view.items.some((item) => item.retrying)) {
    return { label: '↻', state: 'retrying', level: null, accessibleName: `Evidence Lens: service unavailable for ${subject}, retrying` };
  }
  if (view.items.some((item) => item.pending)) {
    return { label: '…', state: 'pending', level: null, accessibleName: `Evidence Lens: looking up ${subject}` };
  }
  return { label: '?', state: 'failed', level: null, accessibleName: `Evidence Lens: could not resolve ${subject}` };
}
