// The JSON API, as the dashboard uses it. Errors come back in one shape: {error: {status, type, message}}.

export class ApiError extends Error {
  constructor(message, status, type) {
    super(message);
    this.status = status;
    this.type = type;
  }
}

export function url(path, params = {}) {
  const target = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "" || value === false) continue;
    target.searchParams.set(key, String(value));
  }
  return target.pathname + target.search;
}

export async function getJSON(path, params = {}) {
  const response = await fetch(url(path, params), { headers: { Accept: "application/json" } });
  let body = null;
  try {
    body = await response.json();
  } catch (_) {
    body = null;
  }
  if (!response.ok) {
    const error = body && body.error ? body.error : {};
    throw new ApiError(error.message || `${response.status} ${response.statusText}`, response.status, error.type);
  }
  return body;
}

const cached = new Map();

/** A GET whose answer does not change while the server runs (the store is read-only). */
export function once(path, params = {}) {
  const key = url(path, params);
  if (!cached.has(key)) {
    cached.set(key, getJSON(path, params).catch((error) => { cached.delete(key); throw error; }));
  }
  return cached.get(key);
}
