import { expect, test } from '@playwright/test';
import { simulateDetailed } from '../src/engine';
import { renewalAtAlert, renewalStart } from '../src/engine/projection/renewal';
import { formatDate } from '../src/i18n/format';
import { DEMO_DRAFT } from '../src/store/demo';
import { checkDraft } from '../src/store/draft';
import { isolateName } from '../src/ui/isolate-name';
import { SimulatorPage } from './pages/simulator-page.ts';

/*
 * "Renew" (issue: a MILP solver behind the advisor): the renewal takes effect on the day the
 * package runs out in the simulation, or the day after it expires, whichever comes first; and
 * "Renew at the 80 % alert" where that day comes earlier. Expected dates come from the engine.
 */
const demo = checkDraft(DEMO_DRAFT);
if (!demo.parsed.ok) throw new Error('the demo scenario must be valid');
const detail = simulateDetailed(demo.parsed.scenario);
const outcomeOf = (id: string) => {
  const found = detail.packages.find((pkg) => pkg.id === id);
  if (!found) throw new Error(`no result for ${id}`);
  return found;
};

// A package that runs out before it expires, and one that never runs out.
const runsOut = DEMO_DRAFT.packages.find((pkg) => outcomeOf(pkg.id).exhaustedOn !== null);
const expires = DEMO_DRAFT.packages.find((pkg) => outcomeOf(pkg.id).exhaustedOn === null);
if (!runsOut || !expires) throw new Error('the demo needs a package of each kind');

test.describe('renewing a package', () => {
  test('starts the renewal on the day the package runs out, and says so', async ({ page }) => {
    const expected = renewalStart(runsOut, outcomeOf(runsOut.id));
    expect(expected?.reason).toBe('runs-out');
    const simulator = new SimulatorPage(page);
    await simulator.goto();
    const card = simulator.packageCard(runsOut.label);
    await expect(
      card.getByText(
        `Renew adds the same package from ${formatDate(expected?.startsOn ?? '')}, the day it runs out.`,
      ),
    ).toBeVisible();
    await card
      .getByRole('button', { name: `Renew ${isolateName(runsOut.label)}`, exact: true })
      .click();
    const renewal = simulator.packageCard(`${runsOut.label} (renewal)`);
    await expect(renewal.getByLabel('Bought on')).toHaveValue(expected?.startsOn ?? '');
    await expect(simulator.packageCards()).toHaveCount(DEMO_DRAFT.packages.length + 1);
    expect(simulator.errors()).toEqual([]);
  });

  test('offers the 80 % alert day where it comes first', async ({ page }) => {
    const alert = renewalAtAlert(runsOut, outcomeOf(runsOut.id));
    expect(alert).not.toBeNull();
    const simulator = new SimulatorPage(page);
    await simulator.goto();
    await simulator
      .packageCard(runsOut.label)
      .getByRole('button', { name: `Renew ${isolateName(runsOut.label)} at the 80 % alert` })
      .click();
    await expect(
      simulator.packageCard(`${runsOut.label} (renewal)`).getByLabel('Bought on'),
    ).toHaveValue(alert ?? '');
  });

  test('starts after expiry when the package never runs out', async ({ page }) => {
    const expected = renewalStart(expires, outcomeOf(expires.id));
    expect(expected?.reason).toBe('expires');
    const simulator = new SimulatorPage(page);
    await simulator.goto();
    await expect(
      simulator
        .packageCard(expires.label)
        .getByText(
          `Renew adds the same package from ${formatDate(expected?.startsOn ?? '')}, the day after it expires.`,
        ),
    ).toBeVisible();
  });
});
