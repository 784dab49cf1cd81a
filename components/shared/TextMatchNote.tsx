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
        Found by its text: {match.reason}
        {match.doi ? ` (DOI ${match.doi})` : ''}.
      </p>
    );
  if (match.state === 'unavailable')
    return <p class="el-match">Could not look this reference up by its text: the service did not answer.</p>;
  return <p class="el-match">Not found by its text: {match.reason}.</p>;
}
