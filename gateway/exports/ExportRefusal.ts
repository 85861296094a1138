/** Why an export is not delivered: answered as JSON with the HTTP status and the code a GraphQL client would see. */
export class ExportRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ExportRefusal';
  }

  /** The body: the same shape as a GraphQL error response. */
  toJSON() {
    return { errors: [{ message: this.message, extensions: { code: this.code, ...(this.field ? { field: this.field } : {}) } }] };
  }
}

/** The HTTP status of a GraphQL error code, for an export that the GraphQL operation refused. */
const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
  QUERY_LIMIT_EXCEEDED: 400,
  SERVICE_UNAVAILABLE: 503,
};

export function statusOfCode(code: string): number {
  return STATUS_BY_CODE[code] ?? 500;
}

export function badExportParameter(field: string, message: string): ExportRefusal {
  return new ExportRefusal(400, 'BAD_USER_INPUT', `${field}: ${message}`, field);
}
