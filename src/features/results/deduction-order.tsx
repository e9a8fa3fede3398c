import { memo, useId, useMemo } from 'react';
import type { Catalog, Scenario } from '../../engine';
import { toDeductionOrder } from './to-deduction-order';

const KEY_NAMES: Record<string, string> = {
  source: 'source (free, then promotional, then purchased)',
  priority: 'priority (lower first)',
  activatesOn: 'earliest to take effect',
  expiresOn: 'earliest to expire',
  createdOn: 'earliest bought',
};

/** For each API and region some stream calls: which package pays first, and why. */
export const DeductionOrder = memo(function DeductionOrder({
  scenario,
  catalog,
}: {
  readonly scenario: Scenario;
  readonly catalog: Catalog | undefined;
}) {
  const headingId = useId();
  const view = useMemo(() => toDeductionOrder(scenario, catalog), [scenario, catalog]);
  return (
    <section className="results-block" aria-labelledby={headingId}>
      <h3 id={headingId}>Deduction order</h3>
      <p>
        Each day, a stream's calls are taken from its usable packages in this order, each until it
        is empty; the rest goes to pay-per-use. Rules, in turn:{' '}
        {[...view.order.map((key) => KEY_NAMES[key] ?? key), 'position in the package list'].join(
          ', then ',
        )}
        .
      </p>
      {view.groups.map((group) => (
        <div key={`${group.api} ${group.region}`} className="deduction-group">
          <h4>
            {group.apiName} in {group.regionName}
          </h4>
          {group.steps.length === 0 ? (
            <p>No package covers these calls: all of them go to pay-per-use.</p>
          ) : (
            <ol className="deduction-steps">
              {group.steps.map((step) => (
                <Step
                  key={step.id}
                  label={step.label}
                  reason={
                    step.decidedBy === null ? step.reason : `after the one above: ${step.reason}`
                  }
                />
              ))}
            </ol>
          )}
        </div>
      ))}
      {view.unused.length > 0 ? (
        <div className="deduction-group">
          <h4>Packages no stream uses</h4>
          <ul className="deduction-steps">
            {view.unused.map((pkg) => (
              <Step key={pkg.id} label={pkg.label} reason={pkg.reason} />
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
});

const Step = memo(function Step({
  label,
  reason,
}: {
  readonly label: string;
  readonly reason: string;
}) {
  return (
    <li>
      <span className="deduction-package">{label}</span>{' '}
      <span className="deduction-reason">{reason}</span>
    </li>
  );
});
