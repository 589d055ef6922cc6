import { describe, expect, it } from 'vitest';
import { decodeText, readAtMost } from './file-text.js';

describe('a file sent in the chat, as text', () => {
  it('reads UTF-8 without its BOM, and a file Excel saved as Windows-1252 without replacement characters', () => {
    expect(decodeText(Buffer.from('\uFEFFnaam\r\nDaniëlle\r\n', 'utf8'))).toBe('naam\r\nDaniëlle\r\n');
    expect(decodeText(Buffer.from('naam\r\nDani\xebLLE Ça\r\n', 'latin1'))).toBe('naam\r\nDaniëLLE Ça\r\n');
    expect(decodeText(Buffer.from([0x80, 0x20, 0x93, 0x61, 0x94, 0x20, 0x96, 0x20, 0x9f]))).toBe('€ “a” – Ÿ');
  });

  it('stops reading as soon as the body is longer than the limit', async () => {
    expect(await readAtMost(new Response('0123456789'), 10)).toEqual(Buffer.from('0123456789'));
    expect(await readAtMost(new Response('0123456789'), 9)).toBeUndefined();
  });
});
