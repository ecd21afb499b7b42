import { expect, type Locator, type Page } from '@playwright/test'

/** Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, { max = 120, backwards = false } = {}) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
  }
  await expect(target, 'atteint au clavier').toBeFocused()
}

/** Moves within a radio group with the arrow keys until `target` is checked. */
export async function arrowTo(page: Page, target: Locator, max = 12) {
  for (let i = 0; i < max; i++) {
    if (await target.isChecked()) return
    await page.keyboard.press('ArrowDown')
  }
  await expect(target).toBeChecked()
}
