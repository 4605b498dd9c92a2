// The win-back and survey journeys as synthesized: the win-back watch's check loops through a Wait on the
// instant it answers, within a timeout that allows for the watch's rotation; the survey waits its delay;
// Customer.Active and Lifecycle.MilestoneReached reach functions of their own, each allowed its own journey.
import { describe, expect, it } from 'vitest';
import {
  allowing,
  aslValidator,
  definitionOf,
  environmentOf,
  type Resource,
  ref,
  synthHerald,
} from './support.ts';

const DAY = 86_400;
const herald = synthHerald();
const machines = herald.resources('AWS::StepFunctions::StateMachine');
const machine = (name: string) => {
  const found = Object.entries(machines).find(([, m]) => m.Properties.StateMachineName === name);
  if (!found) throw new Error(`no state machine ${name}`);
  return { id: found[0], definition: definitionOf(found[1]) };
};
const winBack = machine('herald-dev-win-back');
const survey = machine('herald-dev-survey');

describe('win-back and survey state machines', () => {
  it('pass asl-validator', () => {
    for (const { definition } of [winBack, survey]) {
      const result = aslValidator(definition, { checkArn: true, checkPaths: true });
      expect(result.errorsText()).toBe('');
    }
  });

  it('win-back: the check waits 30 days, then loops through a Wait until the instant it answers', () => {
    const states = winBack.definition.States;
    expect(states.WaitForCheck).toMatchObject({ Type: 'Wait', Seconds: 30 * DAY, Next: 'Check' });
    expect(states.AfterCheck).toMatchObject({
      Type: 'Choice',
      Choices: [
        { Variable: '$.result.outcome', StringEquals: 'wait', Next: 'PostponeCheck' },
        { Variable: '$.result.outcome', StringEquals: 'continue', Next: 'Missed1' },
      ],
      Default: 'Done',
    });
    expect(states.PostponeCheck).toMatchObject({
      Type: 'Wait',
      TimestampPath: '$.result.until',
      Next: 'Check',
    });
    // The check's answer is kept whole ({ outcome, until }); the other steps keep only the outcome.
    expect(states.Check?.ResultSelector).toBeUndefined();
    expect(states.Missed1?.ResultSelector).toEqual({ 'outcome.$': '$.outcome' });
    expect(states.Check?.Parameters).toMatchObject({ step: 'check', params: { inactiveDays: '30' } });
    expect(
      Object.entries(states)
        .filter(([, s]) => s.Type === 'Wait' && s.Seconds !== undefined)
        .map(([name, s]) => `${name} ${Number(s.Seconds) / DAY}`),
    ).toEqual(['WaitForMissed3 5', 'WaitForMissed2 4', 'WaitForCheck 30']);
    // 30 days, the rotation (180), the messages (9), and a day's slack: under Step Functions' year.
    expect(winBack.definition.TimeoutSeconds).toBe((30 + 180 + 9 + 1) * DAY);
  });

  it('survey: one request, 24 hours after the milestone', () => {
    const states = survey.definition.States;
    expect(states.WaitForRequest).toMatchObject({ Type: 'Wait', Seconds: DAY, Next: 'Request' });
    expect(states.Request).toMatchObject({ Next: 'Done' });
    expect(survey.definition.TimeoutSeconds).toBe(2 * DAY);
  });

  it('takes its timings from the config, and refuses bad ones naming the field', () => {
    const custom = synthHerald({
      overrides: { winBack: { inactiveDays: 14, messageDays: [0, 7] }, surveys: { delayHours: 2 } },
    });
    const byName = (name: string) =>
      definitionOf(
        Object.values(custom.resources('AWS::StepFunctions::StateMachine')).find(
          (m) => m.Properties.StateMachineName === name,
        ) as Resource,
      );
    expect(byName('herald-dev-win-back').States.WaitForCheck?.Seconds).toBe(14 * DAY);
    expect(byName('herald-dev-win-back').States.Missed3).toBeUndefined();
    expect(byName('herald-dev-survey').States.WaitForRequest?.Seconds).toBe(2 * 3600);
    expect(() => synthHerald({ overrides: { winBack: { inactiveDays: 120 } } })).toThrow(
      /winBack.*inactiveDays: must be a whole number of days from 1 to 90/,
    );
    expect(() => synthHerald({ overrides: { surveys: { delayHours: 500 } } })).toThrow(
      /surveys.*delayHours: must be a whole number of hours from 0 to 168/,
    );
  });

  it('routes Customer.Active to the win-back function and Lifecycle.MilestoneReached to the surveys function; each starts and stops its own journey only', () => {
    const rules = Object.values(herald.resources('AWS::Events::Rule'));
    const patternsOf = (name: 'win-back' | 'surveys') => {
      const id = herald.functionLogicalId(name);
      return rules
        .filter((r) => JSON.stringify(r.Properties.Targets).includes(`"${id}"`))
        .map((r) => r.Properties.EventPattern);
    };
    expect(patternsOf('win-back')).toEqual([{ source: ['bank.core'], 'detail-type': ['Customer.Active'] }]);
    expect(patternsOf('surveys')).toEqual([
      { source: ['bank.core'], 'detail-type': ['Lifecycle.MilestoneReached'] },
    ]);
    for (const [name, own, other] of [
      ['win-back', winBack, survey],
      ['surveys', survey, winBack],
    ] as const) {
      const statements = herald.statementsOf(name);
      expect(allowing(statements, 'states:StartExecution').map((s) => s.Resource)).toEqual([ref(own.id)]);
      expect(JSON.stringify(statements)).not.toContain(other.id);
    }
    const functions = herald.resources('AWS::Lambda::Function');
    expect(environmentOf(functions[herald.functionLogicalId('win-back')])).toMatchObject({
      WIN_BACK_STATE_MACHINE_ARN: ref(winBack.id),
    });
    expect(environmentOf(functions[herald.functionLogicalId('surveys')])).toMatchObject({
      SURVEY_STATE_MACHINE_ARN: ref(survey.id),
    });
    // Erasure (the journeys function) stops a customer's watch and pending survey.
    const stop = JSON.stringify(
      allowing(herald.statementsOf('journeys'), 'states:StopExecution').map((s) => s.Resource),
    );
    expect(stop).toContain(':execution:herald-dev-win-back:*');
    expect(stop).toContain(':execution:herald-dev-survey:*');
  });
});
