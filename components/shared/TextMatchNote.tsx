import { i18n } from '../../lib/shared/i18n';

/** How a reference without identifier fared when looked up by its text. */
export interface TextMatchFacts {
  state: 'matched' | 'not-found' | 'unavailable';
  reason: string | null;
  doi?: string | null;
}

/** One line saying how a reference without identifier was found by its text, or why not. */
export function TextMatchNote({ match }: { match: TextMatchFacts }) {
  if (match.state === 'matched')
    return (
      <p class="el-match">
        {match.doi
          ? i18n.t('source.textMatch.foundWithDoi', [match.reason ?? '', match.doi])
          : i18n.t('source.textMatch.found', [match.reason ?? ''])}
      </p>
    );
  if (match.state === 'unavailable') return <p class="el-match">{i18n.t('source.textMatch.unavailable')}</p>;
  return <p class="el-match">{i18n.t('source.textMatch.notFound', [match.reason ?? ''])}</p>;
}
