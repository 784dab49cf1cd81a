import { useState } from 'preact/hooks';
import { i18n } from '../../lib/shared/i18n';
import type { CslItem } from '../../lib/popup/csl-items';
import type { ExportFormat } from '../../lib/popup/export-citations';

/** Side effects of exporting, given from outside so tests can watch them. */
export interface ExportEffects {
  copy(text: string): Promise<void>;
  download(file: string, type: string, text: string): void;
}

type ExportState =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'copied'; n: number } | { kind: 'saved'; file: string } | { kind: 'manual'; text: string };

/** Copy the page's sources as formatted references, or export them as BibTeX, RIS or CSL-JSON. */
export function ExportControls({ items, effects }: { items: () => CslItem[]; effects: ExportEffects }) {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const disabled = state.kind === 'busy';
  // Citation.js and its styles are large: loaded only when a reader exports.
  const library = () => import('../../lib/popup/export-citations');
  const copy = async () => {
    setState({ kind: 'busy' });
    const list = items();
    const text = (await library()).formattedReferences(list);
    try {
      await effects.copy(text);
      setState({ kind: 'copied', n: list.length });
    } catch {
      setState({ kind: 'manual', text });
    }
  };
  const save = async (format: ExportFormat) => {
    setState({ kind: 'busy' });
    const { exportCitations, EXPORT_FORMATS } = await library();
    const { file, type } = EXPORT_FORMATS[format];
    effects.download(file, type, exportCitations(items(), format));
    setState({ kind: 'saved', file });
  };
  return (
    <div class="el-export" data-testid="export">
      <div class="el-row el-wrap">
        <button type="button" onClick={copy} disabled={disabled}>
          {i18n.t('export.copy')}
        </button>
        <button type="button" onClick={() => save('bibtex')} disabled={disabled}>
          BibTeX
        </button>
        <button type="button" onClick={() => save('ris')} disabled={disabled}>
          RIS
        </button>
        <button type="button" onClick={() => save('csl')} disabled={disabled}>
          CSL-JSON
        </button>
      </div>
      <p role="status" class="el-muted" data-testid="export-status">
        {state.kind === 'busy' && i18n.t('export.busy')}
        {state.kind === 'copied' && i18n.t('export.copied', state.n)}
        {state.kind === 'saved' && i18n.t('export.saved', [state.file])}
        {state.kind === 'manual' && i18n.t('export.manual')}
      </p>
      {state.kind === 'manual' && (
        <textarea class="el-manual" readOnly aria-label={i18n.t('export.manualLabel')} value={state.text} rows={6} />
      )}
    </div>
  );
}
