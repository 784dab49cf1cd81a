import { useState } from 'preact/hooks';
import { camelCase, i18n } from '../../lib/shared/i18n';
import { MAX_LOOKUP_LENGTH, parseLookup } from '../../lib/popup/lookup-input';
import type { SourceResult } from '../../lib/shared/messages';
import { PopupSourceSummary } from './PopupSourceSummary';

type LookupState = { kind: 'idle' } | { kind: 'invalid' } | { kind: 'busy'; key: string } | { kind: 'done'; result: SourceResult };

/** Paste a DOI, PMID, PMCID, NCT number or a link to one: the same resolver and summary as the page's sources. */
export function LookupForm({ lookUp }: { lookUp: (key: string) => Promise<SourceResult> }) {
  const [text, setText] = useState('');
  const [state, setState] = useState<LookupState>({ kind: 'idle' });
  const submit = async (event: Event) => {
    event.preventDefault();
    const key = parseLookup(text);
    if (!key) {
      setState({ kind: 'invalid' });
      return;
    }
    setState({ kind: 'busy', key });
    setState({ kind: 'done', result: await lookUp(key) });
  };
  return (
    <form class="el-lookup" onSubmit={submit} data-testid="lookup">
      <label for="el-lookup-input">{i18n.t('lookup.label')}</label>
      <div class="el-row">
        <input
          id="el-lookup-input"
          type="text"
          maxLength={MAX_LOOKUP_LENGTH}
          value={text}
          placeholder={i18n.t('lookup.placeholder')}
          aria-describedby="el-lookup-hint"
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <button type="submit">{i18n.t('lookup.submit')}</button>
      </div>
      <p id="el-lookup-hint" class="el-hint">
        {i18n.t('lookup.hint')}
      </p>
      <div role="status" aria-live="polite" data-testid="lookup-result">
        {state.kind === 'invalid' && <p class="el-state">{i18n.t('lookup.invalid')}</p>}
        {state.kind === 'busy' && <p class="el-muted">{i18n.t('lookup.busy')}</p>}
        {state.kind === 'done' &&
          (state.result.state === 'resolved' && state.result.record ? (
            <PopupSourceSummary result={state.result} />
          ) : (
            <p class="el-state">{i18n.t(`lookup.${camelCase(state.result.state === 'resolved' ? 'not-found' : state.result.state)}`)}</p>
          ))}
      </div>
    </form>
  );
}
