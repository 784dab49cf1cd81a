import * as z from 'zod/mini';
import { API_ORIGINS } from '../../shared/api-hosts';
import type { RegistryFacts } from '../../shared/source-record';
import { fetchJson, type FetchLike } from '../fetch-json';

const DateStruct = z.optional(z.object({ date: z.optional(z.string()), type: z.optional(z.string()) }));
const Organisation = z.object({ name: z.optional(z.string()), class: z.optional(z.string()) });

/** The fields of a ClinicalTrials.gov API v2 study that the extension uses. */
export const StudySchema = z.object({
  protocolSection: z.object({
    identificationModule: z.object({
      nctId: z.string(),
      briefTitle: z.optional(z.string()),
      officialTitle: z.optional(z.string()),
      secondaryIdInfos: z.optional(z.array(z.object({ id: z.string() }))),
    }),
    statusModule: z.optional(
      z.object({
        overallStatus: z.optional(z.string()),
        whyStopped: z.optional(z.string()),
        startDateStruct: DateStruct,
        completionDateStruct: DateStruct,
      }),
    ),
    sponsorCollaboratorsModule: z.optional(
      z.object({ leadSponsor: z.optional(Organisation), collaborators: z.optional(z.array(Organisation)) }),
    ),
    designModule: z.optional(
      z.object({
        studyType: z.optional(z.string()),
        phases: z.optional(z.array(z.string())),
        designInfo: z.optional(
          z.object({ allocation: z.optional(z.string()), maskingInfo: z.optional(z.object({ masking: z.optional(z.string()) })) }),
        ),
        enrollmentInfo: z.optional(z.object({ count: z.optional(z.number()), type: z.optional(z.string()) })),
      }),
    ),
    referencesModule: z.optional(
      z.object({ references: z.optional(z.array(z.object({ pmid: z.optional(z.string()), type: z.optional(z.string()) }))) }),
    ),
  }),
  hasResults: z.optional(z.boolean()),
});

type Study = z.infer<typeof StudySchema>;

/** What the registry adapter found for one NCT id. */
export type RegistryResult =
  { state: 'resolved'; facts: RegistryFacts } | { state: 'not-found' } | { state: 'unavailable'; reason: string };

/** Builds the URL of one study from a validated NCT id. */
export function clinicalTrialsStudyUrl(nct: string): string {
  return `${API_ORIGINS.clinicalTrials}/api/v2/studies/${encodeURIComponent(nct)}`;
}

/** Looks up one trial registration in ClinicalTrials.gov. Unknown ids answer 404 (plain text). */
export async function lookUpClinicalTrial(fetch: FetchLike, nct: string): Promise<RegistryResult> {
  const outcome = await fetchJson(fetch, clinicalTrialsStudyUrl(nct));
  if (outcome.kind === 'not-found') return { state: 'not-found' };
  if (outcome.kind === 'unavailable') return { state: 'unavailable', reason: outcome.reason };
  const parsed = StudySchema.safeParse(outcome.body);
  if (!parsed.success) return { state: 'unavailable', reason: 'unexpected response' };
  return { state: 'resolved', facts: registryFacts(parsed.data) };
}

/** A study search answer (`/api/v2/studies?query.id=…`). */
const StudyListSchema = z.object({ studies: z.array(z.unknown()) });

/** Builds the URL that finds studies listing a validated registry id among their identifiers. */
export function clinicalTrialsSecondaryIdUrl(registryId: string): string {
  const params = new URLSearchParams({ 'query.id': registryId, pageSize: '5' });
  return `${API_ORIGINS.clinicalTrials}/api/v2/studies?${params}`;
}

const compact = (id: string) => id.replace(/\s+/g, '').toUpperCase();

/**
 * Looks up a trial registered elsewhere (ISRCTN, EudraCT, ACTRN…) in ClinicalTrials.gov, which
 * lists other registries' ids among a study's secondary ids. Only a study that lists exactly this
 * id is accepted; otherwise the registration stays as written, with no registry record.
 */
export async function lookUpTrialBySecondaryId(fetch: FetchLike, registryId: string): Promise<RegistryResult> {
  const outcome = await fetchJson(fetch, clinicalTrialsSecondaryIdUrl(registryId));
  if (outcome.kind === 'not-found') return { state: 'not-found' };
  if (outcome.kind === 'unavailable') return { state: 'unavailable', reason: outcome.reason };
  const list = StudyListSchema.safeParse(outcome.body);
  if (!list.success) return { state: 'unavailable', reason: 'unexpected response' };
  for (const raw of list.data.studies) {
    const study = StudySchema.safeParse(raw);
    const ids = study.success ? (study.data.protocolSection.identificationModule.secondaryIdInfos ?? []) : [];
    if (study.success && ids.some((info) => compact(info.id) === compact(registryId)))
      return { state: 'resolved', facts: registryFacts(study.data) };
  }
  return { state: 'not-found' };
}

const DATE_TYPES: Record<string, 'actual' | 'estimated'> = { ACTUAL: 'actual', ESTIMATED: 'estimated' };
const dateType = (type: string | undefined) => (type && Object.hasOwn(DATE_TYPES, type) ? DATE_TYPES[type]! : null);

/** Normalises a study into the registry facts a reader is shown. */
export function registryFacts(study: Study): RegistryFacts {
  const { identificationModule, statusModule, sponsorCollaboratorsModule, designModule, referencesModule } = study.protocolSection;
  const enrollment = designModule?.enrollmentInfo;
  const sponsor = sponsorCollaboratorsModule?.leadSponsor;
  return {
    nct: identificationModule.nctId.toUpperCase(),
    title: identificationModule.officialTitle ?? identificationModule.briefTitle ?? null,
    status: statusModule?.overallStatus ?? null,
    studyType: designModule?.studyType ?? null,
    phases: designModule?.phases ?? [],
    allocation: designModule?.designInfo?.allocation ?? null,
    masking: designModule?.designInfo?.maskingInfo?.masking ?? null,
    enrollment: enrollment?.count ?? null,
    enrollmentActual: enrollment?.type ? enrollment.type === 'ACTUAL' : null,
    hasResults: study.hasResults ?? false,
    leadSponsor: sponsor?.name ?? null,
    industrySponsored: sponsor?.class === 'INDUSTRY',
    startDate: statusModule?.startDateStruct?.date ?? null,
    completionDate: statusModule?.completionDateStruct?.date ?? null,
    startDateType: dateType(statusModule?.startDateStruct?.type),
    completionDateType: dateType(statusModule?.completionDateStruct?.type),
    whyStopped: statusModule?.whyStopped?.trim() || null,
    industryCollaborators: (sponsorCollaboratorsModule?.collaborators ?? []).flatMap((c) =>
      c.class === 'INDUSTRY' && c.name ? [c.name] : [],
    ),
    resultPmids: (referencesModule?.references ?? []).flatMap((r) => (r.type === 'RESULT' && r.pmid ? [r.pmid] : [])),
  };
}
