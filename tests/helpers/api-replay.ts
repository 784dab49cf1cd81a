import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/api');

/** A recorded answer: status and body text, as an API would send them. */
export interface ReplayAnswer {
  status: number;
  body: string;
  contentType: string;
}

interface StudyFile {
  protocolSection: { identificationModule: { secondaryIdInfos?: Array<{ id: string }> } };
}

interface EuropePmcResult {
  doi?: string;
  pmid?: string;
  pmcid?: string;
}

function loadEuropePmcLibrary(): EuropePmcResult[] {
  const folder = join(FIXTURES, 'europepmc');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .flatMap(
      (file) => (JSON.parse(readFileSync(join(folder, file), 'utf8')) as { resultList: { result: EuropePmcResult[] } }).resultList.result,
    );
}

/**
 * Answers a request to a scholarly API from the recorded responses in `tests/fixtures/api`.
 * Europe PMC searches return the recorded results whose identifiers the query names, so any
 * batch of the seed's identifiers gets a realistic answer; Crossref works come from one file each.
 */
export function replay(url: URL): ReplayAnswer {
  if (url.hostname === 'www.ebi.ac.uk' && url.pathname === '/europepmc/webservices/rest/search') {
    const query = url.searchParams.get('query') ?? '';
    const dois = [...query.matchAll(/DOI:"([^"]+)"/g)].map((m) => m[1]!.toLowerCase());
    const pmids = [...query.matchAll(/EXT_ID:(\d+)/g)].map((m) => m[1]);
    const pmcids = [...query.matchAll(/PMCID:(PMC\d+)/gi)].map((m) => m[1]!.toUpperCase());
    const result = loadEuropePmcLibrary().filter(
      (r) => dois.includes(r.doi?.toLowerCase() ?? '') || pmids.includes(r.pmid) || pmcids.includes(r.pmcid?.toUpperCase() ?? ''),
    );
    const body = { version: '6.9', hitCount: result.length, request: { queryString: query, resultType: 'CORE' }, resultList: { result } };
    return json(200, JSON.stringify(body));
  }
  const fullText = /^\/europepmc\/webservices\/rest\/(PMC\d+)\/fullTextXML$/.exec(url.pathname);
  if (url.hostname === 'www.ebi.ac.uk' && fullText) {
    // Europe PMC answers a PMCID without open full text with a 404.
    const file = join(FIXTURES, 'europepmc', 'fulltext', `${fullText[1]}.xml`);
    return existsSync(file)
      ? { status: 200, body: readFileSync(file, 'utf8'), contentType: 'application/xml' }
      : { status: 404, body: '', contentType: 'text/plain' };
  }
  if (url.hostname === 'api.crossref.org' && url.pathname === '/works' && url.searchParams.has('query.bibliographic')) {
    return json(200, JSON.stringify({ status: 'ok', 'message-type': 'work-list', message: { 'total-results': 0, items: [] } }));
  }
  if (url.hostname === 'api.crossref.org' && url.pathname === '/works' && url.searchParams.has('filter')) {
    const dois = (url.searchParams.get('filter') ?? '').split(',').map((part) => part.replace(/^doi:/, '').toLowerCase());
    const items = dois.flatMap((doi) => {
      const file = join(FIXTURES, 'crossref', `works_${doi.replaceAll('/', '_')}.json`);
      return existsSync(file) ? [(JSON.parse(readFileSync(file, 'utf8')) as { message: unknown }).message] : [];
    });
    return json(200, JSON.stringify({ status: 'ok', 'message-type': 'work-list', message: { 'total-results': items.length, items } }));
  }
  if (url.hostname === 'api.crossref.org' && url.pathname.startsWith('/works/')) {
    const doi = decodeURIComponent(url.pathname.slice('/works/'.length)).toLowerCase();
    const file = join(FIXTURES, 'crossref', `works_${doi.replaceAll('/', '_')}.json`);
    return existsSync(file)
      ? json(200, readFileSync(file, 'utf8'))
      : { status: 404, body: 'Resource not found.', contentType: 'text/plain' };
  }
  if (url.hostname === 'api.unpaywall.org') {
    return {
      status: 404,
      body: JSON.stringify({ HTTP_status_code: 404, error: true, message: 'not in Unpaywall' }),
      contentType: 'application/json',
    };
  }
  if (url.hostname === 'eutils.ncbi.nlm.nih.gov' && url.pathname === '/entrez/eutils/efetch.fcgi') {
    // PubMed answers an unknown PMID with an empty set.
    return { status: 200, body: '<?xml version="1.0" ?><PubmedArticleSet></PubmedArticleSet>', contentType: 'text/xml' };
  }
  if (url.hostname === 'clinicaltrials.gov' && url.pathname.startsWith('/api/v2/studies/')) {
    const nct = url.pathname.slice('/api/v2/studies/'.length).toUpperCase();
    const file = join(FIXTURES, 'clinicaltrials', `${nct}.json`);
    // The real API answers an unknown id with a plain-text 404.
    return /^NCT\d{8}$/.test(nct) && existsSync(file)
      ? json(200, readFileSync(file, 'utf8'))
      : { status: 404, body: `NCT number ${nct} not found`, contentType: 'text/plain' };
  }
  if (url.hostname === 'clinicaltrials.gov' && url.pathname === '/api/v2/studies' && url.searchParams.has('query.id')) {
    // A search for another registry's id: the recorded studies that list it among their secondary ids.
    const wanted = (url.searchParams.get('query.id') ?? '').replace(/\s+/g, '').toUpperCase();
    const folder = join(FIXTURES, 'clinicaltrials');
    const studies = readdirSync(folder)
      .filter((file) => file.endsWith('.json'))
      .map((file) => JSON.parse(readFileSync(join(folder, file), 'utf8')) as StudyFile)
      .filter((study) =>
        (study.protocolSection.identificationModule.secondaryIdInfos ?? []).some(
          (info) => info.id.replace(/\s+/g, '').toUpperCase() === wanted,
        ),
      );
    return json(200, JSON.stringify({ studies }));
  }
  return { status: 404, body: 'Not recorded', contentType: 'text/plain' };
}

function json(status: number, body: string): ReplayAnswer {
  return { status, body, contentType: 'application/json' };
}

/** A `fetch` that answers from the recordings and logs every URL it was asked for. */
export function replayFetch(log: string[] = []): (url: string) => Promise<Response> {
  return async (url: string) => {
    log.push(url);
    const answer = replay(new URL(url));
    return new Response(answer.body, { status: answer.status, headers: { 'content-type': answer.contentType } });
  };
}
