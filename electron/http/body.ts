import type http from 'node:http';

/** A request body read whole, or why it was not (413 past the limit, 400 if the client broke off). */
export type Body = { ok: true; text: string } | { ok: false; status: 400 | 413; message: string };

function tooLarge(limit: number): Body {
  const size = limit >= 1024 * 1024 ? `${Math.round(limit / 1024 / 1024)} MB` : `${Math.round(limit / 1024)} KB`;
  return { ok: false, status: 413, message: `The request is larger than ${size}. Send fewer or smaller files at a time.` };
}

/**
 * Reads `req`'s body as UTF-8 up to `limit` bytes. A declared length over the limit is
 * refused before reading; a body that grows past it (chunked) is refused as soon as it does,
 * and the rest is not kept. Never rejects.
 */
export function readBody(req: http.IncomingMessage, limit: number): Promise<Body> {
  if (Number(req.headers['content-length']) > limit) return Promise.resolve(tooLarge(limit));
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      chunks.length = 0;
      resolve(tooLarge(limit));
    };
    req.on('data', onData);
    req.on('end', () => resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') }));
    const broken = (message: string) => resolve({ ok: false, status: 400, message });
    req.on('error', (error) => broken(`The request could not be read: ${error.message}`));
    // After 'end' this changes nothing: a promise settles once.
    req.on('close', () => broken('The request ended before its body did.'));
  });
}
