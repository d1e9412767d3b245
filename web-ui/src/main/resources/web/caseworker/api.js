// The office's caseworker API. The login cookie is HttpOnly; the CSRF token that changes must echo stays in memory.

export class ApiProblem extends Error {
  constructor(status, code, message) {
    super(message || code || `HTTP ${status}`);
    this.status = status;
    this.code = code;
  }
}

let csrfToken = null;

async function call(method, url, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response;
  try {
    response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin', cache: 'no-store' });
  } catch (e) {
    throw new ApiProblem(0, 'OFFLINE', e.message);
  }
  if (response.status === 204) return null;
  const json = (response.headers.get('Content-Type') || '').includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) throw new ApiProblem(response.status, json?.error, json?.message);
  return json;
}

export const office = {
  async login(username, password) {
    const result = await call('POST', '/api/login', { username, password });
    csrfToken = result.csrfToken;
    return result;
  },
  async logout() {
    await call('POST', '/api/logout', {}).catch(() => null);
    csrfToken = null;
  },
  me: () => call('GET', '/api/me'),
  hasCsrf: () => csrfToken !== null,
  inbox(filter) {
    const q = new URLSearchParams(Object.entries(filter).filter(([, v]) => v !== '' && v !== null && v !== undefined));
    return call('GET', `/api/applications${q.toString() ? `?${q}` : ''}`);
  },
  application: (receipt) => call('GET', `/api/applications/${encodeURIComponent(receipt)}`),
  decide: (receipt, status, note) => call('POST', `/api/applications/${encodeURIComponent(receipt)}/decision`, { status, note }),
  attachmentUrl: (receipt, id) => `/api/applications/${encodeURIComponent(receipt)}/attachments/${encodeURIComponent(id)}`,
  pageUrl: (receipt, id, page) => `/api/applications/${encodeURIComponent(receipt)}/attachments/${encodeURIComponent(id)}/pages/${page}`,
  formTexts: (form) => fetch(`/forms/${encodeURIComponent(form)}/texts/de.json`).then((r) => (r.ok ? r.json() : null)).catch(() => null),
};
