import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** Drives the personal chat of the Agents Playground the way a person does: typing, ticking, clicking. */
export function playgroundChat(page: Page) {
  const cards = page.locator('.ac-adaptiveCard');
  const chatBox = page.locator('[data-lexical-editor="true"][role="textbox"]');

  /** Runs an action and waits until the bot has answered with a new card; returns that card. */
  async function expectNewCard(action: () => Promise<void>): Promise<Locator> {
    const before = await cards.count();
    await action();
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBeGreaterThan(before);
    return cards.last();
  }

  return {
    cards,
    lastCard: () => cards.last(),
    say: (text: string) => expectNewCard(async () => {
      await chatBox.click();
      await chatBox.pressSequentially(text);
      await chatBox.press('Enter');
    }),
    press: (card: Locator, button: string) => expectNewCard(() => card.getByRole('button', { name: button, exact: true }).click()),
    /** Ticks options by clicking their visible label, as a person does. */
    tick: async (card: Locator, ...labels: Array<string | RegExp>) => {
      for (const l of labels) {
        const text = typeof l === 'string' ? new RegExp(`^${l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : l;
        await card.locator('label').filter({ hasText: text }).click();
      }
    },
    choose: async (card: Locator, field: string, option: string) => {
      await card.getByRole('combobox', { name: field }).click();
      await page.getByRole('option', { name: option, exact: true }).click();
    },
  };
}
