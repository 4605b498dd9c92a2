/**
 * EventBridge event-pattern matching, with the patterns and events of the EventBridge user guide
 * ("Amazon EventBridge event patterns", "Content filtering in Amazon EventBridge event patterns",
 * "Comparison operators", "Arrays in ...", "Matching null values and empty strings ...") and the
 * aws/event-ruler README that EventBridge's matching engine is published as.
 */
import { describe, expect, it } from 'vitest';
import { matchesPattern, validatePattern } from '../../local/bus/event-pattern.ts';

interface Case {
  name: string;
  pattern: unknown;
  event: unknown;
  expected: boolean;
}

/** The EC2 state-change event of the content-filtering examples, with `detail` (and envelope fields) replaced. */
function ec2Event(
  detail: Record<string, unknown>,
  envelope: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    version: '0',
    id: 'ddddd4-aaaa-7777-4444-345dd43cc333',
    'detail-type': 'EC2 Instance State-change Notification',
    source: 'aws.ec2',
    account: '012345679012',
    time: '2017-10-02T16:24:49Z',
    region: 'us-east-1',
    resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-000000aaaaaa00000'],
    ...envelope,
    detail,
  };
}

const runningDetail = {
  'c-count': 5,
  'd-count': 3,
  'x-limit': 301.8,
  'source-ip': '10.0.0.33',
  'instance-id': 'i-000000aaaaaa00000',
  state: 'running',
};

function assessCases(cases: Case[]): void {
  it.each(cases)('$name', ({ pattern, event, expected }) => {
    // Prepare
    validatePattern(pattern);

    // Act
    const matched = matchesPattern(pattern, event);

    // Assess
    expect(matched).toBe(expected);
  });
}

