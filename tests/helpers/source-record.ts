import { emptyRecord } from '../../lib/shared/source-record';

/** A source record with every field empty, overridden by `over`: for tests that need one or two facts. */
export const makeRecord = emptyRecord;
