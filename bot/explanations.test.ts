import { describe, expect, it } from 'vitest';
import { loadCatalogue } from './catalogue/index.js';
import { renderTitledReason } from './explanations.js';

describe('reasons as people read them', () => {
  it('names shared electives by their title and code, and leaves an unknown code as it is', async () => {
    const catalogue = await loadCatalogue();
    const title = catalogue.programmes[0].electives[1].title;
    expect(renderTitledReason({ code: 'electives', shared: ['K9012', 'K0000'] }, catalogue, 'nl')).toBe(`past bij je keuzedelen: ${title} (K9012), K0000`);
  });
});