describe('matchesPattern', () => {
  describe('exact values, AND across fields, OR within a field', () => {
    const terminated = {
      source: ['aws.ec2'],
      'detail-type': ['EC2 Instance State-change Notification'],
      detail: { state: ['terminated'] },
    };
    const simple = {
      'detail-type': ['EC2 Instance State-change Notification'],
      resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-000000aaaaaa00000'],
      detail: { state: ['initializing', 'running'] },
    };
    assessCases([
      {
        name: 'terminated pattern matches a terminated event',
        pattern: terminated,
        event: ec2Event({ 'instance-id': 'i-1234567890abcdef0', state: 'terminated' }),
        expected: true,
      },
      {
        name: 'terminated pattern does not match a running event',
        pattern: terminated,
        event: ec2Event({ 'instance-id': 'i-1234567890abcdef0', state: 'running' }),
        expected: false,
      },
      {
        name: 'terminated pattern does not match another source',
        pattern: terminated,
        event: ec2Event({ state: 'terminated' }, { source: 'aws.autoscaling' }),
        expected: false,
      },
      {
        name: 'any listed state matches (running)',
        pattern: simple,
        event: ec2Event(runningDetail),
        expected: true,
      },
      {
        name: 'any listed state matches (initializing)',
        pattern: simple,
        event: ec2Event({ state: 'initializing' }),
        expected: true,
      },
      {
        name: 'an unlisted state does not match',
        pattern: simple,
        event: ec2Event({ state: 'stopped' }),
        expected: false,
      },
      {
        name: 'PaymentType is "Credit" or "Debit": Debit matches',
        pattern: { detail: { PaymentType: ['Credit', 'Debit'] } },
        event: ec2Event({ PaymentType: 'Debit' }),
        expected: true,
      },
      {
        name: 'PaymentType is "Credit" or "Debit": Cash does not match',
        pattern: { detail: { PaymentType: ['Credit', 'Debit'] } },
        event: ec2Event({ PaymentType: 'Cash' }),
        expected: false,
      },
      {
        name: 'Location is "New York" and Day is "Monday": both match',
        pattern: { detail: { Location: ['New York'], Day: ['Monday'] } },
        event: ec2Event({ Location: 'New York', Day: 'Monday' }),
        expected: true,
      },
      {
        name: 'Location is "New York" and Day is "Monday": one differs',
        pattern: { detail: { Location: ['New York'], Day: ['Monday'] } },
        event: ec2Event({ Location: 'New York', Day: 'Tuesday' }),
        expected: false,
      },
      {
        name: 'matching is case sensitive',
        pattern: { detail: { Name: ['Alice'] } },
        event: ec2Event({ Name: 'alice' }),
        expected: false,
      },
      {
        name: 'a number matches the same JSON number (3.018e2 = 301.8)',
        pattern: { detail: { 'x-limit': [3.018e2] } },
        event: ec2Event(runningDetail),
        expected: true,
      },
      {
        name: 'a number does not match the same digits as a string',
        pattern: { detail: { Price: [100] } },
        event: ec2Event({ Price: '100' }),
        expected: false,
      },
      {
        name: 'true matches the JSON literal true',
        pattern: { detail: { enabled: [true] } },
        event: ec2Event({ enabled: true }),
        expected: true,
      },
      {
        name: 'true does not match the string "true"',
        pattern: { detail: { enabled: [true] } },
        event: ec2Event({ enabled: 'true' }),
        expected: false,
      },
      {
        name: 'a field missing from the event does not match',
        pattern: { detail: { Name: ['Alice'] } },
        event: ec2Event(runningDetail),
        expected: false,
      },
    ]);
  });

  describe('null values and empty strings', () => {
    const autoscaling = (detail: Record<string, unknown>) =>
      ec2Event(detail, {
        'detail-type': 'EC2 Instance Launch Successful',
        source: 'aws.autoscaling',
        resources: [],
      });
    assessCases([
      {
        name: '[""] matches an empty string',
        pattern: { detail: { eventVersion: [''] } },
        event: autoscaling({ eventVersion: '', responseElements: null }),
        expected: true,
      },
      {
        name: '[""] does not match null',
        pattern: { detail: { eventVersion: [''] } },
        event: autoscaling({ eventVersion: null }),
        expected: false,
      },
      {
        name: '[""] does not match a non-empty string',
        pattern: { detail: { eventVersion: [''] } },
        event: autoscaling({ eventVersion: '1.0' }),
        expected: false,
      },
      {
        name: '[null] matches null',
        pattern: { detail: { responseElements: [null] } },
        event: autoscaling({ eventVersion: '', responseElements: null }),
        expected: true,
      },
      {
        name: '[null] does not match an empty string',
        pattern: { detail: { responseElements: [null] } },
        event: autoscaling({ responseElements: '' }),
        expected: false,
      },
      {
        name: '[null] does not match a missing field',
        pattern: { detail: { responseElements: [null] } },
        event: autoscaling({ eventVersion: '' }),
        expected: false,
      },
    ]);
  });

  describe('arrays in events', () => {
    const resources = {
      resources: [
        'arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f',
        'arn:aws:ec2:us-east-1:111122223333:instance/i-b188560f',
        'arn:aws:ec2:us-east-1:444455556666:instance/i-b188560f',
      ],
    };
    const employees = {
      employees: [
        { firstName: 'John', lastName: 'Doe' },
        { firstName: 'Anna', lastName: 'Smith' },
        { firstName: 'Peter', lastName: 'Jones' },
      ],
    };
    assessCases([
      {
        name: 'matches when the event array shares a value with the pattern array',
        pattern: resources,
        event: ec2Event(
          {},
          {
            resources: [
              'arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:eb56d16b-bbf0-401d-b893-d5978ed4a025:autoScalingGroupName/ASGTerminate',
              'arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f',
            ],
          },
        ),
        expected: true,
      },
      {
        name: 'does not match when the intersection is empty',
        pattern: resources,
        event: ec2Event({}, { resources: ['arn:aws:ec2:us-east-1:999999999999:instance/i-b188560f'] }),
        expected: false,
      },
      {
        name: 'does not match an empty event array',
        pattern: resources,
        event: ec2Event({}, { resources: [] }),
        expected: false,
      },
      {
        name: 'a nested pattern matches an object inside an array',
        pattern: { detail: { employees: { firstName: ['Anna'] } } },
        event: ec2Event(employees),
        expected: true,
      },
      {
        name: 'fields of one nested pattern come from the same array element',
        pattern: { detail: { employees: { firstName: ['Anna'], lastName: ['Smith'] } } },
        event: ec2Event(employees),
        expected: true,
      },
      {
        name: 'fields from different array elements do not combine',
        pattern: { detail: { employees: { firstName: ['Anna'], lastName: ['Jones'] } } },
        event: ec2Event(employees),
        expected: false,
      },
      {
        name: 'multi-level arrays are flattened',
        pattern: { detail: { employees: { firstName: ['Peter'] } } },
        event: ec2Event({ employees: [[{ firstName: 'John' }], [{ firstName: 'Peter' }]] }),
        expected: true,
      },
    ]);
  });

  describe('nested objects', () => {
    const pattern = {
      detail: { object: { key: [{ prefix: 'uploads/' }], size: [{ numeric: ['>', 1024] }] } },
    };
    assessCases([
      {
        name: 'descends into nested objects',
        pattern,
        event: ec2Event({ object: { key: 'uploads/a.png', size: 2048 } }),
        expected: true,
      },
      {
        name: 'every nested field must match',
        pattern,
        event: ec2Event({ object: { key: 'uploads/a.png', size: 10 } }),
        expected: false,
      },
      {
        name: 'a missing intermediate object does not match',
        pattern,
        event: ec2Event({ key: 'uploads/a.png', size: 2048 }),
        expected: false,
      },
      {
        name: 'a scalar where the pattern expects an object does not match',
        pattern,
        event: ec2Event({ object: 'uploads/a.png' }),
        expected: false,
      },
      {
        name: 'a leaf pattern does not match an object value',
        pattern: { detail: { object: ['uploads/a.png'] } },
        event: ec2Event({ object: { key: 'uploads/a.png' } }),
        expected: false,
      },
    ]);
  });

  describe('prefix', () => {
    assessCases([
      {
        name: 'time starting with 2017-10-02 matches',
        pattern: { time: [{ prefix: '2017-10-02' }] },
        event: ec2Event(runningDetail, { time: '2017-10-02T18:43:48Z' }),
        expected: true,
      },
      {
        name: 'another day does not match',
        pattern: { time: [{ prefix: '2017-10-02' }] },
        event: ec2Event(runningDetail, { time: '2017-10-03T18:43:48Z' }),
        expected: false,
      },
      {
        name: 'Auto Scaling events from European regions match',
        pattern: { source: ['aws.autoscaling'], region: [{ prefix: 'eu-' }] },
        event: ec2Event({}, { source: 'aws.autoscaling', region: 'eu-west-1' }),
        expected: true,
      },
      {
        name: 'Auto Scaling events from US regions do not match',
        pattern: { source: ['aws.autoscaling'], region: [{ prefix: 'eu-' }] },
        event: ec2Event({}, { source: 'aws.autoscaling', region: 'us-east-1' }),
        expected: false,
      },
      {
        name: 'prefix is case sensitive',
        pattern: { region: [{ prefix: 'EU-' }] },
        event: ec2Event({}, { region: 'eu-west-1' }),
        expected: false,
      },
      {
        name: 'prefix only applies to strings',
        pattern: { detail: { 'c-count': [{ prefix: '5' }] } },
        event: ec2Event(runningDetail),
        expected: false,
      },
      {
        name: 'prefix with equals-ignore-case matches EVENTBRIDGE',
        pattern: { detail: { service: [{ prefix: { 'equals-ignore-case': 'EventB' } }] } },
        event: ec2Event({ service: 'EVENTBRIDGE' }),
        expected: true,
      },
      {
        name: 'prefix with equals-ignore-case matches eventbus',
        pattern: { detail: { service: [{ prefix: { 'equals-ignore-case': 'EventB' } }] } },
        event: ec2Event({ service: 'eventbus' }),
        expected: true,
      },
      {
        name: 'prefix with equals-ignore-case still needs the prefix',
        pattern: { detail: { service: [{ prefix: { 'equals-ignore-case': 'EventB' } }] } },
        event: ec2Event({ service: 'Amazon EventBridge' }),
        expected: false,
      },
    ]);
  });

  describe('suffix', () => {
    assessCases([
      {
        name: 'a .png file name matches',
        pattern: { detail: { FileName: [{ suffix: '.png' }] } },
        event: ec2Event({ FileName: 'photo.png' }),
        expected: true,
      },
      {
        name: 'a .jpg file name does not match',
        pattern: { detail: { FileName: [{ suffix: '.png' }] } },
        event: ec2Event({ FileName: 'photo.jpg' }),
        expected: false,
      },
      {
        name: 'suffix is case sensitive',
        pattern: { detail: { FileName: [{ suffix: '.png' }] } },
        event: ec2Event({ FileName: 'photo.PNG' }),
        expected: false,
      },
      {
        name: 'source ending in ec2 matches',
        pattern: { source: [{ suffix: 'ec2' }] },
        event: ec2Event(runningDetail),
        expected: true,
      },
      {
        name: 'suffix with equals-ignore-case matches .PNG',
        pattern: { detail: { FileName: [{ suffix: { 'equals-ignore-case': '.png' } }] } },
        event: ec2Event({ FileName: 'photo.PNG' }),
        expected: true,
      },
      {
        name: 'suffix with equals-ignore-case matches TBRIDGE',
        pattern: { detail: { service: [{ suffix: { 'equals-ignore-case': 'tbridge' } }] } },
        event: ec2Event({ service: 'EVENTBRIDGE' }),
        expected: true,
      },
      {
        name: 'suffix with equals-ignore-case still needs the suffix',
        pattern: { detail: { FileName: [{ suffix: { 'equals-ignore-case': '.png' } }] } },
        event: ec2Event({ FileName: 'png.txt' }),
        expected: false,
      },
    ]);
  });

  describe('equals-ignore-case', () => {
    const pattern = { detail: { Name: [{ 'equals-ignore-case': 'alice' }] } };
    assessCases([
      { name: 'Alice matches alice', pattern, event: ec2Event({ Name: 'Alice' }), expected: true },
      { name: 'ALICE matches alice', pattern, event: ec2Event({ Name: 'ALICE' }), expected: true },
      { name: 'Alicia does not match alice', pattern, event: ec2Event({ Name: 'Alicia' }), expected: false },
      {
        name: 'source EC2 matches aws.ec2 only if the whole value is equal',
        pattern: { source: [{ 'equals-ignore-case': 'EC2' }] },
        event: ec2Event(runningDetail),
        expected: false,
      },
      {
        name: 'source AWS.EC2 matches aws.ec2',
        pattern: { source: [{ 'equals-ignore-case': 'AWS.EC2' }] },
        event: ec2Event(runningDetail),
        expected: true,
      },
    ]);
  });

  describe('anything-but', () => {
    const notInitializing = { detail: { state: [{ 'anything-but': 'initializing' }] } };
    const notStoppedOrOverloaded = { detail: { state: [{ 'anything-but': ['stopped', 'overloaded'] }] } };
    const notRoundLimits = { detail: { 'x-limit': [{ 'anything-but': [100, 200, 300] }] } };
    const notInitPrefix = { detail: { state: [{ 'anything-but': { prefix: 'init' } }] } };
    const notPng = { detail: { FileName: [{ 'anything-but': { suffix: '.png' } }] } };
    const notInitializingAnyCase = {
      detail: { state: [{ 'anything-but': { 'equals-ignore-case': 'initializing' } }] },
    };
    const notLib = { detail: { FilePath: [{ 'anything-but': { wildcard: '*/lib/*' } }] } };
    assessCases([
      {
        name: 'a string: running matches',
        pattern: notInitializing,
        event: ec2Event(runningDetail),
        expected: true,
      },
      {
        name: 'a string: initializing does not match',
        pattern: notInitializing,
        event: ec2Event({ state: 'initializing' }),
        expected: false,
      },
      {
        name: 'a string: a missing field does not match',
        pattern: notInitializing,
        event: ec2Event({ 'c-count': 5 }),
        expected: false,
      },
      {
        name: 'a number: 301.8 is not 123',
        pattern: { detail: { 'x-limit': [{ 'anything-but': 123 }] } },
        event: ec2Event(runningDetail),
        expected: true,
      },
      {
        name: 'a number: 123 does not match',
        pattern: { detail: { 'x-limit': [{ 'anything-but': 123 }] } },
        event: ec2Event({ 'x-limit': 123 }),
        expected: false,
      },
      {
        name: 'a list of strings: running matches',
        pattern: notStoppedOrOverloaded,
        event: ec2Event(runningDetail),
        expected: true,
      },
      {
        name: 'a list of strings: stopped does not match',
        pattern: notStoppedOrOverloaded,
        event: ec2Event({ state: 'stopped' }),
        expected: false,
      },
      {
        name: 'a list of strings: overloaded does not match',
        pattern: notStoppedOrOverloaded,
        event: ec2Event({ state: 'overloaded' }),
        expected: false,
      },
      {
        name: 'a list of numbers: 301.8 matches',
        pattern: notRoundLimits,
        event: ec2Event(runningDetail),
        expected: true,
      },
      {
        name: 'a list of numbers: 200 does not match',
        pattern: notRoundLimits,
        event: ec2Event({ 'x-limit': 200 }),
        expected: false,
      },
      {
        name: 'an event array matches when one element is not excluded ([100, 50])',
        pattern: notRoundLimits,
        event: ec2Event({ 'x-limit': [100, 50] }),
        expected: true,
      },
      {
        name: 'an event array does not match when every element is excluded ([100, 300])',
        pattern: notRoundLimits,
        event: ec2Event({ 'x-limit': [100, 300] }),
        expected: false,
      },
      {
        name: 'Weather is anything but "Raining": Sunny matches',
        pattern: { detail: { Weather: [{ 'anything-but': ['Raining'] }] } },
        event: ec2Event({ Weather: 'Sunny' }),
        expected: true,
      },
      {
        name: 'prefix: running matches',
        pattern: notInitPrefix,
        event: ec2Event(runningDetail),
        expected: true,
      },
      {
        name: 'prefix: initializing does not match',
        pattern: notInitPrefix,
        event: ec2Event({ state: 'initializing' }),
        expected: false,
      },
      {
        name: 'prefix: Region is not in the US',
        pattern: { region: [{ 'anything-but': { prefix: 'us-' } }] },
        event: ec2Event(runningDetail, { region: 'eu-central-1' }),
        expected: true,
      },
      {
        name: 'prefix: a US region does not match',
        pattern: { region: [{ 'anything-but': { prefix: 'us-' } }] },
        event: ec2Event(runningDetail),
        expected: false,
      },
      {
        name: 'suffix: a .txt file matches',
        pattern: notPng,
        event: ec2Event({ FileName: 'notes.txt' }),
        expected: true,
      },
      {
        name: 'suffix: a .png file does not match',
        pattern: notPng,
        event: ec2Event({ FileName: 'photo.png' }),
        expected: false,
      },
      {
        name: 'equals-ignore-case: running matches',
        pattern: notInitializingAnyCase,
        event: ec2Event(runningDetail),
        expected: true,
      },
      {
        name: 'equals-ignore-case: INITIALIZING does not match',
        pattern: notInitializingAnyCase,
        event: ec2Event({ state: 'INITIALIZING' }),
        expected: false,
      },
      {
        name: 'equals-ignore-case list: Stopped does not match',
        pattern: {
          detail: { state: [{ 'anything-but': { 'equals-ignore-case': ['initializing', 'stopped'] } }] },
        },
        event: ec2Event({ state: 'Stopped' }),
        expected: false,
      },
      {
        name: 'wildcard: /usr/bin/env matches',
        pattern: notLib,
        event: ec2Event({ FilePath: '/usr/bin/env' }),
        expected: true,
      },
      {
        name: 'wildcard: a path including /lib/ does not match',
        pattern: notLib,
        event: ec2Event({ FilePath: '/usr/lib/libc.so' }),
        expected: false,
      },
      {
        name: 'a value of another type is not excluded (event-ruler compares JSON values)',
        pattern: notInitializing,
        event: ec2Event({ state: 5 }),
        expected: true,
      },
    ]);
  });

  describe('numeric', () => {
    const counts = {
      detail: {
        'c-count': [{ numeric: ['>', 0, '<=', 5] }],
        'd-count': [{ numeric: ['<', 10] }],
        'x-limit': [{ numeric: ['=', 3.018e2] }],
      },
    };
    const price = { detail: { Price: [{ numeric: ['>', 10, '<=', 20] }] } };
    assessCases([
      { name: 'all three conditions hold', pattern: counts, event: ec2Event(runningDetail), expected: true },
      {
        name: 'c-count 0 is not > 0',
        pattern: counts,
        event: ec2Event({ ...runningDetail, 'c-count': 0 }),
        expected: false,
      },
      {
        name: 'c-count 6 is not <= 5',
        pattern: counts,
        event: ec2Event({ ...runningDetail, 'c-count': 6 }),
        expected: false,
      },
      {
        name: 'd-count 10 is not < 10',
        pattern: counts,
        event: ec2Event({ ...runningDetail, 'd-count': 10 }),
        expected: false,
      },
      {
        name: 'x-limit 301.81 is not = 301.8',
        pattern: counts,
        event: ec2Event({ ...runningDetail, 'x-limit': 301.81 }),
        expected: false,
      },
      {
        name: 'Price is 100',
        pattern: { detail: { Price: [{ numeric: ['=', 100] }] } },
        event: ec2Event({ Price: 100 }),
        expected: true,
      },
      { name: 'Price 20 is in (10, 20]', pattern: price, event: ec2Event({ Price: 20 }), expected: true },
      { name: 'Price 15.5 is in (10, 20]', pattern: price, event: ec2Event({ Price: 15.5 }), expected: true },
      {
        name: 'Price 10 is not in (10, 20]',
        pattern: price,
        event: ec2Event({ Price: 10 }),
        expected: false,
      },
      {
        name: '>= includes the bound',
        pattern: { detail: { Price: [{ numeric: ['>=', 10] }] } },
        event: ec2Event({ Price: 10 }),
        expected: true,
      },
      {
        name: 'numeric only matches JSON numbers, not numeric strings',
        pattern: price,
        event: ec2Event({ Price: '15' }),
        expected: false,
      },
      {
        name: 'an event array matches when one element is in range',
        pattern: price,
        event: ec2Event({ Price: [5, 15] }),
        expected: true,
      },
    ]);
  });

  describe('exists', () => {
    const stateExists = { detail: { state: [{ exists: true }] } };
    const noCCount = { detail: { 'c-count': [{ exists: false }] } };
    assessCases([
      {
        name: 'exists true matches an event with detail.state',
        pattern: stateExists,
        event: ec2Event(
          { 'instance-id': 'i-abcd1111', state: 'pending' },
          { id: '7bf73129-1428-4cd3-a780-95db273d1602', time: '2015-11-11T21:29:54Z' },
        ),
        expected: true,
      },
      {
        name: 'exists true does not match an event without detail.state',
        pattern: stateExists,
        event: ec2Event({ 'c-count': { c1: 100 } }),
        expected: false,
      },
      {
        name: 'exists true matches a null value (null is a leaf)',
        pattern: { detail: { ProductName: [{ exists: true }] } },
        event: ec2Event({ ProductName: null }),
        expected: true,
      },
      {
        name: 'exists true does not match an empty array',
        pattern: { detail: { ProductName: [{ exists: true }] } },
        event: ec2Event({ ProductName: [] }),
        expected: false,
      },
      {
        name: 'exists false matches an event without detail.c-count',
        pattern: noCCount,
        event: ec2Event({ state: ['initializing', 'running'] }),
        expected: true,
      },
      {
        name: 'exists false also matches when c-count is not a leaf node',
        pattern: noCCount,
        event: ec2Event({ state: ['initializing', 'running'], 'c-count': { c1: 100 } }),
        expected: true,
      },
      {
        name: 'exists false does not match an event with detail.c-count',
        pattern: noCCount,
        event: ec2Event(runningDetail),
        expected: false,
      },
      {
        name: 'exists false matches when the parent object is missing',
        pattern: { detail: { object: { key: [{ exists: false }] } } },
        event: ec2Event(runningDetail),
        expected: true,
      },
      {
        name: 'exists false can be an alternative to a value',
        pattern: { detail: { tier: [{ exists: false }, 'gold'] } },
        event: ec2Event({ tier: 'gold' }),
        expected: true,
      },
    ]);
  });

  describe('cidr', () => {
    const pattern = { detail: { sourceIPAddress: [{ cidr: '10.0.0.0/24' }] } };
    assessCases([
      {
        name: '10.0.0.33 is in 10.0.0.0/24',
        pattern,
        event: ec2Event({ sourceIPAddress: '10.0.0.33' }),
        expected: true,
      },
      {
        name: '10.0.0.255 is in 10.0.0.0/24',
        pattern,
        event: ec2Event({ sourceIPAddress: '10.0.0.255' }),
        expected: true,
      },
      {
        name: '10.0.1.1 is not in 10.0.0.0/24',
        pattern,
        event: ec2Event({ sourceIPAddress: '10.0.1.1' }),
        expected: false,
      },
      {
        name: 'a host name does not match',
        pattern,
        event: ec2Event({ sourceIPAddress: 'example.com' }),
        expected: false,
      },
      {
        name: 'the complex example: source-ip in 10.0.0.0/8',
        pattern: { detail: { 'source-ip': [{ cidr: '10.0.0.0/8' }] } },
        event: ec2Event(runningDetail),
        expected: true,
      },
      {
        name: 'IPv6: 2001:db8::1 is in 2001:db8::/32',
        pattern: { detail: { sourceIPAddress: [{ cidr: '2001:db8::/32' }] } },
        event: ec2Event({ sourceIPAddress: '2001:db8::1' }),
        expected: true,
      },
      {
        name: 'IPv6: 2001:db9::1 is not in 2001:db8::/32',
        pattern: { detail: { sourceIPAddress: [{ cidr: '2001:db8::/32' }] } },
        event: ec2Event({ sourceIPAddress: '2001:db9::1' }),
        expected: false,
      },
      {
        name: 'an exact IP address matches another spelling of it',
        pattern: { detail: { sourceIPAddress: ['2001:db8::1'] } },
        event: ec2Event({ sourceIPAddress: '2001:0db8:0000:0000:0000:0000:0000:0001' }),
        expected: true,
      },
    ]);
  });

  describe('wildcard', () => {
    const pngInDir = { detail: { FileName: [{ wildcard: 'dir/*.png' }] } };
    assessCases([
      {
        name: 'dir/photo.png matches dir/*.png',
        pattern: pngInDir,
        event: ec2Event({ FileName: 'dir/photo.png' }),
        expected: true,
      },
      {
        name: '* matches across slashes',
        pattern: pngInDir,
        event: ec2Event({ FileName: 'dir/a/b.png' }),
        expected: true,
      },
      {
        name: '* matches no characters',
        pattern: pngInDir,
        event: ec2Event({ FileName: 'dir/.png' }),
        expected: true,
      },
      {
        name: 'another folder does not match',
        pattern: pngInDir,
        event: ec2Event({ FileName: 'other/photo.png' }),
        expected: false,
      },
      {
        name: 'another extension does not match',
        pattern: pngInDir,
        event: ec2Event({ FileName: 'dir/photo.jpg' }),
        expected: false,
      },
      {
        name: 'Simple*Service matches SimpleNotificationService',
        pattern: { detail: { service: [{ wildcard: 'Simple*Service' }] } },
        event: ec2Event({ service: 'SimpleNotificationService' }),
        expected: true,
      },
      {
        name: '*Title* matches a value with Title in the middle',
        pattern: { detail: { name: [{ wildcard: '*Title*' }] } },
        event: ec2Event({ name: 'The Title Page' }),
        expected: true,
      },
      {
        name: '*Title* does not match a value without Title',
        pattern: { detail: { name: [{ wildcard: '*Title*' }] } },
        event: ec2Event({ name: 'The title page' }),
        expected: false,
      },
      {
        name: '\\* is a literal star',
        pattern: { detail: { name: [{ wildcard: 'a\\*b' }] } },
        event: ec2Event({ name: 'a*b' }),
        expected: true,
      },
      {
        name: '\\* does not match other characters',
        pattern: { detail: { name: [{ wildcard: 'a\\*b' }] } },
        event: ec2Event({ name: 'axb' }),
        expected: false,
      },
      {
        name: 'wildcard only applies to strings',
        pattern: { detail: { 'c-count': [{ wildcard: '*' }] } },
        event: ec2Event(runningDetail),
        expected: false,
      },
    ]);
  });

  describe('$or', () => {
    const locationOrDay = { detail: { $or: [{ Location: ['New York'] }, { Day: ['Monday'] }] } };
    const metrics = {
      source: ['aws.cloudwatch'],
      detail: {
        $or: [
          { metricName: ['CPUUtilization', 'ReadLatency'] },
          { metricType: ['MetricType'], namespace: ['AWS/EC2', 'AWS/ES'] },
          { scope: ['Service'] },
        ],
      },
    };
    const cloudwatch = (detail: Record<string, unknown>) => ec2Event(detail, { source: 'aws.cloudwatch' });
    assessCases([
      {
        name: 'Location is "New York": matches',
        pattern: locationOrDay,
        event: ec2Event({ Location: 'New York', Day: 'Tuesday' }),
        expected: true,
      },
      {
        name: 'Day is "Monday": matches',
        pattern: locationOrDay,
        event: ec2Event({ Location: 'Boston', Day: 'Monday' }),
        expected: true,
      },
      {
        name: 'neither branch: does not match',
        pattern: locationOrDay,
        event: ec2Event({ Location: 'Boston', Day: 'Tuesday' }),
        expected: false,
      },
      {
        name: 'an AND branch matches when all its fields match',
        pattern: metrics,
        event: cloudwatch({ metricType: 'MetricType', namespace: 'AWS/ES' }),
        expected: true,
      },
      {
        name: 'an AND branch does not match when one of its fields differs',
        pattern: metrics,
        event: cloudwatch({ metricType: 'MetricType', namespace: 'AWS/S3' }),
        expected: false,
      },
      {
        name: 'fields outside $or still apply',
        pattern: metrics,
        event: ec2Event({ metricName: 'CPUUtilization' }),
        expected: false,
      },
      {
        name: 'nested $or inside a branch',
        pattern: {
          $or: [
            { detail: { metricName: ['CPUUtilization'] } },
            { detail: { namespace: ['AWS/EC2'], $or: [{ metricId: [1234] }, { spaceId: [1000] }] } },
          ],
        },
        event: cloudwatch({ namespace: 'AWS/EC2', spaceId: 1000 }),
        expected: true,
      },
      {
        name: 'nested $or inside a branch: no inner branch matches',
        pattern: {
          $or: [
            { detail: { metricName: ['CPUUtilization'] } },
            { detail: { namespace: ['AWS/EC2'], $or: [{ metricId: [1234] }, { spaceId: [1000] }] } },
          ],
        },
        event: cloudwatch({ namespace: 'AWS/EC2', spaceId: 1 }),
        expected: false,
      },
    ]);
  });

  describe('combined operators and pattern text', () => {
    const complex = {
      time: [{ prefix: '2017-10-02' }],
      detail: {
        state: [{ 'anything-but': 'initializing' }],
        'c-count': [{ numeric: ['>', 0, '<=', 5] }],
        'd-count': [{ numeric: ['<', 10] }],
        'x-limit': [{ 'anything-but': [100, 200, 300] }],
        'source-ip': [{ cidr: '10.0.0.0/8' }],
      },
    };
    assessCases([
      {
        name: 'the complex example matches the example event',
        pattern: complex,
        event: ec2Event(runningDetail),
        expected: true,
      },
      {
        name: 'the complex example does not match x-limit 200',
        pattern: complex,
        event: ec2Event({ ...runningDetail, 'x-limit': 200 }),
        expected: false,
      },
      {
        name: 'a pattern given as JSON text (as in a template) matches',
        pattern: JSON.stringify(complex),
        event: ec2Event(runningDetail),
        expected: true,
      },
      {
        name: 'a pattern given as JSON text does not match another day',
        pattern: JSON.stringify(complex),
        event: ec2Event(runningDetail, { time: '2017-10-03T16:24:49Z' }),
        expected: false,
      },
    ]);
  });

  // Where the user guide is silent, EventBridge does what aws/event-ruler does. Each expectation below was
  // checked by running event-ruler (Machine.rulesForJSONEvent, JsonRuleCompiler.check) on the same pattern
  // and event; the source named in each group is the event-ruler code or test that shows the behaviour.
  describe('as aws/event-ruler does', () => {
    describe('cidr from a base address that is not the network address (CIDR.cidr computes the bottom of the block; CIDRTest.TestCorrectRanges: "54.240.196.171/24" → 36F0C400/36F0C4FF)', () => {
      const block = { detail: { ip: [{ cidr: '10.0.0.200/24' }] } };
      assessCases([
        {
          name: '10.0.0.200/24 matches 10.0.0.5',
          pattern: block,
          event: ec2Event({ ip: '10.0.0.5' }),
          expected: true,
        },
        {
          name: '10.0.0.200/24 matches 10.0.0.0',
          pattern: block,
          event: ec2Event({ ip: '10.0.0.0' }),
          expected: true,
        },
        {
          name: '10.0.0.200/24 does not match 10.0.1.0',
          pattern: block,
          event: ec2Event({ ip: '10.0.1.0' }),
          expected: false,
        },
        {
          name: '54.240.196.171/24 matches 54.240.196.0',
          pattern: { detail: { ip: [{ cidr: '54.240.196.171/24' }] } },
          event: ec2Event({ ip: '54.240.196.0' }),
          expected: true,
        },
        {
          name: 'IPv6 2001:db8::ff00:42:8329/24 matches 2001:d00:: (20010D00… in TestCorrectRanges)',
          pattern: { detail: { ip: [{ cidr: '2001:db8::ff00:42:8329/24' }] } },
          event: ec2Event({ ip: '2001:d00::' }),
          expected: true,
        },
      ]);
    });

    describe('IPv4 with leading zeros (CIDR.ipToBytes: IPv4_REGEX [0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+, then java.net.InetAddress, which reads each part as decimal)', () => {
      assessCases([
        {
          name: '"10.0.0.5" matches "010.000.000.005" (an address literal is matched as an address)',
          pattern: { detail: { ip: ['10.0.0.5'] } },
          event: ec2Event({ ip: '010.000.000.005' }),
          expected: true,
        },
        {
          name: '"010.0.0.5" matches "10.0.0.5"',
          pattern: { detail: { ip: ['010.0.0.5'] } },
          event: ec2Event({ ip: '10.0.0.5' }),
          expected: true,
        },
        {
          name: 'cidr 10.0.0.0/24 matches 10.0.0.0255 (parts are decimal, not octal)',
          pattern: { detail: { ip: [{ cidr: '10.0.0.0/24' }] } },
          event: ec2Event({ ip: '10.0.0.0255' }),
          expected: true,
        },
        {
          name: 'cidr 8.0.0.0/8 does not match 010.0.0.5 (010 is ten, not octal eight)',
          pattern: { detail: { ip: [{ cidr: '8.0.0.0/8' }] } },
          event: ec2Event({ ip: '010.0.0.5' }),
          expected: false,
        },
        {
          name: 'cidr with a zero-padded base 010.0.0.0/24 matches 10.0.0.5',
          pattern: { detail: { ip: [{ cidr: '010.0.0.0/24' }] } },
          event: ec2Event({ ip: '10.0.0.5' }),
          expected: true,
        },
        {
          name: 'more than 15 characters is not an IPv4 literal to Java: 0000000010.0.0.5',
          pattern: { detail: { ip: ['10.0.0.5'] } },
          event: ec2Event({ ip: '0000000010.0.0.5' }),
          expected: false,
        },
        {
          name: 'a part over 255 is no address: 10.0.0.256',
          pattern: { detail: { ip: [{ cidr: '10.0.0.0/8' }] } },
          event: ec2Event({ ip: '10.0.0.256' }),
          expected: false,
        },
      ]);
    });

    describe('equals-ignore-case outside ASCII (EqualsIgnoreCaseParser.parse: per UTF-16 unit of the pattern, its toLowerCase(ROOT) or toUpperCase(ROOT) bytes; EqualsIgnoreCaseParserTest "1aA*†Éⱥ")', () => {
      const strasse = { detail: { street: [{ 'equals-ignore-case': 'straße' }] } };
      assessCases([
        {
          name: '"straße" matches "STRASSE" (ß → SS)',
          pattern: strasse,
          event: ec2Event({ street: 'STRASSE' }),
          expected: true,
        },
        {
          name: '"straße" matches "STRAßE"',
          pattern: strasse,
          event: ec2Event({ street: 'STRAßE' }),
          expected: true,
        },
        {
          name: '"straße" does not match "strasse" (ß is ß or SS, never ss)',
          pattern: strasse,
          event: ec2Event({ street: 'strasse' }),
          expected: false,
        },
        {
          name: '"STRASSE" does not match "straße" (only the pattern is case-folded)',
          pattern: { detail: { street: [{ 'equals-ignore-case': 'STRASSE' }] } },
          event: ec2Event({ street: 'straße' }),
          expected: false,
        },
        {
          name: '"ß" does not match "ẞ" (ß upper-cases to SS)',
          pattern: { detail: { s: [{ 'equals-ignore-case': 'ß' }] } },
          event: ec2Event({ s: 'ẞ' }),
          expected: false,
        },
        {
          name: '"ẞ" matches "ß" (ẞ lower-cases to ß)',
          pattern: { detail: { s: [{ 'equals-ignore-case': 'ẞ' }] } },
          event: ec2Event({ s: 'ß' }),
          expected: true,
        },
        {
          name: '"ⱥ" matches "Ⱥ" (forms of different UTF-8 lengths)',
          pattern: { detail: { s: [{ 'equals-ignore-case': 'ⱥ' }] } },
          event: ec2Event({ s: 'Ⱥ' }),
          expected: true,
        },
        {
          name: '"Σ" does not match final sigma "ς"',
          pattern: { detail: { s: [{ 'equals-ignore-case': 'Σ' }] } },
          event: ec2Event({ s: 'ς' }),
          expected: false,
        },
        {
          name: 'prefix equals-ignore-case "straß" matches "STRASSE"',
          pattern: { detail: { street: [{ prefix: { 'equals-ignore-case': 'straß' } }] } },
          event: ec2Event({ street: 'STRASSE' }),
          expected: true,
        },
        {
          name: 'anything-but equals-ignore-case "straße" excludes "STRASSE"',
          pattern: { detail: { street: [{ 'anything-but': { 'equals-ignore-case': 'straße' } }] } },
          event: ec2Event({ street: 'STRASSE' }),
          expected: false,
        },
        {
          name: 'a character outside the BMP is two lone surrogates, each "?" in UTF-8: "😀" matches "??"',
          pattern: { detail: { s: [{ 'equals-ignore-case': '😀' }] } },
          event: ec2Event({ s: '??' }),
          expected: true,
        },
      ]);
    });

    describe('exists: false under an array of objects (ACFinder + NameState.getNameTransitions: absence is checked against the fields consistent with the matches so far, fields in name order; ACMachineTest.testACWithExistFalseRule)', () => {
      const absentA = { detail: { items: { a: [{ exists: false }] } } };
      assessCases([
        {
          name: 'a path that exists in one element is not absent',
          pattern: absentA,
          event: ec2Event({ items: [{ a: 1 }, { b: 2 }] }),
          expected: false,
        },
        {
          name: 'a path that exists in no element is absent',
          pattern: absentA,
          event: ec2Event({ items: [{ b: 1 }, { b: 2 }] }),
          expected: true,
        },
        {
          name: 'when the absent field comes first in name order, another element having it is enough to fail',
          pattern: { detail: { items: { a: [{ exists: false }], b: [2] } } },
          event: ec2Event({ items: [{ a: 1 }, { b: 2 }] }),
          expected: false,
        },
        {
          name: "when it comes after a matched field, only that field's element counts",
          pattern: { detail: { items: { a: [2], b: [{ exists: false }] } } },
          event: ec2Event({ items: [{ a: 2 }, { b: 1 }] }),
          expected: true,
        },
        {
          name: 'testACWithExistFalseRule: the ACTIVE task instance has no interfaceName',
          pattern: {
            tasks: {
              state: ['ACTIVE'],
              provider: { id: ['X'] },
              resources: { interfaceName: [{ exists: false }] },
            },
          },
          event: {
            tasks: [
              { state: 'ACTIVE', provider: { id: 'X' }, resources: [{ type: 'T' }] },
              { state: 'INACTIVE', provider: { id: 'Y' }, resources: [{ interfaceName: 'Dummy' }] },
            ],
          },
          expected: true,
        },
      ]);
    });

    describe('keys containing dots (event-ruler README, "Caveat: Compiled rules and JSON keys with dots": names are joined with ".")', () => {
      assessCases([
        {
          name: 'a dotted pattern key matches nested event objects',
          pattern: { detail: { 'state.status': ['running'] } },
          event: ec2Event({ state: { status: 'running' } }),
          expected: true,
        },
        {
          name: 'a nested pattern matches a dotted event key',
          pattern: { detail: { state: { status: ['running'] } } },
          event: ec2Event({ 'state.status': 'running' }),
          expected: true,
        },
        {
          name: 'exists: false on a dotted key sees the nested field',
          pattern: { detail: { 'state.status': [{ exists: false }] } },
          event: ec2Event({ state: { status: 'running' } }),
          expected: false,
        },
      ]);
    });

    describe('the same field inside and outside $or (JsonRuleCompiler.writeRules: a path written again keeps its last value; JsonRuleCompilerTest.testWithRuleOverride)', () => {
      const overridden = {
        name: ['a', 'b'],
        $or: [{ name: [{ 'anything-but': 'a' }] }, { condition1: ['x'] }],
      };
      assessCases([
        {
          name: 'testWithRuleOverride: name "a" with condition1 "x" matches (second branch)',
          pattern: overridden,
          event: { name: 'a', condition1: 'x' },
          expected: true,
        },
        {
          name: 'testWithRuleOverride: name "c" matches (the $or branch replaced ["a", "b"])',
          pattern: overridden,
          event: { name: 'c' },
          expected: true,
        },
        {
          name: 'a field after $or replaces the one in each branch',
          pattern: { $or: [{ a: [2] }, { b: [3] }], a: [1] },
          event: { a: 2 },
          expected: false,
        },
        {
          name: 'a field after $or: a = 1 alone matches',
          pattern: { $or: [{ a: [2] }, { b: [3] }], a: [1] },
          event: { a: 1 },
          expected: true,
        },
        {
          name: 'two $or members in one object both apply (pattern as JSON text)',
          pattern: '{"$or":[{"a":[1]},{"b":[2]}],"$or":[{"c":[3]},{"d":[4]}]}',
          event: { c: 3 },
          expected: false,
        },
      ]);
    });

    describe('integers beyond 2^53 (ComparableNumber.generate refuses a number no double holds exactly; such a number is matched by its literal)', () => {
      assessCases([
        {
          name: '9007199254740993 does not match 9007199254740992',
          pattern: '{"detail":{"n":[9007199254740993]}}',
          event: '{"detail":{"n":9007199254740992}}',
          expected: false,
        },
        {
          name: '9007199254740992 does not match 9007199254740993',
          pattern: '{"detail":{"n":[9007199254740992]}}',
          event: '{"detail":{"n":9007199254740993}}',
          expected: false,
        },
        {
          name: '9007199254740993 matches the same literal',
          pattern: '{"detail":{"n":[9007199254740993]}}',
          event: '{"detail":{"n":9007199254740993}}',
          expected: true,
        },
        {
          name: '9007199254740993 does not match 9007199254740993.0 (different literals)',
          pattern: '{"detail":{"n":[9007199254740993]}}',
          event: '{"detail":{"n":9007199254740993.0}}',
          expected: false,
        },
        {
          name: '9007199254740992 matches 9007199254740992.0 (a double holds both)',
          pattern: '{"detail":{"n":[9007199254740992]}}',
          event: '{"detail":{"n":9007199254740992.0}}',
          expected: true,
        },
        {
          name: 'numeric > 0 does not match 9007199254740993',
          pattern: { detail: { n: [{ numeric: ['>', 0] }] } },
          event: '{"detail":{"n":9007199254740993}}',
          expected: false,
        },
        {
          name: 'anything-but 9007199254740992 does not exclude 9007199254740993',
          pattern: { detail: { n: [{ 'anything-but': 9007199254740992 }] } },
          event: '{"detail":{"n":9007199254740993}}',
          expected: true,
        },
      ]);
    });
  });

  it('throws for an invalid pattern instead of matching nothing', () => {
    // Prepare
    const pattern = { source: 'aws.ec2' };

    // Act
    const act = () => matchesPattern(pattern, ec2Event(runningDetail));

    // Assess
    expect(act).toThrow(/"source"/);
  });
});

