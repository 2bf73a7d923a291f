/**
 * One error shape for every failed API call: RFC 9457 problem+json, normalised. A field error
 * says why by its `code` (with `args`); `message` is the server's wording in the request's language.
 */
export interface FieldError {
  field: string;
  code: string;
  args?: Record<string, unknown>;
  message: string;
}

export class ApiProblem extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | null;
  readonly errors: FieldError[];

  constructor(init: {
    status: number;
    type?: string;
    title?: string;
    detail?: string | null;
    errors?: FieldError[];
  }) {
    super(init.detail || init.title || `HTTP ${init.status}`);
    this.name = 'ApiProblem';
    this.status = init.status;
    this.type = init.type ?? 'about:blank';
    this.title = init.title ?? `HTTP ${init.status}`;
    this.detail = init.detail ?? null;
    this.errors = init.errors ?? [];
  }

  /** Builds the problem from a failed response's parsed body (JSON object or text). */
  static from(status: number, body: unknown): ApiProblem {
    if (body && typeof body === 'object') {
      const b = body as Record<string, unknown>;
      const errors = Array.isArray(b.errors)
        ? b.errors
            .filter((e): e is Record<string, unknown> => !!e && typeof e === 'object')
            .map((e) => ({
              field: String(e.field ?? ''),
              code: String(e.code ?? ''),
              args: e.args && typeof e.args === 'object' ? (e.args as Record<string, unknown>) : undefined,
              message: String(e.message ?? ''),
            }))
        : [];
      return new ApiProblem({
        status: typeof b.status === 'number' ? b.status : status,
        type: typeof b.type === 'string' ? b.type : undefined,
        title: typeof b.title === 'string' ? b.title : undefined,
        detail: typeof b.detail === 'string' ? b.detail : null,
        errors,
      });
    }
    return new ApiProblem({ status, detail: typeof body === 'string' && body ? body : null });
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }

  get isVersionConflict(): boolean {
    return this.status === 409 && this.type.endsWith('/version-conflict');
  }
}

export function isApiProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem;
}

/**
 * Converts the server's JSON-path-like field name ("memberships[0].role") into
 * an antd NamePath (['memberships', 0, 'role']).
 */
export function toNamePath(field: string): (string | number)[] {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
