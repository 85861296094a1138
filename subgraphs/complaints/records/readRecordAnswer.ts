/** The part of a DishonestyRecord complaints keeps from records' answer. */
export interface CollectedRecord {
  id: string;
  status: string;
}

/** Reads `data[field]` as a record `{ id status }`; throws (the gateway client makes it SERVICE_UNAVAILABLE) on any other shape, null included. */
export function readRecordAnswer(field: string): (data: unknown) => CollectedRecord {
  return (data) => {
    if (typeof data !== 'object' || data === null || !(field in data)) throw new Error(`no ${field} in the answer`);
    const record: unknown = Reflect.get(data, field);
    if (typeof record !== 'object' || record === null || !('id' in record) || !('status' in record)) throw new Error(`${field} is not a record`);
    const { id, status } = record;
    if (typeof id !== 'string' || typeof status !== 'string') throw new Error(`${field} lacks its id or status`);
    return { id, status };
  };
}
