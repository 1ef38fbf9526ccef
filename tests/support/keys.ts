// Real key presses (through the browser's input pipeline, not synthetic events), with `Shift+` chords.
import { sendKeys } from '@web/test-runner-commands';

/** Presses `key` (e.g. `PageDown`, `Space`, `Shift+Space`) as a user would. */
export async function pressKey(key: string): Promise<void> {
  if (!key.startsWith('Shift+')) {
    await sendKeys({ press: key });
    return;
  }
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key.slice('Shift+'.length) });
  await sendKeys({ up: 'Shift' });
}
