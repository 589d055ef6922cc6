// Files people send in a chat (a CSV export of the student records, a list of companies), read the
// same way on every platform: never more than a limit, and as text the way Dutch schools save it.

/** The body, or undefined as soon as it turns out longer than `maxBytes`. */
export async function readAtMost(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * Text as UTF-8 without a byte order mark. A file that is not valid UTF-8 is read as Windows-1252,
 * the encoding Excel uses for "CSV (gescheiden door lijstscheidingsteken)" on Dutch Windows, so
 * a name like "Daniëlle" arrives intact instead of with replacement characters.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return Buffer.from(bytes).toString('latin1').replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_80_9F[c.charCodeAt(0) - 0x80] || c);
  }
}

// Windows-1252 is Latin-1 except for 0x80–0x9F (€, ‘ ’ “ ” – — …); Node's own decoder for it
// (TextDecoder 'windows-1252') gives Latin-1's control characters there, so they are mapped here.
const WINDOWS_1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