describe('validatePattern', () => {
  it.each<{ name: string; pattern: unknown; message: RegExp }>([
    { name: 'a non-object pattern', pattern: ['aws.ec2'], message: /must be a JSON object/ },
    { name: 'null', pattern: null, message: /must be a JSON object/ },
    { name: 'invalid JSON text', pattern: '{"source": [', message: /not valid JSON/ },
    { name: 'JSON text that is not an object', pattern: '"aws.ec2"', message: /must be a JSON object/ },
    {
      name: 'a leaf value not in an array',
      pattern: { source: 'aws.ec2' },
      message: /at "source".*must be an array.*\(write \["aws.ec2"\]\)/,
    },
    {
      name: 'a nested leaf value not in an array',
      pattern: { detail: { state: 5 } },
      message: /at "detail.state"/,
    },
    { name: 'an empty value array', pattern: { source: [] }, message: /empty arrays are not allowed/ },
    { name: 'an empty pattern', pattern: {}, message: /empty objects are not allowed/ },
    { name: 'an empty nested object', pattern: { detail: {} }, message: /at "detail": empty objects/ },
    {
      name: 'a nested array as a value',
      pattern: { source: [['aws.ec2']] },
      message: /match values must be/,
    },
    {
      name: 'an unknown operator',
      pattern: { source: [{ contains: 'ec2' }] },
      message: /unknown operator "contains"/,
    },
    {
      name: 'two operators in one object',
      pattern: { source: [{ prefix: 'a', suffix: 'b' }] },
      message: /only one operator/,
    },
    { name: 'an empty operator object', pattern: { source: [{}] }, message: /empty operator object/ },
    {
      name: 'a non-string prefix',
      pattern: { source: [{ prefix: 5 }] },
      message: /prefix\)": must be a string/,
    },
    {
      name: 'prefix with another nested operator',
      pattern: { source: [{ prefix: { suffix: 'x' } }] },
      message: /only nested operator allowed is \{"equals-ignore-case"/,
    },
    {
      name: 'a non-string suffix',
      pattern: { source: [{ suffix: null }] },
      message: /suffix\)": must be a string/,
    },
    {
      name: 'a non-string equals-ignore-case',
      pattern: { source: [{ 'equals-ignore-case': ['a'] }] },
      message: /equals-ignore-case\)": must be a string/,
    },
    { name: 'numeric that is not an array', pattern: { n: [{ numeric: 5 }] }, message: /must be an array/ },
    { name: 'an empty numeric array', pattern: { n: [{ numeric: [] }] }, message: /must not be empty/ },
    {
      name: 'an inherited property name as a numeric comparison',
      pattern: { n: [{ numeric: ['toString', 5] }] },
      message: /unknown comparison "toString"/,
    },
    {
      name: 'an unknown numeric comparison',
      pattern: { n: [{ numeric: ['!=', 5] }] },
      message: /unknown comparison "!="/,
    },
    {
      name: 'a numeric comparison without a value',
      pattern: { n: [{ numeric: ['>'] }] },
      message: /value of ">" must be a number/,
    },
    {
      name: 'a numeric string value',
      pattern: { n: [{ numeric: ['>', '5'] }] },
      message: /must be a number, got "5"/,
    },
    {
      name: 'an upper bound first',
      pattern: { n: [{ numeric: ['<', 10, '>', 0] }] },
      message: /lower bound/,
    },
    { name: 'two lower bounds', pattern: { n: [{ numeric: ['>', 0, '>=', 5] }] }, message: /lower bound/ },
    {
      name: 'three conditions',
      pattern: { n: [{ numeric: ['>', 0, '<', 5, '<', 6] }] },
      message: /lower bound/,
    },
    {
      name: 'an empty numeric range',
      pattern: { n: [{ numeric: ['>', 10, '<=', 5] }] },
      message: /must be less than/,
    },
    { name: 'a non-boolean exists', pattern: { n: [{ exists: 'true' }] }, message: /must be true or false/ },
    {
      name: 'anything-but with mixed types',
      pattern: { s: [{ 'anything-but': ['a', 1] }] },
      message: /only strings or only numbers/,
    },
    {
      name: 'anything-but with an empty list',
      pattern: { s: [{ 'anything-but': [] }] },
      message: /non-empty list/,
    },
    {
      name: 'anything-but null',
      pattern: { s: [{ 'anything-but': null }] },
      message: /anything-but\)": must be/,
    },
    {
      name: 'anything-but with an unsupported nested operator',
      pattern: { s: [{ 'anything-but': { numeric: ['>', 1] } }] },
      message: /nested operator must be one of prefix, suffix, wildcard, equals-ignore-case/,
    },
    {
      name: 'anything-but with an empty prefix',
      pattern: { s: [{ 'anything-but': { prefix: '' } }] },
      message: /prefix must not be empty/,
    },
    {
      name: 'anything-but prefix that is not a string',
      pattern: { s: [{ 'anything-but': { prefix: 5 } }] },
      message: /must be a string/,
    },
    { name: 'a CIDR without a mask', pattern: { ip: [{ cidr: '10.0.0.0' }] }, message: /not a CIDR block/ },
    {
      name: 'a CIDR with a bad address',
      pattern: { ip: [{ cidr: '10.0.0/24' }] },
      message: /not an IPv4 or IPv6 address/,
    },
    {
      name: 'an IPv4 CIDR mask of 33',
      pattern: { ip: [{ cidr: '10.0.0.0/33' }] },
      message: /IPv4 mask bits must be < 32/,
    },
    { name: 'a non-string CIDR', pattern: { ip: [{ cidr: 10 }] }, message: /cidr\)": must be a string/ },
    {
      name: 'consecutive wildcards',
      pattern: { f: [{ wildcard: 'dir/**.png' }] },
      message: /consecutive wildcard/,
    },
    {
      name: 'an invalid wildcard escape',
      pattern: { f: [{ wildcard: 'dir\\a' }] },
      message: /invalid escape/,
    },
    {
      name: 'a trailing wildcard backslash',
      pattern: { f: [{ wildcard: 'dir\\' }] },
      message: /invalid escape/,
    },
    { name: '$or that is not an array', pattern: { $or: { a: ['x'] } }, message: /"\$or" must be an array/ },
    {
      // JsonRuleCompiler.parseIntoOrRelationship: "It must be an Array followed with $or."
      name: '$or given an object inside a nested object',
      pattern: { detail: { $or: { a: ['x'], b: ['y'] } } },
      message: /at "detail.\$or": "\$or" must be an array/,
    },
    {
      // The same check applies to the second of two $or members, which JSON.parse would have dropped.
      name: 'a second $or member given an object (pattern as JSON text)',
      pattern: '{"$or":[{"a":[1]},{"b":[2]}],"$or":{"c":[3]}}',
      message: /"\$or" must be an array/,
    },
    {
      // ComparableNumber.generate: "Cannot compare number : 9007199254740993"
      name: 'a numeric bound no double holds',
      pattern: '{"n":[{"numeric":[">",9007199254740993]}]}',
      message: /no double holds it exactly/,
    },
    {
      name: 'an anything-but number no double holds',
      pattern: '{"n":[{"anything-but":[9007199254740993]}]}',
      message: /no double holds it exactly/,
    },
    {
      // Constants.RESERVED_FIELD_NAMES_IN_OR_RELATIONSHIP includes the numeric comparisons.
      name: 'a numeric comparison used as a field inside $or',
      pattern: { $or: [{ '>=': [1] }, { b: [2] }] },
      message: /">=" is an operator name/,
    },
    { name: '$or with one branch', pattern: { $or: [{ a: ['x'] }] }, message: /at least 2/ },
    {
      name: '$or with a non-object branch',
      pattern: { $or: [{ a: ['x'] }, ['y']] },
      message: /at least 2 pattern objects/,
    },
    {
      name: 'an operator name used as a field inside $or',
      pattern: { detail: { $or: [{ prefix: ['a'] }, { suffix: ['b'] }] } },
      message: /"prefix" is an operator name/,
    },
    {
      name: 'an invalid value inside a $or branch',
      pattern: { $or: [{ a: ['x'] }, { b: 'y' }] },
      message: /at "b"/,
    },
  ])('rejects $name', ({ pattern, message }) => {
    // Prepare
    const act = () => validatePattern(pattern);

    // Act & Assess
    expect(act).toThrow(message);
  });

  it.each<{ name: string; pattern: unknown }>([
    {
      name: 'the EC2 terminated pattern',
      pattern: { source: ['aws.ec2'], detail: { state: ['terminated'] } },
    },
    { name: 'null and empty-string values', pattern: { detail: { a: [null, ''], b: [true, false, 0] } } },
    {
      name: 'prefix and suffix with equals-ignore-case',
      pattern: { s: [{ prefix: { 'equals-ignore-case': 'a' } }] },
    },
    {
      name: 'anything-but with a list of wildcards',
      pattern: { s: [{ 'anything-but': { wildcard: ['*a*', 'b*'] } }] },
    },
    { name: 'a numeric equality', pattern: { n: [{ numeric: ['=', 3.018e2] }] } },
    { name: 'a closed numeric range', pattern: { n: [{ numeric: ['>=', 0, '<=', 5] }] } },
    { name: 'an IPv6 CIDR block', pattern: { ip: [{ cidr: '2001:db8::/32' }] } },
    { name: 'escaped wildcard characters', pattern: { f: [{ wildcard: 'a\\*b\\\\c*' }] } },
    { name: 'a pattern as JSON text', pattern: '{"detail":{"$or":[{"a":["x"]},{"b":[{"exists":false}]}]}}' },
  ])('accepts $name', ({ pattern }) => {
    // Prepare
    const act = () => validatePattern(pattern);

    // Act & Assess
    expect(act).not.toThrow();
  });
});

describe('an event nested deeper than the matcher reads', () => {
  const depth = 10_000;
  const detailText = `{"kind":"deep","balance":${'{"a":'.repeat(depth)}"1"${'}'.repeat(depth)}}`;
  const eventText = `{"source":"bank.core","detail-type":"Balance.Changed","detail":${detailText}}`;

  it.each([
    { name: 'as JSON text', event: eventText },
    { name: 'as an object', event: JSON.parse(eventText) as unknown },
  ])('still matches on its shallow fields, $name', ({ event }) => {
    // Prepare
    const pattern = { source: ['bank.core'], detail: { kind: ['deep'] } };

    // Act
    const matches = matchesPattern(pattern, event);

    // Assess
    expect(matches).toBe(true);
  });
});
