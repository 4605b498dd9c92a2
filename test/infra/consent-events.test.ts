// Herald's consent events to the bank (Consent.ChangedByCustomer, Customer.ConsentEvidence) cannot loop back
// into Herald: no rule that invokes a Herald function matches them, on any bus of the synthesized stacks;
// only the rules that carry Herald's events out to the bank do.
import { describe, expect, it } from 'vitest';
import { matchesPattern } from '../../local/bus/event-pattern.ts';
import { HERALD_SOURCE } from '../../shared/contract/common.ts';
import { examples } from '../../shared/contract/examples.ts';
import { PROD_VALUES, synthHerald } from './support.ts';

const CONSUMER_BUS = 'arn:aws:events:eu-west-1:590317284615:event-bus/herald-outbound';
const herald = synthHerald({
  envName: 'prod',
  overrides: { ...PROD_VALUES, outboundEventBuses: [CONSUMER_BUS] },
});
const rules = Object.entries({
  ...herald.resources('AWS::Events::Rule', 'stateful'),
  ...herald.resources('AWS::Events::Rule'),
});
const functionIds = new Set(Object.keys(herald.resources('AWS::Lambda::Function')));
/** Whether a rule invokes a Herald function (a target `Fn::GetAtt` of one) rather than carrying events out. */
const invokesFunction = (rule: (typeof rules)[number][1]) =>
  (rule.Properties.Targets as { Arn: unknown }[]).some((target) => {
    const getAtt = (target.Arn as { 'Fn::GetAtt'?: [string, string] })['Fn::GetAtt'];
    return getAtt !== undefined && functionIds.has(getAtt[0]);
  });
/**
 * matchesPattern, except that a rule for another Source only (SES feedback on the default bus, whose detail
 * filter names the configuration set by an import) is no match without compiling its detail filter.
 */
const matches = (pattern: unknown, e: ReturnType<typeof event>) => {
  const source = (pattern as { source?: unknown }).source;
  if (Array.isArray(source) && source.every((s) => typeof s === 'string') && !source.includes(e.source))
    return false;
  return matchesPattern(pattern, e);
};
const OUTBOUND = ['Consent.ChangedByCustomer', 'Customer.ConsentEvidence'] as const;
const event = (source: string, detailType: (typeof OUTBOUND)[number]) => ({
  source,
  'detail-type': detailType,
  detail: examples[detailType],
});

describe('consent events to the bank do not loop back into Herald', () => {
  it('the stacks have rules invoking functions, and rules carrying Herald’s events to the bank', () => {
    expect(rules.filter(([, rule]) => invokesFunction(rule)).length).toBeGreaterThan(10);
    expect(rules.filter(([, rule]) => !invokesFunction(rule)).length).toBeGreaterThan(0);
  });

  it.each(OUTBOUND)('%s from Herald matches no rule that invokes a Herald function', (detailType) => {
    const matching = rules
      .filter(([, rule]) => invokesFunction(rule))
      .filter(([, rule]) => matches(rule.Properties.EventPattern, event(HERALD_SOURCE, detailType)))
      .map(([id]) => id);
    expect(matching).toEqual([]);
  });

  it.each(OUTBOUND)('%s from Herald is carried to the bank’s bus', (detailType) => {
    const matching = rules.filter(
      ([, rule]) =>
        !invokesFunction(rule) && matches(rule.Properties.EventPattern, event(HERALD_SOURCE, detailType)),
    );
    expect(matching).toHaveLength(1);
  });

  it.each(OUTBOUND)(
    '%s put back by the bank under its own Source reaches only the catch-all (rejected, never applied)',
    (detailType) => {
      const matching = rules
        .filter(([, rule]) => matches(rule.Properties.EventPattern, event('bank.core', detailType)))
        .map(([id]) => id);
      expect(matching).toEqual([expect.stringMatching(/UnknownEvents/)]);
    },
  );
});
