// The assistant's HTTP API (api.md) as the pages use it. Nothing is kept in browser storage: the session id lives in memory.

export class ApiProblem extends Error {
  constructor(status, code, message) {
    super(message || code || `HTTP ${status}`);
    this.status = status;
    this.code = code;
  }
}

async function answer(response) {
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) throw new ApiProblem(response.status, body?.error, body?.message);
  return body;
}

async function call(method, url, body) {
  let response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? { Accept: 'application/json' } : { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (e) {
    throw new ApiProblem(0, 'OFFLINE', e.message);
  }
  return answer(response);
}

export const api = {
  config: () => call('GET', '/ui/config.json').catch(() => ({ kiosk: false, kioskIdleSeconds: 120, kioskWarningSeconds: 30 })),
  forms: () => call('GET', '/api/forms'),
  formFile: (form, file) => call('GET', `/forms/${encodeURIComponent(form)}/${file}`).catch(() => null),
  createSession: (form, language, kind) => call('POST', '/api/sessions', { form, language, kind }),
  application: (id) => call('GET', `/api/sessions/${id}/application`),
  check: (id) => call('POST', `/api/sessions/${id}/check`, {}),
  submit: (id) => call('POST', `/api/sessions/${id}/submit`, {}),
  remove: (id) => call('DELETE', `/api/sessions/${id}`),

  /** Everything held about the session, as a file the citizen keeps. */
  async exportData(id) {
    const response = await fetch(`/api/sessions/${id}/export`, { cache: 'no-store' });
    if (!response.ok) await answer(response);
    return response.blob();
  },

  /**
   * One message. Asks for a streamed reply (SSE) and calls onToken with each piece; a server that answers with plain
   * JSON is handled the same way. body: {text} or {text, path} (an answer for one named field: edits and confirmations).
   */
  async message(id, body, onToken) {
    let response;
    try {
      response = await fetch(`/api/sessions/${id}/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream, application/json' },
        body: JSON.stringify(body),
        cache: 'no-store',
      });
    } catch (e) {
      throw new ApiProblem(0, 'OFFLINE', e.message);
    }
    const type = response.headers.get('Content-Type') || '';
    if (!response.ok || !type.includes('text/event-stream') || !response.body) {
      const result = await answer(response);
      onToken?.(result.reply || '', true);
      return result;
    }
    return readEvents(response.body, onToken);
  },

  /** Multipart upload with progress (fetch has no upload progress, XMLHttpRequest has). */
  upload(id, file, fileName, onProgress) {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', `/api/sessions/${id}/documents`);
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.upload.onprogress = (e) => e.lengthComputable && onProgress?.(Math.round((100 * e.loaded) / e.total), false);
      xhr.upload.onload = () => onProgress?.(100, true);
      xhr.onerror = () => reject(new ApiProblem(0, 'OFFLINE', 'network error'));
      xhr.onload = () => {
        let body = null;
        try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
        if (xhr.status >= 200 && xhr.status < 300 && body) resolve(body);
        else reject(new ApiProblem(xhr.status, body?.error, body?.message));
      };
      const form = new FormData();
      form.append('file', file, fileName);
      xhr.send(form);
    });
  },
};

/**
 * Reads an SSE stream. Token events carry text (plain, or JSON {token|text|delta}); the closing event carries JSON
 * with the state ({reply, state}). Unknown events are ignored, so the server may add its own.
 */
async function readEvents(stream, onToken) {
  const reader = stream.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let reply = '';
  let final = null;
  const handle = (event) => {
    const data = event.data.join('\n');
    let json = null;
    if (/^\s*[{"]/.test(data)) {
      try { json = JSON.parse(data); } catch (e) { json = null; }
    }
    if (json && typeof json === 'object' && json.state) {
      final = json;
    } else if (event.name === 'error') {
      throw new ApiProblem(500, json?.error || 'STREAM_ERROR', json?.message);
    } else if (!event.name || event.name === 'message' || event.name === 'token' || event.name === 'delta') {
      const piece = json === null ? data : (typeof json === 'string' ? json : (json.token ?? json.text ?? json.delta ?? ''));
      reply += piece;
      onToken?.(reply, false);
    }
  };
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += value;
    const blocks = buffer.split(/\r?\n\r?\n/);
    buffer = done ? '' : blocks.pop();
    for (const block of blocks) {
      const event = { name: null, data: [] };
      for (const line of block.split(/\r?\n/)) {
        if (line.startsWith('event:')) event.name = line.slice(6).trim();
        else if (line.startsWith('data:')) event.data.push(line.slice(5).replace(/^ /, ''));
      }
      if (event.data.length) handle(event);
    }
    if (done) break;
  }
  if (!final) throw new ApiProblem(502, 'STREAM_INCOMPLETE', 'the reply ended early');
  if (!final.reply) final.reply = reply;
  onToken?.(final.reply, true);
  return final;
}
